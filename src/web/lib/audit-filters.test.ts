import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiQuery, readFilters, writeFilters } from './audit-filters';

test('filters survive the address: what is written is read back', () => {
  const filters = {
    subjectType: 'request',
    subjectId: '5f0c…',
    action: 'request.*',
    actor: 'adel',
    from: '2026-12-07T02:00:00.000Z',
    to: '2026-12-07T04:00:00.000Z',
    order: 'oldest' as const,
    at: 41,
  };
  assert.deepEqual(readFilters(`?${writeFilters(filters)}`), filters);
});

test('blank filters, the default order and a malformed start are left out', () => {
  assert.equal(writeFilters({ order: 'newest', action: '  ', actor: '' }), '');
  assert.deepEqual(readFilters('?order=sideways&at=-3&action=%20'), { order: 'newest' });
  assert.deepEqual(readFilters('at=1.5'), { order: 'newest' });
});

test('the API is asked for the filters without the start position', () => {
  assert.deepEqual(apiQuery({ order: 'oldest', actor: 'adel', at: 9 }), { order: 'oldest', actor: 'adel' });
});
