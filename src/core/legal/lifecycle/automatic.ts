import { subtractPeriod, toWorkingCalendar } from '../deadlines/compute.js';
import type { RegimeRegistry } from '../regimes/registry.js';
import type { RequestCommand } from './decide.js';
import type { RequestState } from './state.js';

/**
 * The commands a deadline daemon should run now on this request, as the `system` actor with
 * `automatic: true`: mark a preservation expiring at its reminder threshold, lapse it at its end.
 */
export function automaticCommands(
  state: RequestState,
  registry: RegimeRegistry,
  now: Date,
): RequestCommand[] {
  if (state.instrument !== 'preservation' || state.preservation === null) return [];
  const period = state.deadlines.find((d) => d.id === 'preservation_period');
  if (!period?.dueAt || period.status !== 'running') return [];
  const due = Date.parse(period.dueAt);
  const t = now.getTime();
  if (['active', 'expiring', 'extended'].includes(state.preservation) && t >= due)
    return [{ type: 'lapse_preservation' }];
  if (state.preservation === 'active' || state.preservation === 'extended') {
    const inst = registry.resolve(
      state.regime,
      state.instrument,
      state.requestingState,
      state.requestedState,
    ).instrument;
    const rule = inst.reminders?.find(
      (r) => r.action === 'mark_expiring' && r.deadline === 'preservation_period',
    );
    const cal = registry.calendarOf(state.requestedState);
    if (rule && cal && t >= subtractPeriod(due, rule.before, rule.unit, toWorkingCalendar(cal)))
      return [{ type: 'mark_preservation_expiring' }];
  }
  return [];
}
