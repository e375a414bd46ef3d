import { recordAudit, type AuditActor } from '../../platform/audit.js';
import type { Services } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { inRegionScope, type Scope } from '../../platform/scope.js';
import { readRegions, type RegionRow } from './region-source.js';
import { recountKindChange } from '../stats/rollups.service.js';
import * as repository from './regions.repository.js';
import { refreshRegionTallies } from './regions.repository.js';

const BATCH = 2000;

/**
 * Loads the real divisions under `prefixes` (all of China when empty) in batches of one transaction each.
 * Idempotent: a re-run inserts nothing and changes nothing. Returns the number of rows written.
 */
export async function importRegions(services: Services, prefixes: string[], onProgress?: (seen: number, written: number) => void) {
  let batch: RegionRow[] = [];
  let seen = 0;
  let written = 0;
  const flush = async () => {
    const rows = batch;
    batch = [];
    written += await services.database.transaction((tx) => repository.upsertRegions(tx, rows));
    onProgress?.(seen, written);
  };
  for await (const row of readRegions(prefixes)) {
    batch.push(row);
    seen++;
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  // the statistics' denominators (communities by kind, streets …) follow the tree
  await services.database.transaction((tx) => refreshRegionTallies(tx));
  return { seen, written };
}

export async function setCommunityKind(services: Services, scope: Scope, actor: AuditActor, code: string, kind: 'urban' | 'rural') {
  const region = await repository.findRegion(scope, services.database.db, code);
  if (!region || !inRegionScope(scope, code)) throw new AppError('not_found');
  if (region.level !== 5) throw new AppError('validation_failed', {}, [{ path: 'kind', message: 'region_level' }]);
  await services.database.transaction(async (tx) => {
    // its organizations now count toward the other kind, and so may its street's own (docs/decisions/0013)
    await recountKindChange(tx, code.slice(0, 9), async () => {
      await repository.setRegionKind(tx, code, kind);
      await refreshRegionTallies(tx);
    });
    await recordAudit(tx, actor, { action: 'region.updated', targetType: 'region', targetId: code, regionCode: code, before: { kind: region.kind }, after: { kind } });
  });
  return { ...region, kind };
}

/** Resolves a region the actor may attach records to: it exists, lies in scope and is at `levels`. */
export async function requireRegionInScope(services: Services, scope: Scope, code: string, path: string, levels: number[] = [4, 5]) {
  const region = inRegionScope(scope, code) ? await repository.findRegion(scope, services.database.db, code) : undefined;
  if (!region) throw new AppError('unknown_region', {}, [{ path, message: 'unknown_region' }]);
  if (!levels.includes(region.level)) throw new AppError('validation_failed', {}, [{ path, message: 'region_level' }]);
  return region;
}
