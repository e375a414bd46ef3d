// The major-activity rule as pure data: which activities are major, which level acknowledges, the strictest rule.
import type { MajorActivityRule } from '@linli/shared';
import { describe, expect, it } from 'vitest';
import { evaluateMajorActivity, isLate, strictestRule, type PackRule } from './major-activity-rule.js';

const citation = { file: '003_c4b16e298603f1ee.txt', clause: '二（四）2' };
const packDefault: MajorActivityRule = {
  kinds: ['festival', 'performance', 'competition', 'gathering'],
  participantThreshold: 100,
  levels: [
    { from: 0, level: 'committee' },
    { from: 200, level: 'street' },
    { from: 1000, level: 'district' },
  ],
  leadDays: 3,
  citation,
};
const shipped: PackRule[] = [{ packId: 'shanghai-2021', source: '沪民社管发〔2021〕2号 四（二）', rule: packDefault }];
const COMMUNITY = '310101002001';

describe('one pack rule', () => {
  it.each([
    ['a 300-person gathering goes to the street', 'gathering', 300, 'street'],
    ['a 30-person festival (a listed kind) goes to the committee', 'festival', 30, 'committee'],
    ['a 120-person consultation reaches the threshold: the committee', 'consultation', 120, 'committee'],
    ['a 1,000-person competition goes to the district', 'competition', 1000, 'district'],
    ['199 people are still the committee', 'performance', 199, 'committee'],
  ] as const)('%s', (_case, kind, expectedParticipants, level) => {
    expect(evaluateMajorActivity(shipped, { kind, expectedParticipants, regionCode: COMMUNITY })).toMatchObject({
      required: true,
      level,
      leadDays: 3,
    });
  });

  it('a 99-person consultation is not major', () => {
    expect(evaluateMajorActivity(shipped, { kind: 'consultation', expectedParticipants: 99, regionCode: COMMUNITY })).toEqual({
      required: false,
      level: null,
      leadDays: 0,
      reasons: [],
    });
  });

  it('says why: the kind listed, the threshold reached, or both', () => {
    const { reasons } = evaluateMajorActivity(shipped, { kind: 'gathering', expectedParticipants: 150, regionCode: COMMUNITY });
    expect(reasons).toEqual([{ packId: 'shanghai-2021', source: '沪民社管发〔2021〕2号 四（二）', kind: 'gathering', threshold: 100 }]);
  });

  it('an organization at street level has no committee: its committee-level reports go to the street', () => {
    expect(evaluateMajorActivity(shipped, { kind: 'festival', expectedParticipants: 20, regionCode: '310101002' }).level).toBe('street');
  });

  it('no rule bound: nothing is major', () => {
    expect(evaluateMajorActivity([], { kind: 'gathering', expectedParticipants: 5000, regionCode: COMMUNITY }).required).toBe(false);
  });
});

describe('several packs: the strictest wins', () => {
  const lenient: MajorActivityRule = {
    ...packDefault,
    kinds: ['festival'],
    participantThreshold: 500,
    levels: [{ from: 0, level: 'street' }],
    leadDays: 7,
  };
  const both: PackRule[] = [...shipped, { packId: 'local', source: '本地规定', rule: lenient }];

  it('the highest level and the longest lead time among the rules that make it major', () => {
    expect(evaluateMajorActivity(both, { kind: 'festival', expectedParticipants: 50, regionCode: COMMUNITY })).toMatchObject({
      level: 'street',
      leadDays: 7,
    });
    // only the shipped rule makes a 150-person consultation major: its level and lead time
    expect(evaluateMajorActivity(both, { kind: 'consultation', expectedParticipants: 150, regionCode: COMMUNITY })).toMatchObject({
      level: 'committee',
      leadDays: 3,
    });
  });

  it('folds into one rule for display: every kind, the lowest threshold, the highest level at every size', () => {
    expect(strictestRule(both)).toEqual({
      packIds: ['shanghai-2021', 'local'],
      kinds: ['festival', 'performance', 'competition', 'gathering'],
      participantThreshold: 100,
      levels: [
        { from: 0, level: 'street' },
        { from: 1000, level: 'district' },
      ],
      leadDays: 7,
    });
    expect(strictestRule([])).toBeNull();
  });
});

describe('late reports', () => {
  const start = new Date('2026-05-10T09:00:00+08:00');
  it('are filed within the lead time before the start', () => {
    expect(isLate(start, 3, new Date('2026-05-07T08:59:00+08:00'))).toBe(false);
    expect(isLate(start, 3, new Date('2026-05-07T09:01:00+08:00'))).toBe(true);
    expect(isLate(start, 0, new Date('2026-05-10T08:00:00+08:00'))).toBe(false);
  });
});
