// `linli seed --scale`: realistic organizations on the real regions, generated inside the database one chunk of
// streets per statement (generate-sql.ts), so that 4.5 million rows take minutes, not hours; with community life,
// their volunteers, activities and service records after them (community-life.service.ts).
import type { Services } from '../../platform/context.js';
import { mottos } from '../demo/catalog.js';
import { seededRandom } from '../demo/random.js';
import { importRegions } from '../regions/regions.service.js';
import { seedCommunityLife, type CommunityLifeCounts } from './community-life.service.js';
import { communityKinds, extraFieldsOf, streetRegisteredKinds, streetTeamKinds, type SeedKind } from './org-kinds.js';
import * as repository from './scale-seed.repository.js';
import type { ChunkParameters } from './scale-seed.repository.js';
import { chunkStreets } from './street-chunks.js';
import { scales, type ScaleName } from './scales.js';
import { leaderNameParts } from './seed-names.js';

export const DEFAULT_SEED = 2026;
/** Communities per statement: a few thousand organizations, so the roll-up trigger runs a few hundred times nationally. */
const CHUNK_COMMUNITIES = 400;

export type ScaleSeedPhase = 'regions' | 'organizations' | 'community life' | 'indexes';

export interface ScaleSeedProgress {
  phase: ScaleSeedPhase;
  /** regions: rows read; organizations and community life: communities done; indexes: indexes built. */
  done: number;
  total: number;
  /** New organizations (community life: new service records) so far. */
  inserted: number;
}

export interface ScaleSeedSummary {
  scale: ScaleName;
  seed: number;
  regions: { seen: number; written: number };
  streets: number;
  communities: number;
  /** Organizations this run added (0 when the same seed ran before). */
  inserted: number;
  /** Organizations under the scale's region afterwards, whoever made them. */
  total: number;
  /** What community life added, when asked for. */
  communityLife?: CommunityLifeCounts;
  milliseconds: number;
}

export interface ScaleSeedOptions {
  scale: ScaleName;
  seed?: number;
  onProgress?(progress: ScaleSeedProgress): void;
  /** Only for tests: communities per statement. */
  chunkCommunities?: number;
  /** Also generate volunteers, activities and service records (not at national scale). */
  communityLife?: CommunityLifeSettings;
}

export interface CommunityLifeSettings {
  /** Months of activities up to and including the current one (default 24). */
  months?: number;
  /** Held activities end before this moment, planned ones after it (default: now). */
  now?: Date;
  /** Only for tests: communities per statement. */
  chunkCommunities?: number;
}

interface Slot {
  area?: string;
  role?: string;
  slot: number;
  count?: number;
  variant?: number;
  tier: string;
  suffix: string;
  fields: string[];
  /** Fields it may also take up (one of them, for about 30% of organizations). */
  extras: string[];
  groups: string[];
  description: string;
  legal_form: string | null;
}

const slotOf = (kind: SeedKind, extra: Partial<Slot>): Slot => ({
  slot: 0,
  tier: kind.tier,
  suffix: kind.suffix,
  fields: kind.fields,
  extras: extraFieldsOf(kind),
  groups: kind.groups,
  description: kind.description,
  legal_form: kind.tier === 'registered' ? (kind.legalForm ?? 'social_group') : null,
  ...extra,
});

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** Every kind once per weight, in a fixed shuffled order; a community walks them with a stride coprime to their number. */
function areaSlots(area: 'urban' | 'rural', shanghai: boolean): Slot[] {
  const expanded = communityKinds(area, shanghai).flatMap((kind) =>
    Array.from({ length: kind.weight }, (_, variant) => slotOf(kind, { area, variant })),
  );
  const order = seededRandom(20260401).sample(expanded, expanded.length);
  return order.map((slot, index) => ({ ...slot, slot: index }));
}

const stridesFor = (n: number) => Array.from({ length: n }, (_, s) => s).filter((s) => s >= 2 && s <= n - 2 && gcd(s, n) === 1);

