// The indicator formulas of policies.md, as pure functions over counts the roll-ups supply.
import type { Indicator, IndicatorStatus, IndicatorValue, Pack, TrainingSubject } from '@linli/shared';
import { subjectMeasure } from './measures.js';
import type { Tally } from './rollups.repository.js';

/** What one region's evaluation reads; stats.service.ts fills it from the roll-ups. */
export interface RegionFacts {
  /** Active organizations of a measure, all kinds or the communities of one kind. */
  count(measureId: string, kind?: 'urban' | 'rural'): number;
  tally: Tally | undefined;
  /** coverage / per_region_min: regions at the indicator's level that qualify, keyed by coverageKey. */
  qualifying(key: string): number;
  /** Training person-times (count indicators on training_attendance), keyed by personTimesKey. */
  personTimes(key: string): number;
}

const levelNames = { 2: 'cities', 3: 'counties', 4: 'streets' } as const;

export function coverageKey(pack: Pack, indicator: Extract<Indicator, { kind: 'coverage' | 'per_region_min' }>) {
  return `${pack.id}/${indicator.id}`;
}

export function personTimesKey(pack: Pack, indicator: Indicator) {
  return `${pack.id}/${indicator.id}`;
}

/** The training subject of a count indicator, when it counts person-times. */
export function trainingSubjectOf(indicator: Indicator): TrainingSubject | null {
  return indicator.kind === 'count' && indicator.subject.source === 'training_attendance' ? indicator.subject : null;
}

/** Regions at `level` inside a region: from its tally, or 1 (the region containing it) when it is that deep already. */
function regionsAtLevel(tally: Tally | undefined, level: number, communityKind?: 'urban' | 'rural'): number {
  if (!tally) return 0;
  // a community's tally counts itself, under its own kind
  if (level === 5) {
    if (communityKind === 'urban') return tally.urbanCommunities;
    if (communityKind === 'rural') return tally.ruralCommunities;
    return tally.urbanCommunities + tally.ruralCommunities;
  }
  if (tally.level >= level) return 1;
  return tally[levelNames[level as 2 | 3 | 4]];
}

const ratio = (numerator: number, denominator: number) => (denominator > 0 ? numerator / denominator : null);

export function startOf(pack: Pack, indicator: Indicator): string {
  return indicator.startsOn ?? pack.issuedOn;
}

const EPSILON = 1e-9;

/**
 * met when the comparison holds; otherwise overdue after the deadline, and before it on track when the value
 * has reached the target's share of the time elapsed since the start (a straight line from zero) — behind
 * when not. Without a deadline an unmet target is behind.
 */
export function statusOf(value: number | null, indicator: Indicator, startsOn: string, today: string): IndicatorStatus {
  if (value === null) return 'not_applicable';
  const met = indicator.comparator === 'gt' ? value > indicator.target + EPSILON : value >= indicator.target - EPSILON;
  if (met) return 'met';
  if (!indicator.deadline) return 'behind';
  if (today > indicator.deadline) return 'overdue';
  const elapsed = (Date.parse(today) - Date.parse(startsOn)) / (Date.parse(indicator.deadline) - Date.parse(startsOn));
  const pace = indicator.target * Math.min(1, Math.max(0, elapsed));
  return value >= pace - EPSILON ? 'on_track' : 'behind';
}

function measured(
  numerator: number,
  denominator: number | null,
  value: number | null,
  indicator: Indicator,
  start: string,
  today: string,
): IndicatorValue {
  return { status: statusOf(value, indicator, start, today), value, numerator, denominator };
}

export function evaluateIndicator(pack: Pack, indicator: Indicator, facts: RegionFacts, today: string): IndicatorValue {
  const start = startOf(pack, indicator);
  const subject = 'subject' in indicator ? indicator.subject : undefined;
  // person-times attended in the region's subtree from the indicator's start to the judged date
  if (subject?.source === 'training_attendance') {
    const numerator = facts.personTimes(personTimesKey(pack, indicator));
    return measured(numerator, null, numerator, indicator, start, today);
  }
  if (subject && subject.source !== 'organizations') return { status: 'no_data', value: null, numerator: null, denominator: null };
  switch (indicator.kind) {
    case 'avg_per_community': {
      const numerator = facts.count(subjectMeasure(pack, subject).id, indicator.communityKind);
      const denominator = regionsAtLevel(facts.tally, 5, indicator.communityKind);
      return measured(numerator, denominator, ratio(numerator, denominator), indicator, start, today);
    }
    case 'share': {
      const numerator = facts.count(subjectMeasure(pack, indicator.subject).id);
      const denominator = facts.count(subjectMeasure(pack, undefined).id);
      return measured(numerator, denominator, ratio(numerator, denominator), indicator, start, today);
    }
    case 'count': {
      const numerator = facts.count(subjectMeasure(pack, subject).id);
      return measured(numerator, null, numerator, indicator, start, today);
    }
    case 'coverage':
    case 'per_region_min': {
      const numerator = facts.qualifying(coverageKey(pack, indicator));
      const denominator = regionsAtLevel(
        facts.tally,
        indicator.regionLevel,
        indicator.kind === 'coverage' ? indicator.communityKind : undefined,
      );
      return measured(numerator, denominator, ratio(numerator, denominator), indicator, start, today);
    }
    default:
      // funding_share and staffing read capabilities not built yet (their subjects are pending sources)
      return { status: 'no_data', value: null, numerator: null, denominator: null };
  }
}
