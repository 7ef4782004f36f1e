/**
 * Regenerates test/vectors/federation/*.json from fixed seeds. Every output is deterministic
 * (Ed25519 signatures are; the JWE uses an injected ephemeral key and IV; the HTTP signature a
 * fixed nonce and clock), so running this twice gives identical files and
 * test/federation/vectors.test.ts checks the committed files against a fresh build.
 *
 *   node --import tsx scripts/make-federation-vectors.ts
 */
import { createHash, diffieHellman } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canonicalJson } from '../src/core/canonical-json.js';
import { ManualClock } from '../src/core/clock.js';
import { b64u } from '../src/federation/crypto/base64url.js';
import {
  concatKdf,
  decryptCompactJwe,
  encryptCompactJwe,
  parseCompactJwe,
} from '../src/federation/crypto/jwe.js';
import { publicKeyObject } from '../src/federation/crypto/jwk.js';
import { signCompactJws } from '../src/federation/crypto/jws.js';
import { sealPrivateKey } from '../src/federation/crypto/key-at-rest.js';
import { type KeyPair, keyPairFromSeed } from '../src/federation/crypto/key-pair.js';
import type { KeyRecord } from '../src/federation/crypto/key-record.js';
import { announceKeyRotation } from '../src/federation/crypto/key-rotation.js';
import { localDecrypter, localSigner } from '../src/federation/crypto/signer.js';
import { sealEnvelope } from '../src/federation/envelope/seal.js';
import type { PartyRef } from '../src/federation/envelope/types.js';
import { signatureHeaders } from '../src/federation/http-signature/sign.js';
import { readMessage } from '../src/federation/http-signature/message.js';
import { signatureBase } from '../src/federation/http-signature/signature-base.js';
import { parseDictionary, type InnerList } from '../src/federation/http-signature/structured-fields.js';
import { type PeerCard, fingerprintOfKid, signPeerCard } from '../src/federation/peers/peer-card.js';
import { buildReceipt } from '../src/federation/receipts/receipt.js';
import { buildDirectoryVector } from './make-directory-vectors.js';

/** Seeds are SHA-256 of a label, so anyone can re-derive them. */
function seed(label: string): Buffer {
  return createHash('sha256').update(`comity test vector: ${label}`).digest();
}

const LABELS = {
  frNodeSig: ['Ed25519', 'fr node signing'],
  frCpcSig: ['Ed25519', 'fr-cpc signing'],
  keNodeSig: ['Ed25519', 'ke node signing'],
  keNodeSigNext: ['Ed25519', 'ke node signing next'],
  keNodeEnc: ['X25519', 'ke node encryption'],
  keCaEnc: ['X25519', 'ke-ca encryption'],
  ephemeral: ['X25519', 'envelope ephemeral'],
  directorySig: ['Ed25519', 'directory signing'],
  witnessSig: ['Ed25519', 'directory witness signing'],
  otherSig: ['Ed25519', 'unlisted signing'],
} as const;
type KeyName = keyof typeof LABELS;

const FR_NODE = 'https://comity.fr.example';
const KE_NODE = 'https://comity.ke.example';
const FROM: PartyRef = { node: FR_NODE, authority: 'fr-cpc' };
const TO: PartyRef = { node: KE_NODE, authority: 'ke-ca' };
const CREATED = '2026-03-02T10:00:00.000Z';
const OPEN_AT = '2026-03-02T10:05:00.000Z';
const MESSAGE_ID = '6f1c2a8e-4b7d-4e21-9a3f-0c5d8e7b1a24';
const IV = Buffer.from('000102030405060708090a0b', 'hex');
const PAYLOAD = {
  instrument: 'UNCC-2024',
  article: 42,
  kind: 'preservation',
  subject: { provider: 'Example Mail Ltd', accounts: ['suspect@example.net'] },
  summary: 'Ransomware intrusion at a hospital; preserve mailbox contents and login records.',
  languages: ['en', 'fr'],
  note: 'données conservées — 60 jours',
};

