import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../test/factories.js';
import { createTestApp, login, type Client, type TestApp } from '../../test/test-app.js';
import { communityKind } from './region-source.js';
import { importRegions } from './regions.service.js';

let t: TestApp;
let street: Client;
let jingan: Client;
let admin: Client;
let resident: Client;

beforeAll(async () => {
  t = await createTestApp();
  await buildUser(t.services, { role: 'street_officer', regionCode: '310101002', username: 'street' });
  await buildUser(t.services, { role: 'civil_affairs', regionCode: '310106', username: 'jingan' });
  await buildUser(t.services, { role: 'sys_admin', username: 'admin' });
  await buildUser(t.services, { role: 'resident', regionCode: '310101002001', username: 'resident' });
  [street, jingan, admin, resident] = await Promise.all(['street', 'jingan', 'admin', 'resident'].map((u) => login(t.app, u)));
});
afterAll(() => t.close());

describe('the real administrative tree', () => {
  it('classifies committees as urban or rural by their names', () => {
    expect(communityKind('云南中路居委会')).toBe('urban');
    expect(communityKind('多福巷社区居委会')).toBe('urban');
    expect(communityKind('张庄村委会')).toBe('rural');
    expect(communityKind('大王村村民委员会')).toBe('rural');
  });

  it('shows a scoped user the path down to their street, and the street with its communities', async () => {
    const roots = (await street.get('/api/v1/regions')).json();
    expect(roots.items).toEqual([expect.objectContaining({ code: '31', name: '上海市', level: 1 })]);
    const streetRow = (await street.get('/api/v1/regions?parent=310101')).json().items;
    expect(streetRow).toEqual([expect.objectContaining({ code: '310101002', name: '南京东路街道', level: 4 })]);
    expect(streetRow[0].childCount).toBeGreaterThan(5);
    const communities = (await street.get('/api/v1/regions?parent=310101002')).json();
    expect(communities.total).toBe(streetRow[0].childCount);
    expect(communities.items[0]).toMatchObject({ code: '310101002001', name: '云南中路居委会', kind: 'urban', childCount: 0 });
  });

  it('gives a region with its path from the province down', async () => {
    const detail = (await street.get('/api/v1/regions/310101002001')).json();
    expect(detail.path.map((p: { name: string }) => p.name)).toEqual(['上海市', '市辖区', '黄浦区', '南京东路街道', '云南中路居委会']);
  });

  it('searches names by a Chinese keyword within the scope only', async () => {
    const found = (await street.get(`/api/v1/regions?q=${encodeURIComponent('云南')}`)).json();
    expect(found.items.map((r: { code: string }) => r.code)).toContain('310101002001');
    const elsewhere = (await jingan.get(`/api/v1/regions?q=${encodeURIComponent('云南中路')}`)).json();
    expect(elsewhere.total).toBe(0);
  });

  it('answers 404 for a region outside the scope and 400 for a malformed code', async () => {
    expect((await jingan.get('/api/v1/regions/310101002001')).statusCode).toBe(404);
    expect((await jingan.get('/api/v1/regions?parent=310101002')).json().total).toBe(0);
    const bad = await street.get('/api/v1/regions/31x');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('params.code');
  });

  it('re-imports the same divisions without changing anything', async () => {
    const again = await importRegions(t.services, ['310101']);
    expect(again.seen).toBeGreaterThan(100);
    expect(again.written).toBe(0);
  });
});

describe('correcting a community type', () => {
  it('lets the system administrator override urban/rural, audited, and keeps it through re-imports', async () => {
    const response = await admin.patch('/api/v1/regions/310101002002', { kind: 'rural' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ code: '310101002002', kind: 'rural' });
    await importRegions(t.services, ['310101002']);
    expect((await street.get('/api/v1/regions/310101002002')).json().kind).toBe('rural');
    const events = await t.database.driver.query(`SELECT action, before, after FROM audit_events WHERE target_id = '310101002002'`, [], 'object');
    expect(events.rows).toEqual([{ action: 'region.updated', before: { kind: 'urban' }, after: { kind: 'rural' } }]);
  });

  it('refuses bad input, a street, other roles and unknown codes', async () => {
    const wrongKind = await admin.patch('/api/v1/regions/310101002003', { kind: 'suburban' });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json().errors[0].path).toBe('kind');
    const malformed = await admin.request('PATCH', '/api/v1/regions/310101002003', '{kind:');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('malformed_json');
    const aStreet = await admin.patch('/api/v1/regions/310101002', { kind: 'rural' });
    expect(aStreet.statusCode).toBe(400);
    expect(aStreet.json().errors[0].path).toBe('kind');
    expect((await street.patch('/api/v1/regions/310101002003', { kind: 'rural' })).statusCode).toBe(403);
    expect((await resident.patch('/api/v1/regions/310101002003', { kind: 'rural' })).statusCode).toBe(403);
    expect((await admin.patch('/api/v1/regions/999999999999', { kind: 'rural' })).statusCode).toBe(404);
    expect((await street.get('/api/v1/regions/310101002003')).json().kind).toBe('urban');
  });
});
