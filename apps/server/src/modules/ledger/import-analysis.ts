// The dry run: every row of a ledger judged against the registry — create, update, unchanged, or error
// with the column and the problem in the user's language. The commit runs the same judgement again inside
// its transaction, so what it writes is what the data says at that moment.
import {
  ledgerColumnLabels,
  organizationChangeFields,
  organizationFields,
  requiredLedgerColumns,
  type ColumnMapping,
  type LedgerColumn,
  type Role,
  type ImportSummary,
  type RowOutcome,
  type Tier,
} from '@linli/shared';
import type { Db } from '../../db/database.js';
import type { FieldCipher } from '../../platform/crypto.js';
import { fieldErrorsFromZod } from '../../platform/error-handler.js';
import { mapInSlices } from '../../platform/background.js';
import { fillMessage, type Language } from '../../platform/messages.js';
import { inRegionScope, type Scope } from '../../platform/scope.js';
import { unescapeCell } from '../../platform/spreadsheet.js';
import { mayHandleTier } from '../organizations/organizations.policy.js';
import type { OrganizationRow } from '../organizations/organizations.repository.js';
import { diff, maskedChanges, plainSnapshot, type FieldChanges } from '../organizations/organizations.snapshot.js';
import { communityFinder } from './community-finder.js';
import * as repository from './imports.repository.js';
import { headerLabel } from './ledger-columns.js';
import { cellParsers, type CellProblem } from './ledger-values.js';

export interface SheetRow {
  rowNumber: number;
  cells: string[];
  formulaColumns: number[];
}

/** A row's problem in both languages: whoever reads the report later may read the other one. */
export interface RowProblem {
  column: string;
  message: Record<Language, string>;
}

const languages: Language[] = ['zh-CN', 'en-US'];
const bothLanguages = (text: (language: Language) => string) =>
  Object.fromEntries(languages.map((language) => [language, text(language)])) as Record<Language, string>;

export interface RowVerdict {
  rowNumber: number;
  outcome: RowOutcome;
  name: string;
  community: string;
  organizationId: string | null;
  errors: RowProblem[];
  /** For updates: the changing fields, masked */
  changes: FieldChanges;
  /** What the commit writes: the new organization, or the changed fields (plain) */
  write: Record<string, unknown> | null;
}

export interface AnalysisContext {
  db: Db;
  cipher: FieldCipher;
  role: Role;
  scope: Scope;
  region: { code: string; name: string };
  headers: string[];
  mapping: ColumnMapping;
  language: Language;
}

/** Built once: a zod schema compiles itself on first use, and a ledger has 100,000 rows. */
const changeSchema = organizationChangeFields.partial();

const personalColumns = new Set<LedgerColumn>(['leaderPhone', 'leaderIdNumber', 'contactPhone']);
const LOOKUP_CHUNK = 5000;

interface ParsedRow {
  rowNumber: number;
  given: Record<string, unknown>;
  problems: RowProblem[];
  communityText: string;
  communityName: string;
}

const indexBy = (rows: OrganizationRow[], keyOf: (row: OrganizationRow) => string) => new Map(rows.map((row) => [keyOf(row), row]));

/** Counts verdicts as chunks of them pass. */
export function outcomeTally() {
  const summary: ImportSummary = { rows: 0, create: 0, update: 0, unchanged: 0, error: 0 };
  return {
    summary,
    add(verdicts: RowVerdict[]) {
      summary.rows += verdicts.length;
      for (const verdict of verdicts) summary[verdict.outcome]++;
    },
  };
}

/** A list of rows in chunks of `size`, for `judgeRows`. */
export function* chunksOf(rows: SheetRow[], size = LOOKUP_CHUNK): Generator<SheetRow[]> {
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
}

/** The organizations a chunk's rows may mean, by each of the three keys a row is matched on. */
interface Found {
  byCreditCode: Map<string, OrganizationRow>;
  byFilingNumber: Map<string, OrganizationRow>;
  byNameAndRegion: Map<string, OrganizationRow>;
}

const nameKey = (given: Record<string, unknown>) =>
  given.name && given.regionCode ? `${String(given.name)}\u0000${String(given.regionCode)}` : undefined;

async function lookUp(db: Db, parsed: ParsedRow[]): Promise<Found> {
  const valuesOf = (key: 'creditCode' | 'filingNumber') => [
    ...new Set(parsed.map((r) => r.given[key]).filter((v): v is string => typeof v === 'string')),
  ];
  const pairs = parsed
    .filter((r) => nameKey(r.given))
    .map((r) => ({ name: r.given.name as string, regionCode: r.given.regionCode as string }));
  const [byCode, byNumber, byName] = await Promise.all([
    repository.organizationsByCreditCode(db, valuesOf('creditCode')),
    repository.organizationsByFilingNumber(db, valuesOf('filingNumber')),
    repository.organizationsByNameAndRegion(db, pairs),
  ]);
  return {
    byCreditCode: indexBy(byCode, (o) => o.creditCode!),
    byFilingNumber: indexBy(byNumber, (o) => o.filingNumber!),
    byNameAndRegion: indexBy(byName, (o) => nameKey(o)!),
  };
}

