import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PeerThrottle } from './throttle.js';

test('a peer over its allowance waits; the others keep theirs; the allowance refills with time', () => {
  const throttle = new PeerThrottle({ perSecond: 10, burst: 50 });
  assert.equal(throttle.take('flood', 50, 0), undefined);
  assert.equal(throttle.take('flood', 20, 0), 2, 'twenty more need two seconds');
  assert.equal(throttle.take('calm', 50, 0), undefined, 'another peer is not slowed');
  assert.equal(throttle.take('flood', 20, 2_000), undefined, 'two seconds later they fit');
  assert.equal(throttle.take('flood', 1, 2_000), 1);
  // A batch larger than the bucket is never waited for forever: its wait is for a full bucket.
  assert.equal(throttle.take('flood', 500, 2_000), 5);
  assert.equal(throttle.take('flood', 50, 100_000), undefined, 'the bucket never holds more than its size');
  assert.equal(throttle.take('flood', 1, 100_000), 1);
});
