// Loads the policy packs (packs/*.json) and refuses to go on with a malformed one: the platform never starts
// half-configured. Errors name the file, the path inside it and the problem.
import { packSchema, serviceFields, type Pack } from '@linli/shared';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { z } from 'zod';

export class PackLoadError extends Error {
  constructor(
    readonly file: string,
    readonly problems: { path: string; message: string }[],
  ) {
    super(`invalid policy pack ${file}:\n${problems.map((p) => `  ${p.path || '(file)'}: ${p.message}`).join('\n')}`);
    this.name = 'PackLoadError';
  }
}

export interface PackRegistry {
  readonly all: readonly Pack[];
  get(id: string): Pack | undefined;
}

const formatPath = (path: readonly PropertyKey[]) =>
  path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');

function zodProblems(error: z.ZodError) {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/** Rules one field cannot express: ids unique, references resolved, every canonical field mapped. */
function consistencyProblems(pack: Pack): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const duplicates = (ids: string[], path: string) =>
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) problems.push({ path: `${path}[${i}].id`, message: `duplicate id "${id}"` });
    });
  duplicates(pack.taxonomy.map((c) => c.id), 'taxonomy');
  duplicates(pack.indicators.map((c) => c.id), 'indicators');
  const categories = new Set(pack.taxonomy.map((c) => c.id));
  const mapped = new Set(pack.taxonomy.flatMap((c) => c.fields));
  const unmapped = serviceFields.filter((field) => !mapped.has(field));
  if (unmapped.length > 0) problems.push({ path: 'taxonomy', message: `service fields mapped to no category: ${unmapped.join(', ')}` });
  pack.indicators.forEach((indicator, i) => {
    const path = `indicators[${i}]`;
    const subject = 'subject' in indicator ? indicator.subject : undefined;
    if (subject && 'categories' in subject)
      subject.categories?.forEach((id, j) => {
        if (!categories.has(id)) problems.push({ path: `${path}.subject.categories[${j}]`, message: `unknown category "${id}"` });
      });
    const startsOn = indicator.startsOn ?? pack.issuedOn;
    if (indicator.deadline && indicator.deadline <= startsOn) problems.push({ path: `${path}.deadline`, message: 'deadline must come after the start' });
    if (indicator.kind === 'staffing' && indicator.min > indicator.max) problems.push({ path: `${path}.min`, message: 'min exceeds max' });
  });
  return problems;
}

export function parsePack(file: string, text: string): Pack {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new PackLoadError(file, [{ path: '', message: `not valid JSON: ${(error as Error).message}` }]);
  }
  const parsed = packSchema.safeParse(json);
  if (!parsed.success) throw new PackLoadError(file, zodProblems(parsed.error));
  const problems = consistencyProblems(parsed.data);
  if (parsed.data.id !== basename(file, '.json')) problems.push({ path: 'id', message: `must match the file name "${basename(file, '.json')}"` });
  if (problems.length > 0) throw new PackLoadError(file, problems);
  return parsed.data;
}

export function loadPacks(dir: string): PackRegistry {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  if (files.length === 0) throw new PackLoadError(dir, [{ path: '', message: 'no policy pack (*.json) in this directory' }]);
  const packs = files.map((name) => parsePack(join(dir, name), readFileSync(join(dir, name), 'utf8')));
  const byId = new Map(packs.map((pack) => [pack.id, pack]));
  return { all: packs, get: (id) => byId.get(id) };
}
