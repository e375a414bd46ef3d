// Organization ↔ form values ↔ request body. Personal data comes masked from the server, so the edit form
// starts with those inputs empty and only sends what the user typed.
import type { Organization } from '@linli/shared';

export const personalFields = ['leaderPhone', 'leaderIdNumber', 'contactPhone'] as const;
const nullableFields = [
  'legalForm',
  'creditCode',
  'leaderPhone',
  'leaderIdNumber',
  'contactName',
  'contactPhone',
  'foundedOn',
  'leaderUsername',
] as const;

export type OrganizationFormValues = Record<string, unknown>;

export const emptyOrganization = (regionCode?: string | null): OrganizationFormValues => ({
  tier: 'team',
  regionCode: regionCode ?? undefined,
  serviceFields: [],
  targetGroups: [],
  hubKind: 'none',
  isBrand: false,
  isDemonstration: false,
  isObservationPoint: false,
});

export function toFormValues(o: Organization): OrganizationFormValues {
  return {
    name: o.name,
    tier: o.tier,
    legalForm: o.legalForm ?? undefined,
    creditCode: o.creditCode ?? undefined,
    regionCode: o.regionCode,
    serviceFields: o.serviceFields,
    targetGroups: o.targetGroups,
    description: o.description,
    leaderName: o.leaderName,
    contactName: o.contactName ?? undefined,
    memberCount: o.memberCount,
    foundedOn: o.foundedOn ?? undefined,
    venue: o.venue,
    hubKind: o.hubKind,
    isBrand: o.isBrand,
    isDemonstration: o.isDemonstration,
    isObservationPoint: o.isObservationPoint,
    status: o.status,
  };
}

/** Trims text, turns empty optional values into null, and drops what only a registered organization has. */
export function toBody(values: OrganizationFormValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) body[key] = typeof value === 'string' ? value.trim() : value;
  for (const key of nullableFields) if (body[key] === '' || body[key] === undefined) body[key] = null;
  if (body.tier !== 'registered') {
    body.legalForm = null;
    body.creditCode = null;
  }
  body.description ??= '';
  body.venue ??= '';
  return body;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The PATCH body: only the fields that differ from the loaded organization, and the version it was loaded at. */
export function toPatch(values: OrganizationFormValues, original: Organization): Record<string, unknown> {
  const body = toBody(values);
  const before = toBody(toFormValues(original));
  const patch: Record<string, unknown> = { version: original.version };
  for (const [key, value] of Object.entries(body)) {
    if ((personalFields as readonly string[]).includes(key)) {
      if (value) patch[key] = value; // blank: keep the stored value
    } else if (key !== 'leaderUsername' && !same(value, before[key])) patch[key] = value;
  }
  return patch;
}
