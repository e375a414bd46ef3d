// Loads the demo: real regions, one account per role, a few hundred organizations in 黄浦区 and filings
// waiting at every step in 南京东路街道. Deterministic: two loads give the same names and numbers.
import type { Services } from '../../platform/context.js';
import { readRegions } from '../regions/region-source.js';
import { importRegions } from '../regions/regions.service.js';
import { DEMO_DISTRICT, DEMO_REGION_PREFIXES, DEMO_STREET, DEMO_USERNAME_PREFIX } from './accounts.js';
import { createDemoAccounts } from './demo-accounts.service.js';
import { createDemoActivities } from './demo-activities.service.js';
import { createDemoFilings } from './demo-filings.service.js';
import { createDemoOrganizations, withDemoLeader } from './demo-organizations.service.js';
import { createDemoParty } from './demo-party.service.js';
import { createDemoBindings, createDemoHistory } from './demo-policies.service.js';
import { createDemoTraining } from './demo-training.service.js';
import { createDemoVolunteering } from './demo-volunteering.service.js';
import * as repository from './demo.repository.js';
import { generateOrganizations, type DistrictLayout } from './organization-generator.js';

export type DemoPhase = 'regions' | 'accounts' | 'organizations' | 'filings' | 'statistics';

export interface DemoProgress {
  phase: DemoPhase;
  done: number;
  total: number;
}

export interface DemoOptions {
  /** Region prefixes to import; the default is 上海市, 天津市, 杭州市 and 宿州市. Must cover 黄浦区 (310101). */
  regionPrefixes?: string[];
  onProgress?(progress: DemoProgress): void;
  /** Count the region rows first (about a second), so progress on regions has a total. */
  countRegions?: boolean;
}

export interface DemoSummary {
  regions: { seen: number; written: number };
  accounts: number;
  organizations: number;
  filings: Record<string, number>;
}

export async function demoLoaded(services: Services): Promise<boolean> {
  return (await repository.demoUsers(services.database.db, DEMO_USERNAME_PREFIX)).length > 0;
}

async function countRegionRows(prefixes: string[]): Promise<number> {
  let total = 0;
  for await (const _row of readRegions(prefixes)) total++;
  return total;
}

async function districtLayout(services: Services): Promise<DistrictLayout> {
  const district = await repository.regionByCode(services.database.db, DEMO_DISTRICT);
  if (!district) throw new Error(`the demo needs the regions of ${DEMO_DISTRICT} (黄浦区)`);
  const rows = await repository.regionsBelow(services.database.db, DEMO_DISTRICT);
  const streets = rows
    .filter((r) => r.level === 4)
    .map((s) => ({ code: s.code, name: s.name, communities: rows.filter((c) => c.level === 5 && c.parentCode === s.code) }));
  return { district, streets, focusStreet: DEMO_STREET };
}

export async function loadDemoData(services: Services, options: DemoOptions = {}): Promise<DemoSummary> {
  const prefixes = options.regionPrefixes ?? DEMO_REGION_PREFIXES;
  const report = (phase: DemoPhase, done: number, total: number) => options.onProgress?.({ phase, done, total });

  const regionTotal = options.countRegions ? await countRegionRows(prefixes) : 0;
  const regions = await importRegions(services, prefixes, (seen) => report('regions', seen, regionTotal));

  const users = await createDemoAccounts(services);
  report('accounts', Object.keys(users).length, Object.keys(users).length);

  const layout = await districtLayout(services);
  const placed = withDemoLeader(generateOrganizations(layout), users);
  const organizations = await createDemoOrganizations(services, placed, (done) => report('organizations', done, placed.length));

  const filings = await createDemoFilings(services, users, (done, total) => report('filings', done, total));

  await createDemoBindings(services);
  // activities take their series and major-activity rules from the bound packs
  await createDemoActivities(services, users);
  await createDemoVolunteering(services, users);
  await createDemoTraining(services, users);
  await createDemoParty(services, users);
  await createDemoHistory(services);
  report('statistics', 1, 1);
  // Filed establishments added organizations of their own.
  return { regions, accounts: Object.keys(users).length, organizations: organizations.length + (filings.filed ?? 0), filings };
}
