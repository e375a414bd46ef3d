// The organization list (GET /organizations) as a spreadsheet. The headers of the ledger's own columns are the
// import template's words (ledgerColumnLabels), so an exported file can be imported again.
import {
  hubKindLabels,
  ledgerColumnLabels,
  legalFormLabels,
  maskIdNumber,
  maskPhone,
  organizationListQuery,
  organizationStatusLabels,
  tierLabels,
  yesNoLabels,
  type LabelLanguage,
  type LedgerColumn,
} from '@linli/shared';
import type { z } from 'zod';
import { regionPathOf } from '../organizations/organizations.presenter.js';
import {
  countOrganizations,
  decodeOrganizationExportRow,
  organizationExportQuery,
  type OrganizationExportFilter,
  type OrganizationExportRecord,
  type OrganizationSort,
} from '../organizations/organizations.repository.js';
import { exportSource, type ExportColumn, type ExportContext } from './export-source.js';

const ledger = (column: LedgerColumn) => ({ 'zh-CN': ledgerColumnLabels['zh-CN'][column], 'en-US': ledgerColumnLabels['en-US'][column] });
const label =
  <T extends string>(labels: Record<LabelLanguage, Record<T, string>>) =>
  (value: T | null, context: ExportContext) =>
    value === null ? null : (labels[context.language][value] ?? value);
const yesNo = (value: boolean, context: ExportContext) => yesNoLabels[context.language][value ? 'yes' : 'no'];

/** Decrypted, then masked exactly as the list presents it, unless the export includes personal data. */
const personal = (value: Buffer | null, mask: (plain: string) => string | null, context: ExportContext) => {
  if (!value) return null;
  const plain = context.cipher.decrypt(value);
  return context.includePersonalData ? plain : mask(plain ?? '');
};

type Column = ExportColumn<OrganizationExportRecord>;

export const organizationColumns: readonly Column[] = [
  { header: ledger('name'), kind: 'text', width: 30, value: (o) => o.name },
  { header: ledger('tier'), kind: 'text', width: 16, value: (o, c) => label(tierLabels)(o.tier, c) },
  { header: ledger('legalForm'), kind: 'text', width: 14, value: (o, c) => label(legalFormLabels)(o.legalForm, c) },
  { header: ledger('creditCode'), kind: 'text', width: 22, value: (o) => o.creditCode },
  { header: ledger('filingNumber'), kind: 'text', width: 26, value: (o) => o.filingNumber },
  // the organization's own region by name, as a ledger writes it (what an import matches within a street)
  { header: ledger('community'), kind: 'text', width: 18, value: (o, c) => c.regionNames.get(o.regionCode) ?? o.regionCode },
  {
    header: { 'zh-CN': '所在区划', 'en-US': 'Region' },
    kind: 'text',
    width: 40,
    value: (o, c) => regionPathOf(o.regionCode, c.regionNames),
  },
  { header: { 'zh-CN': '区划代码', 'en-US': 'Region code' }, kind: 'text', width: 14, value: (o) => o.regionCode },
  { header: ledger('serviceFields'), kind: 'text', width: 24, value: (o) => o.serviceFields.join('、') },
  { header: ledger('targetGroups'), kind: 'text', width: 20, value: (o) => o.targetGroups.join('、') },
  { header: ledger('description'), kind: 'text', width: 40, value: (o) => o.description },
  { header: ledger('leaderName'), kind: 'text', width: 10, value: (o) => o.leaderName },
  { header: ledger('leaderPhone'), kind: 'text', width: 14, value: (o, c) => personal(o.leaderPhoneEnc, maskPhone, c) },
  { header: ledger('leaderIdNumber'), kind: 'text', width: 21, value: (o, c) => personal(o.leaderIdNumberEnc, maskIdNumber, c) },
  { header: ledger('contactName'), kind: 'text', width: 10, value: (o) => o.contactName },
  { header: ledger('contactPhone'), kind: 'text', width: 14, value: (o, c) => personal(o.contactPhoneEnc, maskPhone, c) },
  { header: ledger('memberCount'), kind: 'number', width: 10, value: (o) => o.memberCount },
  { header: ledger('foundedOn'), kind: 'date', width: 12, value: (o) => o.foundedOn },
  { header: ledger('venue'), kind: 'text', width: 24, value: (o) => o.venue },
  { header: ledger('hubKind'), kind: 'text', width: 12, value: (o, c) => label(hubKindLabels)(o.hubKind, c) },
  { header: ledger('isBrand'), kind: 'text', width: 10, value: (o, c) => yesNo(o.isBrand, c) },
  { header: ledger('isDemonstration'), kind: 'text', width: 10, value: (o, c) => yesNo(o.isDemonstration, c) },
  { header: ledger('isObservationPoint'), kind: 'text', width: 8, value: (o, c) => yesNo(o.isObservationPoint, c) },
  { header: ledger('status'), kind: 'text', width: 10, value: (o, c) => label(organizationStatusLabels)(o.status, c) },
  { header: { 'zh-CN': '更新时间', 'en-US': 'Updated at' }, kind: 'datetime', width: 17, value: (o) => o.updatedAt },
];

type ListQuery = z.output<typeof organizationListQuery>;

export const organizationsExport = exportSource<OrganizationExportFilter, OrganizationExportRecord>({
  list: 'organizations',
  readPermission: 'organizations:read',
  title: { 'zh-CN': '社区社会组织', 'en-US': 'organizations' },
  schema: organizationListQuery,
  filterOf(parsed) {
    const { sort, ...filter } = parsed as ListQuery;
    return { ...filter, sort: { by: sort.replace(/^-/, '') as OrganizationSort, descending: sort.startsWith('-') } };
  },
  columns: organizationColumns,
  count: (services, scope, filter) => countOrganizations(scope, services.database.db, filter),
  query: (services, scope, filter) => organizationExportQuery(scope, services.database.db, filter),
  decode: decodeOrganizationExportRow,
  regionCodeOf: (o) => o.regionCode,
});
