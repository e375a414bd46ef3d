import { filingActions, filingStatuses, type FilingAction, type FilingStatus, type Role } from '@linli/shared';
import { describe, expect, it } from 'vitest';
import type { Scope } from '../../platform/scope.js';
import {
  availableActions,
  decide,
  firstReviewStatus,
  openStatuses,
  queueOf,
  transitions,
  type FilingFacts,
  type Who,
} from './filings.workflow.js';

const COMMUNITY = '310101002001';
const STREET = '310101002';

const person = (userId: string, role: Role, regionPrefix: string | null): Scope => ({ userId, role, regionPrefix });
const submitter = person('submitter', 'org_leader', COMMUNITY);
const committee = person('committee', 'committee_worker', COMMUNITY);
const street = person('street', 'street_officer', STREET);
const civil = person('civil', 'civil_affairs', '310101');
const otherCommittee = person('other-committee', 'committee_worker', '310101002002');
const otherStreet = person('other-street', 'street_officer', '310106006');

/** The one right person for each kind of step. */
const rightActor: Record<Who, Scope> = { committee, street, submitter };
const everyone = [submitter, committee, street, civil, otherCommittee, otherStreet];

const filingIn = (status: FilingStatus, regionCode = COMMUNITY): FilingFacts => ({ status, regionCode, submittedBy: submitter.userId });

describe('the transition table', () => {
  it.each(transitions.map((row) => [row.from, row.action, row.who, row] as const))('%s —%s→ by the %s', (_from, _action, who, row) => {
    const decision = decide(rightActor[who], filingIn(row.from), row.action);
    expect(decision).toEqual({ ok: true, row, to: row.to === 'first_review' ? 'committee_review' : row.to });
  });

  it('refuses every other actor for every row: 403 forbidden', () => {
    for (const row of transitions) {
      for (const actor of everyone.filter((a) => a !== rightActor[row.who])) {
        expect(decide(actor, filingIn(row.from), row.action), `${actor.userId} ${row.from} ${row.action}`).toEqual({
          ok: false,
          code: 'forbidden',
        });
      }
    }
  });

  const forbiddenPairs = filingStatuses.flatMap((status) =>
    filingActions
      .filter((action) => !transitions.some((r) => r.from === status && r.action === action))
      .map((action) => [status, action] as const),
  );

  it('has forbidden pairs for every final status and the review steps', () => {
    expect(forbiddenPairs.length).toBe(filingStatuses.length * filingActions.length - transitions.length);
    for (const final of ['filed', 'rejected', 'withdrawn'] as const)
      expect(forbiddenPairs.filter(([s]) => s === final)).toHaveLength(filingActions.length);
  });

  it.each(forbiddenPairs)('%s + %s: nobody may; whoever could elsewhere gets 409 transition_not_allowed', (status, action) => {
    for (const actor of everyone) {
      const decision = decide(actor, filingIn(status), action);
      expect(decision.ok).toBe(false);
      const couldElsewhere = transitions.some((r) => r.action === action && rightActor[r.who] === actor);
      expect(decision).toEqual({ ok: false, code: couldElsewhere ? 'transition_not_allowed' : 'forbidden' });
    }
  });
});

describe('separation of duties', () => {
  const ownFiling = (status: FilingStatus): FilingFacts => ({ status, regionCode: COMMUNITY, submittedBy: committee.userId });

  it.each(['approve', 'return', 'reject'] as FilingAction[])('a committee worker cannot %s a filing they submitted', (action) => {
    expect(decide(committee, ownFiling('committee_review'), action)).toEqual({ ok: false, code: 'separation_of_duties' });
  });

  it('a street officer who submitted could not file it either', () => {
    const own = { status: 'street_review' as const, regionCode: COMMUNITY, submittedBy: street.userId };
    for (const action of ['file', 'return', 'reject'] as FilingAction[])
      expect(decide(street, own, action)).toEqual({ ok: false, code: 'separation_of_duties' });
  });

  it('the submitter still withdraws and resubmits their own filing', () => {
    expect(availableActions(committee, ownFiling('committee_review'))).toEqual(['withdraw']);
    expect(availableActions(committee, ownFiling('returned'))).toEqual(['resubmit', 'withdraw']);
  });
});

describe('scope and levels', () => {
  it('reviewers act only inside their region', () => {
    expect(decide(otherCommittee, filingIn('committee_review'), 'approve')).toEqual({ ok: false, code: 'forbidden' });
    expect(decide(otherStreet, filingIn('street_review'), 'file')).toEqual({ ok: false, code: 'forbidden' });
  });

  it('a street-level filing has no committee step: it enters and re-enters at the street', () => {
    expect(firstReviewStatus(STREET)).toBe('street_review');
    expect(firstReviewStatus(COMMUNITY)).toBe('committee_review');
    const returned = filingIn('returned', STREET);
    expect(decide(submitter, returned, 'resubmit')).toMatchObject({ ok: true, to: 'street_review' });
    expect(decide(street, filingIn('street_review', STREET), 'file')).toMatchObject({ ok: true, to: 'filed' });
  });

  it('lists the actions per viewer from the table', () => {
    expect(availableActions(committee, filingIn('committee_review'))).toEqual(['approve', 'return', 'reject']);
    expect(availableActions(street, filingIn('street_review'))).toEqual(['file', 'return', 'reject']);
    expect(availableActions(civil, filingIn('street_review'))).toEqual([]);
    for (const final of ['filed', 'rejected', 'withdrawn'] as const)
      for (const actor of everyone) expect(availableActions(actor, filingIn(final))).toEqual([]);
  });
});

describe('work queues and open filings', () => {
  it('each role waits on its own steps; those who submit also on their returned filings', () => {
    expect(queueOf('committee_worker')).toEqual({ reviews: ['committee_review'], ownReturned: true });
    expect(queueOf('street_officer')).toEqual({ reviews: ['street_review'], ownReturned: false });
    expect(queueOf('org_leader')).toEqual({ reviews: [], ownReturned: true });
    expect(queueOf('civil_affairs')).toEqual({ reviews: [], ownReturned: false });
  });

  it('open statuses are exactly those with a way out', () => {
    expect([...openStatuses].sort()).toEqual([...new Set(transitions.map((r) => r.from))].sort());
  });
});
