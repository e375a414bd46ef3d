// The demo adopts each pack where its issuer governs: mca-2017 for the country, each city's own for its city.
import type { Services } from '../../platform/context.js';
import { writeBinding } from '../policies/policy-bindings.repository.js';
import { reconstructHistory } from '../stats/snapshots.service.js';
import * as repository from './demo.repository.js';

const HISTORY_MONTHS = 24;

export async function createDemoBindings(services: Services): Promise<number> {
  const byRegion = new Map<string, string[]>();
  for (const pack of services.packs.all) byRegion.set(pack.bindsTo, [...(byRegion.get(pack.bindsTo) ?? []), pack.id]);
  let bound = 0;
  for (const [code, policies] of byRegion) {
    if (code !== '' && !(await repository.regionByCode(services.database.db, code))) continue;
    await services.database.transaction((tx) => writeBinding(tx, code, policies, 0, null));
    bound += policies.length;
  }
  return bound;
}

/** Gives the trend charts two years of month-ends, rebuilt from the demo organizations' founding dates. */
export const createDemoHistory = (services: Services) => reconstructHistory(services, HISTORY_MONTHS);
