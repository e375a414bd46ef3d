// List exports, the files: columns, labels, masking, CSV and .xlsx encoding, formula escaping, filters, and that an
// export reads back as a ledger.
import { ledgerColumns, type LedgerExport } from '@linli/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cast } from '../filings/filings.test-setup.js';
import { suggestMapping } from '../ledger/ledger-columns.js';
import { readLedger, type LedgerRow } from '../ledger/reading/ledger-reader.js';
import {
  column,
  exportFixture,
  ID_NUMBER,
  LONGQUAN,
  NANJING_EAST,
  parseCsv,
  PHONE,
  xlsxRows,
  YUNNAN_MIDDLE,
  type ExportFixture,
} from './exports.test-setup.js';

let f: ExportFixture;
let c: Cast;
beforeAll(async () => {
  f = await exportFixture();
  c = f.c;
});
afterAll(() => c.t.close());

const exportList: ExportFixture['exportList'] = (...args) => f.exportList(...args);

describe('organizations as .xlsx', () => {
  let rows: unknown[][];
  let job: LedgerExport;

  it('answers 202 with a running job, then finishes with the file', async () => {
    const result = await exportList(c.street, { list: 'organizations', format: 'xlsx', filters: { tier: 'team,group' } });
    expect(result.started).toMatchObject({ list: 'organizations', format: 'xlsx', status: 'running', filters: { tier: 'team,group' } });
    expect(result.started.filename).toMatch(/^社区社会组织_南京东路街道_\d{8}-\d{4}\.xlsx$/);
    job = result.job;
    expect(job).toMatchObject({ status: 'done', rows: 7, failure: null });
    expect(job.progress).toEqual({ done: 7, total: 7 });
    expect(job.finishedAt).not.toBeNull();
    expect(result.file.statusCode).toBe(200);
    expect(result.file.headers['content-type']).toContain('spreadsheetml');
    expect(result.file.headers['content-disposition']).toContain(encodeURIComponent(job.filename));
    rows = await xlsxRows(result.file.rawPayload);
  });

  it('has the ledger headers and only the filtered rows of the viewer’s street', () => {
    expect(rows[0]).toEqual([
      '组织名称',
      '组织层级',
      '法人类型',
      '统一社会信用代码',
      '备案编号',
      '所在社区',
      '所在区划',
      '区划代码',
      '服务领域',
      '服务对象',
      '简介',
      '负责人',
      '负责人电话',
      '负责人身份证号',
      '联系人',
      '联系电话',
      '成员人数',
      '成立日期',
      '活动场所',
      '枢纽类型',
      '品牌组织',
      '示范组织',
      '观察点',
      '状态',
      '更新时间',
    ]);
    const names = column(rows, '组织名称');
    expect(names).toHaveLength(7);
    expect(names).toContain('云南中路合唱队');
    expect(names).toContain('龙泉园路编织小组');
    expect(names).not.toContain('南京东路社会工作服务社'); // registered: filtered out by tier
    expect(names).not.toContain('新安睦邻队'); // another street
  });

  it('writes labels, paths, dates and numbers as a person reads them, with personal data masked', () => {
    const choir = rows.find((r) => r[0] === '云南中路合唱队')!;
    const byHeader = Object.fromEntries(rows[0]!.map((h, i) => [h as string, choir[i]]));
    expect(byHeader).toMatchObject({
      组织层级: '群众活动团队',
      所在社区: '云南中路居委会',
      所在区划: '黄浦区 / 南京东路街道 / 云南中路居委会',
      区划代码: YUNNAN_MIDDLE,
      服务领域: '文化艺术、邻里互助',
      服务对象: '老年人',
      负责人电话: '138****5678',
      负责人身份证号: '1101**********002X',
      联系电话: '021*****1234',
      成员人数: 25,
      品牌组织: '是',
      示范组织: '否',
      状态: '正常',
    });
    expect((byHeader['成立日期'] as Date).toISOString().slice(0, 10)).toBe('2021-03-05');
    expect(byHeader['更新时间']).toBeInstanceOf(Date);
    expect(JSON.stringify(rows)).not.toContain(PHONE);
  });

  it('records one audit event when the file is done', async () => {
    const events = (await c.t.database.db.execute(
      sql`SELECT actor_name, target_id, region_code, after FROM audit_events WHERE action = 'list.exported' AND target_id = ${job.id}`,
    )) as unknown as { actor_name: string; region_code: string; after: Record<string, unknown> }[];
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actor_name: '街道赵',
      region_code: NANJING_EAST,
      after: { list: 'organizations', format: 'xlsx', filters: { tier: 'team,group' }, rows: 7, includePersonalData: false },
    });
  });
});