/**
 * Judges the rows a chunk at a time, in file order, and hands each chunk's verdicts to `onChunk` before the next:
 * a ledger of 100,000 rows never has all its parsed rows and verdicts in memory. The next chunk is read, parsed and
 * looked up while `onChunk` writes this one, so the database and the judging work side by side. A row repeating an
 * earlier one is caught across chunks (the earlier row's keys are kept), and so is a second row meaning an
 * organization an earlier row already matched: which of the two wins would otherwise depend on chunk timing.
 */
export async function judgeRows(
  context: AnalysisContext,
  chunks: Iterable<SheetRow[]> | AsyncIterable<SheetRow[]>,
  onChunk: (verdicts: RowVerdict[]) => Promise<void>,
): Promise<void> {
  const { db, headers, mapping, language } = context;
  const message = (problem: CellProblem) => bothLanguages((l) => fillMessage(l, problem.key, problem.params));
  const columnIndex = new Map<LedgerColumn, number>();
  mapping.forEach((column, i) => column && columnIndex.set(column, i));
  const headerOf = (column: LedgerColumn) => {
    const index = columnIndex.get(column);
    return index === undefined ? ledgerColumnLabels[language][column] : headerLabel(headers, index);
  };
  const findCommunity = communityFinder(await repository.placesUnder(db, context.region.code), context.region);

  const parse = (row: SheetRow): ParsedRow => {
    const result: ParsedRow = { rowNumber: row.rowNumber, given: {}, problems: [], communityText: '', communityName: '' };
    mapping.forEach((column, i) => {
      if (!column) return;
      const text = unescapeCell(row.cells[i] ?? '');
      if (row.formulaColumns.includes(i))
        return result.problems.push({ column: headerLabel(headers, i), message: message({ key: 'formula_cell' }) });
      if (text === '') return;
      // an exported list carries masked personal data (138****5678): it means "as it is", not a new value
      if (personalColumns.has(column) && text.includes('*')) return;
      if (column === 'community') {
        result.communityText = text;
        const place = findCommunity(text);
        if ('problem' in place) result.problems.push({ column: headerLabel(headers, i), message: message(place.problem) });
        else {
          result.given.regionCode = place.value.code;
          result.communityName = place.value.name;
        }
        return;
      }
      const value = cellParsers[column](text);
      if ('problem' in value) result.problems.push({ column: headerLabel(headers, i), message: message(value.problem) });
      else result.given[column] = value.value;
    });
    return result;
  };

  // The same organization twice in one file: the later row is the error
  const firstRow = new Map<string, number>();
  const firstMatch = new Map<string, number>();
  const duplicate = (row: ParsedRow, column: LedgerColumn, earlier: number) => {
    const what = column === 'name' ? `${headerOf('name')} + ${headerOf('community')}` : headerOf(column);
    row.problems.push({ column: headerOf(column), message: message({ key: 'duplicate_in_file', params: { row: earlier, key: what } }) });
  };

  const iterator = (Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks[Symbol.iterator]()) as
    AsyncIterator<SheetRow[]> | Iterator<SheetRow[]>;
  const prepare = async () => {
    const next = await iterator.next();
    if (next.done) return null;
    const parsed = await mapInSlices(next.value, parse);
    return { parsed, found: await lookUp(db, parsed) };
  };
  let ahead = prepare();
  try {
    for (let current = await ahead; current; current = await ahead) {
      const verdicts = await judgeChunk(current.parsed, current.found);
      ahead = prepare();
      await onChunk(verdicts);
    }
  } catch (error) {
    // the next chunk's read may still be running: let it end before the caller rolls back
    await ahead.catch(() => undefined);
    throw error;
  }

  function judgeChunk(parsed: ParsedRow[], { byCreditCode, byFilingNumber, byNameAndRegion }: Found): Promise<RowVerdict[]> {
    for (const row of parsed) {
      const keys: [string, LedgerColumn, unknown][] = [
        ['c', 'creditCode', row.given.creditCode],
        ['f', 'filingNumber', row.given.filingNumber],
        ['n', 'name', nameKey(row.given)],
      ];
      for (const [kind, column, value] of keys) {
        if (value === undefined || value === null) continue;
        const key = `${kind}:${String(value)}`;
        const earlier = firstRow.get(key);
        if (earlier === undefined) firstRow.set(key, row.rowNumber);
        else duplicate(row, column, earlier);
      }
    }

    return mapInSlices(parsed, (row) => {
      const { given } = row;
      const base = { rowNumber: row.rowNumber, name: String(given.name ?? ''), community: row.communityName || row.communityText };
      const error = (problems: RowProblem[]): RowVerdict => ({
        ...base,
        outcome: 'error',
        organizationId: null,
        errors: problems,
        changes: {},
        write: null,
      });
      if (row.problems.length > 0) return error(row.problems);

      const byCode = typeof given.creditCode === 'string' ? byCreditCode.get(given.creditCode) : undefined;
      const byNumber = typeof given.filingNumber === 'string' ? byFilingNumber.get(given.filingNumber) : undefined;
      const byNameKey = nameKey(given);
      const byName = byNameKey ? byNameAndRegion.get(byNameKey) : undefined;
      const match = byCode ?? byNumber ?? byName;
      if (byCode && byNumber && byCode.id !== byNumber.id)
        return error([{ column: headerOf('filingNumber'), message: message({ key: 'filing_number_taken' }) }]);
      if (!match) return judgeCreate(context, row, base, headerOf, message);
      const column: LedgerColumn = match === byCode ? 'creditCode' : match === byNumber ? 'filingNumber' : 'name';
      if (!inRegionScope(context.scope, match.regionCode))
        return error([{ column: headerOf(column), message: message({ key: 'matched_out_of_scope', params: { key: headerOf(column) } }) }]);
      const earlier = firstMatch.get(match.id);
      if (earlier !== undefined) {
        duplicate(row, column, earlier);
        return error(row.problems);
      }
      firstMatch.set(match.id, row.rowNumber);
      return judgeUpdate(context, row, match, base, headerOf, message);
    });
  }
}

