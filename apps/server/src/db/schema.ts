// The relational schema: this file and the schema-*.ts files it re-exports, one per domain. drizzle-kit generates
// the SQL migrations in ./migrations from them. Every business row carries `region_code` (the natural-length
// statistical code of its community or street) so that region scope is a prefix match and roll-ups group by a
// prefix; see docs/decisions/0004-region-codes.md.
import { exportLists } from '@linli/shared';
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea, timestamps } from './schema-columns.js';

export * from './schema-activities.js';
export * from './schema-volunteering.js';
export * from './schema-training.js';
export * from './schema-party.js';

export const regions = pgTable(
  'regions',
  {
    code: text('code').primaryKey(),
    parentCode: text('parent_code'),
    // 1 province, 2 city, 3 county, 4 street/township, 5 community/village
    level: smallint('level').notNull(),
    name: text('name').notNull(),
    // urban / rural, for communities only; derived from the committee name unless overridden
    kind: text('kind', { enum: ['urban', 'rural'] }),
    kindOverridden: boolean('kind_overridden').notNull().default(false),
  },
  (t) => [index('regions_parent_idx').on(t.parentCode), index('regions_name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`)],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role').notNull(),
    // scope: the root of the region subtree this account may see; null = the whole country
    regionCode: text('region_code'),
    status: text('status', { enum: ['active', 'disabled'] })
      .notNull()
      .default('active'),
    lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex('users_username_idx').on(sql`lower(${t.username})`)],
);

export const loginFailures = pgTable(
  'login_failures',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: uuid('user_id').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('login_failures_user_idx').on(t.userId, t.at)],
);

export const sessions = pgTable(
  'sessions',
  {
    // sha256 of the cookie token: a stolen database does not yield live sessions
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id').notNull(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    // Every 1- and 2-character piece of the lower-cased name, for keyword search: trigrams (pg_trgm) cannot
    // serve the 2-character words Chinese searches mostly use (docs/decisions/0011-chinese-keyword-search.md).
    nameGrams: text('name_grams')
      .array()
      .generatedAlwaysAs(sql`linli_name_grams(name)`),
    tier: text('tier', { enum: ['registered', 'team', 'group'] }).notNull(),
    legalForm: text('legal_form', { enum: ['social_group', 'social_service_agency', 'foundation'] }),
    creditCode: text('credit_code'),
    filingNumber: text('filing_number'),
    regionCode: text('region_code').notNull(),
    serviceFields: text('service_fields')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    targetGroups: text('target_groups')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    description: text('description').notNull().default(''),
    leaderName: text('leader_name').notNull(),
    leaderPhoneEnc: bytea('leader_phone_enc'),
    leaderIdNumberEnc: bytea('leader_id_number_enc'),
    // HMAC blind index: find an organization by its leader's ID number without decrypting
    leaderIdNumberHash: text('leader_id_number_hash'),
    contactName: text('contact_name'),
    contactPhoneEnc: bytea('contact_phone_enc'),
    leaderUserId: uuid('leader_user_id'),
    memberCount: integer('member_count').notNull().default(0),
    foundedOn: date('founded_on', { mode: 'string' }),
    venue: text('venue').notNull().default(''),
    hubKind: text('hub_kind', {
      enum: ['none', 'federation', 'service_center', 'incubator', 'community_foundation'],
    })
      .notNull()
      .default('none'),
    isBrand: boolean('is_brand').notNull().default(false),
    isDemonstration: boolean('is_demonstration').notNull().default(false),
    isObservationPoint: boolean('is_observation_point').notNull().default(false),
    status: text('status', { enum: ['active', 'suspended', 'cancelled', 'banned'] })
      .notNull()
      .default('active'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    ...timestamps,
  },
  (t) => [
    // region subtrees (LIKE '3101%'), and a ledger row without code or filing number matched by community and name
    index('organizations_region_idx').on(sql`${t.regionCode} text_pattern_ops`, t.name),
    index('organizations_name_grams_idx').using('gin', t.nameGrams),
    // most organizations have no credit code, filing number or leader account: their NULLs are not indexed
    uniqueIndex('organizations_credit_code_idx').on(t.creditCode).where(sql`${t.creditCode} IS NOT NULL`),
    uniqueIndex('organizations_filing_number_idx').on(t.filingNumber).where(sql`${t.filingNumber} IS NOT NULL`),
    index('organizations_leader_user_idx').on(t.leaderUserId).where(sql`${t.leaderUserId} IS NOT NULL`),
    index('organizations_status_tier_idx').on(t.status, t.tier),
  ],
);

export const organizationChanges = pgTable(
  'organization_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    organizationId: uuid('organization_id').notNull(),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    // { field: { from, to } } with personal data already masked
    changes: jsonb('changes').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('organization_changes_org_idx').on(t.organizationId, t.at)],
);

