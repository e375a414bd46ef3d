// The activity list and the major-activity reports go out as spreadsheets with the list's own filters, scoped.
import type { LedgerExport } from '@linli/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../test/test-app.js';
import { column, parseCsv, xlsxRows } from '../exports/exports.test-setup.js';
import { activityBody, activityFixture, createActivity, type ActivityFixture } from './activities.test-setup.js';

let f: ActivityFixture;
beforeAll(async () => {
  f = await activityFixture();
  await createActivity(
    f.c.leader,
    activityBody(f.team, { title: '合唱排练', kind: 'culture_sports', seriesId: 'culture-soul', beneficiaries: { 老年人: 20, 儿童: 5 } }),
  );
  const gathering = await createActivity(
    f.c.leader,
    activityBody(f.team, { title: '广场集会', kind: 'gathering', seriesId: null, expectedParticipants: 300 }),
  );
  await f.c.leader.post(`/api/v1/activities/${gathering.id}/report`, { version: 1 });
  await createActivity(f.c.jinganCommittee, activityBody(f.jinganTeam, { title: '新安的活动' }));
});
afterAll(() => f.c.t.close());

async function exportList(client: Client, body: Record<string, unknown>, language = 'zh-CN') {
  const started = await client.request('POST', '/api/v1/exports', body, { 'accept-language': language });
  if (started.statusCode !== 202) throw new Error(`export failed: ${started.statusCode} ${started.body}`);
  await f.c.t.services.background.idle();
  const job = (await client.get(`/api/v1/exports/${started.json().id}`)).json() as LedgerExport;
  return { job, file: await client.get(`/api/v1/exports/${job.id}/file`) };
}

const csvRows = (payload: Buffer) => parseCsv(payload.toString('utf8').replace(/^\uFEFF/, ''));

describe('activity exports', () => {
  it('the street exports its activities as .xlsx, with series names, beneficiaries and the report state', async () => {
    const { job, file } = await exportList(f.c.street, { list: 'activities', format: 'xlsx' });
    expect(job).toMatchObject({ status: 'done', rows: 2 });
    expect(job.filename).toContain('活动');
    const rows = await xlsxRows(file.rawPayload);
    expect(column(rows, '活动名称')).toEqual(['广场集会', '合唱排练']);
    expect(column(rows, '主题系列')).toEqual([undefined, '文化铸魂']); // an empty cell
    expect(column(rows, '受益人数')).toEqual([30, 25]);
    expect(column(rows, '受益对象')).toEqual(['全体居民 30', '老年人 20；儿童 5']);
    expect(column(rows, '重大活动报告')).toEqual(['待确认', undefined]);
    expect(column(rows, '所在区划')).toEqual(Array(2).fill('黄浦区 / 南京东路街道 / 云南中路居委会'));
  });

  it("takes the list's filters, in English when asked, and never another region's rows", async () => {
    const { file } = await exportList(f.c.street, { list: 'activities', format: 'csv', filters: { kind: 'culture_sports' } }, 'en');
    const rows = csvRows(file.rawPayload);
    expect(rows[0]!.slice(0, 5)).toEqual(['Activity', 'Organization', 'Region', 'Region code', 'Kind']);
    expect(column(rows, 'Activity')).toEqual(['合唱排练']);
    expect(column(rows, 'Theme series')).toEqual(['Culture Shapes the Soul (civility and culture)']);
    const jingan = await exportList(f.c.jinganStreet, { list: 'activities', format: 'csv' });
    expect(column(csvRows(jingan.file.rawPayload), '活动名称')).toEqual(['新安的活动']);
  });

  it('a bad filter is a 400 at its path; the leader exports own activities only', async () => {
    const bad = await f.c.street.post('/api/v1/exports', { list: 'activities', format: 'csv', filters: { status: 'done' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(['filters.status']);
    const own = await exportList(f.c.otherLeader, { list: 'activities', format: 'csv' });
    expect(own.job.rows).toBe(0);
  });
});

describe('report exports', () => {
  it('the street exports the reports of its region; leaders may not (403)', async () => {
    const { job, file } = await exportList(f.c.street, { list: 'major_activity_reports', format: 'csv', filters: { status: 'reported' } });
    expect(job.filename).toContain('重大活动报告');
    const rows = csvRows(file.rawPayload);
    expect(column(rows, '活动名称')).toEqual(['广场集会']);
    expect(column(rows, '报告层级')).toEqual(['街道（乡镇）']);
    expect(column(rows, '逾期报告')).toEqual(['否']);
    expect((await f.c.leader.post('/api/v1/exports', { list: 'major_activity_reports', format: 'csv' })).statusCode).toBe(403);
    const jingan = await exportList(f.c.jinganStreet, { list: 'major_activity_reports', format: 'csv' });
    expect(jingan.job.rows).toBe(0);
  });
});
