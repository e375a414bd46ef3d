// Ledger import through the API: upload, mapping, dry run, commit, re-import, and every kind of bad input.
import { creditCodeCheckCharacter, ledgerColumnLabels, ledgerColumns, type LedgerColumn } from '@linli/shared';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../platform/audit.js';
import { rollupInto } from '../stats/rollups.repository.js';
import { buildOrganization, buildUser } from '../../test/factories.js';
import { createTestApp, login, type Client, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let street: Client;
let otherStreet: Client;
let city: Client;

const STREET = '310101002'; // 南京东路街道
const labels = ledgerColumnLabels['zh-CN'];

beforeAll(async () => {
  t = await createTestApp();
  await buildUser(t.services, { role: 'street_officer', regionCode: STREET, username: 'street' });
  await buildUser(t.services, { role: 'street_officer', regionCode: '310106011', username: 'other-street' });
  await buildUser(t.services, { role: 'civil_affairs', regionCode: '310101', username: 'district' });
  await buildUser(t.services, { role: 'resident', regionCode: STREET, username: 'resident' });
  street = await login(t.app, 'street');
  otherStreet = await login(t.app, 'other-street');
  city = await login(t.app, 'district');
});
afterAll(() => t.close());

type Row = Partial<Record<LedgerColumn, string | number | Date>>;

async function workbook(rows: Row[], headers: string[] = ledgerColumns.map((c) => labels[c])): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('台账');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(ledgerColumns.map((c) => row[c] ?? null));
  return Buffer.from(await book.xlsx.writeBuffer());
}

const good = (n: number, extra: Row = {}): Row => ({
  name: `导入测试互助队${n}`,
  tier: '群众活动团队',
  community: n % 2 ? '云南中路居委会' : '贵州路',
  serviceFields: '邻里互助、志愿服务',
  leaderName: '陈建国',
  leaderPhone: '13912345678',
  memberCount: 10 + n,
  foundedOn: '2020-05-01',
  ...extra,
});

async function upload(client: Client, file: Buffer, region = STREET, filename = '台账.xlsx') {
  return client.request('POST', `/api/v1/imports?region=${region}&filename=${encodeURIComponent(filename)}`, file, {
    'content-type': 'application/octet-stream',
  });
}

async function analyzed(client: Client, file: Buffer) {
  const uploaded = await upload(client, file);
  expect(uploaded.statusCode, uploaded.body).toBe(201);
  const job = uploaded.json();
  const started = await client.post(`/api/v1/imports/${job.id}/analysis`, { mapping: job.mapping, version: job.version });
  expect(started.statusCode, started.body).toBe(202);
  await t.services.background.idle();
  return (await client.get(`/api/v1/imports/${job.id}`)).json();
}

async function committed(client: Client, job: { id: string; version: number }, mode: 'all' | 'valid_only') {
  const response = await client.post(`/api/v1/imports/${job.id}/commit`, { mode, version: job.version });
  expect(response.statusCode, response.body).toBe(202);
  await t.services.background.idle();
  return (await client.get(`/api/v1/imports/${job.id}`)).json();
}

const count = async (query: ReturnType<typeof sql>) => ((await t.database.db.execute(query)) as unknown as [{ n: number }])[0].n;
const errorsOf = async (client: Client, id: string) =>
  (await client.get(`/api/v1/imports/${id}/rows?outcome=error&pageSize=200`)).json().items;

describe('the import template', () => {
  it('has Chinese headers with required marks, a notes sheet and dropdowns', async () => {
    const response = await street.get('/api/v1/imports/template');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('filename*=UTF-8');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('组织台账')!;
    expect((sheet.getRow(1).values as string[]).slice(1, 4)).toEqual(['组织名称*', '组织层级*', '法人类型']);
    expect(book.getWorksheet('填写说明')!.getCell('C2').text).toContain('最多 100 字');
    const validations = (sheet as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } })
      .dataValidations.model;
    const tierList = Object.entries(validations).find(([range]) => range.startsWith('B2'))?.[1];
    expect(tierList?.type).toBe('list');
    expect(book.getWorksheet('选项')!.getColumn(1).values).toContain('群众活动团队');
  });
});

