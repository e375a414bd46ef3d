// Ledger (台账) import and list export: the API contract shared by server and web.
import { z } from 'zod';
import { pageQuery, regionCodeSchema } from './common.js';

/** The columns a ledger row can fill: the organization's fields, with its community named as people write it. */
export const ledgerColumns = [
  'name',
  'tier',
  'legalForm',
  'creditCode',
  'filingNumber',
  'community',
  'serviceFields',
  'targetGroups',
  'description',
  'leaderName',
  'leaderPhone',
  'leaderIdNumber',
  'contactName',
  'contactPhone',
  'memberCount',
  'foundedOn',
  'venue',
  'hubKind',
  'isBrand',
  'isDemonstration',
  'isObservationPoint',
  'status',
] as const;
export type LedgerColumn = (typeof ledgerColumns)[number];

/** Columns a ledger must map before a dry run. */
export const requiredLedgerColumns: readonly LedgerColumn[] = ['name', 'tier', 'community', 'serviceFields', 'leaderName', 'memberCount'];

export const importStatuses = [
  'mapping', // read; waiting for the user to confirm the column mapping
  'analyzing', // dry run in progress
  'analyzed', // dry-run report ready
  'committing',
  'committed',
  'failed',
  'discarded',
] as const;
export type ImportStatus = (typeof importStatuses)[number];

export const rowOutcomes = ['create', 'update', 'unchanged', 'error'] as const;
export type RowOutcome = (typeof rowOutcomes)[number];

export const commitModes = ['all', 'valid_only'] as const;
export type CommitMode = (typeof commitModes)[number];

/** Which ledger column each header feeds, by header position; null leaves the column out. */
export const columnMapping = z.array(z.enum(ledgerColumns).nullable()).max(200);
export type ColumnMapping = z.infer<typeof columnMapping>;

export const jobProgress = z.object({ done: z.number().int(), total: z.number().int() });

/** A problem that ended a job, as problem+json would put it. */
export const jobFailure = z.object({ code: z.string(), title: z.string(), detail: z.string().nullable() });

export const importSummary = z.object({
  rows: z.number().int(),
  create: z.number().int(),
  update: z.number().int(),
  unchanged: z.number().int(),
  error: z.number().int(),
});
export type ImportSummary = z.infer<typeof importSummary>;

export const importSchema = z.object({
  id: z.string(),
  filename: z.string(),
  format: z.enum(['xlsx', 'csv']),
  /** utf-8 or gbk for CSV; null for xlsx */
  encoding: z.string().nullable(),
  /** The street (or larger region) whose communities the ledger's rows name */
  regionCode: z.string(),
  regionName: z.string(),
  status: z.enum(importStatuses),
  headers: z.array(z.string()),
  /** The mapping in force: suggested from the header names (or a saved mapping) until the user confirms one */
  mapping: columnMapping,
  /** The saved mapping the suggestion came from, if any */
  suggestedFrom: z.string().nullable(),
  progress: jobProgress,
  summary: importSummary.nullable(),
  commitMode: z.enum(commitModes).nullable(),
  failure: jobFailure.nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type LedgerImport = z.infer<typeof importSchema>;

export const createImportQuery = z.object({
  region: regionCodeSchema,
  filename: z.string().trim().min(1).max(200),
});

export const analyzeImportBody = z.object({ mapping: columnMapping, version: z.number().int() });
export const commitImportBody = z.object({ mode: z.enum(commitModes).default('all'), version: z.number().int() });

export const importRowsQuery = pageQuery.extend({ outcome: z.enum(rowOutcomes).optional() });

export const importRowSchema = z.object({
  /** The row's number in the spreadsheet, as Excel shows it */
  rowNumber: z.number().int(),
  outcome: z.enum(rowOutcomes),
  name: z.string(),
  community: z.string(),
  organizationId: z.string().nullable(),
  /** Each problem names the column (its header in the file) */
  errors: z.array(z.object({ column: z.string(), message: z.string() })),
  /** For updates: the fields that change, personal data masked */
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
});
export type ImportRow = z.infer<typeof importRowSchema>;

export const savedMappingSchema = z.object({
  id: z.string(),
  name: z.string(),
  headers: z.array(z.string()),
  mapping: columnMapping,
  createdAt: z.string(),
});
export type SavedMapping = z.infer<typeof savedMappingSchema>;

export const saveMappingBody = z.object({
  name: z.string().trim().min(1).max(50),
  headers: z.array(z.string().max(200)).min(1).max(200),
  mapping: columnMapping,
});

// Exports ---------------------------------------------------------------------------------------------

export const exportLists = [
  'organizations',
  'filings',
  'activities',
  'major_activity_reports',
  'training_attendance',
  'party_organizations',
  'party_meetings',
  'volunteers',
  'volunteer_needs',
  'service_records',
] as const;
export type ExportList = (typeof exportLists)[number];
export const exportFormats = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof exportFormats)[number];
export const exportStatuses = ['running', 'done', 'failed'] as const;

export const createExportBody = z.object({
  list: z.enum(exportLists),
  format: z.enum(exportFormats),
  /** The list's own query parameters (as its GET endpoint takes them), validated by that list */
  filters: z.record(z.string(), z.string()).default({}),
  /** Plain phones and ID numbers; needs the reveal permission and is audited */
  includePersonalData: z.boolean().default(false),
});

export const exportSchema = z.object({
  id: z.string(),
  list: z.enum(exportLists),
  format: z.enum(exportFormats),
  filters: z.record(z.string(), z.string()),
  includePersonalData: z.boolean(),
  status: z.enum(exportStatuses),
  progress: jobProgress,
  filename: z.string(),
  rows: z.number().int().nullable(),
  failure: jobFailure.nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type LedgerExport = z.infer<typeof exportSchema>;
