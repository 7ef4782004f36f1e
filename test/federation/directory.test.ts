/**
 * A directory of nodes across real nodes over real HTTP: an operator lists three States' cards,
 * each State trusts the directory by its key's fingerprint alone and can then exchange
 * messages with the others; a key rotation reaches everyone through the directory; copies that
 * do not verify change nothing; and an operator that shows one State a different list is caught
 * by gossip between peers.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { MINUTE } from '../../src/core/clock.js';
import { SYSTEM_ACTOR } from '../../src/core/context.js';
import type { DomainError } from '../../src/core/errors.js';
import { appendToDirectory, collectListedCards, createDirectory } from '../../src/app/directory/operated.js';
import { createWebhook } from '../../src/app/notifications/admin.js';
import { addDirectory, gossipDirectory, refreshDirectory } from '../../src/app/directory/trusted.js';
import { directoryDetail } from '../../src/app/directory/view.js';
import { generateNodeKeys, publicKeyRecords } from '../../src/federation/crypto/node-keys.js';
import { localSigner } from '../../src/federation/crypto/signer.js';
import { type DirectoryDocument, headFor } from '../../src/federation/directory/document.js';
import { entryLeaf } from '../../src/federation/directory/entry.js';
import { signHead } from '../../src/federation/directory/head.js';
import { type InclusionBundle, verifyInclusionBundle } from '../../src/federation/directory/proofs.js';
import { findDirectory, listDirectoryAlerts } from '../../src/federation/directory/store.js';
import { signPeerCard } from '../../src/federation/peers/peer-card.js';
import { findPeer, listPeers } from '../../src/federation/peers/peers-store.js';
import { type Network, type NetworkNode, startNetwork, trust } from '../support/network.js';

const ID = 'un-register';

describe('a directory of nodes instead of a hand-made mesh', () => {
  let net: Network;
  let un: NetworkNode;
  let fingerprint: string;
  let source: string;
  const ctx = () => ({ actor: SYSTEM_ACTOR, requestId: null, clock: net.clock });
  const cardOf = async (n: NetworkNode) =>
    (await (await fetch(`${n.url}/federation/v1/card`)).json()) as { card: string; fingerprint: string };

  before(async () => {
    net = await startNetwork({ names: ['un', 'xa', 'xb', 'xc', 'xd'], trustAll: false });
    un = net.node('un');
    ({ fingerprint } = await createDirectory(un.deps, ctx(), {
      id: ID,
      name: 'Register of the States Parties',
    }));
    const cards = await Promise.all(['xa', 'xb', 'xc'].map((n) => cardOf(net.node(n))));
    await appendToDirectory(un.deps, ctx(), ID, { cards });
    source = `${un.url}/federation/v1/directories/${ID}`;
  });
  after(async () => {
    await net.close();
  });

  test('a copy with the wrong fingerprint or a broken signature is refused and trusts nobody', async () => {
    const xc = net.node('xc');
    await assert.rejects(
      addDirectory(xc.deps, ctx(), { source, fingerprint: fingerprint.replace(/^..../, '0000') }),
      (e: DomainError) => e.code === 'directory_fingerprint_mismatch',
    );
    const doc = (await (await fetch(source)).json()) as DirectoryDocument;
    const [h, p] = doc.head.split('.');
    await assert.rejects(
      addDirectory(xc.deps, ctx(), {
        document: { ...doc, head: `${h}.${p}.${'A'.repeat(86)}` },
        fingerprint,
      }),
      (e: DomainError) => e.code === 'directory_refused' && e.details.reason === 'bad_signature',
    );
    await assert.rejects(
      addDirectory(xc.deps, ctx(), { document: { ...doc, entries: doc.entries.slice(1) }, fingerprint }),
      (e: DomainError) => e.code === 'directory_refused' && e.details.reason === 'root_mismatch',
    );
    assert.equal(await findDirectory(xc.database.db, ID), undefined);
    assert.deepEqual(await listPeers(xc.database), []);
  });

  test('each State trusts the directory key once and then every listed State, and messages flow', async () => {
    for (const n of ['xa', 'xb', 'xc']) {
      const { outcome } = await addDirectory(net.node(n).deps, ctx(), {
        source,
        fingerprint: fingerprint.toLowerCase(),
      });
      assert.equal(outcome.changes.added.length, 2, n);
    }
    const peer = await findPeer(net.node('xa').database.db, 'xb');
    assert.equal(peer?.trustedVia, ID);
    assert.equal(peer?.status, 'active');
    const detail = await directoryDetail(net.node('xa').deps, ID);
    assert.deepEqual(
      detail.nodes.map((n) => [n.nodeId, n.trust]),
      [
        ['xa', 'self'],
        ['xb', 'via_directory'],
        ['xc', 'via_directory'],
      ],
    );
    const sent = await net.node('xa').send('xb', 'trusted through the directory');
    const back = await net.node('xc').send('xa', 'and the other way');
    await net.drain();
    assert.equal((await net.node('xb').effects()).get(sent), 1);
    assert.equal((await net.node('xa').effects()).get(back), 1);
  });

  test('an inclusion proof from any mirror verifies against the directory key; a moved one does not', async () => {
    const xb = net.node('xb');
    const bundle = (await (
      await fetch(`${xb.url}/federation/v1/directories/${ID}/proof?node=xa`)
    ).json()) as InclusionBundle;
    const key = (await findDirectory(xb.database.db, ID))!.key;
    assert.ok(verifyInclusionBundle(bundle, key).ok);
    const moved = verifyInclusionBundle({ ...bundle, index: bundle.index + 1 }, key);
    assert.equal(!moved.ok && moved.reason, 'bad_inclusion');
  });

  test('a key rotation reaches every State through the directory, even with the operator down', async () => {
    const xa = net.node('xa');
    net.clock.advance(MINUTE);
    await xa.federation.rotateKeys(ctx());
    const newKid = xa.federation.keyring.signer().keyId;
    net.clock.advance(MINUTE);
    const collected = await collectListedCards(un.deps, ctx(), ID);
    assert.deepEqual(collected.failed, []);
    assert.equal(collected.appended, 3, 'the signing and encryption rotations, then the card');
    // xb refreshes from the operator; xc only from a mirror, because the operator is down.
    const viaOperator = await refreshDirectory(net.node('xb').deps, ctx(), ID);
    assert.ok(viaOperator.ok && viaOperator.grew === 3, JSON.stringify(viaOperator));
    await un.stop();
    let viaMirror: Awaited<ReturnType<typeof refreshDirectory>>;
    try {
      viaMirror = await refreshDirectory(net.node('xc').deps, ctx(), ID);
    } finally {
      await un.start();
    }
    assert.ok(viaMirror.ok && viaMirror.grew === 3, JSON.stringify(viaMirror));
    assert.ok(!viaMirror.source.startsWith(un.url), viaMirror.source);
    for (const n of ['xb', 'xc']) {
      const peer = await findPeer(net.node(n).database.db, 'xa');
      assert.ok(
        peer?.keys.some((k) => k.kid === newKid && k.status === 'active'),
        n,
      );
    }
  });

  test('an operator that shows one State a forked list is caught by gossip, and trust elsewhere is untouched', async () => {
    const xd = net.node('xd');
    // The operator signs, for xd alone, a history where xc's key is one it controls.
    const real = (await (await fetch(source)).json()) as DirectoryDocument;
    const evil = generateNodeKeys([]);
    const xcCard = JSON.parse(
      Buffer.from((real.entries[2] as { card: string }).card.split('.')[1]!, 'base64url').toString(),
    );
    const forged = await signPeerCard(
      { ...xcCard, keys: publicKeyRecords(evil, new Date(xcCard.issuedAt)) },
      localSigner(evil.node.signing),
    );
    const entries = [real.entries[0]!, real.entries[1]!, { kind: 'card' as const, card: forged }];
    const directory = (await findDirectory(un.database.db, ID))!;
    const signer = localSigner(await un.federation.openKey(directory.sealedKey!));
    const fork: DirectoryDocument = {
      ...real,
      entries,
      head: await signHead(headFor(ID, entries.map(entryLeaf), net.clock.now()), signer),
      cosignatures: [],
    };
    await createWebhook(xd.database, ctx(), { url: 'http://127.0.0.1:9/hook', events: ['directory.alert'] });
    await addDirectory(xd.deps, ctx(), { document: fork, fingerprint });
    assert.equal((await findPeer(xd.database.db, 'xc'))?.fingerprint.length, 79);
    const gossip = await gossipDirectory(xd.deps, ctx(), ID);
    assert.ok(gossip.splitViews.length >= 1, JSON.stringify(gossip));
    const alerts = await listDirectoryAlerts(xd.database.db, { directoryId: ID, open: true });
    assert.equal(alerts[0]?.kind, 'split_view');
    assert.ok(
      typeof alerts[0]?.evidence.reported === 'string' && typeof alerts[0]?.evidence.held === 'string',
    );
    assert.equal((await findDirectory(xd.database.db, ID))?.status, 'split_view');
    const told = await xd.database.db
      .selectFrom('notifications')
      .select(['channel', 'event'])
      .where('event', '=', 'directory.alert')
      .execute();
    assert.equal(told.length, 1, 'one webhook notification for the split view, not one per peer asked');
    // A State that holds the real history and trusts xd sees xd's mirror as the second history too.
    await trust(net.node('xa'), xd, net.clock);
    const fromXa = await gossipDirectory(net.node('xa').deps, ctx(), ID, { sample: 10 });
    assert.ok(fromXa.splitViews.includes('xd'), JSON.stringify(fromXa));
    // A refused copy changed no trust at xa.
    assert.equal((await findPeer(net.node('xa').database.db, 'xc'))?.trustedVia, ID);
  });
});

describe('witnesses cosign the heads they check', () => {
  let net: Network;
  const ctx = () => ({ actor: SYSTEM_ACTOR, requestId: null, clock: net.clock });
  const cardOf = async (n: NetworkNode) =>
    (await (await fetch(`${n.url}/federation/v1/card`)).json()) as { card: string; fingerprint: string };
  before(async () => {
    net = await startNetwork({ names: ['un', 'wa', 'wb', 'wc'], trustAll: false });
  });
  after(async () => {
    await net.close();
  });

  test('a head counts only with the quorum of chosen witnesses, and a new head waits for theirs', async () => {
    const un = net.node('un');
    const { fingerprint } = await createDirectory(un.deps, ctx(), {
      id: 'regional',
      name: 'Regional register',
    });
    await appendToDirectory(un.deps, ctx(), 'regional', {
      cards: await Promise.all(['wa', 'wb'].map((n) => cardOf(net.node(n)))),
    });
    const source = `${un.url}/federation/v1/directories/regional`;
    // wa checks each head it accepts and cosigns it for the others.
    await addDirectory(net.node('wa').deps, ctx(), { source, fingerprint, cosign: true });
    assert.equal((await findDirectory(un.database.db, 'regional'))?.cosignatures.length, 1);
    const witness = (await cardOf(net.node('wa'))).fingerprint;
    await assert.rejects(
      addDirectory(net.node('wc').deps, ctx(), {
        source,
        fingerprint,
        witnesses: [witness, fingerprint],
        quorum: 2,
      }),
      (e: DomainError) => e.code === 'directory_refused' && e.details.reason === 'quorum',
    );
    const wb = net.node('wb');
    await addDirectory(wb.deps, ctx(), { source, fingerprint, witnesses: [witness], quorum: 1 });
    assert.equal((await findPeer(wb.database.db, 'wa'))?.trustedVia, 'regional');

    // A new head is not taken until the witness has cosigned it; waiting is not an alert.
    await appendToDirectory(un.deps, ctx(), 'regional', { cards: [await cardOf(net.node('wc'))] });
    const early = await refreshDirectory(wb.deps, ctx(), 'regional');
    assert.equal(!early.ok && early.reason, 'quorum');
    assert.equal(await findPeer(wb.database.db, 'wc'), undefined);
    assert.deepEqual(await listDirectoryAlerts(wb.database.db, { directoryId: 'regional', open: true }), []);
    await refreshDirectory(net.node('wa').deps, ctx(), 'regional');
    const later = await refreshDirectory(wb.deps, ctx(), 'regional');
    assert.ok(later.ok && later.grew === 1, JSON.stringify(later));
    assert.equal((await findPeer(wb.database.db, 'wc'))?.trustedVia, 'regional');
  });
});
