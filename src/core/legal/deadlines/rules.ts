import type { Instrument } from '../regimes/pack-schema.js';
import type { Urgency } from '../regimes/pack-schema.js';
import type { DeadlineEntry } from '../lifecycle/types.js';
import { addPeriod, type WorkingCalendar } from './compute.js';

/**
 * The deadlines of an instrument that start at `from`, computed from `startIso` in the requested
 * State's calendar. Rules for emergencies apply only to emergency requests, and vice versa.
 */
export function deadlinesStarting(
  instrument: Instrument,
  from: 'receipt' | 'submission' | 'decision' | 'follow_up_received',
  startIso: string,
  urgency: Urgency,
  cal: WorkingCalendar,
): DeadlineEntry[] {
  const start = Date.parse(startIso);
  const out = (instrument.deadlines ?? [])
    .filter((d) => d.from === from)
    .filter((d) => {
      const when = d.appliesWhen ?? 'always';
      return when === 'always' || (when === 'emergency') === (urgency === 'emergency');
    })
    .map((d) => ({
      id: d.id,
      label: d.label,
      kind: d.kind,
      unit: d.unit,
      amount: d.amount,
      startedAt: startIso,
      dueAt: d.amount === null ? null : new Date(addPeriod(start, d.amount, d.unit, cal)).toISOString(),
      source: d.source,
      confidence: d.confidence,
      ...(d.afterwards === undefined ? {} : { afterwards: d.afterwards }),
    }));
  // An acknowledgement rule (possibly from a bilateral agreement) runs from receipt like any deadline.
  const ack = instrument.acknowledgement;
  if (
    from === 'receipt' &&
    ack?.required &&
    ack.amount !== null &&
    !out.some((d) => d.id === 'acknowledgement')
  )
    out.push({
      id: 'acknowledgement',
      label: 'acknowledge the request',
      kind: 'time_limit',
      unit: ack.unit,
      amount: ack.amount,
      startedAt: startIso,
      dueAt: new Date(addPeriod(start, ack.amount, ack.unit, cal)).toISOString(),
      source: ack.source,
      confidence: ack.confidence,
    });
  return out;
}
