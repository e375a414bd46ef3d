// The activity form's values ↔ the API's bodies. Times are dayjs values in the form, ISO strings with the
// browser's offset on the wire; beneficiaries are rows of { group, count } in the form, a record on the wire.
import type { Activity, ActivityKind } from '@linli/shared';
import dayjs, { type Dayjs } from 'dayjs';

export interface ActivityFormValues {
  organizationId?: string;
  title?: string;
  kind?: ActivityKind;
  seriesId?: string | null;
  startsAt?: Dayjs | null;
  endsAt?: Dayjs | null;
  venue?: string;
  isPublic: boolean;
  expectedParticipants?: number | null;
  beneficiaries: { group?: string; count?: number | null }[];
  summary?: string;
}

export const emptyActivity = (): ActivityFormValues => ({
  isPublic: true,
  beneficiaries: [],
  venue: '',
  summary: '',
});

export function toFormValues(activity: Activity): ActivityFormValues {
  return {
    organizationId: activity.organizationId,
    title: activity.title,
    kind: activity.kind,
    seriesId: activity.seriesId,
    startsAt: dayjs(activity.startsAt),
    endsAt: dayjs(activity.endsAt),
    venue: activity.venue,
    isPublic: activity.isPublic,
    expectedParticipants: activity.expectedParticipants,
    beneficiaries: Object.entries(activity.beneficiaries).map(([group, count]) => ({ group, count })),
    summary: activity.summary,
  };
}

function fields(values: ActivityFormValues) {
  return {
    title: values.title?.trim() ?? '',
    kind: values.kind,
    seriesId: values.seriesId ?? null,
    startsAt: values.startsAt?.format(),
    endsAt: values.endsAt?.format(),
    venue: values.venue?.trim() ?? '',
    isPublic: values.isPublic,
    expectedParticipants: values.expectedParticipants ?? undefined,
    beneficiaries: Object.fromEntries(
      values.beneficiaries
        .filter((row) => row.group && row.count !== null && row.count !== undefined)
        .map((row) => [row.group!, row.count!]),
    ),
    summary: values.summary?.trim() ?? '',
  };
}

export const toBody = (values: ActivityFormValues) => ({ organizationId: values.organizationId, ...fields(values) });

/** Only what changed, with the version the editor loaded (the server refuses a stale one). */
export function toPatch(values: ActivityFormValues, activity: Activity): Record<string, unknown> {
  const next = fields(values);
  const before = fields(toFormValues(activity));
  const changed = Object.fromEntries(
    Object.entries(next).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(before[key as keyof typeof before])),
  );
  return { ...changed, version: activity.version };
}
