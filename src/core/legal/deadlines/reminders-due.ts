/**
 * The reminders a request's running deadlines call for now: the regime pack's own reminders
 * (`remind`, or `escalate` to the head of the authority) and, for every running deadline, a
 * last call `lastCallHours` before it falls due. Marking a preservation expiring is an automatic
 * command of the lifecycle, not a reminder, so it is left out here.
 */
import type { RequestState } from '../lifecycle/state.js';
import type { Instrument } from '../regimes/pack-schema.js';
import type { WorkingCalendar } from './compute.js';
import { remindersFor } from './reminders.js';

export interface DeadlineReminder {
  /** Stable per rule: a pack reminder's id, or `last_call:<deadline id>`. */
  readonly id: string;
  readonly deadlineId: string;
  readonly label: string;
  readonly dueAt: string;
  readonly level: 'remind' | 'escalate';
  readonly source: string;
}

export function remindersDue(
  state: RequestState,
  instrument: Instrument,
  calendar: WorkingCalendar,
  now: Date,
  lastCallHours: number,
): DeadlineReminder[] {
  const running = new Map(
    state.deadlines.filter((d) => d.status === 'running' && d.dueAt !== null).map((d) => [d.id, d]),
  );
  const out: DeadlineReminder[] = [];
  for (const r of remindersFor(state, instrument, calendar, now)) {
    const d = running.get(r.deadlineId);
    if (!r.due || !d || r.action === 'mark_expiring') continue;
    out.push({
      id: r.id,
      deadlineId: d.id,
      label: d.label,
      dueAt: d.dueAt!,
      level: r.action,
      source: r.source,
    });
  }
  for (const d of running.values()) {
    const due = Date.parse(d.dueAt!);
    if (now.getTime() >= due - lastCallHours * 3_600_000 && now.getTime() < due)
      out.push({
        id: `last_call:${d.id}`,
        deadlineId: d.id,
        label: d.label,
        dueAt: d.dueAt!,
        level: 'remind',
        source: `Comity: last call ${lastCallHours} h before any deadline`,
      });
  }
  return out;
}
