/**
 * Bounded fuzz of the inbox over real HTTP: every hostile request gets a 4xx with a stable
 * reason, nothing from it is stored, and the node keeps serving valid traffic. The longer run
 * is `scripts/fuzz-inbox.ts`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { batchOf, fuzzCase, post, prng, sealNote } from '../support/inbox-fuzz.js';
import { type Network, startNetwork } from '../support/network.js';

const CASES = 120;

describe('inbox fuzz', () => {
  let net: Network;
  before(async () => {
    net = await startNetwork({ names: ['xa', 'xb', 'xc'] });
  });
  after(async () => {
    await net.close();
  });

  test(`${CASES} hostile requests each get a 4xx with a reason and store nothing`, async () => {
    const [xa, xb, xc] = net.nodes as [(typeof net.nodes)[0], (typeof net.nodes)[0], (typeof net.nodes)[0]];
    // One accepted message first, so replays have something to collide with.
    const first = await post(net, xa, xb, batchOf([await sealNote(net, xa, xb)]));
    assert.equal(first.status, 200);
    const count = async () => ({
      inbox: (await xb.database.db.selectFrom('inbox_messages').select('message_id').execute()).length,
      effects: (await xb.effects()).size,
    });
    const baseline = await count();
    const random = prng(20261129);
    const seen = new Set<string>();
    for (let i = 0; i < CASES; i++) {
      const c = await fuzzCase(net, random, xa, xb, xc);
      const res = await post(net, xa, xb, c.body, c.contentType, c.sign);
      assert.ok(res.status >= 400 && res.status < 500, `case ${i} (${c.name}) → ${res.status}`);
      const reason = res.json?.reason;
      assert.ok(
        typeof reason === 'string' && c.reasons.includes(reason),
        `case ${i} (${c.name}) reason ${String(reason)}`,
      );
      seen.add(String(reason));
      assert.deepEqual(await count(), baseline, `case ${i} (${c.name}) stored something`);
    }
    for (const r of ['malformed', 'bad_signature', 'not_for_us', 'expired', 'replayed', 'too_large'])
      assert.ok(seen.has(r), `the run covered ${r}`);
    // Still serving.
    const ok = await post(net, xa, xb, batchOf([await sealNote(net, xa, xb)]));
    assert.equal(ok.status, 200);
    assert.equal((await count()).inbox, baseline.inbox + 1);
  });

  test('an oversized body is refused as too_large', async () => {
    const [xa, xb] = net.nodes as [(typeof net.nodes)[0], (typeof net.nodes)[0]];
    const huge = batchOf([`${'A'.repeat(9 * 1024 * 1024)}`]);
    const res = await post(net, xa, xb, huge);
    assert.equal(res.status, 413);
    assert.equal(res.json?.reason, 'too_large');
  });

  test('a mixed batch stores the valid envelope and refuses the bad ones individually', async () => {
    const [xa, xb, xc] = net.nodes as [(typeof net.nodes)[0], (typeof net.nodes)[0], (typeof net.nodes)[0]];
    const good = await sealNote(net, xa, xb);
    const res = await post(net, xa, xb, batchOf([good, 'garbage', await sealNote(net, xa, xc), good]));
    assert.equal(res.status, 200);
    const results = res.json?.results as Array<{ status: string; reason?: string; duplicate?: boolean }>;
    assert.deepEqual(
      results.map((r) => r.reason ?? r.status),
      ['accepted', 'malformed', 'not_for_us', 'accepted'],
    );
    assert.equal(results[3]?.duplicate, true, 'the same envelope twice in a batch takes effect once');
  });
});
