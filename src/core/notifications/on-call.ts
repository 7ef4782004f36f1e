/**
 * The on-call roster of an authority: who is reachable at a given instant, in escalation
 * order. Shifts are stored in UTC and shown in the contact's own time zone, because a 24/7
 * desk is staffed across time zones and "03:00" must mean the same instant to everyone.
 */
import { formatLocal } from '../legal/deadlines/zoned.js';

export interface Shift {
  readonly userId: string;
  /** 0 = first to call, 1 = backup, … */
  readonly position: number;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly timezone: string;
}

/** The people to notify at `at`, in escalation order (position, then earliest start). */
export function onCallAt<S extends Shift>(shifts: readonly S[], at: Date): S[] {
  const instant = at.toISOString();
  return shifts
    .filter((s) => s.startsAt <= instant && instant < s.endsAt)
    .sort((a, b) => a.position - b.position || (a.startsAt < b.startsAt ? -1 : 1));
}

/** Problems with a roster before it is stored: bad intervals, unknown zones, gaps are allowed. */
export function rosterProblems(shifts: readonly Shift[]): Array<{ path: string; message: string }> {
  const problems: Array<{ path: string; message: string }> = [];
  shifts.forEach((s, i) => {
    if (!(Date.parse(s.startsAt) < Date.parse(s.endsAt)))
      problems.push({ path: `/body/shifts/${i}/endsAt`, message: 'must be after startsAt' });
    try {
      new Intl.DateTimeFormat('en', { timeZone: s.timezone });
    } catch {
      problems.push({ path: `/body/shifts/${i}/timezone`, message: 'is not an IANA time zone' });
    }
  });
  return problems;
}

/** An instant as the person on shift reads it, in the same form deadlines are shown. */
export function localTime(at: string | Date, timezone: string): string {
  return formatLocal(new Date(at).toISOString(), timezone);
}
