// Builds the demo organizations of one district deterministically: the same regions give the same
// organizations, names, people and flags on every run.
import {
  creditCodeCheckCharacter,
  type HubKind,
  type LegalForm,
  type OrganizationStatus,
  type ServiceField,
  type TargetGroup,
  type Tier,
} from '@linli/shared';
import { groupKinds, mottos, placeOf, registeredKinds, teamKinds, type OrganizationKind } from './catalog.js';
import { idNumber, mobilePhone, personName } from './people.js';
import { seededRandom } from './random.js';

export interface DemoRegion {
  code: string;
  name: string;
}

export interface DemoOrganization {
  name: string;
  tier: Tier;
  legalForm: LegalForm | null;
  creditCode: string | null;
  regionCode: string;
  serviceFields: ServiceField[];
  targetGroups: TargetGroup[];
  description: string;
  leaderName: string;
  leaderPhone: string | null;
  leaderIdNumber: string | null;
  contactName: string | null;
  contactPhone: string | null;
  memberCount: number;
  foundedOn: string;
  venue: string;
  hubKind: HubKind;
  isBrand: boolean;
  isDemonstration: boolean;
  isObservationPoint: boolean;
  status: OrganizationStatus;
}

export interface DistrictLayout {
  district: DemoRegion;
  streets: (DemoRegion & { communities: DemoRegion[] })[];
  /** The street that gets more organizations, the incubation base and the demo leader's team. */
  focusStreet: string;
}

