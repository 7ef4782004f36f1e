import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { HOUR } from '../../clock.js';
import {
  addPeriod,
  shiftAfterSuspension,
  subtractPeriod,
  type WorkingCalendar,
  workingDaysBetween,
} from './compute.js';
import { formatLocal } from './zoned.js';

const vienna: WorkingCalendar = {
  timeZone: 'Europe/Vienna',
  weekend: new Set([6, 7]),
  holidays: new Set(['2026-10-26']),
};
const gulf: WorkingCalendar = { timeZone: 'Asia/Dubai', weekend: new Set([5, 6]), holidays: new Set() };
const iso = (ms: number) => new Date(ms).toISOString();

describe('deadline arithmetic', () => {
  it('hours run exactly, whatever the zone', () => {
    assert.equal(
      iso(addPeriod(Date.parse('2026-03-28T23:30:00Z'), 8, 'hours', vienna)),
      '2026-03-29T07:30:00.000Z',
    );
  });

  it('calendar days end at local midnight of the last day, across a DST change', () => {
    // Receipt on Friday 27 March 2026 at 22:30 UTC is already Saturday 28 March in Vienna.
    const due = addPeriod(Date.parse('2026-03-27T23:30:00Z'), 10, 'calendar_days', vienna);
    assert.equal(formatLocal(iso(due), 'Europe/Vienna'), '2026-04-07 23:59 Europe/Vienna (GMT+02:00)');
  });

  it('working days skip the weekend and the State holidays', () => {
    // Friday 23 Oct 2026: Mon 26 is a holiday, so 3 working days = Tue, Wed, Thu.
    const due = addPeriod(Date.parse('2026-10-23T10:00:00Z'), 3, 'working_days', vienna);
    assert.equal(formatLocal(iso(due), 'Europe/Vienna'), '2026-10-29 23:59 Europe/Vienna (GMT+01:00)');
  });

  it('a Friday-Saturday weekend counts differently', () => {
    const due = addPeriod(Date.parse('2026-10-22T06:00:00Z'), 2, 'working_days', gulf); // Thursday in Dubai
    assert.equal(formatLocal(iso(due), 'Asia/Dubai'), '2026-10-26 23:59 Asia/Dubai (GMT+04:00)');
  });

  it('counts working days in a suspension and shifts by them', () => {
    const from = Date.parse('2026-10-23T08:00:00Z');
    const to = Date.parse('2026-10-30T08:00:00Z');
    assert.equal(workingDaysBetween(from, to, vienna), 4);
    const due = Date.parse('2026-11-10T22:59:59.999Z');
    assert.ok(shiftAfterSuspension(due, from, to, 'working_days', vienna) > due);
    assert.equal(shiftAfterSuspension(due, from, from, 'working_days', vienna), due);
    assert.equal(shiftAfterSuspension(due, from, from + 5 * HOUR, 'hours', vienna), due + 5 * HOUR);
  });

  it('never returns a due instant before the start, nor a shift backwards (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('2026-01-01'), max: Date.parse('2027-12-01') }),
        fc.integer({ min: 0, max: 120 }),
        fc.constantFrom('calendar_days', 'working_days', 'hours'),
        fc.integer({ min: 0, max: 40 * 24 }),
        (start, amount, unit, suspendedHours) => {
          const due = addPeriod(start, amount, unit, vienna);
          assert.ok(due >= start);
          assert.ok(subtractPeriod(due, amount, unit, vienna) <= due);
          const shifted = shiftAfterSuspension(due, start, start + suspendedHours * HOUR, unit, vienna);
          assert.ok(shifted >= due);
        },
      ),
      { numRuns: 300 },
    );
  });
});
