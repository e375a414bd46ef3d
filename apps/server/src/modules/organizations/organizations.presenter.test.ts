import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FieldCipher } from '../../platform/crypto.js';
import type { Viewer } from './organizations.policy.js';
import { presentOrganization, regionPathOf } from './organizations.presenter.js';
import type { OrganizationRecord } from './organizations.repository.js';
import { creationChanges, diff, maskedChanges } from './organizations.snapshot.js';

const cipher = new FieldCipher(randomBytes(32));
const names = new Map([
  ['31', '上海市'],
  ['3101', '市辖区'],
  ['310101', '黄浦区'],
  ['310101002', '南京东路街道'],
  ['310101002001', '云南中路居委会'],
]);

const record: OrganizationRecord = {
  id: 'a6f1a3c2-0000-4000-8000-000000000001',
  name: '云南中路睦邻互助队',
  tier: 'team',
  legalForm: null,
  creditCode: null,
  filingNumber: null,
  regionCode: '310101002001',
  serviceFields: ['邻里互助'],
  targetGroups: [],
  description: '',
  leaderName: '欧阳娜娜',
  leaderPhoneEnc: cipher.encrypt('13812345678'),
  leaderIdNumberEnc: cipher.encrypt('11010519491231002X'),
  leaderIdNumberHash: cipher.blindIndex('11010519491231002X'),
  contactName: '李四',
  contactPhoneEnc: null,
  leaderUserId: 'leader-id',
  leaderUsername: 'zhou',
  memberCount: 12,
  foundedOn: null,
  venue: '',
  hubKind: 'none',
  isBrand: false,
  isDemonstration: false,
  isObservationPoint: false,
  status: 'active',
  version: 1,
  createdBy: null,
  createdAt: new Date('2026-01-01T00:00:00Z'),
  updatedAt: new Date('2026-01-02T00:00:00Z'),
};

const viewer = (role: Viewer['role'], regionPrefix: string | null = '310101', id = 'someone'): Viewer => ({
  id,
  role,
  scope: { userId: id, role, regionPrefix },
});

describe('organization presenter', () => {
  it('draws the region path from the county down', () => {
    expect(regionPathOf('310101002001', names)).toBe('黄浦区 / 南京东路街道 / 云南中路居委会');
    expect(regionPathOf('310101002', names)).toBe('黄浦区 / 南京东路街道');
  });

  it('masks phones and ID numbers for staff', () => {
    const o = presentOrganization(record, names, viewer('street_officer'), cipher);
    expect(o).toMatchObject({
      leaderName: '欧阳娜娜',
      leaderPhone: '138****5678',
      leaderIdNumber: '1101**********002X',
      contactPhone: null,
      regionName: '云南中路居委会',
    });
  });

  it('gives residents the surname only and no personal identifiers', () => {
    const o = presentOrganization(record, names, viewer('resident'), cipher);
    expect(o).toMatchObject({ leaderName: '欧***', contactName: '李*', leaderPhone: null, leaderIdNumber: null, leaderUsername: null });
    expect(o.abilities).toEqual({ update: false, reveal: false, fileChange: false, fileCancel: false });
  });

  it('offers change and cancellation filings to the own leader and the committee of the community only', () => {
    expect(presentOrganization(record, names, viewer('org_leader', null, 'leader-id'), cipher).abilities).toMatchObject({
      fileChange: true,
      reveal: true,
      update: false,
    });
    expect(presentOrganization(record, names, viewer('committee_worker', '310101002001'), cipher).abilities).toMatchObject({
      fileChange: true,
      fileCancel: true,
    });
    expect(presentOrganization(record, names, viewer('committee_worker', '310101002002'), cipher).abilities.fileChange).toBe(false);
    expect(presentOrganization(record, names, viewer('street_officer'), cipher).abilities.fileChange).toBe(false);
    expect(
      presentOrganization({ ...record, status: 'suspended' }, names, viewer('org_leader', null, 'leader-id'), cipher).abilities.fileCancel,
    ).toBe(false);
    expect(
      presentOrganization({ ...record, tier: 'registered' }, names, viewer('committee_worker', '310101002001'), cipher).abilities,
    ).toMatchObject({ fileChange: false, update: false });
  });
});

describe('history entries', () => {
  it('mask personal data on both sides of a change', () => {
    const changes = diff(
      { leaderPhone: '13812345678', memberCount: 12, name: '甲' },
      { leaderPhone: '13900001111', memberCount: 12, name: '乙' },
    );
    expect(maskedChanges(changes)).toEqual({ leaderPhone: { from: '138****5678', to: '139****1111' }, name: { from: '甲', to: '乙' } });
  });

  it('list every recorded field of a new organization, skipping blanks', () => {
    expect(
      creationChanges({ name: '甲', leaderIdNumber: '11010519491231002X', creditCode: null, targetGroups: [], isBrand: false }),
    ).toEqual({
      name: { from: null, to: '甲' },
      leaderIdNumber: { from: null, to: '1101**********002X' },
      isBrand: { from: null, to: false },
    });
  });
});
