import type { Db } from '../../db/database.js';
import type { Services } from '../../platform/context.js';
import { measuresOf } from './measures.js';
import * as rollups from './rollups.repository.js';

/** Registers the measures the loaded packs need and counts the new ones; run after migrating, before serving. */
export async function syncRollupMeasures(services: Services): Promise<number> {
  return services.database.transaction((tx) => rollups.syncMeasures(tx, measuresOf(services.packs.all)));
}

/** A community's kind changes what its organizations (and its street's own) count toward: recount that street. */
export function recountKindChange(tx: Db, streetCode: string, change: () => Promise<void>) {
  return rollups.recountUnder(tx, streetCode, change);
}
