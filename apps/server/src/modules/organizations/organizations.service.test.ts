// The functions the filings module calls inside its own transaction when a street files a filing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditActor } from '../../platform/audit.js';
import { changeOrganizationInTx, insertOrganizationInTx, type OrganizationInput } from './organizations.service.js';
import { castOfUsers, countRows, creditCode, YUNNAN_MIDDLE, type Cast } from './organizations.test-setup.js';

let c: Cast;
let officer: AuditActor;
beforeAll(async () => {
  c = await castOfUsers();
  const [row] = (await c.t.database.driver.query(`SELECT id, display_name FROM users WHERE username = 'street'`, [], 'object')).rows as {
    id: string;
    display_name: string;
  }[];
  officer = { id: row!.id, name: row!.display_name, ip: '127.0.0.1' };
});
afterAll(() => c.t.close());

const input = (overrides: Partial<OrganizationInput> = {}): OrganizationInput => ({
  name: '云南中路读书会',
  tier: 'group',
  regionCode: YUNNAN_MIDDLE,
  serviceFields: ['文化艺术'],
  targetGroups: [],
  description: '',
  leaderName: '周敏',
  leaderPhone: '13700001234',
  memberCount: 9,
  venue: '',
  hubKind: 'none',
  isBrand: false,
  isDemonstration: false,
  isObservationPoint: false,
  ...overrides,
});

describe('organization writes inside a filing transaction', () => {
  it('files a new organization with its filing number and leader account, and history action "filed"', async () => {
    const { services } = c.t;
    const created = await services.database.transaction((tx) =>
      insertOrganizationInTx(
        tx,
        services,
        officer,
        { ...input(), filingNumber: '备310101002-2026-0001', leaderUserId: c.leaderId },
        'filed',
      ),
    );
    expect(created).toMatchObject({ name: '云南中路读书会', regionCode: YUNNAN_MIDDLE });
    const detail = (await c.leader.get(`/api/v1/organizations/${created.id}`)).json();
    expect(detail).toMatchObject({
      filingNumber: '备310101002-2026-0001',
      leaderUsername: 'leader',
      leaderPhone: '137****1234',
      abilities: { fileChange: true },
    });
    const history = (await c.street.get(`/api/v1/organizations/${created.id}/history`)).json().items;
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      action: 'filed',
      actorName: '街道赵',
      changes: { filingNumber: { from: null, to: '备310101002-2026-0001' }, leaderUsername: { from: null, to: 'leader' } },
    });
  });

  it('applies a filed change and a cancellation, each with its own history action', async () => {
    const { services } = c.t;
    const { id } = await services.database.transaction((tx) =>
      insertOrganizationInTx(tx, services, officer, input({ name: '待变更的小组' }), 'filed'),
    );
    await services.database.transaction((tx) =>
      changeOrganizationInTx(
        tx,
        services,
        officer,
        id,
        { name: '变更后的小组', memberCount: 15, leaderPhone: '13700009999' },
        'change_filed',
      ),
    );
    const cancelled = await services.database.transaction((tx) =>
      changeOrganizationInTx(tx, services, officer, id, { status: 'cancelled' }, 'cancelled'),
    );
    expect(cancelled).toEqual({ id, regionCode: YUNNAN_MIDDLE, name: '变更后的小组' });
    const detail = (await c.street.get(`/api/v1/organizations/${id}`)).json();
    expect(detail).toMatchObject({ name: '变更后的小组', memberCount: 15, status: 'cancelled', version: 3, leaderPhone: '137****9999' });
    const history = (await c.street.get(`/api/v1/organizations/${id}/history`)).json().items;
    expect(history.map((h: { action: string }) => h.action)).toEqual(['cancelled', 'change_filed', 'filed']);
    expect(history[1].changes).toEqual({
      name: { from: '待变更的小组', to: '变更后的小组' },
      memberCount: { from: 9, to: 15 },
      leaderPhone: { from: '137****1234', to: '137****9999' },
    });
    expect(history[0].changes).toEqual({ status: { from: 'active', to: 'cancelled' } });
  });

  it('rolls back with the caller: nothing stays when the filing transaction fails afterwards', async () => {
    const { services } = c.t;
    const before = await Promise.all([
      countRows(c.t, 'organizations'),
      countRows(c.t, 'organization_changes'),
      countRows(c.t, 'audit_events'),
    ]);
    await expect(
      services.database.transaction(async (tx) => {
        await insertOrganizationInTx(tx, services, officer, input({ name: '不会留下的组织' }), 'filed');
        throw new Error('filing step failed');
      }),
    ).rejects.toThrow('filing step failed');
    expect(
      await Promise.all([countRows(c.t, 'organizations'), countRows(c.t, 'organization_changes'), countRows(c.t, 'audit_events')]),
    ).toEqual(before);
  });

  it('refuses a credit code already in the registry with duplicate_credit_code', async () => {
    const { services } = c.t;
    const code = creditCode();
    await services.database.transaction((tx) =>
      insertOrganizationInTx(tx, services, officer, input({ tier: 'registered', creditCode: code }), 'create'),
    );
    await expect(
      services.database.transaction((tx) =>
        insertOrganizationInTx(tx, services, officer, input({ tier: 'registered', creditCode: code }), 'create'),
      ),
    ).rejects.toMatchObject({
      code: 'duplicate_credit_code',
    });
  });

  it('answers one of two simultaneous creates with the same credit code with 409', async () => {
    const body = {
      name: '同时提交的组织',
      tier: 'registered',
      creditCode: creditCode(),
      regionCode: YUNNAN_MIDDLE,
      serviceFields: ['养老'],
      leaderName: '钱七',
      memberCount: 3,
    };
    const responses = await Promise.all([
      c.civilAffairs.post('/api/v1/organizations', body),
      c.civilAffairs.post('/api/v1/organizations', body),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(responses.find((r) => r.statusCode === 409)!.json().code).toBe('duplicate_credit_code');
  });
});