describe('organizations as .csv', () => {
  it('is UTF-8 with a BOM, CRLF, RFC 4180 quoting, and escapes cells a spreadsheet would run', async () => {
    const { file } = await exportList(c.committee, { list: 'organizations', format: 'csv' });
    expect(file.headers['content-type']).toBe('text/csv; charset=utf-8');
    const body = file.rawPayload;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = body.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]![0]).toBe('组织名称');
    const names = column(rows, '组织名称');
    expect(names).toEqual(expect.arrayContaining(["'=1+2", "'@SUM(A1)", "'-2", "'+86", '"引号",逗号', '云南中路合唱队']));
    expect(names).not.toContain('龙泉园路编织小组'); // the committee sees its own community only
    expect(text).toContain('"""引号"",逗号"');
    const choir = rows.find((r) => r[0] === '云南中路合唱队')!;
    expect(choir[rows[0]!.indexOf('成立日期')]).toBe('2021-03-05');
    expect(choir[rows[0]!.indexOf('成员人数')]).toBe('25');
    expect(choir[rows[0]!.indexOf('负责人电话')]).toBe('138****5678');
    expect(choir[rows[0]!.indexOf('更新时间')]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
  });

  it('escapes formula cells in .xlsx too', async () => {
    const { file } = await exportList(c.committee, { list: 'organizations', format: 'xlsx', filters: { q: 'SUM' } });
    expect(column(await xlsxRows(file.rawPayload), '组织名称')).toEqual(["'@SUM(A1)"]);
  });

  it('applies status, region and keyword filters', async () => {
    const names = async (filters: Record<string, string>) =>
      column(parseCsv((await exportList(c.civil, { list: 'organizations', format: 'csv', filters })).file.body.slice(1)), '组织名称');
    expect(await names({ status: 'suspended' })).toEqual(['龙泉园路编织小组']);
    expect(await names({ region: LONGQUAN })).toEqual(['龙泉园路编织小组']);
    expect(await names({ q: '合唱' })).toEqual(['云南中路合唱队']);
  });

  it('writes English headers, labels and file name for an English reader', async () => {
    const { job, file } = await exportList(c.street, { list: 'organizations', format: 'csv', filters: { q: '合唱' } }, 'en-US');
    expect(job.filename).toMatch(/^organizations_南京东路街道_\d{8}-\d{4}\.csv$/);
    const rows = parseCsv(file.body.slice(1));
    expect(rows[0]!.slice(0, 3)).toEqual(['Name', 'Tier', 'Legal form']);
    expect(rows[1]!.slice(0, 2)).toEqual(['云南中路合唱队', 'Mass-activity team']);
    expect(rows[1]![rows[0]!.indexOf('Brand organization')]).toBe('Yes');
  });
});

