import assert from 'node:assert/strict';
import { test } from 'node:test';
import { announceKeyRotation } from '../crypto/key-rotation.js';
import { generateKeyPair } from '../crypto/key-pair.js';
import { generateNodeKeys, publicKeyRecords, type NodeKeys } from '../crypto/node-keys.js';
import { localSigner } from '../crypto/signer.js';
import { ManualClock } from '../../core/clock.js';
import { signPeerCard } from '../peers/peer-card.js';
import { type DirectoryDocument, headFor, verifyDirectory } from './document.js';
import { type DirectoryEntry, entryLeaf } from './entry.js';
import { cosignHead, signHead } from './head.js';
import { checkReportedHead, makeHeadReport, makeInclusion, verifyInclusionBundle } from './proofs.js';

const operator = generateKeyPair('Ed25519');
const clock = new ManualClock('2026-03-02T10:00:00.000Z');

async function cardEntry(state: string, keys: NodeKeys, signer = keys.node.signing): Promise<DirectoryEntry> {
  const url = `https://comity.${state.toLowerCase()}.example`;
  const card = await signPeerCard(
    {
      version: 1,
      nodeId: url,
      url,
      state,
      authorities: [],
      keys: publicKeyRecords(keys, new Date('2026-01-01T00:00:00Z')),
      issuedAt: clock.now().toISOString(),
      validUntil: new Date(clock.now().getTime() + 86_400_000).toISOString(),
    },
    localSigner(signer),
  );
  return { kind: 'card', card };
}

async function publish(
  entries: readonly DirectoryEntry[],
  cosigners: (typeof operator)[] = [],
): Promise<DirectoryDocument> {
  const head = headFor('un-register', entries.map(entryLeaf), clock.now());
  return {
    version: 1,
    directory: { id: 'un-register', name: 'Register of the States Parties', key: operator.publicJwk },
    entries,
    head: await signHead(head, localSigner(operator)),
    cosignatures: await Promise.all(cosigners.map((w) => cosignHead(head, localSigner(w), w.publicJwk))),
  };
}

const ke = generateNodeKeys([]);
const gh = generateNodeKeys([]);

test('a directory verifies whole against its key and lists every card with its fingerprint', async () => {
  const doc = await publish([await cardEntry('KE', ke), await cardEntry('GH', gh)]);
  const r = await verifyDirectory(doc, { key: operator.publicJwk });
  assert.ok(r.ok, JSON.stringify(r));
  assert.equal(r.head.size, 2);
  assert.deepEqual(
    [...r.nodes.values()].map((n) => n.state),
    ['KE', 'GH'],
  );
  assert.equal(r.nodes.get('https://comity.ke.example')?.keys.length, 2);
});

test('a bad signature, another key, a shrunk or forked tree and altered entries are refused with their reason', async () => {
  const a = await cardEntry('KE', ke);
  const b = await cardEntry('GH', gh);
  const doc = await publish([a, b]);
  const other = generateKeyPair('Ed25519');
  const reason = async (d: DirectoryDocument, opts = {}) => {
    const r = await verifyDirectory(d, { key: operator.publicJwk, ...opts });
    return r.ok ? 'ok' : r.reason;
  };
  assert.equal(
    await reason({ ...doc, directory: { ...doc.directory, key: other.publicJwk } }),
    'untrusted_key',
  );
  const [h, p] = doc.head.split('.');
  assert.equal(await reason({ ...doc, head: `${h}.${p}.${'A'.repeat(86)}` }), 'bad_signature');
  assert.equal(await reason({ ...doc, entries: [a] }), 'root_mismatch');
  assert.equal(await reason({ ...doc, entries: [b, a] }), 'root_mismatch');
  const seen = { size: 2, root: JSON.parse(Buffer.from(p!, 'base64url').toString()).root as string };
  assert.equal(await reason(await publish([a]), { previous: seen }), 'inconsistent');
  assert.equal(
    await reason(await publish([b, a, await cardEntry('NG', generateNodeKeys([]))]), { previous: seen }),
    'inconsistent',
  );
  assert.equal(
    await reason(await publish([a, b, await cardEntry('NG', generateNodeKeys([]))]), { previous: seen }),
    'ok',
  );
  assert.equal(await reason({ ...doc, version: 2 } as unknown as DirectoryDocument), 'malformed');
});

test('a second card for a listed node must be signed by a key the directory already lists for it', async () => {
  const first = await cardEntry('KE', ke);
  const swapped = generateNodeKeys([]);
  const r = await verifyDirectory(await publish([first, await cardEntry('KE', swapped)]), {
    key: operator.publicJwk,
  });
  assert.equal(!r.ok && r.reason, 'bad_entry');
  assert.match(
    !r.ok ? r.detail : '',
    /entry 1: the card of https:\/\/comity.ke.example is not signed by a key the directory lists/,
  );
  // After a revocation the operator may list a new key, visibly, in the log.
  const revoke: DirectoryEntry = {
    kind: 'revocation',
    nodeId: 'https://comity.ke.example',
    reason: 'key compromised',
    revokedAt: clock.now().toISOString(),
  };
  const again = await verifyDirectory(await publish([first, revoke, await cardEntry('KE', swapped)]), {
    key: operator.publicJwk,
  });
  assert.ok(again.ok);
  assert.equal(again.nodes.get('https://comity.ke.example')?.revoked, undefined);
  assert.equal(again.nodes.get('https://comity.ke.example')?.index, 2);
});

