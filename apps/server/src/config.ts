import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const environment = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  LINLI_DATA_DIR: z.string().default('./data'),
  // 32 bytes, base64. Encrypts personal data and keys the blind indexes. Sensitive: never logged.
  LINLI_MASTER_KEY: z.string().optional(),
  LINLI_SECURE_COOKIES: z.enum(['true', 'false']).optional(),
  // Directory of the policy packs (*.json); default: the packs/ folder of this repository
  LINLI_PACKS_DIR: z.string().optional(),
  LINLI_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface AppConfig {
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  masterKey: Buffer;
  secureCookies: boolean;
  logLevel: string;
  /** Policy packs directory (docs/decisions/0012-policy-packs.md). */
  packsDir: string;
  /** Idle time after which a session ends. */
  sessionIdleMs: number;
  /** Review time limits per filing step, in days. The seed documents set none; see docs/decisions/0009-filing-time-limits.md. */
  filingTimeLimitDays: { committee_review: number; street_review: number };
}

export const defaultPacksDir = fileURLToPath(new URL('../../../packs', import.meta.url));

export const defaultPolicyConfig = {
  sessionIdleMs: 30 * 60 * 1000,
  filingTimeLimitDays: { committee_review: 5, street_review: 10 },
};

function decodeKey(value: string): Buffer {
  const key = Buffer.from(value, 'base64');
  if (key.length !== 32) throw new Error('LINLI_MASTER_KEY must be 32 bytes in base64');
  return key;
}

/**
 * With PGlite the master key lives beside the data (./data/master.key) and is created on first run,
 * so `npm start` needs no configuration. With a PostgreSQL server it must come from the environment.
 */
function loadMasterKey(env: z.infer<typeof environment>, dataDir: string): Buffer {
  if (env.LINLI_MASTER_KEY) return decodeKey(env.LINLI_MASTER_KEY);
  if (env.DATABASE_URL) throw new Error('LINLI_MASTER_KEY is required with DATABASE_URL');
  const file = join(dataDir, 'master.key');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  return decodeKey(readFileSync(file, 'utf8').trim());
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = environment.parse(env);
  const dataDir = resolve(parsed.LINLI_DATA_DIR);
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    databaseUrl: parsed.DATABASE_URL,
    dataDir,
    masterKey: loadMasterKey(parsed, dataDir),
    secureCookies: parsed.LINLI_SECURE_COOKIES === 'true',
    logLevel: parsed.LINLI_LOG_LEVEL,
    packsDir: parsed.LINLI_PACKS_DIR ? resolve(parsed.LINLI_PACKS_DIR) : defaultPacksDir,
    ...defaultPolicyConfig,
  };
}
