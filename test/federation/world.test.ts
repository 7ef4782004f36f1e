/**
 * The world harness of `npm run bench -- world`, at a size the suite can afford: six States
 * and the directory's operator. Every phase checks its own outcome (every State trusts every
 * other through the directory alone, one alert reaches all with its receipts, a rotation
 * reaches everyone) and throws otherwise, so this test fails when the world would.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runWorld } from '../../bench/support/world.js';
import { WallClock } from '../support/network.js';

test('six States trust each other through one directory, are alerted at once and learn a rotation', async () => {
  const figures = await runWorld(6, new WallClock());
  assert.equal(figures.nodes, 7);
  assert.equal(figures.alertRecipients, 5);
  assert.ok(figures.directoryBytes > 6 * 1000, 'the copy holds six cards');
});