function keys(): Record<KeyName, KeyPair> {
  return Object.fromEntries(
    Object.entries(LABELS).map(([name, [crv, label]]) => [name, keyPairFromSeed(crv, seed(label))]),
  ) as Record<KeyName, KeyPair>;
}

function record(pair: KeyPair, use: 'sig' | 'enc', authority?: string): KeyRecord {
  return {
    kid: pair.kid,
    use,
    jwk: pair.publicJwk,
    ...(authority === undefined ? {} : { authority }),
    notBefore: '2026-01-01T00:00:00.000Z',
    status: 'active',
  };
}

/** Builds every vector file's content, keyed by file name. */
export async function buildFederationVectors(): Promise<Record<string, unknown>> {
  const k = keys();
  const clock = new ManualClock(CREATED);

  const keysDoc = {
    description:
      'Fixed keys. seed = SHA-256("comity test vector: " + label); the OKP private JWK member d is base64url(seed). kid = RFC 7638 thumbprint.',
    keys: Object.fromEntries(
      (Object.keys(LABELS) as KeyName[]).map((name) => {
        const [crv, label] = LABELS[name];
        const pair = k[name];
        return [
          name,
          {
            label,
            crv,
            seedHex: seed(label).toString('hex'),
            privateJwk: { ...pair.publicJwk, d: b64u(seed(label)) },
            publicJwk: pair.publicJwk,
            kid: pair.kid,
            ...(crv === 'Ed25519' ? { fingerprint: fingerprintOfKid(pair.kid) } : {}),
          },
        ];
      }),
    ),
  };

  // Envelope: FR's cyber-police authority to KE's central authority.
  const sealed = await sealEnvelope({
    signer: localSigner(k.frCpcSig),
    from: FROM,
    to: TO,
    recipientKey: { kid: k.keCaEnc.kid, jwk: k.keCaEnc.publicJwk },
    type: 'request.preservation',
    payload: PAYLOAD,
    clock,
    id: MESSAGE_ID,
    ttlMs: 7 * 24 * 3600_000,
    determinism: { ephemeralPrivateKey: k.ephemeral.privateKey, iv: IV },
  });
  const [outerB64] = sealed.compact.split('.');
  const z = diffieHellman({
    privateKey: k.ephemeral.privateKey,
    publicKey: publicKeyObject(k.keCaEnc.publicJwk),
  });
  const innerJws = (await decryptCompactJwe(
    parseCompactJwe(sealed.compact)!,
    localDecrypter(k.keCaEnc),
  ))!.toString('ascii');
  const envelopeDoc = {
    description:
      'Nested JOSE envelope: JWS (EdDSA, signed by fr-cpc) inside JWE (ECDH-ES, A256GCM, X25519) to ke-ca. Open at openAt with keys.keCaEnc; resolve the sender kid to keys.frCpcSig.',
    input: {
      from: FROM,
      to: TO,
      type: 'request.preservation',
      id: MESSAGE_ID,
      createdAt: CREATED,
      ttlSeconds: 7 * 24 * 3600,
      payload: PAYLOAD,
      senderKey: 'frCpcSig',
      recipientKey: 'keCaEnc',
      ephemeralKey: 'ephemeral',
      ivHex: IV.toString('hex'),
    },
    intermediate: {
      payloadCanonicalJson: canonicalJson(PAYLOAD),
      innerJws,
      innerProtectedHeader: JSON.parse(Buffer.from(innerJws.split('.')[0]!, 'base64url').toString()),
      outerProtectedHeader: JSON.parse(Buffer.from(outerB64!, 'base64url').toString()),
      sharedSecretHex: Buffer.from(z).toString('hex'),
      contentEncryptionKeyHex: concatKdf(z, 'A256GCM').toString('hex'),
    },
    output: { compact: sealed.compact, digest: sealed.digest },
    openAt: OPEN_AT,
    expectedRecipients: [TO],
  };

  // Rejections: each compact must be refused with `reason` when opened as in envelope.json.
  const rejections = await buildRejections(k, sealed.compact);

  // Peer card of KE, self-signed with its node key.
  const card: PeerCard = {
    version: 1,
    nodeId: KE_NODE,
    url: KE_NODE,
    state: 'KE',
    authorities: [{ id: 'ke-ca', type: 'central-authority', name: 'Office of the Attorney General' }],
    keys: [record(k.keNodeSig, 'sig'), record(k.keNodeEnc, 'enc'), record(k.keCaEnc, 'enc', 'ke-ca')],
    issuedAt: '2026-03-01T00:00:00.000Z',
    validUntil: '2026-06-01T00:00:00.000Z',
  };
  const cardDoc = {
    description: 'Peer card of the KE node, JWS signed by keys.keNodeSig; compare fingerprint out of band.',
    card,
    compact: await signPeerCard(card, localSigner(k.keNodeSig)),
    fingerprint: fingerprintOfKid(k.keNodeSig.kid),
    verifyAt: OPEN_AT,
  };

  const rotationDoc = {
    description: 'KE announces its next node signing key, signed with the current one (keys.keNodeSig).',
    compact: await announceKeyRotation({
      signer: localSigner(k.keNodeSig),
      nodeId: KE_NODE,
      next: { ...record(k.keNodeSigNext, 'sig'), notBefore: '2026-05-20T00:00:00.000Z' },
      previousNotAfter: new Date('2026-05-27T00:00:00.000Z'),
      clock,
    }),
  };

  // HTTP signature of the batch POST that carries the envelope.
  const body = JSON.stringify({
    batchId: 'b3f0e0c2-5d1e-4c7a-8f61-2a9b7c4d5e60',
    envelopes: [sealed.compact],
  });
  const request = {
    method: 'POST',
    url: `${KE_NODE}/federation/v1/inbox`,
    headers: { 'content-type': 'application/comity-batch+json' },
    body,
  };
  const headers = await signatureHeaders(request, {
    signer: localSigner(k.frNodeSig),
    clock,
    nonce: 'dGVzdC12ZWN0b3Itbm9uY2U',
  });
  const signedHeaders = { ...request.headers, ...headers };
  const [[, list]] = parseDictionary(headers['signature-input']) as [[string, InnerList]];
  const httpDoc = {
    description:
      'RFC 9421 signature of the inbox POST by the FR node key (keys.frNodeSig), keyid = its kid. Verify at verifyAt.',
    request: { ...request, headers: signedHeaders },
    signatureBase: signatureBase(await readMessage({ ...request, headers: signedHeaders }), list),
    verifyAt: OPEN_AT,
  };

  const receipt = await buildReceipt({
    signer: localSigner(k.keNodeSig),
    receiptType: 'accepted',
    messageId: MESSAGE_ID,
    envelopeDigest: sealed.digest,
    from: KE_NODE,
    to: FR_NODE,
    clock: new ManualClock(OPEN_AT),
  });
  const receiptDoc = {
    description: "KE's 'accepted' receipt for the envelope in envelope.json, signed with keys.keNodeSig.",
    receipt: receipt.receipt,
    compact: receipt.compact,
  };

  const sealedKey = await sealPrivateKey(k.keCaEnc, 'correct horse battery staple', {
    scrypt: { N: 2 ** 14, r: 8, p: 1 },
    salt: Buffer.from('comity-salt-0001'),
    iv: Buffer.from('0c0b0a090807060504030201', 'hex'),
  });
  const sealedKeyDoc = {
    description: 'keys.keCaEnc sealed at rest with scrypt + AES-256-GCM under the secret below.',
    secret: 'correct horse battery staple',
    sealed: sealedKey,
    expectedKid: k.keCaEnc.kid,
  };

  return {
    'keys.json': keysDoc,
    'envelope.json': envelopeDoc,
    'envelope-rejections.json': rejections,
    'peer-card.json': cardDoc,
    'key-rotation.json': rotationDoc,
    'http-signature.json': httpDoc,
    'receipt.json': receiptDoc,
    'sealed-key.json': sealedKeyDoc,
    'directory.json': await buildDirectoryVector(
      { directory: k.directorySig, witness: k.witnessSig, frNodeSig: k.frNodeSig, other: k.otherSig },
      cardDoc.compact,
      rotationDoc.compact,
      record,
    ),
  };
}