type Base = Pick<RowVerdict, 'rowNumber' | 'name' | 'community'>;
type HeaderOf = (column: LedgerColumn) => string;
type Message = (problem: CellProblem) => Record<Language, string>;

/** Fields a ledger carries that the organization form does not: the filing number and the status. */
const registryFields = (given: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(given).filter(([field]) => field === 'filingNumber' || field === 'status'));

const fieldColumn = (field: string): LedgerColumn => (field === 'regionCode' ? 'community' : (field as LedgerColumn));

function zodProblems(error: Parameters<typeof fieldErrorsFromZod>[0], context: AnalysisContext, headerOf: HeaderOf): RowProblem[] {
  const [zh, en] = languages.map((language) => fieldErrorsFromZod(error, language));
  return zh!.map((e, i) => ({
    column: headerOf(fieldColumn(e.path.split('.')[0] ?? '')),
    message: { 'zh-CN': e.message, 'en-US': en![i]!.message },
  }));
}

function judgeCreate(context: AnalysisContext, row: ParsedRow, base: Base, headerOf: HeaderOf, message: Message): RowVerdict {
  const problems: RowProblem[] = [];
  for (const column of requiredLedgerColumns) {
    const field = column === 'community' ? 'regionCode' : column;
    if (row.given[field] === undefined) problems.push({ column: headerOf(column), message: message({ key: 'required' }) });
  }
  const tier = row.given.tier as string | undefined;
  if (tier && !mayHandleTier(context.role, tier as Tier))
    problems.push({ column: headerOf('tier'), message: message({ key: 'tier_not_allowed' }) });
  if (row.given.legalForm && tier && tier !== 'registered')
    problems.push({ column: headerOf('legalForm'), message: message({ key: 'legal_form_requires_registered' }) });
  const checked = organizationFields.safeParse(row.given);
  if (problems.length === 0 && !checked.success) problems.push(...zodProblems(checked.error, context, headerOf));
  if (problems.length > 0 || !checked.success)
    return { ...base, outcome: 'error', organizationId: null, errors: problems, changes: {}, write: null };
  const write = { ...checked.data, ...registryFields(row.given) };
  return { ...base, outcome: 'create', organizationId: null, errors: [], changes: {}, write };
}

function judgeUpdate(
  context: AnalysisContext,
  row: ParsedRow,
  match: OrganizationRow,
  base: Base,
  headerOf: HeaderOf,
  message: Message,
): RowVerdict {
  const verdict = { ...base, organizationId: match.id };
  const checked = changeSchema.safeParse(row.given);
  if (!checked.success)
    return { ...verdict, outcome: 'error', errors: zodProblems(checked.error, context, headerOf), changes: {}, write: null };
  const changes = diff(plainSnapshot(match, context.cipher), { ...checked.data, ...registryFields(row.given) });
  if (Object.keys(changes).length === 0) return { ...verdict, outcome: 'unchanged', errors: [], changes: {}, write: null };

  const problems: RowProblem[] = [];
  const tier = (changes.tier?.to ?? match.tier) as Tier;
  if (!mayHandleTier(context.role, match.tier) || !mayHandleTier(context.role, tier))
    problems.push({ column: headerOf('tier'), message: message({ key: 'tier_not_allowed' }) });
  const legalForm = changes.legalForm ? changes.legalForm.to : match.legalForm;
  if (legalForm && tier !== 'registered')
    problems.push({ column: headerOf('legalForm'), message: message({ key: 'legal_form_requires_registered' }) });
  if (problems.length > 0) return { ...verdict, outcome: 'error', errors: problems, changes: {}, write: null };
  const write = Object.fromEntries(Object.entries(changes).map(([field, { to }]) => [field, to]));
  return { ...verdict, outcome: 'update', errors: [], changes: maskedChanges(changes), write };
}