const SEED = 20260301;
// Where the people who lead organizations were born (first six digits of their ID numbers).
const birthAreas = [
  '310101',
  '310101',
  '310101',
  '310104',
  '310105',
  '310106',
  '310109',
  '310110',
  '320102',
  '330106',
  '340102',
  '341302',
  '120101',
  '370102',
];
const statusWeights: Record<Tier, Record<OrganizationStatus, number>> = {
  registered: { active: 90, suspended: 4, cancelled: 5, banned: 1 },
  team: { active: 84, suspended: 7, cancelled: 7, banned: 2 },
  group: { active: 88, suspended: 5, cancelled: 7, banned: 0 },
};
const memberRange: Record<Tier, [number, number]> = { registered: [20, 300], team: [10, 80], group: [5, 30] };
// GB 32100-2015: registration authority 5 = civil affairs; category 1 social group, 2 social service agency, 3 foundation.
const creditCategory: Record<LegalForm, string> = { social_group: '1', social_service_agency: '2', foundation: '3' };
const isoDate = (days: number) => new Date(Date.UTC(2010, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
// 2010-01-01 … 2026-06-30: fixed, so the data does not depend on the day it is loaded.
const FOUNDING_DAYS = 6024;

export function generateOrganizations(layout: DistrictLayout): DemoOrganization[] {
  const random = seededRandom(SEED);
  const names = new Set<string>();
  const creditCodes = new Set<string>();
  const out: DemoOrganization[] = [];

  const creditCode = (legalForm: LegalForm) => {
    for (;;) {
      const first17 = `5${creditCategory[legalForm]}${layout.district.code}MJ${random.digits(7)}`;
      const code = first17 + creditCodeCheckCharacter(first17)!;
      if (!creditCodes.has(code)) return (creditCodes.add(code), code);
    }
  };
  const add = (
    name: string,
    tier: Tier,
    kind: Pick<OrganizationKind, 'fields' | 'groups' | 'description' | 'legalForm'>,
    regionCode: string,
    venue: string,
    extra: Partial<DemoOrganization> = {},
  ) => {
    if (names.has(name)) return;
    names.add(name);
    const legalForm = tier === 'registered' ? (kind.legalForm ?? 'social_group') : null;
    const [min, max] = memberRange[tier];
    const status = random.weighted(statusWeights[tier]);
    const leaderPhone = random.chance(0.95) ? mobilePhone(random) : null;
    const leaderIdNumber =
      tier === 'registered' || random.chance(tier === 'team' ? 0.8 : 0.4) ? idNumber(random, random.pick(birthAreas), 1948, 1990) : null;
    const hasContact = random.chance(0.5);
    const active = status === 'active';
    out.push({
      name,
      tier,
      legalForm,
      creditCode: legalForm ? creditCode(legalForm) : null,
      regionCode,
      serviceFields: [...kind.fields],
      targetGroups: [...kind.groups],
      description: kind.description,
      leaderName: personName(random),
      leaderPhone,
      leaderIdNumber,
      contactName: hasContact ? personName(random) : null,
      contactPhone: hasContact ? mobilePhone(random) : null,
      memberCount: random.int(min, max),
      foundedOn: isoDate(random.int(0, FOUNDING_DAYS)),
      venue,
      hubKind: 'none',
      isBrand: active && tier !== 'group' && random.chance(0.1),
      isDemonstration: active && random.chance(0.05),
      isObservationPoint: active && random.chance(0.03),
      status,
      ...extra,
    });
  };
  const district = layout.district.name;

  layout.streets.forEach((street, index) => {
    const streetVenue = () =>
      random.pick([`${street.name}社区文化活动中心`, `${street.name}社区党群服务中心`, `${street.name}社区综合为老服务中心`]);
    // One hub per street, alternating federation / service centre.
    const federation = index % 2 === 0;
    add(
      `${district}${street.name}社区社会组织${federation ? '联合会' : '服务中心'}`,
      'registered',
      {
        fields: ['志愿服务', '党建服务'],
        groups: ['全体居民'],
        description: federation
          ? '联合街道内社区社会组织，开展行业自律、资源对接和能力建设。'
          : '为街道内社区社会组织提供登记备案指导、孵化培育和项目支持。',
        legalForm: federation ? 'social_group' : 'social_service_agency',
      },
      street.code,
      streetVenue(),
      { hubKind: federation ? 'federation' : 'service_center', status: 'active', memberCount: random.int(20, 60), isDemonstration: true },
    );
    for (const kind of random.sample(registeredKinds, random.int(1, 3)))
      add(`${district}${street.name}${kind.suffix}`, 'registered', kind, street.code, streetVenue());
    // A street-wide team or two, e.g. 南京东路街道夕阳红合唱团.
    for (const kind of random.sample(teamKinds, random.int(1, 2)))
      add(`${street.name}${kind.motto ? random.pick(mottos) : ''}${kind.suffix}`, 'team', kind, street.code, streetVenue());

    const focus = street.code === layout.focusStreet;
    for (const community of street.communities) {
      const place = placeOf(community.name);
      const communityVenue = () =>
        random.pick([`${community.name}活动室`, `${place}居民区党群服务站`, `${place}社区睦邻点`, `${place}居民区会议室`]);
      const nameOf = (kind: OrganizationKind) =>
        `${place}${place.length <= 2 || random.chance(0.7) ? '社区' : ''}${kind.motto && random.chance(0.4) ? random.pick(mottos) : ''}${kind.suffix}`;
      for (const kind of random.sample(teamKinds, focus ? random.int(2, 3) : random.int(1, 2)))
        add(nameOf(kind), 'team', kind, community.code, communityVenue());
      for (const kind of random.sample(groupKinds, focus ? random.int(1, 2) : random.int(0, 1)))
        add(nameOf(kind), 'group', kind, community.code, communityVenue());
    }
  });

  const focusStreet = layout.streets.find((s) => s.code === layout.focusStreet) ?? layout.streets[0];
  if (focusStreet) {
    add(
      `${district}社区公益组织孵化基地`,
      'registered',
      {
        fields: ['志愿服务', '教育培训'],
        groups: ['全体居民'],
        description: '为初创社区社会组织提供场地、培训、督导和小额资金代管。',
        legalForm: 'social_service_agency',
      },
      focusStreet.code,
      `${focusStreet.name}社区公益创投中心`,
      { hubKind: 'incubator', status: 'active', isBrand: true, isDemonstration: true },
    );
  }
  const foundationStreet = layout.streets[1] ?? focusStreet;
  if (foundationStreet) {
    add(
      `上海市${district}${foundationStreet.name}社区基金会`,
      'registered',
      {
        fields: ['慈善募捐', '济困救助'],
        groups: ['困难家庭', '全体居民'],
        description: '募集社区慈善资金，资助社区社会组织开展公益项目。',
        legalForm: 'foundation',
      },
      foundationStreet.code,
      `${foundationStreet.name}社区党群服务中心`,
      { hubKind: 'community_foundation', status: 'active' },
    );
  }
  return out;
}
