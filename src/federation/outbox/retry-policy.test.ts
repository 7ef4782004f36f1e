import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  BREAKER_THRESHOLD,
  DEFAULT_RETRY_POLICY,
  breakerState,
  isPermanentRejection,
  retryDelayMs,
} from './retry-policy.js';

test('back-off doubles from the base and stops at the cap', () => {
  const mid = () => 0.5; // no jitter at the midpoint
  assert.equal(retryDelayMs(0, mid), 0);
  assert.equal(retryDelayMs(1, mid), DEFAULT_RETRY_POLICY.baseMs);
  assert.equal(retryDelayMs(2, mid), DEFAULT_RETRY_POLICY.baseMs * 2);
  assert.equal(retryDelayMs(5, mid), DEFAULT_RETRY_POLICY.baseMs * 16);
  assert.equal(retryDelayMs(40, mid), DEFAULT_RETRY_POLICY.maxMs);
  assert.equal(retryDelayMs(10_000, mid), DEFAULT_RETRY_POLICY.maxMs);
});

test('jitter stays within ±20% and never exceeds the cap', () => {
  for (const r of [0, 0.25, 0.999]) {
    const d = retryDelayMs(3, () => r);
    assert.ok(d >= 8_000 * 0.8 && d <= 8_000 * 1.2, String(d));
    assert.ok(retryDelayMs(100, () => r) <= DEFAULT_RETRY_POLICY.maxMs);
  }
});

test('the breaker holds while waiting and probes once the wait is over after many failures', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  const later = '2026-01-01T00:01:00.000Z';
  const earlier = '2025-12-31T23:59:00.000Z';
  assert.equal(breakerState(0, null, now), 'closed');
  assert.equal(breakerState(2, later, now), 'open');
  assert.equal(breakerState(2, earlier, now), 'closed');
  assert.equal(breakerState(BREAKER_THRESHOLD, later, now), 'open');
  assert.equal(breakerState(BREAKER_THRESHOLD, earlier, now), 'half_open');
});

test('only refusals that cannot change with time are permanent', () => {
  assert.equal(isPermanentRejection('expired'), true);
  assert.equal(isPermanentRejection('unknown_peer'), false);
  assert.equal(isPermanentRejection('not_for_us'), false);
});