// Denser where community organizations took off first (北京, 天津, 上海, 江苏, 浙江, 广东): 27% of their streets are
// behind and 55% ahead; elsewhere half are behind and 30% ahead. That lands 上海 near 80,000 organizations and
// China near 4.5 million.
const denseProvinces = ['11', '12', '31', '32', '33', '44'];
const densityOf = (province: string): [number, number] => (denseProvinces.includes(province) ? [0.27, 0.45] : [0.5, 0.7]);

/** The parameters shared by every chunk of one province and seed (exported for profiling a single chunk). */
export function staticParameters(seed: number, province: string): Omit<ChunkParameters, 'streets'> {
  const shanghai = province === '31';
  const urban = areaSlots('urban', shanghai);
  const rural = areaSlots('rural', shanghai);
  const streetSlots = [
    ...streetRegisteredKinds.map((k, slot) => slotOf(k, { role: 'registered', slot, count: streetRegisteredKinds.length })),
    ...streetTeamKinds.map((k, slot) => slotOf(k, { role: 'team', slot, count: streetTeamKinds.length })),
  ];
  return {
    seed: String(seed),
    slots: JSON.stringify([...urban, ...rural]),
    strides: JSON.stringify({ urban: stridesFor(urban.length), rural: stridesFor(rural.length) }),
    streetSlots: JSON.stringify(streetSlots),
    ...leaderNameParts,
    mottos: [...mottos],
    density: densityOf(province),
  };
}

export async function seedScale(services: Services, options: ScaleSeedOptions): Promise<ScaleSeedSummary> {
  const started = performance.now();
  const scale = scales[options.scale];
  const seed = options.seed ?? DEFAULT_SEED;
  const { database } = services;
  const report = (progress: ScaleSeedProgress) => options.onProgress?.(progress);
  if (options.communityLife && !scale.communityLife) throw new Error(`community life is not generated at ${scale.name} scale`);

  report({ phase: 'regions', done: 0, total: 0, inserted: 0 });
  const regions = await importRegions(services, scale.importPrefixes, (seen) =>
    report({ phase: 'regions', done: seen, total: 0, inserted: 0 }),
  );

  if (regions.written > 0) await repository.analyzeRegions(database);
  const streets = await repository.listStreets(database, scale.prefix);
  const communities = streets.reduce((sum, s) => sum + s.communities, 0);
  const shared = new Map<string, Omit<ChunkParameters, 'streets'>>();
  const parametersFor = (province: string) => {
    if (!shared.has(province)) shared.set(province, staticParameters(seed, province));
    return shared.get(province)!;
  };

  let done = 0;
  let inserted = 0;
  report({ phase: 'organizations', done, total: communities, inserted });
  for (const chunk of chunkStreets(streets, options.chunkCommunities ?? CHUNK_COMMUNITIES)) {
    const parameters = parametersFor(chunk[0]!.code.slice(0, 2));
    inserted += await repository.insertChunk(database, { ...parameters, streets: chunk.map((s) => s.code) });
    done += chunk.reduce((sum, s) => sum + s.communities, 0);
    report({ phase: 'organizations', done, total: communities, inserted });
  }

  let communityLife: CommunityLifeCounts | undefined;
  if (options.communityLife) {
    report({ phase: 'community life', done: 0, total: communities, inserted: 0 });
    communityLife = await seedCommunityLife(database, {
      ...options.communityLife,
      seed,
      streets,
      onProgress: (communitiesDone, counts) =>
        report({ phase: 'community life', done: communitiesDone, total: communities, inserted: counts.records }),
      onIndexes: (built, total) => report({ phase: 'indexes', done: built, total, inserted: 0 }),
    });
  }

  return {
    scale: scale.name,
    seed,
    regions,
    streets: streets.length,
    communities,
    inserted,
    total: await repository.countOrganizations(database, scale.prefix),
    communityLife,
    milliseconds: Math.round(performance.now() - started),
  };
}