test('a rotation signed by the listed key moves the fingerprint; one signed by another key is refused', async () => {
  const next = generateKeyPair('Ed25519');
  const announcement = await announceKeyRotation({
    signer: localSigner(ke.node.signing),
    nodeId: 'https://comity.ke.example',
    next: {
      kid: next.kid,
      use: 'sig',
      jwk: next.publicJwk,
      notBefore: clock.now().toISOString(),
      status: 'active',
    },
    previousNotAfter: new Date(clock.now().getTime() + 3_600_000),
    clock,
  });
  const rotation: DirectoryEntry = { kind: 'rotation', nodeId: 'https://comity.ke.example', announcement };
  const r = await verifyDirectory(await publish([await cardEntry('KE', ke), rotation]), {
    key: operator.publicJwk,
  });
  assert.ok(r.ok);
  const node = r.nodes.get('https://comity.ke.example');
  assert.equal(node?.keys.find((k) => k.kid === ke.node.signing.kid)?.status, 'retired');
  assert.equal(node?.fingerprint.replaceAll(' ', '').length, 64);
  const bad = await verifyDirectory(
    await publish([await cardEntry('GH', gh), { ...rotation, nodeId: 'https://comity.gh.example' }]),
    { key: operator.publicJwk },
  );
  assert.equal(!bad.ok && bad.reason, 'bad_entry');
});

test('witness cosignatures count only for the chosen witnesses and only on the exact head', async () => {
  const w1 = generateKeyPair('Ed25519');
  const w2 = generateKeyPair('Ed25519');
  const stranger = generateKeyPair('Ed25519');
  const doc = await publish([await cardEntry('KE', ke)], [w1, stranger]);
  const opts = { key: operator.publicJwk, witnesses: [w1.kid, w2.kid] };
  const one = await verifyDirectory(doc, { ...opts, quorum: 1 });
  assert.ok(one.ok);
  assert.deepEqual(one.witnessed, [w1.kid]);
  const two = await verifyDirectory(doc, { ...opts, quorum: 2 });
  assert.equal(!two.ok && two.reason, 'quorum');
  // A cosignature of another head does not count for this one.
  const older = await publish([], [w2]);
  const moved = await verifyDirectory(
    { ...doc, cosignatures: [...doc.cosignatures, ...older.cosignatures] },
    { ...opts, quorum: 2 },
  );
  assert.equal(!moved.ok && moved.reason, 'quorum');
});

test('inclusion proofs verify for every entry and fail for another entry or index', async () => {
  const entries = await Promise.all(
    ['KE', 'GH', 'NG', 'SN', 'CI'].map((s) => cardEntry(s, generateNodeKeys([]))),
  );
  const doc = await publish(entries);
  const leaves = entries.map(entryLeaf);
  for (let i = 0; i < entries.length; i++) {
    const bundle = makeInclusion(entries, leaves, i, doc.head);
    assert.ok(verifyInclusionBundle(bundle, operator.publicJwk).ok);
    const wrong = verifyInclusionBundle({ ...bundle, index: (i + 1) % entries.length }, operator.publicJwk);
    assert.equal(!wrong.ok && wrong.reason, 'bad_inclusion');
  }
  const swapped = verifyInclusionBundle(
    { ...makeInclusion(entries, leaves, 0, doc.head), entry: entries[1]! },
    operator.publicJwk,
  );
  assert.equal(!swapped.ok && swapped.reason, 'bad_inclusion');
});

test('a reported head is same, behind or ahead when consistent, and a split view otherwise', async () => {
  const entries = await Promise.all(
    ['KE', 'GH', 'NG', 'SN', 'CI'].map((s) => cardEntry(s, generateNodeKeys([]))),
  );
  const leaves = entries.map(entryLeaf);
  const mine = headFor('un-register', leaves.slice(0, 3), clock.now());
  const sign = (h: ReturnType<typeof headFor>) => signHead(h, localSigner(operator));
  const ahead = makeHeadReport(leaves, await sign(headFor('un-register', leaves, clock.now())), [], 3);
  assert.equal(checkReportedHead(ahead, operator.publicJwk, mine, leaves.slice(0, 3)).relation, 'ahead');
  const behind = makeHeadReport(
    leaves.slice(0, 2),
    await sign(headFor('un-register', leaves.slice(0, 2), clock.now())),
    [],
  );
  assert.equal(checkReportedHead(behind, operator.publicJwk, mine, leaves.slice(0, 3)).relation, 'behind');
  // The operator shows another State a history where the third entry differs.
  const forkLeaves = [
    leaves[0]!,
    leaves[1]!,
    entryLeaf(await cardEntry('ZA', generateNodeKeys([]))),
    leaves[3]!,
  ];
  const fork = makeHeadReport(forkLeaves, await sign(headFor('un-register', forkLeaves, clock.now())), [], 3);
  const split = checkReportedHead(fork, operator.publicJwk, mine, leaves.slice(0, 3));
  assert.equal(!split.ok && split.reason, 'inconsistent');
  const sameSize = makeHeadReport(
    forkLeaves.slice(0, 3),
    await sign(headFor('un-register', forkLeaves.slice(0, 3), clock.now())),
    [],
  );
  assert.equal(!checkReportedHead(sameSize, operator.publicJwk, mine, leaves.slice(0, 3)).ok, true);
});
