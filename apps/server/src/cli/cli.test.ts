// Runs the real `linli` executable in a child process, on an embedded database in a temporary directory.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database.js';

const bin = fileURLToPath(new URL('../../bin/linli.mjs', import.meta.url));

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

function linli(dataDir: string, args: string[], input?: string): Promise<Outcome> {
  const env: NodeJS.ProcessEnv = { ...process.env, LINLI_DATA_DIR: dataDir };
  for (const name of ['DATABASE_URL', 'LINLI_MASTER_KEY', 'PORT']) delete env[name];
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [bin, ...args], { env, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
    child.stdin!.end(input ?? '');
  });
}

let dataDir: string;
beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'linli-cli-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('linli --help', () => {
  const commands = [
    [],
    ['start'],
    ['migrate'],
    ['import'],
    ['import', 'regions'],
    ['seed'],
    ['seed', 'demo'],
    ['audit'],
    ['audit', 'verify'],
    ['users'],
    ['users', 'create'],
  ];
  it.each(commands.map((c) => [c.join(' ') || '(top level)', c]))('%s --help prints its usage and exits 0', async (_name, command) => {
    const { code, stdout } = await linli(dataDir, [...(command as string[]), '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain(`Usage: linli${(command as string[]).length ? ` ${(command as string[]).join(' ')}` : ''}`);
  });
});

describe('usage errors exit with 2 and say what is wrong', () => {
  it('refuses an unknown subcommand', async () => {
    const { code, stderr } = await linli(dataDir, ['frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toContain("unknown command 'frobnicate'");
  });

  it('refuses import regions without a selection, with two selections, or with a malformed code', async () => {
    expect((await linli(dataDir, ['import', 'regions'])).stderr).toContain('--province <code...>, --prefix <code...> or --all');
    expect((await linli(dataDir, ['import', 'regions', '--prefix', '31', '--all'])).code).toBe(2);
    const malformed = await linli(dataDir, ['import', 'regions', '--prefix', '31010']);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('not a region code');
  });

  it('refuses community life beyond city scale', async () => {
    const { code, stderr } = await linli(dataDir, ['seed', '--scale', 'national', '--community-life']);
    expect(code).toBe(2);
    expect(stderr).toContain('--community-life goes up to city scale');
  });

  it('refuses a port that is not a port', async () => {
    const { code, stderr } = await linli(dataDir, ['start', '--port', 'http']);
    expect(code).toBe(2);
    expect(stderr).toContain('1 to 65535');
  });
});

describe('on an embedded database', () => {
  it('migrates once: the second run applies nothing', async () => {
    expect((await linli(dataDir, ['migrate'])).stdout).toMatch(/applied [1-9]\d* migration\(s\)/);
    const again = await linli(dataDir, ['migrate']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('applied 0 migration(s), already up to date');
  });

  it('imports the regions of 黄浦区, and a second import writes nothing', async () => {
    const first = await linli(dataDir, ['import', 'regions', '--prefix', '310101']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/regions: (\d+) rows seen, \1 written/);
    const second = await linli(dataDir, ['import', 'regions', '--prefix', '310101']);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/regions: \d+ rows seen, 0 written/);
  });

  it('fails (exit 1) on a prefix that matches no region', async () => {
    const { code, stderr } = await linli(dataDir, ['import', 'regions', '--prefix', '99']);
    expect(code).toBe(1);
    expect(stderr).toContain('no region matches 99');
  });

  it('verifies an empty audit trail', async () => {
    const { code, stdout } = await linli(dataDir, ['audit', 'verify']);
    expect(code).toBe(0);
    expect(stdout).toBe('ok: 0 events verified\n');
  });

  it('creates a first administrator from a piped password, and refuses a weak password, a taken name and a missing region', async () => {
    const created = await linli(
      dataDir,
      ['users', 'create', '--username', 'root-admin', '--role', 'sys_admin', '--password-stdin'],
      'Admin2026secret\n',
    );
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('created sys_admin root-admin');

    const taken = await linli(
      dataDir,
      ['users', 'create', '--username', 'ROOT-admin', '--role', 'sys_admin', '--password-stdin'],
      'Admin2026secret',
    );
    expect([taken.code, taken.stderr]).toEqual([1, expect.stringContaining('taken')]);
    const weak = await linli(dataDir, ['users', 'create', '--username', 'weak', '--role', 'sys_admin', '--password-stdin'], 'short');
    expect([weak.code, weak.stderr]).toEqual([1, expect.stringContaining('at least 10 characters')]);
    const unscoped = await linli(
      dataDir,
      ['users', 'create', '--username', 'officer', '--role', 'street_officer', '--password-stdin'],
      'Admin2026secret',
    );
    expect([unscoped.code, unscoped.stderr]).toEqual([2, expect.stringContaining('--region is required')]);
    const unknownRegion = await linli(
      dataDir,
      ['users', 'create', '--username', 'officer', '--role', 'street_officer', '--region', '310101999', '--password-stdin'],
      'Admin2026secret',
    );
    expect([unknownRegion.code, unknownRegion.stderr]).toEqual([1, expect.stringContaining('unknown region 310101999')]);
  });

  it('refuses to put demo accounts into a database with real accounts', async () => {
    const { code, stderr } = await linli(dataDir, ['seed', 'demo']);
    expect(code).toBe(1);
    expect(stderr).toContain('refusing');
  });

  it('verifies the audit trail, and names the first event someone altered', async () => {
    const intact = await linli(dataDir, ['audit', 'verify']);
    expect([intact.code, intact.stdout]).toEqual([0, 'ok: 1 events verified\n']);

    // Tampering needs the append-only trigger out of the way, as a database superuser could do.
    const database = await openDatabase({ dataDir: join(dataDir, 'pglite') });
    await database.driver.exec(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update;
      UPDATE audit_events SET after = '{"username":"someone-else"}' WHERE id = 1;`);
    await database.close();

    const tampered = await linli(dataDir, ['audit', 'verify']);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toMatch(/^tampered: event #1 \(altered\)/);
  });
});
