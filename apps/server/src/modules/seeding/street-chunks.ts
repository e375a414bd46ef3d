import type { StreetRow } from './scale-seed.repository.js';

/** Consecutive streets of one county, up to about `budget` communities each. */
export function chunkStreets(streets: StreetRow[], budget: number): StreetRow[][] {
  const chunks: StreetRow[][] = [];
  let current: StreetRow[] = [];
  let size = 0;
  for (const street of streets) {
    if (current.length > 0 && (street.county !== current[0]!.county || size + street.communities > budget)) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(street);
    size += street.communities;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
