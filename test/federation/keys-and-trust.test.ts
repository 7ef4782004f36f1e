/**
 * Key rotation and trust: rotated keys keep old messages and receipts verifiable and peers learn
 * the new key from announcements signed by the old one; revoking a peer stops delivery both
 * ways; a peer is trusted only with the fingerprint confirmed out of band.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { HOUR, MINUTE } from '../../src/core/clock.js';
import { SYSTEM_ACTOR } from '../../src/core/context.js';
import { openEnvelope } from '../../src/federation/envelope/open.js';
import { addPeer, findPeer, peerKeyAt, revokePeer } from '../../src/federation/peers/peers-store.js';
import { verifyReceipt } from '../../src/federation/receipts/receipt.js';
import { createUser } from '../../src/app/accounts/users.js';
import { TEST_PASSWORD_COST } from '../support/app.js';
import { type Network, type NetworkNode, startNetwork } from '../support/network.js';
import { tamperedCompact } from '../support/tamper.js';

describe('key rotation keeps old messages verifiable', () => {
  let net: Network;
  before(async () => {
    net = await startNetwork({ names: ['xa', 'xb'] });
  });
  after(async () => {
    await net.close();
  });

  test('messages sealed before and after a rotation all arrive; the peer learns the new keys', async () => {
    const xa = net.node('xa');
    const xb = net.node('xb');
    const before = await xa.send('xb', 'before rotation');
    await net.drain();
    const queuedBefore = await xa.send('xb', 'queued before rotation, sent after');
    const oldKid = xa.federation.keyring.signer().keyId;
    net.clock.advance(MINUTE);
    await xa.federation.rotateKeys({ actor: SYSTEM_ACTOR, requestId: null, clock: net.clock });
    const newKid = xa.federation.keyring.signer().keyId;
    assert.notEqual(newKid, oldKid);
    // xb still seals to xa's old encryption key: xa must still open it.
    const toXa = await xb.send('xa', 'sealed to the old key');
    net.clock.advance(MINUTE);
    const after = await xa.send('xb', 'after rotation');
    await net.drain();
    const effects = await xb.effects();
    for (const id of [before, queuedBefore, after]) assert.equal(effects.get(id), 1, id);
    assert.equal((await xa.effects()).get(toXa), 1);

    const peer = await findPeer(xb.database.db, 'xa');
    const old = peer?.keys.find((k) => k.kid === oldKid);
    assert.equal(old?.status, 'retired');
    assert.ok(peer?.keys.some((k) => k.kid === newKid && k.status === 'active'));
    const audit = await xb.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'federation.peer.key_rotation')
      .execute();
    assert.equal(audit.length, 2, 'signing and encryption keys learnt');
  });

  test('the envelope stored before the rotation still verifies against the retired key', async () => {
    const xb = net.node('xb');
    const first = await xb.database.db
      .selectFrom('inbox_messages')
      .selectAll()
      .orderBy('received_at')
      .executeTakeFirstOrThrow();
    const peer = await findPeer(xb.database.db, 'xa');
    const opened = await openEnvelope(first.envelope, {
      decrypters: xb.federation.keyring.decrypters,
      expectedRecipient: { node: 'xb' },
      clock: net.clock,
      resolveSenderKey: (_from, kid, at) => (peer ? peerKeyAt(peer, kid, at) : undefined),
    });
    assert.equal(opened.ok, true);
  });

  test("a receipt signed with a peer's rotated-out key still verifies at the sender", async () => {
    const xa = net.node('xa');
    const xb = net.node('xb');
    net.clock.advance(MINUTE);
    await xb.federation.rotateKeys({ actor: SYSTEM_ACTOR, requestId: null, clock: net.clock });
    await xb.send('xa', 'teach xa the new key');
    await net.drain();
    const peer = await findPeer(xa.database.db, 'xb');
    const receipts = await xa.database.db
      .selectFrom('receipts')
      .selectAll()
      .where('direction', '=', 'received')
      .execute();
    assert.ok(receipts.length >= 3);
    for (const r of receipts) {
      const v = await verifyReceipt(r.compact, {
        resolveKey: (_n, kid, at) => (peer ? peerKeyAt(peer, kid, at) : undefined),
      });
      assert.equal(v.ok, true, r.message_id);
    }
  });
});

describe('trust: confirmed fingerprints, revocation both ways', () => {
  let net: Network;
  before(async () => {
    net = await startNetwork({ names: ['xa', 'xb', 'xc'], trustAll: false });
  });
  after(async () => {
    await net.close();
  });

  async function adminSession(node: NetworkNode) {
    const ctx = { actor: SYSTEM_ACTOR, requestId: null, clock: net.clock };
    const password = 'a long admin password 42';
    const username = `admin-${node.name}`;
    await createUser(node.database, ctx, { username, roles: ['admin'], password }, TEST_PASSWORD_COST);
    const res = await node.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password },
    });
    const cookie = res.cookies.find((c) => c.name === 'comity_session')?.value;
    return { cookie: `comity_session=${cookie}`, csrf: (res.json() as { csrfToken: string }).csrfToken };
  }

  async function cardOf(node: NetworkNode) {
    const res = await fetch(`${node.url}/federation/v1/card`);
    return (await res.json()) as { card: string; fingerprint: string };
  }

  test('a wrong fingerprint is refused with 400 and nothing is stored; the right one trusts the peer', async () => {
    const xa = net.node('xa');
    const admin = await adminSession(xa);
    const xb = await cardOf(net.node('xb'));
    const xc = await cardOf(net.node('xc'));
    const headers = { cookie: admin.cookie, 'x-csrf-token': admin.csrf };
    const wrong = await xa.app.inject({
      method: 'POST',
      url: '/api/federation/peers',
      headers,
      payload: { card: xb.card, fingerprint: xc.fingerprint },
    });
    assert.equal(wrong.statusCode, 400, wrong.body);
    assert.equal(wrong.json().code, 'fingerprint_mismatch');
    assert.equal((await xa.database.db.selectFrom('peers').select('node_id').execute()).length, 0);

    const tampered = tamperedCompact(xb.card);
    const bad = await xa.app.inject({
      method: 'POST',
      url: '/api/federation/peers',
      headers,
      payload: { card: tampered, fingerprint: xb.fingerprint },
    });
    assert.equal(bad.statusCode, 400);

    const ok = await xa.app.inject({
      method: 'POST',
      url: '/api/federation/peers',
      headers,
      payload: { card: xb.card, fingerprint: xb.fingerprint.toLowerCase().replaceAll(' ', '') },
    });
    assert.equal(ok.statusCode, 201, ok.body);
    assert.equal(ok.json().nodeId, 'xb');
    const list = await xa.app.inject({ method: 'GET', url: '/api/federation/peers', headers });
    assert.deepEqual(
      list.json().peers.map((p: { nodeId: string }) => p.nodeId),
      ['xb'],
    );
  });

  test('an untrusted sender is refused as unknown_peer, and nothing is stored', async () => {
    const xa = net.node('xa');
    const xb = net.node('xb');
    // xa trusts xb, but xb does not trust xa yet.
    const id = await xa.send('xb', 'hello?');
    const pass = await net.drain();
    assert.equal(pass.failedBatches, 1);
    assert.equal(
      (await xb.database.db.selectFrom('inbox_messages').select('message_id').execute()).length,
      0,
    );
    const row = await xa.database.db
      .selectFrom('peers')
      .selectAll()
      .where('node_id', '=', 'xb')
      .executeTakeFirstOrThrow();
    assert.match(row.last_error ?? '', /unknown_peer/);
    const refused = await xb.database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'federation.inbox.refuse')
      .execute();
    assert.ok(refused.some((r) => r.details.includes('unknown_peer')));
    // Once xb confirms xa's card, the held message goes through.
    const card = await cardOf(xa);
    await addPeer(xb.database, { actor: SYSTEM_ACTOR, requestId: null, clock: net.clock }, card);
    net.clock.advance(HOUR);
    await net.drain();
    assert.equal((await xb.effects()).get(id), 1);
  });

  test('revoking stops delivery both ways: the outbox holds, the inbox refuses', async () => {
    const xa = net.node('xa');
    const xb = net.node('xb');
    const ctx = { actor: SYSTEM_ACTOR, requestId: null, clock: net.clock };
    await revokePeer(xb.database, ctx, 'xa');
    const refused = await xa.send('xb', 'refused by xb');
    await net.drain();
    assert.equal((await xb.effects()).get(refused), undefined);
    await revokePeer(xa.database, ctx, 'xb');
    net.clock.advance(2 * HOUR);
    const held = await xa.send('xb', 'held at xa');
    const pass = await xa.federation.worker.processAll();
    assert.equal(pass.failedBatches, 0, 'no attempt to a revoked peer');
    const pending = await xa.database.db
      .selectFrom('outbox')
      .select('message_id')
      .where('status', '=', 'pending')
      .execute();
    assert.deepEqual(pending.map((p) => p.message_id).sort(), [refused, held].sort());
    // Re-trusting both ways (fingerprints confirmed again) releases what was held.
    await addPeer(xa.database, ctx, await cardOf(xb));
    await addPeer(xb.database, ctx, await cardOf(xa));
    net.clock.advance(2 * HOUR);
    await net.drain();
    const effects = await xb.effects();
    assert.equal(effects.get(refused), 1);
    assert.equal(effects.get(held), 1);
  });
});
