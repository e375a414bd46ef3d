// A measure is one counted set of active organizations. Every indicator, breakdown and chart reads counts of
// measures from the roll-ups; the packs decide which measures exist (docs/decisions/0013-statistics-roll-ups.md).
import { createHash } from 'node:crypto';
import { tiers as allTiers, type HubKind, type Indicator, type OrganizationSubject, type Pack, type ServiceField, type Tier } from '@linli/shared';

export interface Measure {
  id: string;
  tiers: Tier[];
  serviceFields: ServiceField[] | null;
  hubKinds: Exclude<HubKind, 'none'>[] | null;
  isBrand: boolean;
  isDemonstration: boolean;
  isObservationPoint: boolean;
  /** Deepest level kept: 5 = communities (indicators), 4 = streets (breakdowns, counted live below). */
  depth: 4 | 5;
}

type Definition = Omit<Measure, 'id'>;

const sorted = <T extends string>(values: readonly T[] | undefined | null) => (values && values.length > 0 ? [...new Set(values)].sort() : null);

/** Same definition, same id: packs that count the same thing share one set of counters. */
export function measure(definition: Definition): Measure {
  const canonical: Definition = {
    ...definition,
    tiers: sorted(definition.tiers) ?? [],
    serviceFields: sorted(definition.serviceFields),
    hubKinds: sorted(definition.hubKinds),
  };
  const id = createHash('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 16);
  return { id, ...canonical };
}

export function fieldsOfCategories(pack: Pack, categoryIds: readonly string[]): ServiceField[] {
  return pack.taxonomy.filter((c) => categoryIds.includes(c.id)).flatMap((c) => c.fields);
}

/** The measure behind an organization subject of `pack`. */
export function subjectMeasure(pack: Pack, subject: OrganizationSubject | undefined, depth: 4 | 5 = 5): Measure {
  return measure({
    tiers: subject?.tiers ?? pack.countedTiers,
    serviceFields: subject?.categories ? fieldsOfCategories(pack, subject.categories) : null,
    hubKinds: subject?.hubKinds ?? null,
    isBrand: subject?.flags?.includes('brand') ?? false,
    isDemonstration: subject?.flags?.includes('demonstration') ?? false,
    isObservationPoint: subject?.flags?.includes('observation_point') ?? false,
    depth,
  });
}

const plain = { serviceFields: null, hubKinds: null, isBrand: false, isDemonstration: false, isObservationPoint: false };

/** Active organizations of every tier: the communities-by-size chart and the totals. */
export const allActive = measure({ ...plain, tiers: [...allTiers], depth: 5 });

export const tierMeasure = (tier: Tier) => measure({ ...plain, tiers: [tier], depth: 4 });

export const categoryMeasure = (pack: Pack, categoryId: string) =>
  measure({ ...plain, tiers: [...allTiers], serviceFields: fieldsOfCategories(pack, [categoryId]), depth: 4 });

/** The organization subject of an indicator: undefined = the pack's counted organizations; null = not organizations. */
export function organizationSubjectOf(indicator: Indicator): OrganizationSubject | undefined | null {
  const subject = 'subject' in indicator ? indicator.subject : undefined;
  if (subject === undefined) return undefined;
  return subject.source === 'organizations' ? subject : null;
}

/** What a pack's indicators count: its counted organizations (the share denominator) and each subject. */
export function indicatorMeasures(pack: Pack): Measure[] {
  const list = [subjectMeasure(pack, undefined)];
  for (const indicator of pack.indicators) {
    const subject = organizationSubjectOf(indicator);
    if (subject !== null) list.push(subjectMeasure(pack, subject));
  }
  return list;
}

/** Every measure the packs need, each once. */
export function measuresOf(packs: readonly Pack[]): Measure[] {
  const list: Measure[] = [allActive, ...allTiers.map(tierMeasure)];
  for (const pack of packs) {
    list.push(...indicatorMeasures(pack));
    for (const category of pack.taxonomy) list.push(categoryMeasure(pack, category.id));
  }
  return [...new Map(list.map((m) => [m.id, m])).values()];
}
