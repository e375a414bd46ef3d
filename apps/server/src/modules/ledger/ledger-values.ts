// Cell text → field value, the way a person typing a ledger means it: full-width digits and spaces (全角),
// dates as 2021.3.5 / 2021年3月5日 / Excel serial numbers, lists separated by 、or commas, 是/否 flags and
// the Chinese (or English) names of tiers, legal forms, hub kinds and statuses.
import {
  hubKindLabels,
  hubKinds,
  isValidCreditCode,
  isValidIdNumber,
  isValidPhone,
  legalFormLabels,
  legalForms,
  organizationStatusLabels,
  organizationStatuses,
  serviceFields,
  targetGroups,
  tierLabels,
  tiers,
  type LedgerColumn,
} from '@linli/shared';

/** A problem with one cell: a check-message key and its parameters (platform/messages.ts). */
export interface CellProblem {
  key: string;
  params?: Record<string, string | number>;
}
export type Parsed<T> = { value: T } | { problem: CellProblem };

/** Full-width ASCII (０-９, Ａ-Ｚ, －, ．…) and the ideographic space as their half-width forms. */
export function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

const ok = <T>(value: T): Parsed<T> => ({ value });
const problem = (key: string, params?: CellProblem['params']): Parsed<never> => ({ problem: { key, params } });

function choiceParser<T extends string>(values: readonly T[], labels: Record<string, Record<T, string>>, extra: Record<string, T> = {}) {
  const wordOf = (text: string) => halfWidth(text).replace(/\s/g, '').toLowerCase();
  const byWord = new Map<string, T>();
  for (const value of values) {
    byWord.set(wordOf(value), value);
    for (const language of Object.values(labels)) byWord.set(wordOf(language[value]), value);
  }
  for (const [word, value] of Object.entries(extra)) byWord.set(wordOf(word), value);
  const choices = values.map((v) => labels['zh-CN']![v]).join('、');
  return (text: string): Parsed<T> => {
    const found = byWord.get(wordOf(text));
    return found ? ok(found) : problem('unknown_choice', { value: text, choices });
  };
}

const parseTier = choiceParser(tiers, tierLabels, {
  注册: 'registered',
  社会组织: 'registered',
  注册社区社会组织: 'registered',
  团队: 'team',
  群众团队: 'team',
  活动团队: 'team',
  备案团队: 'team',
  小组: 'group',
  活动小组: 'group',
});
const parseLegalForm = choiceParser(legalForms, legalFormLabels, {
  社团: 'social_group',
  民办非企业单位: 'social_service_agency',
  民非: 'social_service_agency',
});
const parseHubKind = choiceParser(hubKinds, hubKindLabels, {
  无: 'none',
  否: 'none',
  非枢纽: 'none',
  社会组织联合会: 'federation',
  社会组织服务中心: 'service_center',
});
const parseStatus = choiceParser(organizationStatuses, organizationStatusLabels, {
  注销: 'cancelled',
  暂停: 'suspended',
  取缔: 'banned',
  活跃: 'active',
});

const yes = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓', '有']);
const no = new Set(['否', 'n', 'no', 'false', '0', '×', '无', '']);
function parseFlag(text: string): Parsed<boolean> {
  const word = halfWidth(text).trim().toLowerCase();
  if (yes.has(word)) return ok(true);
  if (no.has(word)) return ok(false);
  return problem('unknown_choice', { value: text, choices: '是、否' });
}

function listParser(values: readonly string[]) {
  const known = new Set(values);
  return (text: string): Parsed<string[]> => {
    const items = [
      ...new Set(
        text
          .split(/[、,，;；/|\n]+/)
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ];
    const unknown = items.find((item) => !known.has(item));
    return unknown ? problem('unknown_choice', { value: unknown, choices: values.join('、') }) : ok(items);
  };
}

function parseCount(text: string): Parsed<number> {
  const digits = halfWidth(text).replace(/[\s,]/g, '').replace(/人$/, '');
  if (!/^\d+(\.0+)?$/.test(digits)) return problem('not_a_number', { value: text });
  const value = Number.parseInt(digits, 10);
  return value <= 1_000_000 ? ok(value) : problem('number_out_of_range', { min: 0, max: 1_000_000 });
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** 2021-03-05, 2021/3/5, 2021.3.5, 2021年3月5日, 20210305, 2021年3月 (the 1st), or an Excel serial day number. */
export function parseDate(text: string, today = new Date().toISOString().slice(0, 10)): Parsed<string> {
  const t = halfWidth(text).replace(/\s/g, '');
  let parts: [number, number, number] | null = null;
  let match = /^(\d{4})[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?|月)?$/.exec(t);
  if (match) parts = [Number(match[1]), Number(match[2]), Number(match[3] ?? 1)];
  else if ((match = /^(\d{4})(\d{2})(\d{2})$/.exec(t))) parts = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if (/^\d{5}(\.\d+)?$/.test(t)) {
    // Excel's day 1 is 1900-01-01, counted from 1899-12-30 because of its 1900 leap-year bug; only five-digit
    // serials (1927 on) are taken as dates: a bare 2019 is a year, not a day in 1905, and is refused
    const day = new Date(Date.UTC(1899, 11, 30) + Math.floor(Number(t)) * 86_400_000);
    if (day.getUTCFullYear() >= 1900) parts = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
  }
  if (!parts) return problem('invalid_date', { value: text });
  const [y, m, d] = parts;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return problem('invalid_date', { value: text });
  const value = iso(y, m, d);
  return value > today ? problem('date_in_future') : ok(value);
}

const textOf =
  (max: number) =>
  (text: string): Parsed<string> =>
    text.length > max ? problem('too_long', { max }) : ok(text);
const compact = (text: string) => halfWidth(text).replace(/[\s-]/g, '');

function checked(validate: (v: string) => boolean, key: string, transform = (v: string) => v) {
  return (text: string): Parsed<string> => {
    const value = transform(compact(text));
    return validate(value) ? ok(value) : problem(key);
  };
}

/** Mobile numbers lose the separators people type (138-1234-5678); a landline keeps its area-code dash. */
function parsePhone(text: string): Parsed<string> {
  const typed = halfWidth(text).replace(/\s/g, '');
  const digits = typed.replace(/-/g, '');
  if (/^1\d{10}$/.test(digits)) return isValidPhone(digits) ? ok(digits) : problem('phone_invalid');
  return isValidPhone(typed) ? ok(typed) : isValidPhone(digits) ? ok(digits) : problem('phone_invalid');
}

/** How each column's text becomes its value; blank cells never reach these (they mean "not given"). */
export const cellParsers: Record<Exclude<LedgerColumn, 'community'>, (text: string) => Parsed<unknown>> = {
  name: textOf(100),
  tier: parseTier,
  legalForm: parseLegalForm,
  creditCode: checked(isValidCreditCode, 'credit_code_invalid', (v) => v.toUpperCase()),
  filingNumber: (text) => textOf(50)(halfWidth(text).trim()),
  serviceFields: listParser(serviceFields),
  targetGroups: listParser(targetGroups),
  description: textOf(2000),
  leaderName: textOf(50),
  leaderPhone: parsePhone,
  leaderIdNumber: checked(isValidIdNumber, 'id_number_invalid', (v) => v.toUpperCase()),
  contactName: textOf(50),
  contactPhone: parsePhone,
  memberCount: parseCount,
  foundedOn: (text) => parseDate(text),
  venue: textOf(200),
  hubKind: parseHubKind,
  isBrand: parseFlag,
  isDemonstration: parseFlag,
  isObservationPoint: parseFlag,
  status: parseStatus,
};
