import assert from 'node:assert/strict';
import { verify } from 'node:crypto';
import { test } from 'node:test';
import { calculateJwkThumbprint } from 'jose';
import { fromB64u } from './base64url.js';
import { KeySecretError, SealedKeyFormatError } from './errors.js';
import { concatKdf } from './jwe.js';
import { isOkpPublicJwk } from './jwk.js';
import { decrypterFromSealedKey, openSealedKey, sealPrivateKey, signerFromSealedKey } from './key-at-rest.js';
import { generateKeyPair, keyPairFromSeed, seedOf } from './key-pair.js';
import { type KeyRecord, currentKey, keyValidAt } from './key-record.js';
import { localDecrypter, localSigner } from './signer.js';

const FAST = { N: 2 ** 14, r: 8, p: 1 };

test('RFC 8037 A.1/A.3: Ed25519 seed gives the published public key and thumbprint', () => {
  const pair = keyPairFromSeed(
    'Ed25519',
    Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex'),
  );
  assert.equal(pair.publicJwk.x, '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo');
  assert.equal(pair.kid, 'kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k');
});

test('kid is the RFC 7638 thumbprint, as jose computes it', async () => {
  for (const crv of ['Ed25519', 'X25519'] as const) {
    const pair = generateKeyPair(crv);
    assert.equal(pair.kid, await calculateJwkThumbprint(pair.publicJwk, 'sha256'));
    assert.deepEqual(Object.keys(pair.publicJwk).sort(), ['crv', 'kty', 'x']);
    assert.ok(isOkpPublicJwk(pair.publicJwk, crv));
  }
});

test('a private JWK is never accepted as a public key', () => {
  const pair = generateKeyPair('Ed25519');
  const priv = pair.privateKey.export({ format: 'jwk' });
  assert.equal(isOkpPublicJwk(priv), false);
  assert.equal(isOkpPublicJwk({ ...pair.publicJwk, x: 'AAAA' }), false);
});

test('seed round-trips and the signer signs verifiably', async () => {
  const pair = generateKeyPair('Ed25519');
  const again = keyPairFromSeed('Ed25519', seedOf(pair));
  assert.equal(again.kid, pair.kid);
  const signer = localSigner(pair);
  const sig = await signer.sign(Buffer.from('hello'));
  assert.ok(verify(null, Buffer.from('hello'), again.privateKey, sig));
  assert.throws(() => localSigner(generateKeyPair('X25519')), TypeError);
});

test('decrypters agree on the same secret from both sides', async () => {
  const a = generateKeyPair('X25519');
  const b = generateKeyPair('X25519');
  const z1 = await localDecrypter(a).agree(b.publicJwk);
  const z2 = await localDecrypter(b).agree(a.publicJwk);
  assert.deepEqual(Buffer.from(z1), Buffer.from(z2));
});

test('Concat KDF matches RFC 7518 appendix C (ECDH-ES, A128GCM, Alice/Bob)', () => {
  // The appendix uses P-256, but the KDF input Z is given, so the KDF is checked on its own.
  const z = Buffer.from([
    158, 86, 217, 29, 129, 113, 53, 211, 114, 131, 66, 131, 191, 132, 38, 156, 251, 49, 110, 163, 218, 128,
    106, 72, 246, 218, 167, 121, 140, 254, 144, 196,
  ]);
  const key = concatKdf(z, 'A128GCM', Buffer.from('Alice'), Buffer.from('Bob'), 128);
  assert.equal(key.toString('base64url'), 'VqqN6vgjbSBcIijNcacQGg');
});

