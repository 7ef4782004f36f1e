/**
 * Outages: a peer offline for a simulated week, then back; a sender that crashes after the
 * peer stored a batch but before it recorded the answer. Nothing is lost, nothing happens twice.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DAY, HOUR, MINUTE } from '../../src/core/clock.js';
import { type Network, startNetwork } from '../support/network.js';

describe('a peer offline for a week catches up with nothing lost', () => {
  let net: Network;
  before(async () => {
    net = await startNetwork({ names: ['xa', 'xb'], nodeOptions: { alertAfterMs: HOUR } });
  });
  after(async () => {
    await net.close();
  });

  test('messages wait with back-off, the 24/7 officer is alerted, and all arrive in order when the peer returns', async () => {
    const xa = net.node('xa');
    const xb = net.node('xb');
    await xb.stop();
    const ids: string[] = [];
    // A week of traffic while the peer is down, with the worker trying all along.
    for (let day = 0; day < 7; day++) {
      for (let i = 0; i < 5; i++) ids.push(await xa.send('xb', { day, i }));
      for (let h = 0; h < 24; h += 6) {
        net.clock.advance(6 * HOUR);
        const pass = await net.drain();
        assert.equal(pass.accepted, 0);
      }
    }
    const peer = await xa.database.db
      .selectFrom('peers')
      .selectAll()
      .where('node_id', '=', 'xb')
      .executeTakeFirstOrThrow();
    assert.ok(peer.failures >= 5, `breaker should have opened, failures=${peer.failures}`);
    assert.match(peer.last_error ?? '', /fetch failed|ECONNREFUSED|TypeError/);
    const pending = await xa.database.db
      .selectFrom('outbox')
      .select('message_id')
      .where('status', '=', 'pending')
      .execute();
    assert.equal(pending.length, 35, 'nothing dropped');
    const alerts = await xa.database.db
      .selectFrom('delivery_alerts')
      .selectAll()
      .where('resolved_at', 'is', null)
      .execute();
    assert.equal(alerts.length, 35, 'every overdue message alerted once');
    assert.ok(alerts.every((a) => a.reason === 'undelivered'));

    await xb.start();
    // Past the capped back-off; on a loaded machine a batch can time out once, so give the
    // worker a few bounded rounds, each past the back-off, until nothing is pending.
    for (let round = 0; round < 5; round++) {
      net.clock.advance(2 * HOUR);
      await net.drain();
      const left = await xa.database.db
        .selectFrom('outbox')
        .select('message_id')
        .where('status', '=', 'pending')
        .execute();
      if (left.length === 0) break;
    }
    const effects = await xb.effects();
    for (const id of ids) assert.equal(effects.get(id), 1, id);
    const inbox = await xb.database.db
      .selectFrom('inbox_messages')
      .select(['message_id'])
      .orderBy('received_at')
      .execute();
    assert.equal(inbox.length, 35);
    const open = await xa.database.db
      .selectFrom('delivery_alerts')
      .select('id')
      .where('resolved_at', 'is', null)
      .execute();
    assert.equal(open.length, 0, 'alerts resolved on delivery');
    const after = await xa.database.db
      .selectFrom('peers')
      .selectAll()
      .where('node_id', '=', 'xb')
      .executeTakeFirstOrThrow();
    assert.equal(after.failures, 0);
  });

  test('per-peer order holds across the outage', async () => {
    const xa = net.node('xa');
    const sent = await xa.database.db
      .selectFrom('outbox')
      .select(['message_id', 'seq'])
      .orderBy('seq')
      .execute();
    const got = await net
      .node('xb')
      .database.db.selectFrom('inbox_messages')
      .select(['message_id', 'received_at', 'batch_id'])
      .execute();
    const position = new Map(sent.map((r, i) => [r.message_id, i]));
    // Batches arrive in order; within one batch the sender's order is kept by the envelope index.
    const batches = [...new Set(got.map((g) => g.batch_id))];
    let last = -1;
    for (const b of batches) {
      const members = got.filter((g) => g.batch_id === b).map((g) => position.get(g.message_id) as number);
      assert.ok(Math.min(...members) > last, 'a later batch never holds an earlier message');
      last = Math.max(...members);
    }
  });
});

describe('a sender restarted mid-delivery resumes without loss or duplicate effect', () => {
  let net: Network;
  let loseAnswers = true;
  before(async () => {
    net = await startNetwork({
      names: ['xa', 'xb'],
      nodeOptions: {
        // The batch reaches the peer and is stored there, but the answer never comes back.
        fetch: async (input, init) => {
          const res = await fetch(input, init);
          if (loseAnswers && String(input).includes('/federation/v1/inbox')) {
            await res.arrayBuffer();
            throw new TypeError('connection reset after the request was sent');
          }
          return res;
        },
      },
    });
  });
  after(async () => {
    await net.close();
  });

  test('the batch is sent again after the restart and acknowledged as a duplicate', async () => {
    const xa = net.node('xa');
    const xb = net.node('xb');
    const ids = [await xa.send('xb', 'one'), await xa.send('xb', 'two'), await xa.send('xb', 'three')];
    const first = await xa.federation.worker.processAll();
    assert.equal(first.accepted, 0);
    assert.equal(first.failedBatches, 1);
    assert.equal((await xb.effects()).size, 3, 'the peer stored the batch');

    loseAnswers = false;
    await xa.restart({ fetch });
    net.clock.advance(10 * MINUTE);
    await net.drain();
    const effects = await xb.effects();
    for (const id of ids) assert.equal(effects.get(id), 1, `${id} took effect exactly once`);
    const outbox = await xa.database.db.selectFrom('outbox').select(['status', 'accepted_at']).execute();
    assert.ok(outbox.every((r) => r.status === 'accepted' && r.accepted_at));
    const receipts = await xa.database.db
      .selectFrom('receipts')
      .select('message_id')
      .where('direction', '=', 'received')
      .execute();
    assert.equal(receipts.length, 3);
  });

  test('a resent message keeps the receipt signed the first time, so the legal clock does not move', async () => {
    const xa = net.node('xa');
    const xb = net.node('xb');
    const theirs = await xb.database.db
      .selectFrom('inbox_messages')
      .select(['message_id', 'receipt'])
      .execute();
    const ours = await xa.database.db.selectFrom('receipts').select(['message_id', 'compact']).execute();
    for (const r of theirs) assert.equal(ours.find((o) => o.message_id === r.message_id)?.compact, r.receipt);
    net.clock.advance(DAY);
  });
});