describe('a ledger from upload to commit', () => {
  let jobId: string;
  const otherCommunity = async () =>
    (
      (await t.database.db.execute(sql`SELECT name FROM regions WHERE parent_code = '310106011' ORDER BY code LIMIT 1`)) as unknown as [
        { name: string },
      ]
    )[0].name;

  it('suggests the mapping, judges every row and writes nothing in the dry run', async () => {
    const before = await count(sql`SELECT count(*)::int AS n FROM organizations`);
    const rows = [
      good(1),
      good(2),
      good(3, { creditCode: '51310101MJ00000005' }), // wrong check character
      good(4, { community: await otherCommunity() }), // a community of another street
      good(5, { memberCount: '十几' }),
      good(6, { foundedOn: '2099-01-01' }),
      good(1), // the same organization as row 2
      good(8, { tier: '注册社会组织', legalForm: '社会团体' }), // only civil affairs records registered ones
    ];
    const job = await analyzed(street, await workbook(rows));
    jobId = job.id;
    expect(job.status).toBe('analyzed');
    expect(job.mapping).toEqual([...ledgerColumns]);
    expect(job.summary).toEqual({ rows: 8, create: 2, update: 0, unchanged: 0, error: 6 });
    expect(await count(sql`SELECT count(*)::int AS n FROM organizations`)).toBe(before);

    const errors = await errorsOf(street, job.id);
    const problem = (row: number) => errors.find((e: { rowNumber: number }) => e.rowNumber === row).errors[0];
    expect(problem(4)).toEqual({ column: '统一社会信用代码', message: expect.stringContaining('校验位') });
    expect(problem(5)).toEqual({ column: '所在社区', message: expect.stringContaining('南京东路街道') });
    expect(problem(6)).toEqual({ column: '成员人数', message: '“十几”不是整数' });
    expect(problem(7)).toEqual({ column: '成立日期', message: '日期不能晚于今天' });
    expect(problem(8).message).toContain('与第 2 行是同一个组织');
    expect(problem(9)).toEqual({ column: '组织层级', message: expect.stringContaining('民政部门') });
    // whoever reads the report later reads it in their own language
    const english = await street.request('GET', `/api/v1/imports/${job.id}/rows?outcome=error`, undefined, { 'accept-language': 'en' });
    const row6 = english.json().items.find((e: { rowNumber: number }) => e.rowNumber === 6);
    expect(row6.errors[0]).toEqual({ column: '成员人数', message: '"十几" is not a whole number' });
  });

  it('refuses to import all rows while some are wrong, and writes nothing', async () => {
    const job = (await street.get(`/api/v1/imports/${jobId}`)).json();
    const response = await street.post(`/api/v1/imports/${jobId}/commit`, { mode: 'all', version: job.version });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'import_has_errors', detail: expect.stringContaining('6 行') });
    expect(await count(sql`SELECT count(*)::int AS n FROM organizations WHERE name LIKE '导入测试互助队%'`)).toBe(0);
  });

  it('downloads the report: the same rows with the problems in an added column', async () => {
    const response = await street.get(`/api/v1/imports/${jobId}/report`);
    expect(response.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const width = ledgerColumns.length;
    expect(sheet.getRow(1).getCell(width + 2).text).toBe('错误说明');
    expect(sheet.getRow(2).getCell(width + 1).text).toBe('新增');
    expect(sheet.getRow(6).getCell(width + 2).text).toBe('「成员人数」“十几”不是整数');
    expect(sheet.getRow(6).getCell(1).text).toBe('导入测试互助队5');
  });

  it('imports the valid rows only when asked, each with history and an audit event', async () => {
    const job = (await street.get(`/api/v1/imports/${jobId}`)).json();
    const done = await committed(street, job, 'valid_only');
    expect(done.status).toBe('committed');
    expect(done.summary).toMatchObject({ create: 2, error: 6 });
    const created = (await t.database.db.execute(
      sql`SELECT id, region_code, member_count, leader_phone_enc IS NOT NULL AS phone FROM organizations WHERE name LIKE '导入测试互助队%' ORDER BY name`,
    )) as unknown as { id: string; region_code: string; member_count: number; phone: boolean }[];
    expect(created.map((o) => [o.region_code, o.member_count, o.phone])).toEqual([
      ['310101002001', 11, true],
      ['310101002003', 12, true],
    ]);
    expect(
      await count(
        sql`SELECT count(*)::int AS n FROM organization_changes WHERE organization_id = ${created[0]!.id} AND action = 'imported'`,
      ),
    ).toBe(1);
    const [event] = (await t.database.db.execute(
      sql`SELECT after FROM audit_events WHERE target_id = ${created[0]!.id} AND action = 'organization.created'`,
    )) as unknown as { after: Record<string, unknown> }[];
    expect(event!.after).toEqual({ name: '导入测试互助队1', tier: 'team', regionCode: '310101002001', via: 'imported' });
    expect(await count(sql`SELECT count(*)::int AS n FROM audit_events WHERE target_id = ${jobId} AND action = 'ledger.imported'`)).toBe(1);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true });
    // the dashboard's counters, kept in one statement for the whole import, equal a count from scratch
    await t.database.transaction(async (tx) => {
      await tx.execute(sql`CREATE TEMP TABLE recount (LIKE rollup_counts INCLUDING ALL) ON COMMIT DROP`);
      await rollupInto(tx, 'recount', 1, 'true');
      const differences = await tx.execute(sql`
        (SELECT region_code, measure_id, kind, n FROM rollup_counts WHERE n <> 0 EXCEPT SELECT region_code, measure_id, kind, n FROM recount)
        UNION ALL (SELECT region_code, measure_id, kind, n FROM recount EXCEPT SELECT region_code, measure_id, kind, n FROM rollup_counts)`);
      expect(differences).toEqual([]);
      const street = (await tx.execute(sql`SELECT count(*)::int AS n FROM recount WHERE region_code = ${STREET}`)) as unknown as [
        { n: number },
      ];
      expect(street[0].n).toBeGreaterThan(0);
    });
    // the ledger's phones and ID numbers are not kept once imported
    expect(await count(sql`SELECT count(*)::int AS n FROM ledger_import_rows WHERE import_id = ${jobId}`)).toBe(0);
    const history = (await street.get(`/api/v1/organizations/${created[0]!.id}/history`)).json().items;
    expect(history[0]).toMatchObject({
      action: 'imported',
      changes: { leaderPhone: { from: null, to: '139****5678' }, memberCount: { from: null, to: 11 } },
    });
    const list = (await street.get('/api/v1/organizations?q=导入测试互助队')).json();
    expect(list.total).toBe(2);
    expect(list.items[0].leaderPhone).toBe('139****5678');
  });

  it('changes nothing when the same file comes again, and only what changed from an edited one', async () => {
    const again = await analyzed(street, await workbook([good(1), good(2)]));
    expect(again.summary).toEqual({ rows: 2, create: 0, update: 0, unchanged: 2, error: 0 });
    const historyBefore = await count(sql`SELECT count(*)::int AS n FROM organization_changes`);
    await committed(street, again, 'all');
    expect(await count(sql`SELECT count(*)::int AS n FROM organization_changes`)).toBe(historyBefore);

    const edited = await analyzed(street, await workbook([good(1, { memberCount: 40, leaderPhone: '' }), good(2)]));
    expect(edited.summary).toMatchObject({ update: 1, unchanged: 1 });
    const [update] = (await street.get(`/api/v1/imports/${edited.id}/rows?outcome=update`)).json().items;
    expect(update.changes).toEqual({ memberCount: { from: 11, to: 40 } });
    await committed(street, edited, 'all');
    const [row] = (await t.database.db.execute(
      sql`SELECT member_count, leader_phone_enc IS NOT NULL AS phone FROM organizations WHERE name = '导入测试互助队1'`,
    )) as unknown as [{ member_count: number; phone: boolean }];
    expect(row).toEqual({ member_count: 40, phone: true }); // a blank cell changes nothing
  });
});

