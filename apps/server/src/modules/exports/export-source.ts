// What a list must say to be exported: its columns (as data), the read permission it needs, how its filters
// are checked, and how its rows come out in batches. A new list is one file that builds an ExportSource.
import type { ExportList, LabelLanguage } from '@linli/shared';
import type { SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Services } from '../../platform/context.js';
import type { FieldCipher } from '../../platform/crypto.js';
import type { Permission } from '../../platform/permissions.js';
import type { Scope } from '../../platform/scope.js';
import { regionNames } from '../regions/regions.repository.js';
import { forEachBatch } from './cursor-reader.js';
import type { CellKind, CellValue, SheetColumn } from './sheet-writers.js';

export interface ExportContext {
  language: LabelLanguage;
  /** Plain phones and ID numbers (the viewer may reveal them and asked to); masked otherwise */
  includePersonalData: boolean;
  cipher: FieldCipher;
  /** Region names by code, filled per batch */
  regionNames: Map<string, string>;
}

export interface ExportColumn<Row> {
  header: Record<LabelLanguage, string>;
  kind: CellKind;
  width: number;
  value(row: Row, context: ExportContext): CellValue;
}

export interface ExportSource {
  list: ExportList;
  /** The permission its own list page needs */
  readPermission: Permission;
  /** The file name's first word: 社区社会组织 / organizations */
  title: Record<LabelLanguage, string>;
  /**
   * The list's own filter parameters among `query` (what its page sends to GET /<list>): paging and anything the
   * list does not know are left out, as the list ignores them.
   */
  filtersOf(query: Record<string, string>): Record<string, string>;
  /** Checks the filters with the list's own query schema */
  checkFilters(filters: Record<string, string>): z.ZodError | undefined;
  /** The region the filters narrow the list to, if any */
  regionOf(filters: Record<string, string>): string | undefined;
  headers(language: LabelLanguage): SheetColumn[];
  count(services: Services, scope: Scope, filters: Record<string, string>): Promise<number>;
  /** The rows as cells, one batch at a time, in the list's order (its sort, or the list's default) */
  forEachBatch(
    services: Services,
    scope: Scope,
    filters: Record<string, string>,
    options: { language: LabelLanguage; includePersonalData: boolean; batchSize: number },
    each: (rows: CellValue[][]) => Promise<void>,
  ): Promise<void>;
}

export const BATCH_SIZE = 2000;

/** Query parameters the export ignores: an export is the whole list, not one page of it. */
const pagingParameters = ['page', 'pageSize'];

/** Builds a source from a list's schema, columns and export statement; the filter and row types stay inside. */
export function exportSource<Filter, Row>(definition: {
  list: ExportList;
  readPermission: Permission;
  title: Record<LabelLanguage, string>;
  schema: z.ZodObject;
  /**
   * The parsed query parameters (defaults filled in, the list's default sort among them, paging left out) as the
   * repository's filter; without it they are the filter as they are.
   */
  filterOf?(parsed: Record<string, unknown>): Filter;
  columns: readonly ExportColumn<Row>[];
  count(services: Services, scope: Scope, filter: Filter): Promise<number>;
  /** The statement whose rows are one `row` text each, in order */
  query(services: Services, scope: Scope, filter: Filter): SQL;
  decode(row: string): Row;
  regionCodeOf(row: Row): string;
}): ExportSource {
  const known = Object.keys(definition.schema.shape).filter((key) => !pagingParameters.includes(key));
  const parse = (filters: Record<string, string>): Filter => {
    const { page: _page, pageSize: _pageSize, ...parsed } = definition.schema.parse(filters);
    return definition.filterOf ? definition.filterOf(parsed) : (parsed as Filter);
  };
  return {
    list: definition.list,
    readPermission: definition.readPermission,
    title: definition.title,
    filtersOf: (query) => Object.fromEntries(Object.entries(query).filter(([key]) => known.includes(key))),
    checkFilters(filters) {
      const result = definition.schema.safeParse(filters);
      return result.success ? undefined : result.error;
    },
    regionOf: (filters) => filters.region?.trim() || undefined,
    headers: (language) => definition.columns.map((c) => ({ header: c.header[language], kind: c.kind, width: c.width })),
    count: (services, scope, filters) => definition.count(services, scope, parse(filters)),
    async forEachBatch(services, scope, filters, options, each) {
      const context: ExportContext = { ...options, cipher: services.cipher, regionNames: new Map() };
      const query = definition.query(services, scope, parse(filters));
      await forEachBatch<{ row: string }>(services.database, query, options.batchSize, async (texts) => {
        const rows = texts.map((t) => definition.decode(t.row));
        // Region names are few (a city has a few thousand): look up only the ones not seen yet.
        const missing = [...new Set(rows.map(definition.regionCodeOf))].filter((code) => !context.regionNames.has(code));
        if (missing.length > 0) {
          const names = await regionNames(services.database.db, missing);
          for (const [code, name] of names) context.regionNames.set(code, name);
          for (const code of missing) if (!context.regionNames.has(code)) context.regionNames.set(code, code);
        }
        await each(rows.map((row) => definition.columns.map((column) => column.value(row, context))));
      });
    },
  };
}