export const filings = pgTable(
  'filings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: ['establish', 'change', 'cancel'] }).notNull(),
    status: text('status').notNull(),
    regionCode: text('region_code').notNull(),
    organizationId: uuid('organization_id'),
    // establish/change: the organization's proposed data, charter and member list (no personal identifiers)
    payload: jsonb('payload').notNull(),
    leaderPhoneEnc: bytea('leader_phone_enc'),
    leaderIdNumberEnc: bytea('leader_id_number_enc'),
    contactPhoneEnc: bytea('contact_phone_enc'),
    filingNumber: text('filing_number'),
    submittedBy: uuid('submitted_by').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    // when the filing entered its current status: drives the overdue flag
    statusSince: timestamp('status_since', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('filings_region_status_idx').on(sql`${t.regionCode} text_pattern_ops`, t.status),
    index('filings_status_since_idx').on(t.status, t.statusSince),
    index('filings_org_idx').on(t.organizationId),
    index('filings_submitted_by_idx').on(t.submittedBy),
    uniqueIndex('filings_filing_number_idx').on(t.filingNumber),
    // one open filing per organization, even when two are submitted at the same moment
    uniqueIndex('filings_open_per_organization_idx')
      .on(t.organizationId)
      .where(sql`${t.status} IN ('committee_review', 'street_review', 'returned')`),
  ],
);

export const filingTransitions = pgTable(
  'filing_transitions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    filingId: uuid('filing_id').notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    actorId: uuid('actor_id').notNull(),
    comment: text('comment').notNull().default(''),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('filing_transitions_filing_idx').on(t.filingId, t.id)],
);

// Filing numbers are sequential per street and year: 备310101002-2026-0001 (key '310101002-2026')
export const filingCounters = pgTable('filing_counters', {
  key: text('key').primaryKey(),
  value: integer('value').notNull(),
});

// Append-only and hash-chained (docs/decisions/0007-audit-chain.md); a trigger refuses UPDATE and DELETE.
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    regionCode: text('region_code'),
    ip: text('ip'),
    before: jsonb('before'),
    after: jsonb('after'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_events_target_idx').on(t.targetType, t.targetId), index('audit_events_actor_idx').on(t.actorId)],
);

// ── Policy packs and statistics (docs/decisions/0012-policy-packs.md, 0013-statistics-roll-ups.md) ──

// The packs a region adopts itself ('' = the whole country); its children inherit them.
export const policyBindings = pgTable('policy_bindings', {
  regionCode: text('region_code').primaryKey(),
  policies: text('policies').array().notNull(),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by'),
  ...timestamps,
});

// One counted set of active organizations (tiers, service fields, hub kinds, flags), derived from the
// loaded packs at start-up. A database trigger keeps `rollup_counts` up to date for each of them.
export const rollupMeasures = pgTable('rollup_measures', {
  id: text('id').primaryKey(),
  tiers: text('tiers').array().notNull(),
  // null = any
  serviceFields: text('service_fields').array(),
  hubKinds: text('hub_kinds').array(),
  // true = required
  isBrand: boolean('is_brand').notNull().default(false),
  isDemonstration: boolean('is_demonstration').notNull().default(false),
  isObservationPoint: boolean('is_observation_point').notNull().default(false),
  // deepest region level counted: 5 (communities) for indicators, 4 (streets) for breakdowns
  depth: smallint('depth').notNull(),
});

// Active organizations per region (every level from province to community) and measure, split by the kind
// (urban/rural) of the community they sit in.
export const rollupCounts = pgTable(
  'rollup_counts',
  {
    regionCode: text('region_code').notNull(),
    measureId: text('measure_id').notNull(),
    kind: text('kind', { enum: ['urban', 'rural'] }).notNull(),
    level: smallint('level').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.measureId, t.kind] }),
    index('rollup_counts_measure_level_idx').on(t.measureId, t.level, sql`${t.regionCode} text_pattern_ops`),
  ],
);

// Month-end (and on-demand) copies of rollup_counts, for the trend toward each deadline.
export const rollupSnapshots = pgTable(
  'rollup_snapshots',
  {
    takenOn: date('taken_on', { mode: 'string' }).notNull(),
    regionCode: text('region_code').notNull(),
    measureId: text('measure_id').notNull(),
    kind: text('kind', { enum: ['urban', 'rural'] }).notNull(),
    level: smallint('level').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.measureId, t.kind, t.takenOn] }),
    index('rollup_snapshots_measure_level_idx').on(t.measureId, t.level, t.takenOn, sql`${t.regionCode} text_pattern_ops`),
  ],
);