describe('a messy ledger', () => {
  // GBK bytes of the CSV below, built with the decoder the platform uses for reading (gb18030 ⊃ GBK)
  const gbk = (text: string) => {
    const decoder = new TextDecoder('gb18030');
    const table = new Map<string, number[]>();
    for (let hi = 0x81; hi <= 0xfe; hi++)
      for (let lo = 0x40; lo <= 0xfe; lo++) {
        const c = decoder.decode(new Uint8Array([hi, lo]));
        if (c.length === 1 && !table.has(c)) table.set(c, [hi, lo]);
      }
    return Buffer.from([...text].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : (table.get(c) ?? [0x3f]))));
  };

  it('reads GBK, skips blank rows, maps variant headers and understands full-width digits and every date form', async () => {
    const csv = [
      '南京东路街道社区社会组织台账（2024年）,,,,,,',
      '团队名称,类别,所属社区,服务领域,负责人姓名,成员人数,成立时间,负责人电话',
      '全角测试书画队,群众活动团队,云南中路居委会,文化艺术,李桂英,２５,2021.3.5,１３９１２３４５６７８',
      ',,,,,,,',
      '全角测试合唱团,社区活动小组,龙泉园路,文化艺术,周玉珍,１８人,2021年3月5日,',
      '全角测试太极队,社区活动小组,云南中路,体育健身,吴国华,30,44260,',
    ].join('\r\n');
    const uploaded = await upload(street, gbk(csv), STREET, '台账.csv');
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const job = uploaded.json();
    expect(job).toMatchObject({ format: 'csv', encoding: 'gbk' });
    expect(job.mapping).toEqual(['name', 'tier', 'community', 'serviceFields', 'leaderName', 'memberCount', 'foundedOn', 'leaderPhone']);
    await street.post(`/api/v1/imports/${job.id}/analysis`, { mapping: job.mapping, version: job.version });
    await t.services.background.idle();
    const checked = (await street.get(`/api/v1/imports/${job.id}`)).json();
    expect(checked.summary).toEqual({ rows: 3, create: 3, update: 0, unchanged: 0, error: 0 });
    await committed(street, checked, 'all');
    const rows = (await t.database.db.execute(
      sql`SELECT name, region_code, member_count, founded_on FROM organizations WHERE name LIKE '全角测试%' ORDER BY name`,
    )) as unknown as { name: string; region_code: string; member_count: number; founded_on: string }[];
    expect(rows).toEqual([
      { name: '全角测试书画队', region_code: '310101002001', member_count: 25, founded_on: '2021-03-05' },
      { name: '全角测试合唱团', region_code: '310101002002', member_count: 18, founded_on: '2021-03-05' },
      { name: '全角测试太极队', region_code: '310101002001', member_count: 30, founded_on: '2021-03-05' },
    ]);
  });

  it('remembers a saved mapping for the next file with the same headers', async () => {
    const headers = ['队伍', '层级', '村居', '领域', '队长', '人数'];
    const file = await (async () => {
      const book = new ExcelJS.Workbook();
      book.addWorksheet('s').addRows([headers, ['映射测试队', '群众活动团队', '云南中路', '养老', '孙丽', 9]]);
      return Buffer.from(await book.xlsx.writeBuffer());
    })();
    const first = (await upload(street, file)).json();
    expect(first.mapping).toEqual([null, 'tier', 'community', 'serviceFields', 'leaderName', 'memberCount']);
    const mapping = ['name', 'tier', 'community', 'serviceFields', 'leaderName', 'memberCount'];
    const saved = await street.post('/api/v1/import-mappings', { name: '我街道的台账', headers: first.headers, mapping });
    expect(saved.statusCode, saved.body).toBe(201);
    const second = (await upload(street, file)).json();
    expect(second).toMatchObject({ mapping, suggestedFrom: '我街道的台账' });
    expect((await otherStreet.get('/api/v1/import-mappings')).json().items).toEqual([]);
    expect((await otherStreet.request('DELETE', `/api/v1/import-mappings/${saved.json().id}`)).statusCode).toBe(404);
    expect((await street.request('DELETE', `/api/v1/import-mappings/${saved.json().id}`)).statusCode).toBe(204);
    expect((await street.get('/api/v1/import-mappings')).json().items).toEqual([]);
  });

  it('refuses a saved mapping that could not run, or has no name', async () => {
    const incomplete = await street.post('/api/v1/import-mappings', { name: '缺列', headers: ['名称'], mapping: ['name'] });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json()).toMatchObject({
      code: 'mapping_incomplete',
      errors: expect.arrayContaining([{ path: 'mapping', message: '缺少必填列“组织层级”' }]),
    });
    const unnamed = await street.post('/api/v1/import-mappings', { name: ' ', headers: ['名称'], mapping: ['nonsense'] });
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json().errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['name', 'mapping.0']));
  });
});

