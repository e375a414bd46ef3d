// Which street's shared things (open needs, the rewards catalogue) a viewer sees: staff their own subtree
// (a committee worker the street of their community), residents and leaders the street they live or work in.
import type { Scope } from '../../platform/scope.js';

export const STREET_CODE_LENGTH = 9;

export const streetOf = (regionCode: string) => regionCode.slice(0, STREET_CODE_LENGTH);

/** The region prefix of the viewer's neighbourhood: never narrower than a street. */
export function neighbourhoodOf(scope: Scope): string | null {
  if (scope.regionPrefix === null) return null;
  return scope.regionPrefix.length > STREET_CODE_LENGTH ? streetOf(scope.regionPrefix) : scope.regionPrefix;
}

export const isStaff = (scope: Scope) =>
  scope.role === 'civil_affairs' || scope.role === 'street_officer' || scope.role === 'committee_worker';
