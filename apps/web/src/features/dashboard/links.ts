// Where the dashboard's numbers lead: one level down the dashboard, and finally to the organization list
// filtered to exactly the organizations that make the number.
import type { IndicatorResult, OrganizationFilter } from '@linli/shared';
import { toQueryString } from '../../app/api.js';
import { regionQuery } from './queries.js';

/** `/dashboard?region=…&policy=…`; region '' (the whole country) is kept as an empty value. */
export function dashboardLink(region: string, policy?: string): string {
  const params = new URLSearchParams({ region });
  if (policy) params.set('policy', policy);
  return `/dashboard?${params.toString()}`;
}

/** The organization list of a region under an indicator's filter (arrays joined by commas); active unless the filter says otherwise. */
export function organizationsLink(region: string, filter: OrganizationFilter): string {
  return `/organizations${toQueryString({
    region,
    status: filter.status ?? ['active'],
    tier: filter.tier,
    serviceField: filter.serviceField,
    hubKind: filter.hubKind,
    isBrand: filter.isBrand,
    isDemonstration: filter.isDemonstration,
    isObservationPoint: filter.isObservationPoint,
  })}`;
}

/** The training attendance behind a person-times figure: its region, audiences and start. */
export function attendanceLink(region: string, filter: NonNullable<IndicatorResult['training']>): string {
  return `/training/attendance${toQueryString({ region, audience: filter.audiences, from: filter.from })}`;
}

/** The Excel file of the child-region table, one sheet per pack (same-origin GET with the session cookie). */
export const exportLink = (region: string | undefined, policy?: string) =>
  `/api/v1/stats/indicators/export${regionQuery(region, { policy })}`;
