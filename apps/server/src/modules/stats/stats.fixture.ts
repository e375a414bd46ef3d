// A hand-built fixture for the indicator tests: five real communities of 上海 (three urban farms of 浦东新区,
// two villages of 宝山区), a pack with one indicator of every kind, and a few organizations whose every
// count the tests work out by hand.
import { serviceFields, type PackFile } from '@linli/shared';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOrganization, buildUser } from '../../test/factories.js';
import { createTestApp, login } from '../../test/test-app.js';

export const PUDONG = '310115';
export const BAOSHAN = '310113';
export const LUCHAOGANG = '310115401'; // 芦潮港农场 (one urban community)
export const DONGHAI = '310115402'; // 东海农场
export const CHAOYANG = '310115403'; // 朝阳农场
export const INDUSTRIAL_PARK = '310113501'; // 宝山工业园区 (two villages)
export const U1 = '310115401598';
export const U2 = '310115402598';
export const U3 = '310115403598';
export const R1 = '310113501201'; // 三星村
export const R2 = '310113501202'; // 五星村

const FILE = '000_cb9cabc298efbbdf.txt';
const cite = (clause: string) => ({ file: FILE, clause });

export const fixturePack: PackFile = {
  id: 'fixture',
  version: 1,
  title: { zh: '测试政策', en: 'Fixture policy' },
  documentNumber: '测〔2020〕1号',
  issuer: { zh: '测试', en: 'Test' },
  issuedOn: '2020-01-01',
  source: { file: FILE },
  bindsTo: '31',
  countedTiers: ['registered', 'team', 'group'],
  taxonomy: [
    { id: 'elderly', name: { zh: '养老类', en: 'Elderly' }, fields: ['养老'], citation: cite('一') },
    { id: 'other', name: { zh: '其他类', en: 'Other' }, fields: serviceFields.filter((f) => f !== '养老'), citation: cite('一') },
  ],
  indicators: [
    { id: 'urban-avg', name: { zh: '城市', en: 'Urban' }, kind: 'avg_per_community', communityKind: 'urban', target: 3, deadline: '2090-12-31', judgedAt: 2, citation: cite('一') },
    { id: 'rural-avg', name: { zh: '农村', en: 'Rural' }, kind: 'avg_per_community', communityKind: 'rural', target: 1, deadline: '2020-12-31', judgedAt: 2, citation: cite('一') },
    { id: 'street-hubs', name: { zh: '街道枢纽', en: 'Street hubs' }, kind: 'coverage', regionLevel: 4, subject: { source: 'organizations', tiers: ['registered'], hubKinds: ['federation'] }, target: 1, deadline: '2020-12-31', judgedAt: 4, citation: cite('二') },
    { id: 'elderly-share', name: { zh: '养老占比', en: 'Elderly share' }, kind: 'share', comparator: 'gt', subject: { source: 'organizations', categories: ['elderly'] }, target: 0.5, deadline: '2090-12-31', judgedAt: 2, citation: cite('二') },
    { id: 'brands', name: { zh: '品牌', en: 'Brands' }, kind: 'count', subject: { source: 'organizations', flags: ['brand'] }, target: 3, judgedAt: 2, citation: cite('三') },
    { id: 'county-points', name: { zh: '观察点', en: 'Observation points' }, kind: 'per_region_min', regionLevel: 3, min: 2, subject: { source: 'organizations', flags: ['observation_point'] }, target: 1, deadline: '2090-12-31', judgedAt: 3, citation: cite('三') },
    { id: 'venture-share', name: { zh: '创投', en: 'Venture' }, kind: 'funding_share', programKind: 'venture_philanthropy', subject: { source: 'funding_awards' }, target: 0.3, judgedAt: 3, citation: cite('四') },
  ],
};

export function writePacks(...packs: PackFile[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'linli-packs-'));
  for (const pack of packs) writeFileSync(join(dir, `${pack.id}.json`), JSON.stringify(pack));
  return dir;
}

export async function statsFixture() {
  const t = await createTestApp({ regions: [INDUSTRIAL_PARK, LUCHAOGANG, DONGHAI, CHAOYANG], config: { packsDir: writePacks(fixturePack) } });
  const org = (regionCode: string, attributes: Parameters<typeof buildOrganization>[1] extends infer A ? Partial<A> : never = {}) =>
    buildOrganization(t.services, { regionCode, ...attributes });
  await org(U1, { tier: 'team', serviceFields: ['养老'] });
  await org(U1, { tier: 'group', serviceFields: ['养老'], isBrand: true });
  await org(U1, { tier: 'team', serviceFields: ['体育健身'] });
  await org(U2, { tier: 'team', serviceFields: ['养老'] });
  await org(U2, { tier: 'group', serviceFields: ['文化艺术'], status: 'suspended' });
  await org(LUCHAOGANG, { tier: 'registered', hubKind: 'federation', serviceFields: ['志愿服务'], isObservationPoint: true });
  await org(U3, { tier: 'team', serviceFields: ['邻里互助'], isObservationPoint: true });
  await org(R1, { tier: 'team', serviceFields: ['农业生产技术'], isObservationPoint: true });
  await org(R1, { tier: 'group', serviceFields: ['养老'], status: 'cancelled' });
  await org(R2, { tier: 'team', serviceFields: ['养老'], isBrand: true });
  await org(INDUSTRIAL_PARK, { tier: 'registered', hubKind: 'federation', serviceFields: ['养老'] });

  const people = [
    ['city', 'civil_affairs', '31'],
    ['pudong', 'civil_affairs', PUDONG],
    ['baoshan', 'civil_affairs', BAOSHAN],
    ['street', 'street_officer', LUCHAOGANG],
    ['committee', 'committee_worker', U1],
    ['leader', 'org_leader', U1],
    ['admin', 'sys_admin', null],
    ['auditor', 'audit_admin', null],
  ] as const;
  for (const [username, role, regionCode] of people) await buildUser(t.services, { role, regionCode, username });
  const clients = await Promise.all(people.map(([username]) => login(t.app, username)));
  const as = Object.fromEntries(people.map(([username], i) => [username, clients[i]!])) as Record<(typeof people)[number][0], (typeof clients)[number]>;
  const bound = await as.city.put('/api/v1/policy-bindings?region=31', { policies: ['fixture'], version: 0 });
  if (bound.statusCode !== 200) throw new Error(`binding failed: ${bound.body}`);
  return { t, as };
}
