import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectionUuid } from './collection-id.js';
import { millisecondFloor, parseTimestamp, taxiiTimestamp } from './timestamps.js';

test('TAXII writes six fractional digits, whatever the stored precision', () => {
  assert.equal(taxiiTimestamp('2026-05-04T08:00:00Z'), '2026-05-04T08:00:00.000000Z');
  assert.equal(taxiiTimestamp('2026-05-04T08:00:00.123Z'), '2026-05-04T08:00:00.123000Z');
  assert.equal(taxiiTimestamp('2026-05-04T08:00:00.123456789Z'), '2026-05-04T08:00:00.123456Z');
});

test('timestamps off the calendar or not in UTC are refused', () => {
  for (const bad of [
    '2026-02-30T00:00:00Z',
    '2026-05-04T24:00:00Z',
    '2026-05-04T08:00:00+02:00',
    'yesterday',
  ])
    assert.equal(parseTimestamp(bad), undefined, bad);
});

test('"added strictly after T" compares stored milliseconds with the floor of T', () => {
  const t = parseTimestamp('2026-05-04T08:00:00.000500Z')!;
  const floor = millisecondFloor(t);
  assert.equal(floor, '2026-05-04T08:00:00.000Z');
  // A version stored at .000 ms is not after .000500; one stored at .001 is.
  assert.equal('2026-05-04T08:00:00.000Z' > floor, false);
  assert.equal('2026-05-04T08:00:00.001Z' > floor, true);
});

test('collection ids are stable UUIDv4 shapes, distinct per name', () => {
  const a = collectionUuid('xa:public');
  assert.equal(a, collectionUuid('xa:public'));
  assert.notEqual(a, collectionUuid('xb:public'));
  assert.match(a, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});