// Denominators: communities by kind, streets, counties and cities under every region ('' = the country).
// Rebuilt when regions are imported or a community's kind changes.
export const regionTallies = pgTable('region_tallies', {
  code: text('code').primaryKey(),
  level: smallint('level').notNull(),
  // a community's own kind; for a street the kind most of its communities have
  kind: text('kind', { enum: ['urban', 'rural'] }),
  urbanCommunities: integer('urban_communities').notNull(),
  ruralCommunities: integer('rural_communities').notNull(),
  streets: integer('streets').notNull(),
  counties: integer('counties').notNull(),
  cities: integer('cities').notNull(),
});

// Which snapshots exist: the month-ends and on-demand ones, each for a subtree ('' = everything).
export const snapshotRuns = pgTable(
  'snapshot_runs',
  {
    takenOn: date('taken_on', { mode: 'string' }).notNull(),
    regionPrefix: text('region_prefix').notNull(),
    // rebuilt afterwards from founding dates (the demo's history), not copied from live counters
    reconstructed: boolean('reconstructed').notNull().default(false),
    takenAt: timestamp('taken_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.takenOn, t.regionPrefix] })],
);

// Ledger imports (docs/decisions/0014-ledger-import.md): the file's rows are kept, encrypted, from upload to
// commit, so the user can map columns and read the dry run before anything is written.
export const ledgerImports = pgTable(
  'ledger_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id').notNull(),
    regionCode: text('region_code').notNull(),
    filename: text('filename').notNull(),
    format: text('format', { enum: ['xlsx', 'csv'] }).notNull(),
    encoding: text('encoding'),
    headerRow: integer('header_row').notNull(),
    headers: jsonb('headers').$type<string[]>().notNull(),
    mapping: jsonb('mapping').$type<(string | null)[]>().notNull(),
    suggestedFrom: text('suggested_from'),
    status: text('status', { enum: ['mapping', 'analyzing', 'analyzed', 'committing', 'committed', 'failed', 'discarded'] }).notNull(),
    progressDone: integer('progress_done').notNull().default(0),
    progressTotal: integer('progress_total').notNull().default(0),
    summary: jsonb('summary'),
    commitMode: text('commit_mode', { enum: ['all', 'valid_only'] }),
    failure: jsonb('failure'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('ledger_imports_owner_idx').on(t.ownerId, t.createdAt)],
);

export const ledgerImportRows = pgTable(
  'ledger_import_rows',
  {
    importId: uuid('import_id').notNull(),
    rowNumber: integer('row_number').notNull(),
    // the row's cells as read (JSON array of strings), encrypted: a ledger holds phones and ID numbers
    cellsEnc: bytea('cells_enc').notNull(),
    outcome: text('outcome', { enum: ['create', 'update', 'unchanged', 'error'] }),
    name: text('name').notNull().default(''),
    community: text('community').notNull().default(''),
    organizationId: uuid('organization_id'),
    errors: jsonb('errors')
      .$type<{ column: string; message: Record<string, string> }[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    // for updates: { field: { from, to } }, personal data masked
    changes: jsonb('changes')
      .notNull()
      .default(sql`'{}'::jsonb`),
  },
  (t) => [
    primaryKey({ columns: [t.importId, t.rowNumber] }),
    index('ledger_import_rows_outcome_idx').on(t.importId, t.outcome, t.rowNumber),
  ],
);

export const ledgerMappings = pgTable(
  'ledger_mappings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id').notNull(),
    name: text('name').notNull(),
    headers: jsonb('headers').$type<string[]>().notNull(),
    mapping: jsonb('mapping').$type<(string | null)[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('ledger_mappings_owner_name_idx').on(t.ownerId, t.name)],
);

// List exports run in the background; the finished file is kept (encrypted) until it is downloaded or expires.
export const listExports = pgTable(
  'list_exports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id').notNull(),
    list: text('list', { enum: exportLists }).notNull(),
    format: text('format', { enum: ['xlsx', 'csv'] }).notNull(),
    filters: jsonb('filters').$type<Record<string, string>>().notNull(),
    includePersonalData: boolean('include_personal_data').notNull().default(false),
    status: text('status', { enum: ['running', 'done', 'failed'] }).notNull(),
    progressDone: integer('progress_done').notNull().default(0),
    progressTotal: integer('progress_total').notNull().default(0),
    filename: text('filename').notNull(),
    rows: integer('rows'),
    fileEnc: bytea('file_enc'),
    failure: jsonb('failure'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('list_exports_owner_idx').on(t.ownerId, t.createdAt)],
);