async function buildRejections(k: Record<KeyName, KeyPair>, good: string) {
  const iat = Date.parse(CREATED) / 1000;
  const bound = (over: Record<string, unknown> = {}) => ({
    'comity.v': 1,
    'comity.id': MESSAGE_ID,
    'comity.from': FROM,
    'comity.to': TO,
    'comity.iat': iat,
    'comity.exp': iat + 3600,
    ...over,
  });
  const build = async (inner: Record<string, unknown>, outer: Record<string, unknown>) => {
    const jws = await signCompactJws(
      {
        typ: 'comity-message+jws',
        'comity.type': 'request.preservation',
        ...inner,
        'comity.rkid': k.keCaEnc.kid,
      },
      canonicalJson(PAYLOAD),
      localSigner(k.frCpcSig),
    );
    return encryptCompactJwe(
      { typ: 'comity-envelope+jwe', cty: 'comity-message+jws', ...outer },
      Buffer.from(jws, 'ascii'),
      { kid: k.keCaEnc.kid, jwk: k.keCaEnc.publicJwk },
      { ephemeralPrivateKey: k.ephemeral.privateKey, iv: IV },
    );
  };
  const parts = good.split('.');
  const tag = Buffer.from(parts[4]!, 'base64url');
  tag[0] = (tag[0] ?? 0) ^ 1;
  const tampered = [...parts.slice(0, 4), b64u(tag)].join('.');
  const otherParty = { node: 'https://comity.us.example' };
  return {
    description:
      'Each compact must be refused with `reason` when opened at openAt with the options of envelope.json (decrypter keys.keCaEnc, recipient ke-ca, sender key keys.frCpcSig).',
    openAt: OPEN_AT,
    cases: [
      { name: 'tag altered', reason: 'bad_signature', compact: tampered },
      { name: 'not a JWE', reason: 'malformed', compact: 'eyJhbGciOiJub25lIn0.e30.' },
      {
        name: 'addressed to another node',
        reason: 'not_for_us',
        compact: await build(bound({ 'comity.to': otherParty }), bound({ 'comity.to': otherParty })),
      },
      {
        name: 'outer recipient rewritten (inner still names another party)',
        reason: 'bad_signature',
        compact: await build(bound({ 'comity.to': otherParty }), bound()),
      },
      {
        name: 'expired',
        reason: 'expired',
        compact: await build(
          bound({ 'comity.iat': iat - 7200, 'comity.exp': iat - 3600 }),
          bound({ 'comity.iat': iat - 7200, 'comity.exp': iat - 3600 }),
        ),
      },
      {
        name: 'created one hour in the future',
        reason: 'expired',
        compact: await build(
          bound({ 'comity.iat': iat + 3900, 'comity.exp': iat + 7200 }),
          bound({ 'comity.iat': iat + 3900, 'comity.exp': iat + 7200 }),
        ),
      },
      {
        name: 'sender key unknown (kid of another key)',
        reason: 'unknown_peer',
        compact: await (async () => {
          const jws = await signCompactJws(
            {
              typ: 'comity-message+jws',
              'comity.type': 'request.preservation',
              ...bound(),
              'comity.rkid': k.keCaEnc.kid,
            },
            canonicalJson(PAYLOAD),
            localSigner(k.keNodeSig),
          );
          return encryptCompactJwe(
            { typ: 'comity-envelope+jwe', cty: 'comity-message+jws', ...bound() },
            Buffer.from(jws, 'ascii'),
            { kid: k.keCaEnc.kid, jwk: k.keCaEnc.publicJwk },
            { ephemeralPrivateKey: k.ephemeral.privateKey, iv: IV },
          );
        })(),
      },
    ],
  };
}

/** Writes the vector files into `dir`. */
export async function writeFederationVectors(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const files = await buildFederationVectors();
  for (const [name, content] of Object.entries(files))
    writeFileSync(join(dir, name), `${JSON.stringify(content, null, 2)}\n`);
  return Object.keys(files);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'vectors', 'federation');
  const written = await writeFederationVectors(dir);
  console.log(`wrote ${written.length} files to ${dir}: ${written.join(', ')}`);
}
