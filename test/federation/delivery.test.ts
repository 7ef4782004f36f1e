/**
 * Multi-node delivery over real HTTP on 127.0.0.1: messages arrive once, in order, with signed
 * `accepted` receipts the sender verified and stored; higher rungs come back through the outbox.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Network, startNetwork } from '../support/network.js';

describe('federated delivery with receipts', () => {
  let net: Network;
  before(async () => {
    net = await startNetwork({ names: ['xa', 'xb', 'xc'] });
  });
  after(async () => {
    await net.close();
  });

  test('a message reaches its peer once, and the sender holds a verified accepted receipt', async () => {
    const xa = net.node('xa');
    const xb = net.node('xb');
    const id = await xa.send('xb', { text: 'preserve account 42' });
    const moved = await net.drain();
    assert.equal(moved.accepted, 1);
    assert.equal((await xb.effects()).get(id), 1);
    const status = await xa.database.db
      .selectFrom('outbox')
      .selectAll()
      .where('message_id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(status.status, 'accepted');
    const receipts = await xa.database.db
      .selectFrom('receipts')
      .selectAll()
      .where('message_id', '=', id)
      .execute();
    assert.equal(receipts.length, 1);
    assert.equal(receipts[0]?.receipt_type, 'accepted');
    assert.equal(receipts[0]?.direction, 'received');
    // The legal clock starts at the receiver's signed time, which the outbox row keeps.
    assert.equal(status.accepted_at, receipts[0]?.signed_at);
    const stored = await xb.database.db
      .selectFrom('inbox_messages')
      .selectAll()
      .where('message_id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(stored.digest, status.digest);
  });

  test('many messages to several peers arrive in order and exactly once', async () => {
    const xa = net.node('xa');
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push(await xa.send(i % 2 ? 'xb' : 'xc', { i }));
    await net.drain();
    const xb = await net.node('xb').effects();
    const xc = await net.node('xc').effects();
    for (const [i, id] of ids.entries()) assert.equal((i % 2 ? xb : xc).get(id), 1, `message ${i}`);
    const order = await net
      .node('xb')
      .database.db.selectFrom('inbox_messages')
      .select(['message_id', 'received_at'])
      .where(
        'message_id',
        'in',
        ids.filter((_, i) => i % 2),
      )
      .orderBy('created_at')
      .execute();
    assert.equal(order.length, 15);
  });

  test('delivered and opened receipts travel back through the outbox and are stored by the sender', async () => {
    const xa = net.node('xa');
    const xb = net.node('xb');
    const id = await xa.send('xb', 'rung test');
    await net.drain();
    await xb.database.transact(async (tx) => {
      await xb.federation.sendReceipt(tx, id, 'delivered');
      await xb.federation.sendReceipt(tx, id, 'opened');
    });
    await net.drain();
    const rungs = await xa.database.db
      .selectFrom('receipts')
      .select(['receipt_type'])
      .where('message_id', '=', id)
      .where('direction', '=', 'received')
      .execute();
    assert.deepEqual(rungs.map((r) => r.receipt_type).sort(), ['accepted', 'delivered', 'opened']);
  });

  test('a handler that refuses a message leaves no trace of it but the refusal, and the sender is alerted', async () => {
    const xa = net.node('xa');
    const xb = net.node('xb');
    const id = await xa.send('xb', 'refuse');
    const moved = await net.drain();
    assert.equal(moved.rejected, 1);
    assert.equal((await xb.effects()).get(id), undefined);
    const stored = await xb.database.db
      .selectFrom('inbox_messages')
      .select('message_id')
      .where('message_id', '=', id)
      .execute();
    assert.equal(stored.length, 0);
    const alerts = await xa.database.db
      .selectFrom('delivery_alerts')
      .selectAll()
      .where('message_id', '=', id)
      .execute();
    assert.equal(alerts[0]?.reason, 'rejected_malformed');
  });
});