describe('personal data', () => {
  it('is plain with includePersonalData for a holder of the reveal permission, and audited so', async () => {
    const { job, file } = await exportList(c.street, {
      list: 'organizations',
      format: 'csv',
      filters: { q: '合唱' },
      includePersonalData: true,
    });
    const rows = parseCsv(file.body.slice(1));
    expect(rows[1]![rows[0]!.indexOf('负责人电话')]).toBe(PHONE);
    expect(rows[1]![rows[0]!.indexOf('负责人身份证号')]).toBe(ID_NUMBER);
    const [event] = (await c.t.database.db.execute(
      sql`SELECT after FROM audit_events WHERE action = 'list.exported' AND target_id = ${job.id}`,
    )) as unknown as { after: { includePersonalData: boolean } }[];
    expect(event!.after.includePersonalData).toBe(true);
  });

  it('stores the file encrypted', async () => {
    const { job } = await exportList(c.street, { list: 'organizations', format: 'csv', filters: { q: '合唱' }, includePersonalData: true });
    const [row] = (await c.t.database.db.execute(sql`SELECT file_enc FROM list_exports WHERE id = ${job.id}`)) as unknown as {
      file_enc: Uint8Array;
    }[];
    expect(Buffer.from(row!.file_enc).toString('utf8')).not.toContain(PHONE);
    expect(Buffer.from(row!.file_enc).toString('utf8')).not.toContain('组织名称');
  });
});

describe('filings', () => {
  beforeAll(() => f.submitFilings());

  it('exports the filing list with its own columns, scoped like the list', async () => {
    const { job, file } = await exportList(c.street, { list: 'filings', format: 'xlsx' });
    expect(job.filename).toMatch(/^备案_南京东路街道_/);
    const rows = await xlsxRows(file.rawPayload);
    expect(rows[0]).toEqual([
      '备案编号',
      '申请编号',
      '类型',
      '组织名称',
      '所在区划',
      '区划代码',
      '状态',
      '提交人',
      '提交时间',
      '当前处理环节',
      '办理期限',
      '是否逾期',
      '办结时间',
    ]);
    expect(rows).toHaveLength(2);
    const byHeader = Object.fromEntries(rows[0]!.map((h, i) => [h as string, rows[1]![i]]));
    expect(byHeader).toMatchObject({
      类型: '成立备案',
      组织名称: '云南中路太极队',
      所在区划: '黄浦区 / 南京东路街道 / 云南中路居委会',
      状态: '待居委会初审',
      提交人: '居委孙',
      当前处理环节: '居委会初审',
      是否逾期: '否',
    });
    expect(byHeader['备案编号']).toBeUndefined();
    expect(byHeader['办结时间']).toBeUndefined();
  });

  it('applies the filing filters (status, queue)', async () => {
    const filed = parseCsv(
      (await exportList(c.street, { list: 'filings', format: 'csv', filters: { status: 'filed' } })).file.body.slice(1),
    );
    expect(filed).toHaveLength(1);
    const queue = parseCsv(
      (await exportList(c.colleague, { list: 'filings', format: 'csv', filters: { queue: 'mine' } })).file.body.slice(1),
    );
    expect(column(queue, '组织名称')).toEqual(['云南中路太极队']);
  });
});

describe('an export reads back as a ledger', () => {
  it.each(['xlsx', 'csv'] as const)('the .%s maps every ledger column by its header and keeps the values', async (format) => {
    const { file } = await exportList(c.street, { list: 'organizations', format, filters: { q: '合唱' } });
    const ledger = await readLedger(file.rawPayload);
    const mapping = suggestMapping(ledger.headers);
    expect(new Set(mapping.filter(Boolean))).toEqual(new Set(ledgerColumns));
    const rows: LedgerRow[] = [];
    for await (const row of ledger.rows) rows.push(row);
    expect(rows).toHaveLength(1);
    const cellOf = (column: string) => rows[0]!.cells[mapping.indexOf(column as (typeof mapping)[number])];
    expect(cellOf('name')).toBe('云南中路合唱队');
    expect(cellOf('community')).toBe('云南中路居委会');
    expect(cellOf('foundedOn')).toBe('2021-03-05');
    expect(cellOf('memberCount')).toBe('25');
    expect(cellOf('leaderPhone')).toBe('138****5678');
  });
});
