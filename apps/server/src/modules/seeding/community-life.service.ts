// `linli seed --scale … --community-life`: a volunteer force, activities, volunteer needs, sign-ups and confirmed
// service records for the organizations the scale seed generated, a chunk of streets per statement pair
// (community-life-sql.ts). At city scale: about 500,000 volunteers, 2 million activities, 20 million records.
import { defaultTimeBankRule } from '@linli/shared';
import type { Database } from '../../db/database.js';
import type { TransactionChannel } from '../../db/driver.js';
import { activityThemes, themeRows } from './community-life-themes.js';
import * as repository from './community-life.repository.js';
import type { StreetRow } from './scale-seed.repository.js';
import { chunkStreets } from './street-chunks.js';
import { leaderNameParts } from './seed-names.js';

/** Communities per statement: about 300,000 service records at 上海's density. */
const CHUNK_COMMUNITIES = 100;
const CONCURRENT_CHUNKS = 2;
export const DEFAULT_MONTHS = 24;

const skills = [...new Set(Object.values(activityThemes).flatMap((t) => t.skills))].sort();
const availabilities = ['工作日白天', '工作日晚上', '周末', '节假日', '时间灵活'];
// Where no time-bank rule applies, a street gets its own: most keep the platform's rate, some halve or double it.
const { pointsPerHour, starHours } = defaultTimeBankRule;
const streetRates = [pointsPerHour, pointsPerHour, pointsPerHour, Math.max(1, Math.round(pointsPerHour / 2)), pointsPerHour * 2];

export interface CommunityLifeCounts {
  volunteers: number;
  activities: number;
  needs: number;
  signups: number;
  records: number;
}

export interface CommunityLifeOptions {
  seed: number;
  streets: StreetRow[];
  /** Activities fill this many months up to and including the current one (default 24). */
  months?: number;
  /** The moment that separates held activities from planned ones (default: now). */
  now?: Date;
  /** Only for tests: communities per statement. */
  chunkCommunities?: number;
  onProgress?(communitiesDone: number, counts: CommunityLifeCounts): void;
  /** A first seed builds the indexes of the big tables at the end: called before each (done of total). */
  onIndexes?(done: number, total: number): void;
}

export async function seedCommunityLife(database: Database, options: CommunityLifeOptions): Promise<CommunityLifeCounts> {
  const window = { seed: String(options.seed), now: options.now ?? new Date(), months: options.months ?? DEFAULT_MONTHS };
  const themes = themeRows();
  const counts: CommunityLifeCounts = { volunteers: 0, activities: 0, needs: 0, signups: 0, records: 0 };
  let done = 0;
  const chunks = chunkStreets(options.streets, options.chunkCommunities ?? CHUNK_COMMUNITIES);
  const fill = async (tx: TransactionChannel, chunk: StreetRow[]) => {
    const added = await repository.insertChunk(database, tx, {
      ...window,
      streets: chunk.map((s) => s.code),
      ...leaderNameParts,
      skills,
      availabilities,
      streetRates,
      starHours,
      themes,
    });
    for (const key of Object.keys(counts) as (keyof CommunityLifeCounts)[]) counts[key] += added[key];
    done += chunk.reduce((sum, s) => sum + s.communities, 0);
    options.onProgress?.(done, { ...counts });
  };

  if (await repository.bulkTablesEmpty(database)) {
    // A first seed: one transaction that fills the big tables without their indexes and then builds each once.
    await repository.inTransaction(database, async (tx) => {
      const indexes = await repository.dropBulkIndexes(database, tx);
      for (const chunk of chunks) await fill(tx, chunk);
      for (const [i, index] of indexes.entries()) {
        options.onIndexes?.(i, indexes.length);
        await repository.createIndex(database, tx, index);
      }
      options.onIndexes?.(indexes.length, indexes.length);
    });
  } else {
    // Adding to what is there: a transaction per chunk; chunks share no rows, so on a server two run at a time.
    const worker = async () => {
      for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) await repository.inTransaction(database, (tx) => fill(tx, chunk));
    };
    await Promise.all(Array.from({ length: database.kind === 'postgres' ? CONCURRENT_CHUNKS : 1 }, worker));
  }
  await repository.analyzeCommunityLife(database);
  return counts;
}
