import { personName } from '../demo/people.js';
import { seededRandom } from '../demo/random.js';

// The surnames and given names of the demo's people (people.ts), recovered from a few thousand of its names.
export const leaderNameParts = (() => {
  const random = seededRandom(1);
  const names = Array.from({ length: 5000 }, () => personName(random));
  const distinct = (parts: string[]) => [...new Set(parts)].sort();
  return { surnames: distinct(names.map((n) => n.slice(0, 1))), givenNames: distinct(names.map((n) => n.slice(1))) };
})();
