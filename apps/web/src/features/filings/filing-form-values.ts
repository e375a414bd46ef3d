// Filing form values ↔ request bodies (packages/shared/src/filings.ts submitFilingBody / resubmitBody).
import type { Organization } from '@linli/shared';

export type FormValues = Record<string, unknown>;

const personalFields = ['leaderPhone', 'leaderIdNumber', 'contactPhone'] as const;
const changeableFields = [
  'name',
  'serviceFields',
  'targetGroups',
  'description',
  'leaderName',
  'contactName',
  'memberCount',
  'foundedOn',
  'venue',
] as const;
const nullableFields = ['leaderPhone', 'leaderIdNumber', 'contactName', 'contactPhone', 'foundedOn'] as const;

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

function members(value: unknown) {
  const list = Array.isArray(value) ? (value as { name?: string; role?: string }[]) : [];
  return list.map((member) => ({ name: (member?.name ?? '').trim(), role: (member?.role ?? '').trim() }));
}

export const emptyEstablish = (regionCode?: string | null): FormValues => ({
  tier: 'group',
  regionCode: regionCode ?? undefined,
  serviceFields: [],
  targetGroups: [],
  members: [{ name: '', role: '负责人' }],
});

/** The establish filing's `organization`: trimmed, empty optional values as null. */
export function proposedOrganizationBody(values: FormValues) {
  const body: FormValues = {};
  for (const key of [
    'name',
    'tier',
    'regionCode',
    'serviceFields',
    'targetGroups',
    'description',
    'leaderName',
    'leaderPhone',
    'leaderIdNumber',
    'contactName',
    'contactPhone',
    'memberCount',
    'foundedOn',
    'venue',
    'charter',
  ])
    body[key] = trimmed(values[key]);
  for (const key of nullableFields) if (body[key] === '' || body[key] === undefined) body[key] = null;
  body.targetGroups ??= [];
  body.description ??= '';
  body.venue ??= '';
  body.members = members(values.members);
  return body;
}

/** An establish filing's payload back into form values (personal identifiers are not in the payload). */
export function establishValuesFromPayload(payload: Record<string, unknown>): FormValues {
  const proposed = (payload.organization ?? payload) as FormValues;
  const { leaderPhone: _phone, leaderIdNumber: _id, contactPhone: _contact, ...values } = proposed;
  return values;
}

export function changeValuesFrom(organization: Organization, changes: FormValues = {}): FormValues {
  const values: FormValues = {};
  for (const key of changeableFields) values[key] = organization[key] ?? undefined;
  const { leaderPhone: _phone, leaderIdNumber: _id, contactPhone: _contact, ...rest } = changes;
  Object.assign(values, rest);
  if (rest.charter !== undefined || rest.members !== undefined) values.updateMaterials = true;
  return values;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Only what differs from the organization; personal data only when typed; charter and members when chosen. */
export function changesBody(values: FormValues, organization: Organization): FormValues {
  const changes: FormValues = {};
  for (const key of changeableFields) {
    let value = trimmed(values[key]);
    if ((nullableFields as readonly string[]).includes(key) && (value === '' || value === undefined)) value = null;
    if (!same(value, organization[key])) changes[key] = value;
  }
  for (const key of personalFields) {
    const value = trimmed(values[key]);
    if (value) changes[key] = value;
  }
  if (values.updateMaterials) {
    changes.charter = trimmed(values.charter);
    changes.members = members(values.members);
  }
  return changes;
}
