// 重大活动报告 as the packs write it (suzhou-2021 二（四）2, shanghai-2021 四（二）): which activities must be reported,
// to which level, how early. Pure: the packs' rules come in, the verdict goes out.
import {
  reportLevels,
  type ActivityKind,
  type MajorActivityRule,
  type MajorActivityRuleView,
  type MajorEvaluation,
  type ReportLevel,
} from '@linli/shared';

export interface PackRule {
  packId: string;
  /** The document and clause the rule comes from, as people cite it */
  source: string;
  rule: MajorActivityRule;
}

export interface ActivityFacts {
  kind: ActivityKind;
  expectedParticipants: number;
  /** The organization's region: a street-level organization (9 digits) has no committee above it */
  regionCode: string;
}

const rank = (level: ReportLevel) => reportLevels.indexOf(level);
const higher = (a: ReportLevel, b: ReportLevel) => (rank(a) >= rank(b) ? a : b);

/** The level a rule names for this many expected participants: the last step whose `from` they reach. */
export function levelFor(rule: MajorActivityRule, expected: number): ReportLevel {
  return rule.levels.filter((step) => expected >= step.from).at(-1)?.level ?? rule.levels[0]!.level;
}

/**
 * Is the activity major under any bound pack, and who acknowledges it? Where several packs have a rule the
 * strictest wins: any rule that makes it major does, the highest level and the longest lead time among those.
 */
export function evaluateMajorActivity(rules: readonly PackRule[], activity: ActivityFacts): MajorEvaluation {
  let level: ReportLevel | null = null;
  let leadDays = 0;
  const reasons: MajorEvaluation['reasons'] = [];
  for (const { packId, source, rule } of rules) {
    const listedKind = rule.kinds.includes(activity.kind);
    const large = activity.expectedParticipants >= rule.participantThreshold;
    if (!listedKind && !large) continue;
    reasons.push({ packId, source, kind: listedKind ? activity.kind : null, threshold: large ? rule.participantThreshold : null });
    const named = levelFor(rule, activity.expectedParticipants);
    level = level ? higher(level, named) : named;
    leadDays = Math.max(leadDays, rule.leadDays);
  }
  if (level === 'committee' && activity.regionCode.length === 9) level = 'street';
  return { required: level !== null, level, leadDays, reasons };
}

/** The bound packs' rules folded into one for display: every kind listed, the lowest threshold, the longest lead time. */
export function strictestRule(rules: readonly PackRule[]): MajorActivityRuleView | null {
  if (rules.length === 0) return null;
  const froms = [...new Set(rules.flatMap(({ rule }) => rule.levels.map((step) => step.from)))].sort((a, b) => a - b);
  const levels: MajorActivityRuleView['levels'] = [];
  for (const from of froms) {
    const level = rules.map(({ rule }) => levelFor(rule, from)).reduce(higher);
    if (levels.at(-1)?.level !== level) levels.push({ from, level });
  }
  return {
    packIds: rules.map((r) => r.packId),
    kinds: [...new Set(rules.flatMap(({ rule }) => rule.kinds))],
    participantThreshold: Math.min(...rules.map(({ rule }) => rule.participantThreshold)),
    levels,
    leadDays: Math.max(...rules.map(({ rule }) => rule.leadDays)),
  };
}

/** Whether a report acknowledged at `reported` still covers what the activity needs now. */
export const levelCovers = (reported: ReportLevel, needed: ReportLevel) => rank(reported) >= rank(needed);

/** Filed later than the lead time before the start (still accepted, flagged). */
export function isLate(startsAt: Date, leadDays: number, now: Date): boolean {
  return now.getTime() > startsAt.getTime() - leadDays * 86_400_000;
}