describe('bad input', () => {
  it('answers each unreadable file with its own problem and stores nothing', async () => {
    const jobs = async () => count(sql`SELECT count(*)::int AS n FROM ledger_imports`);
    const before = await jobs();
    const cases: [Buffer, number, string][] = [
      [Buffer.alloc(0), 400, 'empty_file'],
      [Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(200)]), 415, 'unsupported_file_type'],
      [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array(600).fill(0)]), 415, 'legacy_xls'],
      [(await workbook([good(1)])).subarray(0, 2000), 400, 'corrupt_file'],
      [await workbook([]), 422, 'no_data_rows'],
      [Buffer.alloc(21 * 1024 * 1024, 0x41), 413, 'file_too_large'],
    ];
    for (const [file, status, code] of cases) {
      const response = await upload(street, file);
      expect(response.statusCode, `${code}: ${response.body}`).toBe(status);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().code).toBe(code);
    }
    expect(await jobs()).toBe(before);
  });

  it('refuses an incomplete mapping, a stale version and a commit before the check', async () => {
    const job = (await upload(street, await workbook([good(20)]))).json();
    const incomplete = await street.post(`/api/v1/imports/${job.id}/analysis`, {
      mapping: job.mapping.map(() => null),
      version: job.version,
    });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json()).toMatchObject({
      code: 'mapping_incomplete',
      errors: expect.arrayContaining([{ path: 'mapping', message: '缺少必填列“组织名称”' }]),
    });
    const early = await street.post(`/api/v1/imports/${job.id}/commit`, { mode: 'all', version: job.version });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('job_state');
    const stale = await street.post(`/api/v1/imports/${job.id}/analysis`, { mapping: job.mapping, version: job.version - 1 });
    expect(stale.statusCode).toBe(409);
    const wrongType = await street.post(`/api/v1/imports/${job.id}/analysis`, { mapping: 'all', version: job.version });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().errors[0].path).toBe('mapping');
  });

  it('keeps imports to the region and the person: other streets 404, residents 403', async () => {
    const foreign = await upload(street, await workbook([good(30)]), '310106011');
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json()).toMatchObject({ code: 'unknown_region', errors: [{ path: 'querystring.region' }] });
    const job = (await upload(street, await workbook([good(31)]))).json();
    for (const url of [`/api/v1/imports/${job.id}`, `/api/v1/imports/${job.id}/report`])
      expect((await otherStreet.get(url)).statusCode).toBe(404);
    expect((await otherStreet.request('DELETE', `/api/v1/imports/${job.id}`)).statusCode).toBe(404);
    const foreignCheck = await otherStreet.post(`/api/v1/imports/${job.id}/analysis`, { mapping: job.mapping, version: job.version });
    expect(foreignCheck.statusCode).toBe(404);
    const foreignCommit = await otherStreet.post(`/api/v1/imports/${job.id}/commit`, { mode: 'all', version: job.version });
    expect(foreignCommit.statusCode).toBe(404);
    const badMode = await street.post(`/api/v1/imports/${job.id}/commit`, { mode: 'sometimes', version: job.version });
    expect([badMode.statusCode, badMode.json().errors[0].path]).toEqual([400, 'mode']);
    expect((await city.get(`/api/v1/imports/${job.id}`)).statusCode).toBe(404); // even the district: imports are their owner's
    const resident = await login(t.app, 'resident');
    expect((await upload(resident, await workbook([good(32)]))).statusCode).toBe(403);
    const missingRegion = await street.request('POST', '/api/v1/imports?filename=a.xlsx', await workbook([good(33)]), {
      'content-type': 'application/octet-stream',
    });
    expect(missingRegion.statusCode).toBe(400);
    expect(missingRegion.json().errors[0].path).toBe('querystring.region');
  });

  it('matches an organization outside the scope only to refuse it', async () => {
    const creditCode = `51310106MJ0000001${creditCodeCheckCharacter('51310106MJ0000001')}`;
    await buildOrganization(t.services, { regionCode: '310106011001', name: '静安的队伍', creditCode });
    const job = await analyzed(street, await workbook([good(40, { creditCode })]));
    expect(job.summary).toMatchObject({ create: 0, error: 1 });
    const [row] = await errorsOf(street, job.id);
    expect(row.errors[0]).toEqual({ column: '统一社会信用代码', message: expect.stringContaining('不在您的管辖范围') });
  });

  it('lets civil affairs import registered organizations with their legal form', async () => {
    const job = await analyzed(
      city,
      await workbook([good(50, { tier: '注册社会组织', legalForm: '社会服务机构', community: '310101002001' })]),
    );
    expect(job.summary).toMatchObject({ create: 1, error: 0 });
  });

  it('discards an import: its rows are gone', async () => {
    const job = (await upload(street, await workbook([good(60)]))).json();
    expect((await street.request('DELETE', `/api/v1/imports/${job.id}`)).statusCode).toBe(204);
    expect(await count(sql`SELECT count(*)::int AS n FROM ledger_import_rows WHERE import_id = ${job.id}`)).toBe(0);
    const gone = (await street.get(`/api/v1/imports/${job.id}`)).json();
    expect(gone.status).toBe('discarded');
    const commit = await street.post(`/api/v1/imports/${job.id}/commit`, { mode: 'all', version: gone.version });
    expect([commit.statusCode, commit.json().code]).toEqual([409, 'job_state']);
  });
});
