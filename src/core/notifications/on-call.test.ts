import assert from 'node:assert/strict';
import { test } from 'node:test';
import { localTime, onCallAt, rosterProblems, type Shift } from './on-call.js';

const shifts: Shift[] = [
  {
    userId: 'backup',
    position: 1,
    startsAt: '2026-05-03T22:00:00.000Z',
    endsAt: '2026-05-04T06:00:00.000Z',
    timezone: 'America/New_York',
  },
  {
    userId: 'night',
    position: 0,
    startsAt: '2026-05-03T22:00:00.000Z',
    endsAt: '2026-05-04T06:00:00.000Z',
    timezone: 'Europe/Vienna',
  },
  {
    userId: 'day',
    position: 0,
    startsAt: '2026-05-04T06:00:00.000Z',
    endsAt: '2026-05-04T14:00:00.000Z',
    timezone: 'Europe/Vienna',
  },
];

test('at 03:00 UTC the night officer is called first, then the backup', () => {
  assert.deepEqual(
    onCallAt(shifts, new Date('2026-05-04T03:00:00Z')).map((s) => s.userId),
    ['night', 'backup'],
  );
});

test('shift ends are exclusive: at 06:00 the day shift has taken over', () => {
  assert.deepEqual(
    onCallAt(shifts, new Date('2026-05-04T06:00:00Z')).map((s) => s.userId),
    ['day'],
  );
});

test('nobody is on call in a gap', () => {
  assert.deepEqual(onCallAt(shifts, new Date('2026-05-04T15:00:00Z')), []);
});

test("times are shown in each person's zone, daylight saving included", () => {
  assert.equal(
    localTime('2026-05-04T03:00:00Z', 'Europe/Vienna'),
    '2026-05-04 05:00 Europe/Vienna (GMT+02:00)',
  );
  assert.equal(
    localTime('2026-05-04T03:00:00Z', 'America/New_York'),
    '2026-05-03 23:00 America/New_York (GMT-04:00)',
  );
  assert.equal(
    localTime('2026-01-04T03:00:00Z', 'Europe/Vienna'),
    '2026-01-04 04:00 Europe/Vienna (GMT+01:00)',
  );
});

test('bad intervals and unknown zones are named', () => {
  const problems = rosterProblems([
    {
      userId: 'x',
      position: 0,
      startsAt: '2026-05-04T10:00:00Z',
      endsAt: '2026-05-04T09:00:00Z',
      timezone: 'Moon/Base',
    },
  ]);
  assert.deepEqual(
    problems.map((p) => p.path),
    ['/body/shifts/0/endsAt', '/body/shifts/0/timezone'],
  );
});
