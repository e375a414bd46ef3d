import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { castOfUsers, countRows, creditCode, HUANGPU, organizationBody, type Cast } from './organizations.test-setup.js';

let c: Cast;
beforeAll(async () => {
  c = await castOfUsers();
});
afterAll(() => c.t.close());

const tables = ['organizations', 'organization_changes', 'audit_events'] as const;
const counts = () => Promise.all(tables.map((table) => countRows(c.t, table)));
const pathsOf = (body: { errors?: { path: string }[] }) => (body.errors ?? []).map((e) => e.path);

/** Sends a bad body and checks the answer and that nothing was written. */
async function rejected(body: unknown, status: number, code: string, paths: string[] = []) {
  const before = await counts();
  const response = await c.street.post('/api/v1/organizations', body);
  expect(response.statusCode).toBe(status);
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect(response.json().code).toBe(code);
  for (const path of paths) expect(pathsOf(response.json())).toContain(path);
  expect(await counts()).toEqual(before);
  return response.json();
}

describe('bad input on create writes nothing', () => {
  it('answers malformed JSON with 400 malformed_json', async () => {
    await rejected('{bad', 400, 'malformed_json');
  });

  it('answers wrong types with 400 naming each field', async () => {
    await rejected(organizationBody({ memberCount: 'many', isBrand: 'yes', serviceFields: '邻里互助' }), 400, 'validation_failed', [
      'memberCount',
      'isBrand',
      'serviceFields',
    ]);
  });

  it('answers missing fields with 400 naming each field', async () => {
    const { name: _name, leaderName: _leader, ...body } = organizationBody();
    await rejected(body, 400, 'validation_failed', ['name', 'leaderName']);
    await rejected(organizationBody({ name: '   ' }), 400, 'validation_failed', ['name']);
  });

  it('answers a name over 100 characters with 400', async () => {
    const body = await rejected(organizationBody({ name: '长'.repeat(101) }), 400, 'validation_failed', ['name']);
    expect(body.errors[0].message).toContain('100');
  });

  it('answers a credit code with a wrong check character with 400 on creditCode, in Chinese', async () => {
    const good = creditCode();
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const body = await rejected(organizationBody({ creditCode: bad }), 400, 'validation_failed', ['creditCode']);
    expect(body.errors.find((e: { path: string }) => e.path === 'creditCode').message).toContain('统一社会信用代码');
  });

  it('answers invalid phone, ID number and future founding date with 400', async () => {
    await rejected(
      organizationBody({ leaderPhone: '12345', leaderIdNumber: '110105194912310021', foundedOn: '2999-01-01' }),
      400,
      'validation_failed',
      ['leaderPhone', 'leaderIdNumber', 'foundedOn'],
    );
  });

  it('answers a legal form on a team with 400 on legalForm', async () => {
    await rejected(organizationBody({ legalForm: 'foundation' }), 400, 'validation_failed', ['legalForm']);
  });

  it('answers an unknown region with 400 unknown_region on regionCode', async () => {
    await rejected(organizationBody({ regionCode: '310101999999' }), 400, 'unknown_region', ['regionCode']);
    await rejected(organizationBody({ regionCode: 'abc' }), 400, 'validation_failed', ['regionCode']);
  });

  it('answers a region above the street level with 400 on regionCode', async () => {
    const before = await counts();
    const response = await c.civilAffairs.post('/api/v1/organizations', organizationBody({ regionCode: HUANGPU }));
    expect(response.statusCode).toBe(400);
    expect(pathsOf(response.json())).toEqual(['regionCode']);
    expect(await counts()).toEqual(before);
  });

  it('answers a body over 1 MiB with 413 payload_too_large', async () => {
    await rejected(organizationBody({ description: 'x'.repeat(1024 * 1024 + 10) }), 413, 'payload_too_large');
  });
});

describe('bad input on update changes nothing', () => {
  it('answers wrong types, a missing version and a malformed id with 400', async () => {
    const created = (await c.street.post('/api/v1/organizations', organizationBody())).json();
    const url = `/api/v1/organizations/${created.id}`;
    const before = await counts();
    expect(pathsOf((await c.street.patch(url, { memberCount: 5 })).json())).toEqual(['version']);
    expect(pathsOf((await c.street.patch(url, { version: 1, memberCount: -1, status: 'dissolved' })).json()).sort()).toEqual([
      'memberCount',
      'status',
    ]);
    expect(pathsOf((await c.street.patch(url, { version: 1, legalForm: 'foundation' })).json())).toEqual(['legalForm']);
    expect((await c.street.patch(url, '{bad')).json().code).toBe('malformed_json');
    expect((await c.street.get('/api/v1/organizations/not-a-uuid')).statusCode).toBe(400);
    expect((await c.street.get('/api/v1/organizations/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect(await counts()).toEqual(before);
    expect((await c.street.get(url)).json()).toMatchObject({ version: 1, memberCount: 12, legalForm: null });
  });
});
