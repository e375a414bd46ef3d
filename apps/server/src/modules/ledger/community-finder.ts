// Finds the community (or street) a ledger row names, inside the region the import is for. People write
// 云南中路居委会, 云南中路社区, 云南中路, a 12-digit code, or a path copied from an export
// (黄浦区 / 南京东路街道 / 云南中路居委会); all of them resolve, and nothing outside the region does.
import type { PlaceRow } from './imports.repository.js';
import { halfWidth, type Parsed } from './ledger-values.js';

const suffix = /(社区居民委员会|居民委员会|社区居委会|居委会|村民委员会|村委会|社区|村|街道办事处|街道|镇|乡)$/;

/** The name and each shorter form left by dropping a committee suffix: 张庄村村委会 → 张庄村 → 张庄. */
export function nameKeys(name: string): string[] {
  const keys = [name];
  for (let key = name.replace(suffix, ''); key && key !== keys.at(-1); key = key.replace(suffix, '')) keys.push(key);
  return keys;
}

export function communityFinder(places: PlaceRow[], region: { code: string; name: string }) {
  const byCode = new Map(places.map((p) => [p.code, p]));
  const byName = new Map<string, PlaceRow[]>();
  for (const place of places) {
    if (place.level < 4) continue;
    for (const key of nameKeys(place.name)) {
      const list = byName.get(key) ?? [];
      if (!list.includes(place)) list.push(place);
      byName.set(key, list);
    }
  }
  const parentIs = (place: PlaceRow, name: string) => {
    const parent = place.parentCode ? byCode.get(place.parentCode) : undefined;
    return parent !== undefined && nameKeys(parent.name).some((key) => nameKeys(name).includes(key));
  };

  return (text: string): Parsed<PlaceRow> => {
    const typed = halfWidth(text).trim();
    if (/^\d{9,12}$/.test(typed)) {
      const place = byCode.get(typed);
      return place && place.level >= 4 ? { value: place } : { problem: { key: 'community_out_of_scope', params: { value: typed } } };
    }
    const segments = typed.split(/\s*[/>]\s*/).filter(Boolean);
    const last = segments.at(-1) ?? '';
    let candidates: PlaceRow[] = [];
    for (const key of nameKeys(last.replace(/\s/g, ''))) {
      candidates = byName.get(key) ?? [];
      if (candidates.length > 0) break;
    }
    if (candidates.length > 1 && segments.length > 1) candidates = candidates.filter((c) => parentIs(c, segments.at(-2)!));
    if (candidates.length === 1) return { value: candidates[0]! };
    const params = { value: text, region: region.name };
    return { problem: { key: candidates.length === 0 ? 'unknown_community' : 'ambiguous_community', params } };
  };
}
