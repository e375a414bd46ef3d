// Which region a statistics request is about, and which packs it adopts.
import type { Pack, RegionRef } from '@linli/shared';
import type { Services } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { inRegionScope, type Scope } from '../../platform/scope.js';
import { bindingsAlong } from '../policies/policy-bindings.repository.js';
import * as regions from '../regions/regions.repository.js';

export const COUNTRY: RegionRef = { code: '', name: '全国', level: 0 };

export interface StatsRegion extends RegionRef {
  path: RegionRef[];
}

/** The region asked for, or the actor's own scope; outside the scope it does not exist (404). */
export async function resolveStatsRegion(services: Services, scope: Scope, code: string | undefined): Promise<StatsRegion> {
  const wanted = code ?? scope.regionPrefix ?? '';
  if (wanted === '') {
    if (scope.regionPrefix !== null) throw new AppError('not_found');
    return { ...COUNTRY, path: [] };
  }
  if (!inRegionScope(scope, wanted)) throw new AppError('not_found');
  const region = await regions.findRegion(scope, services.database.db, wanted);
  if (!region) throw new AppError('not_found');
  const path = await regions.regionPath(services.database.db, wanted);
  return { code: region.code, name: region.name, level: region.level, path };
}

export interface AdoptedPack {
  pack: Pack;
  boundAt: RegionRef;
}

/** Every pack bound on the region or above it, the country's first; packs no longer shipped are skipped. */
export async function adoptedPacks(services: Services, region: StatsRegion): Promise<AdoptedPack[]> {
  const rows = await bindingsAlong(services.database.db, region.code);
  const where = (code: string): RegionRef => (code === '' ? COUNTRY : (region.path.find((r) => r.code === code) ?? { code, name: code, level: 0 }));
  const adopted = new Map<string, AdoptedPack>();
  for (const row of rows)
    for (const id of row.policies) {
      const pack = services.packs.get(id);
      if (pack && !adopted.has(id)) adopted.set(id, { pack, boundAt: where(row.regionCode) });
    }
  return [...adopted.values()];
}

/** The adopted packs, or just `policy` — which must be one of them (404 otherwise). */
export async function packsFor(services: Services, region: StatsRegion, policy: string | undefined): Promise<AdoptedPack[]> {
  const adopted = await adoptedPacks(services, region);
  if (policy === undefined) return adopted;
  const one = adopted.find((a) => a.pack.id === policy);
  if (!one) throw new AppError('not_found');
  return [one];
}
