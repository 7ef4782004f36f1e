import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coalescingRefresher } from './live';

test('changes during a refresh ask for one more refresh after it, never a cancelled or parallel one', async () => {
  const started: string[] = [];
  let inFlight = 0;
  let most = 0;
  const finishers: Array<() => void> = [];
  const refresh = coalescingRefresher(async (key) => {
    started.push(String(key[0]));
    inFlight++;
    most = Math.max(most, inFlight);
    await new Promise<void>((resolve) => finishers.push(resolve));
    inFlight--;
  });
  const settle = () => new Promise((r) => setTimeout(r, 0));
  refresh(['requests']);
  refresh(['requests']);
  refresh(['requests']);
  refresh(['cases']);
  await settle();
  assert.deepEqual(started, ['requests', 'cases'], 'one refresh per list at once');
  finishers.shift()!();
  await settle();
  assert.deepEqual(started, ['requests', 'cases', 'requests'], 'the changes that came during it: one more');
  finishers.shift()!();
  finishers.shift()!();
  await settle();
  assert.equal(started.length, 3, 'nothing left to refresh');
  assert.equal(most, 2, 'never two refreshes of one list at a time');
  refresh(['requests']);
  await settle();
  assert.equal(started.length, 4, 'a later change refreshes again');
  finishers.shift()!();
});
