// What a viewer may do with a volunteer need, as data: the pages show buttons from it, the services check the same.
import type { Role } from '@linli/shared';
import { confirmationDeadline } from './working-days.js';

export interface NeedFacts {
  status: 'open' | 'closed' | 'cancelled';
  startsAt: Date;
  endsAt: Date;
  slots: number;
  signedUp: number;
  /** The viewer posts and confirms for it (its organization's leader, or staff of its region) */
  managed: boolean;
  mySignup: 'signed_up' | 'withdrawn' | null;
}

/** Residents and leaders serve as volunteers; staff act for offices. */
export const mayVolunteer = (role: Role) => role === 'resident' || role === 'org_leader';

/** Hours can be confirmed from the need's end until the end of the 10th working day after it. */
export const confirmationOpen = (need: Pick<NeedFacts, 'endsAt'>, now: Date) =>
  now >= need.endsAt && now <= confirmationDeadline(need.endsAt);

/**
 * Signing up stays possible until hours can no longer be confirmed: a need recorded after the fact (补录) is how
 * the volunteers who served claim it; nothing is earned until the organization confirms each of them.
 */
export const signUpOpen = (need: Pick<NeedFacts, 'status' | 'endsAt'>, now: Date) =>
  need.status === 'open' && now <= confirmationDeadline(need.endsAt);

export function needAbilities(role: Role, need: NeedFacts, now = new Date()) {
  const editable = need.managed && need.status === 'open';
  return {
    signups: need.managed,
    update: editable,
    close: editable,
    confirm: need.managed && need.status !== 'cancelled' && confirmationOpen(need, now),
    signUp: mayVolunteer(role) && need.mySignup !== 'signed_up' && need.signedUp < need.slots && signUpOpen(need, now),
    withdraw: need.mySignup === 'signed_up' && now < need.startsAt,
  };
}
