/**
 * A peer that floods the inbox is throttled on its own: over its allowance its batch is refused
 * with 429 and Retry-After, another peer sending at the same moment is not slowed, and once
 * the allowance refills the flooding peer's envelopes arrive — each exactly once.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { type Network, startNetwork } from '../support/network.js';

describe('per-peer inbox throttling', () => {
  let net: Network;
  before(async () => {
    net = await startNetwork({
      names: ['xa', 'xb', 'xc'],
      nodeOptions: { inboxThrottle: { perSecond: 1, burst: 5 }, maxBatchEnvelopes: 5 },
    });
  });
  after(async () => {
    await net.close();
  });

  test('the flooding peer waits, the other does not, and nothing is lost or doubled', async () => {
    const xa = net.node('xa');
    const xc = net.node('xc');
    const flood: string[] = [];
    for (let i = 0; i < 10; i++) flood.push(await xa.send('xb', `flood ${i}`));
    const first = await xa.federation.worker.processAll();
    assert.equal(first.accepted, 5, 'the first five fit the allowance');
    assert.equal(first.failedBatches, 1, 'the next five are refused');
    const peer = await xa.database.db
      .selectFrom('peers')
      .select('last_error')
      .where('node_id', '=', 'xb')
      .executeTakeFirst();
    assert.match(peer?.last_error ?? '', /429/);

    const calm = await xc.send('xb', 'from another State, at the same moment');
    assert.equal((await xc.federation.worker.processAll()).accepted, 1, 'another peer is not slowed');

    net.clock.advance(10_000);
    await net.drain();
    const effects = await net.node('xb').effects();
    for (const id of [...flood, calm]) assert.equal(effects.get(id), 1, id);
  });

  test('a request that is not signed by a peer is refused before any allowance is counted', async () => {
    for (let i = 0; i < 10; i++) {
      const res = await fetch(`${net.node('xb').url}/federation/v1/inbox`, {
        method: 'POST',
        headers: { 'content-type': 'application/comity-batch+json' },
        body: JSON.stringify({ batchId: `b${i}`, envelopes: [] }),
      });
      assert.ok(res.status === 400 || res.status === 401, String(res.status));
    }
    const sent = await net.node('xc').send('xb', 'still within its allowance');
    await net.drain();
    assert.equal((await net.node('xb').effects()).get(sent), 1);
  });
});
