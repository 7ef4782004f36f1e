import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayStart, growthOf, isObservable } from './charts';

test('an incident grows day by day, quiet days included, with running totals', () => {
  const rows = [
    { object: { type: 'incident' }, addedAt: '2026-03-01T09:00:00Z' },
    { object: { type: 'indicator' }, addedAt: '2026-03-01T10:00:00Z' },
    { object: { type: 'ipv4-addr' }, addedAt: '2026-03-03T23:59:59Z' },
    { object: { type: 'malware' }, addedAt: '2026-03-03T00:00:00Z' },
    { object: { type: 'relationship' }, addedAt: 'not a time' },
  ];
  assert.deepEqual(growthOf(rows), [
    { day: '2026-03-01', added: 2, addedObservables: 1, objects: 2, observables: 1 },
    { day: '2026-03-02', added: 0, addedObservables: 0, objects: 2, observables: 1 },
    { day: '2026-03-03', added: 2, addedObservables: 1, objects: 4, observables: 2 },
  ]);
  assert.deepEqual(growthOf([]), []);
});

test('indicators and cyber-observables count as observables; other objects do not', () => {
  for (const type of ['indicator', 'ipv4-addr', 'domain-name', 'file', 'email-addr', 'url'])
    assert.ok(isObservable(type), type);
  for (const type of ['malware', 'relationship', 'sighting', 'observed-data', 'incident'])
    assert.ok(!isObservable(type), type);
});

test('a day starts at midnight UTC, in seconds', () => {
  assert.equal(dayStart('1970-01-02'), 86_400);
});
