import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compactVerify, importJWK } from 'jose';
import { ManualClock } from '../../core/clock.js';
import { ValidationError } from '../../core/errors.js';
import { announceKeyRotation, verifyKeyRotation } from '../crypto/key-rotation.js';
import { generateKeyPair } from '../crypto/key-pair.js';
import { generateNodeKeys, publicKeyRecords } from '../crypto/node-keys.js';
import { localSigner } from '../crypto/signer.js';
import { type PeerCard, fingerprint, fingerprintOfKid, signPeerCard, verifyPeerCard } from './peer-card.js';

const clock = new ManualClock('2026-03-02T10:00:00.000Z');
const keys = generateNodeKeys(['ke-ca', 'ke-247']);
const card: PeerCard = {
  version: 1,
  nodeId: 'https://comity.ke.example',
  url: 'https://comity.ke.example',
  state: 'KE',
  authorities: [
    { id: 'ke-ca', type: 'central-authority', name: 'Office of the Attorney General' },
    { id: 'ke-247', type: 'point-of-contact-24-7', name: 'DCI Cybercrime Unit' },
  ],
  keys: publicKeyRecords(keys, new Date('2026-01-01T00:00:00Z')),
  issuedAt: '2026-03-01T00:00:00.000Z',
  validUntil: '2026-04-01T00:00:00.000Z',
};

test('a signed card verifies against the fingerprint confirmed out of band, and jose agrees', async () => {
  const compact = await signPeerCard(card, localSigner(keys.node.signing));
  const print = fingerprint(card);
  assert.match(print, /^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
  assert.equal(print, fingerprintOfKid(keys.node.signing.kid));
  const r = await verifyPeerCard(compact, {
    clock,
    expectedFingerprint: print.toLowerCase().replaceAll(' ', ':'),
  });
  assert.ok(r.ok, JSON.stringify(r));
  assert.deepEqual(r.card, card);
  assert.equal(r.signingKey.kid, keys.node.signing.kid);
  const v = await compactVerify(compact, await importJWK(keys.node.signing.publicJwk, 'EdDSA'));
  assert.equal(v.protectedHeader.typ, 'comity-peer-card+jws');
});

test('a card with another fingerprint, out of date, signed by an authority key or altered is refused', async () => {
  const compact = await signPeerCard(card, localSigner(keys.node.signing));
  const other = fingerprintOfKid(generateKeyPair('Ed25519').kid);
  const untrusted = await verifyPeerCard(compact, { clock, expectedFingerprint: other });
  assert.equal(!untrusted.ok && untrusted.reason, 'untrusted');
  const notKnown = await verifyPeerCard(compact, { clock, trustedKeys: [] });
  assert.equal(!notKnown.ok && notKnown.reason, 'untrusted');
  const later = await verifyPeerCard(compact, { clock: new ManualClock('2026-05-01T00:00:00Z') });
  assert.equal(!later.ok && later.reason, 'expired');
  await assert.rejects(signPeerCard(card, localSigner(keys.authorities['ke-ca']!.signing)), ValidationError);
  const [h, , s] = compact.split('.');
  const forged = `${h}.${Buffer.from(JSON.stringify({ ...card, url: 'https://evil.example' })).toString('base64url')}.${s}`;
  const bad = await verifyPeerCard(forged, { clock });
  assert.equal(!bad.ok && bad.reason, 'bad_signature');
  const mal = await verifyPeerCard('x.y.z', { clock });
  assert.equal(!mal.ok && mal.reason, 'malformed');
});

test('a rotation announcement signed with the current key introduces the next one', async () => {
  const next = generateKeyPair('Ed25519');
  const announcement = await announceKeyRotation({
    signer: localSigner(keys.node.signing),
    nodeId: card.nodeId,
    next: {
      kid: next.kid,
      use: 'sig',
      jwk: next.publicJwk,
      notBefore: '2026-03-10T00:00:00.000Z',
      status: 'active',
    },
    previousNotAfter: new Date('2026-03-17T00:00:00.000Z'),
    clock,
  });
  const ok = verifyKeyRotation(announcement, card.keys);
  assert.ok(ok.ok);
  assert.equal(ok.rotation.next.kid, next.kid);
  assert.equal(ok.rotation.previousNotAfter, '2026-03-17T00:00:00.000Z');
  const stranger = verifyKeyRotation(announcement, []);
  assert.equal(!stranger.ok && stranger.reason, 'unknown_key');
  // Once the card is refreshed, the new key signs and the old one verifies only old cards.
  const rotated: PeerCard = {
    ...card,
    keys: [
      ...card.keys.map((k) =>
        k.kid === keys.node.signing.kid
          ? { ...k, status: 'retired' as const, notAfter: '2026-03-17T00:00:00.000Z' }
          : k,
      ),
      {
        kid: next.kid,
        use: 'sig',
        jwk: next.publicJwk,
        notBefore: '2026-03-10T00:00:00.000Z',
        status: 'active',
      },
    ],
    issuedAt: '2026-03-20T00:00:00.000Z',
    validUntil: '2026-04-20T00:00:00.000Z',
  };
  const compact = await signPeerCard(rotated, localSigner(next));
  const r = await verifyPeerCard(compact, {
    clock: new ManualClock('2026-03-21T00:00:00Z'),
    trustedKeys: [ok.rotation.next],
  });
  assert.ok(r.ok, JSON.stringify(r));
  assert.equal(fingerprint(rotated), fingerprintOfKid(next.kid));
  await assert.rejects(signPeerCard(rotated, localSigner(keys.node.signing)), ValidationError);
});
