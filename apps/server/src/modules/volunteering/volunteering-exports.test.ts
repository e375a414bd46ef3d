// The volunteer registry, the needs and the service records as spreadsheets: the list's filters and scope, phones
// masked, Chinese headers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../test/test-app.js';
import { parseCsv, xlsxRows } from '../exports/exports.test-setup.js';
import {
  confirm,
  pastNeedBody,
  postNeed,
  register,
  signUp,
  volunteeringCast,
  YUNNAN_MIDDLE,
  type VolunteeringCast,
} from './volunteering.test-setup.js';

let c: VolunteeringCast;
beforeAll(async () => {
  c = await volunteeringCast();
  const zhang = await register(c.resident, { skills: ['助老', '保洁'] });
  await register(c.neighbour, { phone: '13700001111' });
  await register(c.jinganResident);
  const need = await postNeed(c.leader, pastNeedBody(c.organizations.team, { title: '助老送餐' }));
  await signUp(c.resident, need.id);
  await confirm(c.leader, need.id, zhang.id, 2);
});
afterAll(() => c.t.close());

async function exportRows(client: Client, list: string, filters: Record<string, string> = {}, format = 'csv') {
  const started = await client.post('/api/v1/exports', { list, format, filters });
  if (started.statusCode !== 202) throw new Error(`export failed: ${started.statusCode} ${started.body}`);
  await c.t.services.background.idle();
  const file = await client.get(`/api/v1/exports/${started.json().id}/file`);
  expect(file.statusCode).toBe(200);
  return format === 'csv' ? parseCsv(file.body.replace(/^\uFEFF/, '')) : xlsxRows(file.rawPayload);
}

describe('volunteering exports', () => {
  it('exports the registry of the street, phones masked whatever is asked', async () => {
    const [header, ...rows] = await exportRows(c.street, 'volunteers');
    expect(header).toEqual([
      '姓名',
      '所在社区',
      '区划代码',
      '联系电话',
      '技能特长',
      '可服务时间',
      '累计服务时长（小时）',
      '积分余额',
      '星级',
      '登记时间',
    ]);
    expect(rows.map((row) => [row[0], row[3], row[6], row[7], row[8]])).toEqual([
      ['张伟', '138****5678', '2', '20', '未评星'],
      ['王芳', '137****1111', '0', '0', '未评星'],
    ]);
    expect(rows[0]![4]).toBe('助老、保洁');
    const personal = await c.street.post('/api/v1/exports', { list: 'volunteers', format: 'csv', includePersonalData: true });
    expect(personal.statusCode).toBe(202);
    await c.t.services.background.idle();
    const file = await c.street.get(`/api/v1/exports/${personal.json().id}/file`);
    expect(file.body).not.toContain('13812345678');
  });

  it('exports the needs and the service records with the list’s filters, in the viewer’s scope', async () => {
    const [needHeader, ...needs] = await exportRows(c.leader, 'volunteer_needs', { status: 'open,closed' }, 'xlsx');
    expect(needHeader).toContain('需求名称');
    expect(needs.map((row) => row[0])).toEqual(['助老送餐']);
    const [, ...records] = await exportRows(c.committee, 'service_records', { region: YUNNAN_MIDDLE });
    expect(records.map((row) => [row[1], row[2], row[4], row[8], row[9], row[10]])).toEqual([
      ['张伟', '云南中路睦邻队', '助老送餐', '2', '20', '队长周'],
    ]);
    expect(await exportRows(c.jinganStreet, 'service_records')).toHaveLength(1); // the header alone
  });

  it('refuses a bad filter at filters.<field> and a list the role cannot read (403)', async () => {
    const bad = await c.street.post('/api/v1/exports', { list: 'service_records', format: 'csv', filters: { from: 'yesterday' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('filters.from');
    expect((await c.leader.post('/api/v1/exports', { list: 'volunteers', format: 'csv' })).statusCode).toBe(403);
  });
});
