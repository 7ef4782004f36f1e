/**
 * Multi-node delivery over real HTTP on 127.0.0.1: messages arrive once, in order, with signed
 * `accepted` receipts the sender verified and stored; higher rungs come back through the outbox.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SYSTEM_ACTOR } from '../../src/core/context.js';
import { createUser } from '../../src/app/accounts/users.js';
import { TEST_PASSWORD_COST } from '../support/app.js';
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

describe('delivery status through the API', () => {
  let net: Network;
  before(async () => {
    net = await startNetwork({ names: ['xa', 'xb'] });
  });
  after(async () => {
    await net.close();
  });

  let logins = 0;
  async function login(node: Network['nodes'][number], role: 'admin' | 'poc_officer' | 'analyst') {
    const username = `${role.replace('_', '-')}-${node.name}-${++logins}`;
    const password = 'a long test password 42';
    await createUser(
      node.database,
      { actor: SYSTEM_ACTOR, requestId: null, clock: net.clock },
      { username, roles: [role], password },
      TEST_PASSWORD_COST,
    );
    const res = await node.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password },
    });
    const cookie = res.cookies.find((c) => c.name === 'comity_session')?.value;
    return {
      cookie: `comity_session=${cookie}`,
      'x-csrf-token': (res.json() as { csrfToken: string }).csrfToken,
    };
  }

  test('an admin pings a peer; the 24/7 officer follows it to accepted with the signed receipt', async () => {
    const xa = net.node('xa');
    const admin = await login(xa, 'admin');
    const ping = await xa.app.inject({
      method: 'POST',
      url: '/api/federation/peers/xb/ping',
      headers: admin,
      payload: { note: 'hello' },
    });
    assert.equal(ping.statusCode, 202, ping.body);
    const { messageId } = ping.json() as { messageId: string };
    const officer = await login(xa, 'poc_officer');
    const before = await xa.app.inject({
      method: 'GET',
      url: `/api/federation/messages/${messageId}`,
      headers: officer,
    });
    assert.equal(before.json().status, 'pending');
    const health = async () =>
      (
        (await xa.app.inject({ method: 'GET', url: '/api/federation/peers', headers: officer })).json() as {
          peers: Array<{ nodeId: string; delivery: Record<string, unknown> }>;
        }
      ).peers.find((p) => p.nodeId === 'xb')!.delivery;
    const waiting = await health();
    assert.ok((waiting.backlog as number) >= 1, 'the ping waits in the backlog');
    assert.equal(typeof waiting.oldestUndeliveredAt, 'string');
    assert.equal(waiting.breaker, 'closed');
    await net.drain();
    const delivered = await health();
    assert.equal(delivered.backlog, 0);
    assert.equal(delivered.oldestUndeliveredAt, null);
    assert.equal(typeof delivered.lastDeliveredAt, 'string', 'the last delivery is known');
    const res = await xa.app.inject({
      method: 'GET',
      url: `/api/federation/messages/${messageId}`,
      headers: officer,
    });
    assert.equal(res.statusCode, 200, res.body);
    const status = res.json() as {
      status: string;
      acceptedAt: string;
      receipts: Array<{ receiptType: string; signedAt: string; compact: string }>;
    };
    assert.equal(status.status, 'accepted');
    assert.equal(status.receipts[0]?.receiptType, 'accepted');
    assert.equal(status.acceptedAt, status.receipts[0]?.signedAt);
    const analyst = await login(xa, 'analyst');
    const forbidden = await xa.app.inject({
      method: 'GET',
      url: `/api/federation/messages/${messageId}`,
      headers: analyst,
    });
    assert.equal(forbidden.statusCode, 403);
    const missing = await xa.app.inject({
      method: 'GET',
      url: '/api/federation/messages/00000000-0000-4000-8000-000000000000',
      headers: officer,
    });
    assert.equal(missing.statusCode, 404);
  });

  test("a peer's traffic chart counts today's messages, their delivery and the ones received", async () => {
    const xa = net.node('xa');
    const xb = net.node('xb');
    const admin = await login(xa, 'admin');
    const officer = await login(xa, 'poc_officer');
    type Traffic = {
      from: string;
      to: string;
      days: Array<{
        day: string;
        sent: number;
        delivered: number;
        waiting: number;
        received: number;
        deliveryTimes: { median: number; p95: number; max: number } | null;
      }>;
    };
    const traffic = async (node: typeof xa, headers: Record<string, string>, peer: string) => {
      const res = await node.app.inject({
        method: 'GET',
        url: `/api/federation/peers/${peer}/traffic?days=7`,
        headers,
      });
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json() as Traffic;
      assert.equal(body.days.length, 7);
      return body.days.at(-1)!;
    };
    const xbAdmin = await login(xb, 'admin');
    const sentBefore = await traffic(xa, officer, 'xb');
    const receivedBefore = await traffic(xb, xbAdmin, 'xa');
    for (const note of ['one', 'two'])
      assert.equal(
        (
          await xa.app.inject({
            method: 'POST',
            url: '/api/federation/peers/xb/ping',
            headers: admin,
            payload: { note },
          })
        ).statusCode,
        202,
      );
    const queued = await traffic(xa, officer, 'xb');
    assert.equal(queued.sent, sentBefore.sent + 2);
    assert.equal(queued.waiting, sentBefore.waiting + 2);
    await net.drain();
    const sent = await traffic(xa, officer, 'xb');
    assert.equal(sent.delivered, sentBefore.delivered + 2);
    assert.equal(sent.waiting, sentBefore.waiting);
    assert.ok(sent.deliveryTimes, 'delivered messages have delivery times');
    assert.ok(sent.deliveryTimes.median <= sent.deliveryTimes.p95);
    assert.ok(sent.deliveryTimes.p95 <= sent.deliveryTimes.max);
    assert.equal((await traffic(xb, xbAdmin, 'xa')).received, receivedBefore.received + 2);

    const bad = async (url: string, status: number, code: string) => {
      const res = await xa.app.inject({ method: 'GET', url, headers: officer });
      assert.equal(res.statusCode, status, res.body);
      assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.equal(res.json().code, code);
    };
    await bad('/api/federation/peers/nobody/traffic', 404, 'peer_not_found');
    await bad('/api/federation/peers/xb/traffic?days=0', 400, 'validation_failed');
    await bad('/api/federation/peers/xb/traffic?days=many', 400, 'validation_failed');
    const analyst = await login(xa, 'analyst');
    const forbidden = await xa.app.inject({
      method: 'GET',
      url: '/api/federation/peers/xb/traffic',
      headers: analyst,
    });
    assert.equal(forbidden.statusCode, 403);
  });

  test('an overdue message shows as an open alert until it is delivered', async () => {
    const xa = net.node('xa');
    const xb = net.node('xb');
    const officer = await login(xa, 'poc_officer');
    await xb.stop();
    const id = await xa.send('xb', 'overdue');
    net.clock.advance(2 * 60 * 60_000);
    await net.drain();
    const open = await xa.app.inject({
      method: 'GET',
      url: '/api/federation/alerts?open=true',
      headers: officer,
    });
    const alerts = (open.json() as { alerts: Array<{ messageId: string; reason: string }> }).alerts;
    assert.deepEqual(
      alerts.map((a) => [a.messageId, a.reason]),
      [[id, 'undelivered']],
    );
    await xb.start();
    net.clock.advance(2 * 60 * 60_000);
    await net.drain();
    const closed = await xa.app.inject({
      method: 'GET',
      url: '/api/federation/alerts?open=true',
      headers: officer,
    });
    assert.deepEqual((closed.json() as { alerts: unknown[] }).alerts, []);
  });
});