test('key records answer "which key was valid at instant T"', () => {
  const old = generateKeyPair('Ed25519');
  const next = generateKeyPair('Ed25519');
  const records: KeyRecord[] = [
    {
      kid: old.kid,
      use: 'sig',
      jwk: old.publicJwk,
      notBefore: '2026-01-01T00:00:00Z',
      notAfter: '2026-06-01T00:00:00Z',
      status: 'retired',
    },
    { kid: next.kid, use: 'sig', jwk: next.publicJwk, notBefore: '2026-05-25T00:00:00Z', status: 'active' },
  ];
  assert.equal(keyValidAt(records, old.kid, new Date('2026-03-01T00:00:00Z'))?.kid, old.kid);
  assert.equal(keyValidAt(records, old.kid, new Date('2026-07-01T00:00:00Z')), undefined);
  assert.equal(keyValidAt(records, next.kid, new Date('2026-03-01T00:00:00Z')), undefined);
  assert.equal(currentKey(records, 'sig', new Date('2026-07-01T00:00:00Z'))?.kid, next.kid);
  const revoked = records.map((r) => ({ ...r, status: 'revoked' as const }));
  assert.equal(keyValidAt(revoked, old.kid, new Date('2026-03-01T00:00:00Z')), undefined);
});

test('sealed keys open with the right secret and fail typed with a wrong one', async () => {
  const pair = generateKeyPair('X25519');
  const sealed = await sealPrivateKey(pair, 'correct horse', { scrypt: FAST });
  assert.equal(sealed.format, 'comity-sealed-key');
  assert.equal(sealed.version, 1);
  const opened = await openSealedKey(JSON.stringify(sealed), 'correct horse');
  assert.equal(opened.kid, pair.kid);
  await assert.rejects(openSealedKey(sealed, 'wrong'), (e: unknown) => {
    assert.ok(e instanceof KeySecretError);
    assert.equal(e.code, 'key_secret_wrong');
    return true;
  });
});

test('a sealed key whose parameters were altered does not open', async () => {
  const pair = generateKeyPair('Ed25519');
  const sealed = await sealPrivateKey(pair, 's', { scrypt: FAST });
  const other = generateKeyPair('Ed25519');
  await assert.rejects(openSealedKey({ ...sealed, kid: other.kid }, 's'), KeySecretError);
  await assert.rejects(openSealedKey({ ...sealed, version: 2 as 1 }, 's'), SealedKeyFormatError);
  await assert.rejects(
    openSealedKey({ ...sealed, kdf: { ...sealed.kdf, N: 2 ** 10 } }, 's'),
    SealedKeyFormatError,
  );
  await assert.rejects(openSealedKey('not json', 's'), SealedKeyFormatError);
});

test('strict base64url refuses non-canonical text', () => {
  assert.equal(fromB64u('AA==')?.length, undefined);
  assert.equal(fromB64u('A+B/'), undefined);
  assert.equal(fromB64u('AB'), undefined); // stray low bits: 'AA' is the canonical form
  assert.deepEqual(fromB64u('AA'), Buffer.from([0]));
});

test('signers and decrypters load from sealed key files', async () => {
  const sig = generateKeyPair('Ed25519');
  const enc = generateKeyPair('X25519');
  const signer = await signerFromSealedKey(
    JSON.stringify(await sealPrivateKey(sig, 's', { scrypt: FAST })),
    's',
  );
  assert.equal(signer.keyId, sig.kid);
  assert.ok(verify(null, Buffer.from('m'), sig.privateKey, await signer.sign(Buffer.from('m'))));
  const decrypter = await decrypterFromSealedKey(await sealPrivateKey(enc, 's', { scrypt: FAST }), 's');
  assert.equal(decrypter.keyId, enc.kid);
  await assert.rejects(signerFromSealedKey(await sealPrivateKey(enc, 's', { scrypt: FAST }), 's'), TypeError);
});

test('a key is valid for messages stamped (in whole seconds) during the second it was created', async () => {
  const { isKeyValidAt } = await import('./key-record.js');
  const record = {
    kid: 'k',
    use: 'sig' as const,
    jwk: { kty: 'OKP', crv: 'Ed25519', x: 'x' },
    notBefore: '2026-11-29T07:26:35.262Z',
    status: 'active' as const,
  };
  assert.equal(isKeyValidAt(record as never, new Date('2026-11-29T07:26:35.000Z')), true);
  assert.equal(isKeyValidAt(record as never, new Date('2026-11-29T07:26:34.999Z')), false);
});
