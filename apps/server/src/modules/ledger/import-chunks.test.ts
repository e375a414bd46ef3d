// A big ledger is judged and written a chunk at a time: duplicates are still caught across chunks, and the
// roll-ups of organizations written over many chunks (and changed between them) equal a recount.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganization } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { rollupInto } from '../stats/rollups.repository.js';
import { chunksOf, judgeRows, type AnalysisContext, type RowVerdict } from './import-analysis.js';
import { ledgerWriter } from './import-commit.js';
import { suggestMapping } from './ledger-columns.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const headers = ['组织名称', '组织层级', '所在社区', '服务领域', '负责人', '成员人数'];
const row = (n: number, name = `分块测试队${n}`, members = 10) => ({
  rowNumber: n + 1,
  cells: [name, '群众活动团队', n % 2 ? '云南中路' : '贵州路', '养老', '王芳', String(members)],
  formulaColumns: [],
});
const context = (db = t.database.db): AnalysisContext => ({
  db,
  cipher: t.services.cipher,
  role: 'street_officer',
  scope: { userId: '00000000-0000-0000-0000-000000000000', role: 'street_officer', regionPrefix: '310101002' },
  region: { code: '310101002', name: '南京东路街道' },
  headers,
  mapping: suggestMapping(headers),
  language: 'zh-CN',
});

describe('a ledger in chunks', () => {
  it('hands the verdicts over chunk by chunk and still finds a row repeating one of an earlier chunk', async () => {
    const chunks: RowVerdict[][] = [];
    await judgeRows(
      context(),
      chunksOf([row(1), row(2), row(3), row(4), row(5, '分块测试队1')], 2),
      async (verdicts) => void chunks.push(verdicts),
    );
    expect(chunks.map((c) => c.length)).toEqual([2, 2, 1]);
    expect(chunks[2]![0]).toMatchObject({ rowNumber: 6, outcome: 'error' });
    expect(chunks[2]![0]!.errors[0]!.message['zh-CN']).toContain('与第 2 行是同一个组织');
  });

  it('takes a second row meaning an organization an earlier row already matched, by another key, for an error', async () => {
    const existing = await buildOrganization(t.services, {
      regionCode: '310101002001',
      name: '分块改名队',
      filingNumber: '备310101002-2025-0101',
    });
    const withNumber = ['组织名称', '组织层级', '所在社区', '备案编号'];
    const chunks: RowVerdict[][] = [];
    const rows = [
      { rowNumber: 2, cells: ['分块改名队', '社区活动小组', '云南中路', ''], formulaColumns: [] },
      { rowNumber: 3, cells: ['分块改名后', '群众活动团队', '云南中路', '备310101002-2025-0101'], formulaColumns: [] },
    ];
    await judgeRows({ ...context(), headers: withNumber, mapping: suggestMapping(withNumber) }, chunksOf(rows, 1), async (verdicts) => {
      chunks.push(verdicts);
    });
    expect(chunks[0]![0]).toMatchObject({ outcome: 'update', organizationId: existing.id });
    expect(chunks[1]![0]).toMatchObject({ rowNumber: 3, outcome: 'error' });
    expect(chunks[1]![0]!.errors[0]).toMatchObject({ column: '备案编号' });
    expect(chunks[1]![0]!.errors[0]!.message['zh-CN']).toContain('与第 2 行是同一个组织');
  });

  it('writes creates and updates over several chunks with the counters equal to a recount', async () => {
    const existing = await buildOrganization(t.services, { regionCode: '310101002001', name: '分块已有队', memberCount: 3 });
    const rows = [
      row(10),
      row(11),
      { ...row(12, '分块已有队', 30), cells: ['分块已有队', '社区活动小组', '云南中路', '养老', '王芳', '30'] },
      row(13),
      row(14),
    ];
    await t.database.transaction(async (tx) => {
      const writer = ledgerWriter(tx, t.services, { id: null, name: 'test', ip: null }, () => undefined);
      await judgeRows(context(tx), chunksOf(rows, 2), (verdicts) => writer.write(verdicts));
      expect(await writer.finish()).toEqual({ created: 4, updated: 1 });
    });
    const [changed] = (await t.database.db.execute(
      sql`SELECT tier, member_count FROM organizations WHERE id = ${existing.id}`,
    )) as unknown as [{ tier: string; member_count: number }];
    expect(changed).toEqual({ tier: 'group', member_count: 30 });
    await t.database.transaction(async (tx) => {
      await tx.execute(sql`CREATE TEMP TABLE recount (LIKE rollup_counts INCLUDING ALL) ON COMMIT DROP`);
      await rollupInto(tx, 'recount', 1, 'true');
      const differences = await tx.execute(sql`
        (SELECT region_code, measure_id, kind, n FROM rollup_counts WHERE n <> 0 EXCEPT SELECT region_code, measure_id, kind, n FROM recount)
        UNION ALL (SELECT region_code, measure_id, kind, n FROM recount EXCEPT SELECT region_code, measure_id, kind, n FROM rollup_counts WHERE n <> 0)`);
      expect(differences).toEqual([]);
    });
  });
});
