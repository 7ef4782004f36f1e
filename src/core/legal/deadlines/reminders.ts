import type { Instrument } from '../regimes/pack-schema.js';
import type { RequestState } from '../lifecycle/state.js';
import { subtractPeriod, type WorkingCalendar } from './compute.js';

/** A reminder or escalation threshold of a running deadline, from the regime pack's data. */
export interface ReminderDue {
  readonly id: string;
  readonly deadlineId: string;
  readonly action: 'remind' | 'escalate' | 'mark_expiring';
  readonly fireAt: string;
  readonly due: boolean;
  readonly source: string;
}

/** Reminders of the request's running deadlines, and whether each has fired by `now` (for daemons). */
export function remindersFor(
  state: RequestState,
  instrument: Instrument,
  cal: WorkingCalendar,
  now: Date,
): ReminderDue[] {
  const out: ReminderDue[] = [];
  for (const r of instrument.reminders ?? []) {
    const d = state.deadlines.find((x) => x.id === r.deadline);
    if (d?.status !== 'running' || d.dueAt === null) continue;
    const fire = subtractPeriod(Date.parse(d.dueAt), r.before, r.unit, cal);
    out.push({
      id: r.id,
      deadlineId: d.id,
      action: r.action,
      fireAt: new Date(fire).toISOString(),
      due: now.getTime() >= fire,
      source: r.source,
    });
  }
  return out;
}

/** Running deadlines whose due instant has passed: overdue, for escalation. */
export function overdueDeadlines(state: RequestState, now: Date): string[] {
  return state.deadlines
    .filter((d) => d.status === 'running' && d.dueAt !== null && Date.parse(d.dueAt) < now.getTime())
    .map((d) => d.id);
}
