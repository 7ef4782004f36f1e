import { DAY, HOUR } from '../../clock.js';
import { type Calendar, WEEKDAYS } from '../regimes/data-schemas.js';
import { localDate, localParts, zonedToInstant } from './zoned.js';

export type TimeUnit = 'calendar_days' | 'working_days' | 'hours';

/** Working-day calendar reduced to what arithmetic needs. */
export interface WorkingCalendar {
  readonly timeZone: string;
  readonly weekend: ReadonlySet<number>;
  readonly holidays: ReadonlySet<string>;
}

export function toWorkingCalendar(c: Calendar): WorkingCalendar {
  return {
    timeZone: c.timeZone,
    weekend: new Set(c.weekend.map((d) => WEEKDAYS.indexOf(d) + 1)),
    holidays: new Set(c.holidays.map((h) => h.date)),
  };
}

/** Noon of a local day: a safe anchor for stepping whole days across DST changes. */
function localNoon(ms: number, tz: string): number {
  const p = localParts(ms, tz);
  return zonedToInstant(p.year, p.month, p.day, 12, 0, 0, 0, tz);
}

function endOfLocalDay(ms: number, tz: string): number {
  const p = localParts(ms, tz);
  return zonedToInstant(p.year, p.month, p.day, 23, 59, 59, 999, tz);
}

export function isWorkingDay(ms: number, cal: WorkingCalendar): boolean {
  const p = localParts(ms, cal.timeZone);
  return !cal.weekend.has(p.weekday) && !cal.holidays.has(localDate(ms, cal.timeZone));
}

/**
 * The due instant of a period starting at `startMs`. Hours run exactly; a period in days ends at
 * the end (23:59:59.999) of the last day in the requested State's zone; working days skip that
 * State's weekend and holidays, the start day not counting.
 */
export function addPeriod(startMs: number, amount: number, unit: TimeUnit, cal: WorkingCalendar): number {
  if (unit === 'hours') return startMs + amount * HOUR;
  const tz = cal.timeZone;
  let day = localNoon(startMs, tz);
  if (unit === 'calendar_days') {
    day = localNoon(day + amount * DAY, tz);
    return endOfLocalDay(day, tz);
  }
  let left = amount;
  while (left > 0) {
    day = localNoon(day + DAY, tz);
    if (isWorkingDay(day, cal)) left--;
  }
  return endOfLocalDay(day, tz);
}

/** Number of working days whose local date lies in (fromMs, toMs]. */
export function workingDaysBetween(fromMs: number, toMs: number, cal: WorkingCalendar): number {
  let n = 0;
  let day = localNoon(fromMs, cal.timeZone);
  const last = localDate(toMs, cal.timeZone);
  while (localDate(day, cal.timeZone) < last) {
    day = localNoon(day + DAY, cal.timeZone);
    if (isWorkingDay(day, cal)) n++;
  }
  return n;
}

/**
 * Moves a suspended deadline on by the time the suspension lasted: hours exactly, calendar days
 * by whole days begun, working days by the working days that passed. Never moves it back.
 */
export function shiftAfterSuspension(
  dueMs: number,
  suspendedFromMs: number,
  resumedAtMs: number,
  unit: TimeUnit,
  cal: WorkingCalendar,
): number {
  const elapsed = Math.max(0, resumedAtMs - suspendedFromMs);
  if (elapsed === 0) return dueMs;
  if (unit === 'hours') return dueMs + elapsed;
  if (unit === 'calendar_days') return addPeriod(dueMs, Math.ceil(elapsed / DAY), 'calendar_days', cal);
  const days = workingDaysBetween(suspendedFromMs, resumedAtMs, cal);
  return days === 0 ? dueMs : addPeriod(dueMs, days, 'working_days', cal);
}

/** The instant `amount` units before `ms` (working days counted back over that State's working days). */
export function subtractPeriod(ms: number, amount: number, unit: TimeUnit, cal: WorkingCalendar): number {
  if (unit === 'hours') return ms - amount * HOUR;
  if (unit === 'calendar_days') return ms - amount * DAY;
  let t = ms;
  let left = amount;
  while (left > 0) {
    t -= DAY;
    if (isWorkingDay(t, cal)) left--;
  }
  return t;
}
