// The attendance list goes out as a spreadsheet with the list's filters, scoped like the list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../test/test-app.js';
import { parseCsv, xlsxRows } from '../exports/exports.test-setup.js';
import { personTimesFixture, trainingCast, type TrainingCast } from './training.test-setup.js';

let c: TrainingCast;
beforeAll(async () => {
  c = await trainingCast();
  await personTimesFixture(c);
});
afterAll(() => c.t.close());

async function exportList(client: Client, body: Record<string, unknown>) {
  const started = await client.post('/api/v1/exports', body);
  expect(started.statusCode, started.body).toBe(202);
  await c.t.services.background.idle();
  return client.get(`/api/v1/exports/${started.json().id}/file`);
}

describe('training attendance export', () => {
  it('writes one row per person-time with the list filters, in Chinese', async () => {
    const file = await exportList(c.civil, {
      list: 'training_attendance',
      format: 'csv',
      filters: { audience: 'volunteers', sort: 'attendedAt' },
    });
    const rows = parseCsv(file.body.replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual(['参训日期', '姓名', '学员类别', '所在组织', '课程', '培训地点', '举办区划', '区划代码']);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[6]])).toEqual([
      ['2024-03-10 09:00', '王三', '志愿者', '黄浦区'],
      ['2024-12-31 23:30', '张一', '志愿者', '黄浦区 / 外滩街道'],
      ['2024-12-31 23:30', '张二', '志愿者', '黄浦区 / 外滩街道'],
    ]);
  });

  it("exports nothing of another district's, even asked by region", async () => {
    const file = await exportList(c.jinganStreet, { list: 'training_attendance', format: 'xlsx', filters: {} });
    const rows = await xlsxRows(file.rawPayload);
    expect(rows.slice(1).map((r) => r[1])).toEqual(['钱一']);
    const outside = await c.jinganStreet.post('/api/v1/exports', {
      list: 'training_attendance',
      format: 'csv',
      filters: { region: '310101' },
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors).toEqual([expect.objectContaining({ path: 'filters.region' })]);
  });

  it('refuses bad filters at their path, and roles that cannot read training', async () => {
    const bad = await c.civil.post('/api/v1/exports', { list: 'training_attendance', format: 'csv', filters: { audience: 'cadres' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(['filters.audience']);
  });
});
