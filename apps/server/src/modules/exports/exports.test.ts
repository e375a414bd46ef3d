// List exports, the jobs: who may export what (403, 404, scope), bad input (400 at the filter's path), job
// states (409, interrupted), the caller's own list, and the list's order across batches.
import type { LedgerExport } from '@linli/shared';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeCell } from '../../platform/spreadsheet.js';
import type { Cast } from '../filings/filings.test-setup.js';
import { exportFileGzipped } from './export-file.js';
import { exportSources } from './export-lists.js';
import { insertExport } from './exports.repository.js';
import { failInterruptedExports } from './exports.service.js';
import { column, exportFixture, NANJING_EAST, parseCsv, XINAN, type ExportFixture } from './exports.test-setup.js';

let f: ExportFixture;
let c: Cast;
beforeAll(async () => {
  f = await exportFixture();
  c = f.c;
});
afterAll(() => c.t.close());

const startExport: ExportFixture['startExport'] = (...args) => f.startExport(...args);
const exportList: ExportFixture['exportList'] = (...args) => f.exportList(...args);

describe('who may export', () => {
  it('refuses roles without exports:create (403), with or without personal data', async () => {
    for (const client of [c.resident, c.admin]) {
      const response = await startExport(client, { list: 'organizations', format: 'xlsx' });
      expect(response.statusCode).toBe(403);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect((await startExport(c.resident, { list: 'organizations', format: 'csv', includePersonalData: true })).statusCode).toBe(403);
  });

  it('never writes another street’s rows (cross-region)', async () => {
    const jingan = parseCsv((await exportList(c.jinganStreet, { list: 'organizations', format: 'csv' })).file.body.slice(1));
    expect(column(jingan, '组织名称')).toEqual(['新安睦邻队']);
    const nanjing = parseCsv((await exportList(c.street, { list: 'organizations', format: 'csv' })).file.body.slice(1));
    expect(column(nanjing, '组织名称')).not.toContain('新安睦邻队');
    expect(column(nanjing, '区划代码').every((code) => String(code).startsWith(NANJING_EAST))).toBe(true);
  });

  it('answers 400 at the filter’s path when the region filter is outside the viewer’s scope', async () => {
    const response = await startExport(c.street, { list: 'organizations', format: 'csv', filters: { region: XINAN } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'unknown_region', errors: [{ path: 'filters.region' }] });
  });

  it('shows an export to its owner only: others get 404 and do not see it listed', async () => {
    const { job } = await exportList(c.street, { list: 'organizations', format: 'csv' });
    for (const other of [c.civil, c.jinganStreet, c.committee]) {
      expect((await other.get(`/api/v1/exports/${job.id}`)).statusCode).toBe(404);
      expect((await other.get(`/api/v1/exports/${job.id}/file`)).statusCode).toBe(404);
      const listed = (await other.get('/api/v1/exports?pageSize=200')).json() as { items: LedgerExport[] };
      expect(listed.items.map((e) => e.id)).not.toContain(job.id);
    }
  });

  it('lists the caller’s own exports newest first, without the file', async () => {
    const first = (await c.leader.get('/api/v1/exports')).json();
    expect(first).toMatchObject({ items: [], total: 0, page: 1, pageSize: 20 });
    await exportList(c.leader, { list: 'organizations', format: 'csv' });
    await exportList(c.leader, { list: 'filings', format: 'xlsx' });
    const page = (await c.leader.get('/api/v1/exports')).json() as { items: LedgerExport[]; total: number };
    expect(page.total).toBe(2);
    expect(page.items.map((e) => e.list)).toEqual(['filings', 'organizations']);
    expect(page.items[0]).not.toHaveProperty('fileEnc');
  });
});

describe('bad input', () => {
  it.each([
    [{ tier: 'xxx' }, 'filters.tier'],
    [{ region: 'abc' }, 'filters.region'],
    [{ status: 'active,closed' }, 'filters.status'],
    [{ isBrand: 'maybe' }, 'filters.isBrand'],
    [{ sort: 'leader' }, 'filters.sort'],
  ])('refuses filters %j with 400 at %s, and starts nothing', async (filters, path) => {
    const before = (await c.civil.get('/api/v1/exports')).json().total;
    const response = await startExport(c.civil, { list: 'organizations', format: 'xlsx', filters });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    expect((await c.civil.get('/api/v1/exports')).json().total).toBe(before);
  });

  it('validates filings filters with the filing list’s schema', async () => {
    const response = await startExport(c.civil, { list: 'filings', format: 'xlsx', filters: { kind: 'merge' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe('filters.kind');
  });

  it.each([
    [{ list: 'users', format: 'xlsx' }, 'list'],
    [{ list: 'organizations', format: 'xls' }, 'format'],
    [{ list: 'organizations', format: 'csv', filters: { tier: 3 } }, 'filters.tier'],
    [{ list: 'organizations', format: 'csv', includePersonalData: 'yes' }, 'includePersonalData'],
  ])('refuses the body %j with 400 at %s', async (body, path) => {
    const response = await startExport(c.civil, body);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
  });

  it('ignores paging and parameters the list does not know, as the list does: an export is the whole list', async () => {
    const filters = { page: '3', pageSize: '1', tiers: 'team', status: 'active' };
    const { job } = await exportList(c.civil, { list: 'organizations', format: 'csv', filters });
    expect(job.filters).toEqual({ status: 'active' });
    expect(job.rows).toBe(7);
  });

  it('answers 404 for an unknown export and 400 for a malformed id', async () => {
    expect((await c.civil.get('/api/v1/exports/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await c.civil.get('/api/v1/exports/nope/file')).statusCode).toBe(400);
  });
});

describe('job states', () => {
  it('answers 409 job_state for the file of an export still running', async () => {
    const running = await insertExport(c.t.database.db, {
      ownerId: c.ids.street!,
      list: 'organizations',
      format: 'xlsx',
      filters: {},
      includePersonalData: false,
      filename: 'x.xlsx',
    });
    const response = await c.street.get(`/api/v1/exports/${running.id}/file`);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'job_state', detail: '任务状态为“正在导出”，不能下载文件。' });
  });

  it('runs at most two exports per person at a time (429)', async () => {
    const running = () =>
      insertExport(c.t.database.db, {
        ownerId: c.ids.committee!,
        list: 'organizations',
        format: 'xlsx',
        filters: {},
        includePersonalData: false,
        filename: 'x.xlsx',
      });
    await running();
    await running();
    const third = await startExport(c.committee, { list: 'organizations', format: 'csv' });
    expect([third.statusCode, third.json().code]).toEqual([429, 'rate_limited']);
  });

  it('a file requested at once is either 409 or the finished file, never a partial one', async () => {
    const started = (await startExport(c.street, { list: 'organizations', format: 'csv' })).json() as LedgerExport;
    const early = await c.street.get(`/api/v1/exports/${started.id}/file`);
    expect([200, 409]).toContain(early.statusCode);
    await c.t.services.background.idle();
    expect((await c.street.get(`/api/v1/exports/${started.id}/file`)).statusCode).toBe(200);
  });

  it('marks exports a stopped server left running as failed, in the reader’s language', async () => {
    const running = await insertExport(c.t.database.db, {
      ownerId: c.ids.street!,
      list: 'organizations',
      format: 'csv',
      filters: {},
      includePersonalData: false,
      filename: 'y.csv',
    });
    expect(await failInterruptedExports(c.t.database.db)).toBeGreaterThanOrEqual(1);
    const zh = (await c.street.get(`/api/v1/exports/${running.id}`)).json() as LedgerExport;
    expect(zh).toMatchObject({ status: 'failed', failure: { code: 'interrupted', title: '导出被中断' } });
    const en = await c.street.request('GET', `/api/v1/exports/${running.id}`, undefined, { 'accept-language': 'en-US' });
    expect(en.json().failure.title).toBe('The export was interrupted');
    expect((await c.street.get(`/api/v1/exports/${running.id}/file`)).statusCode).toBe(409);
  });
});

describe('the list’s order, across batches', () => {
  beforeAll(() => f.submitFilings());

  /** The list through the export pipeline with tiny batches, so every sort crosses many batch boundaries. */
  async function exportedRows(list: 'organizations' | 'filings', filters: Record<string, string>, regionPrefix = '310101') {
    const scope = { userId: c.ids.civil!, role: 'civil_affairs' as const, regionPrefix };
    const options = { format: 'csv' as const, language: 'zh-CN' as const, includePersonalData: false, batchSize: 2 };
    const { gzipped, rows } = await exportFileGzipped(c.t.services, scope, exportSources[list], filters, options);
    const parsed = parseCsv(gunzipSync(gzipped).toString('utf8').slice(1));
    expect(parsed).toHaveLength(rows + 1);
    return parsed;
  }

  /** The list page's names, as the export writes them (formula-like names escaped) */
  const listed = async (sort: string) =>
    ((await c.civil.get(`/api/v1/organizations?pageSize=200&sort=${sort}`)).json().items as { name: string }[]).map((o) =>
      safeCell(o.name),
    );

  it.each(['name', '-name'])('follows sort=%s exactly as the list does', async (sort) => {
    expect(column(await exportedRows('organizations', { sort }), '组织名称')).toEqual(await listed(sort));
  });

  it.each(['memberCount', '-memberCount', 'updatedAt', '-updatedAt', 'createdAt', 'foundedOn', '-foundedOn', undefined])(
    'writes every row once, in order, with sort=%s',
    async (sort) => {
      const rows = await exportedRows('organizations', sort ? { sort } : {});
      const names = column(rows, '组织名称') as string[];
      expect([...names].sort()).toEqual([...(await listed('name'))].sort());
      if (sort?.endsWith('memberCount')) {
        const counts = column(rows, '成员人数').map(Number);
        const expected = [...counts].sort((a, b) => (sort.startsWith('-') ? b - a : a - b));
        expect(counts).toEqual(expected);
      }
      // the one organization with a founding date comes first either way: missing dates go last, as in the list
      if (sort?.endsWith('foundedOn')) expect(names[0]).toBe('云南中路合唱队');
    },
  );

  it('pages filings across batches in their order', async () => {
    const rows = await exportedRows('filings', { sort: '-submittedAt' }, '31');
    expect(column(rows, '组织名称')).toEqual(['新安太极队', '云南中路太极队']);
    const oldestFirst = await exportedRows('filings', { sort: 'submittedAt' }, '31');
    expect(column(oldestFirst, '组织名称')).toEqual(['云南中路太极队', '新安太极队']);
    expect(column(await exportedRows('filings', {}, '31'), '组织名称')).toHaveLength(2);
  });
});
