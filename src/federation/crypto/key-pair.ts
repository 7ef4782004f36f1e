/**
 * Private key material for one node or one hosted authority. Keys can be made from a 32-byte
 * seed (RFC 8032 / RFC 7748 private key), which is what the committed test vectors use and what
 * the at-rest format stores.
 */
import { type KeyObject, createPrivateKey, randomBytes } from 'node:crypto';
import { type OkpCurve, type OkpPublicJwk, exportPublicJwk, jwkThumbprint } from './jwk.js';

/** A private key with its public JWK and derived key id. */
export interface KeyPair {
  readonly kid: string;
  readonly crv: OkpCurve;
  readonly privateKey: KeyObject;
  readonly publicJwk: OkpPublicJwk;
}

// PKCS#8 DER prefixes for a bare 32-byte seed (RFC 8410): only the OID byte differs.
const PKCS8_PREFIX: Record<OkpCurve, Buffer> = {
  Ed25519: Buffer.from('302e020100300506032b657004220420', 'hex'),
  X25519: Buffer.from('302e020100300506032b656e04220420', 'hex'),
};

/** Builds a key pair from its 32-byte private seed. */
export function keyPairFromSeed(crv: OkpCurve, seed: Uint8Array): KeyPair {
  if (seed.length !== 32) throw new RangeError(`a ${crv} seed is 32 bytes, got ${seed.length}`);
  const privateKey = createPrivateKey({
    key: Buffer.concat([PKCS8_PREFIX[crv], seed]),
    format: 'der',
    type: 'pkcs8',
  });
  return fromPrivateKey(privateKey);
}

/**
 * Generates a fresh random key pair on the curve: on both curves a private key is 32 random
 * bytes (RFC 8032 §5.1.5, RFC 7748 §6.1).
 */
export function generateKeyPair(crv: OkpCurve): KeyPair {
  return fromPrivateKey(randomPrivateKey(crv));
}

/**
 * A random private key, imported from its 32 bytes rather than made by `generateKeyPairSync`.
 * In Node 20 a key made by a key-generation job shares a lock with the job, and the job's
 * finaliser takes that lock. Exporting the key (JWK export allocates while holding the lock)
 * can start a garbage collection that finalises the job: the process then waits on itself
 * forever. It hung the federation benchmark about once in eight runs, and a loop of
 * generate-then-export hangs within seconds when the young generation is small. Keys that
 * never came from a job have no such finaliser.
 *
 * Imported as a JWK because that path takes the raw bytes directly (PKCS#8 DER goes through
 * OpenSSL's decoders, about five times slower; it matters for per-message ephemeral keys).
 * Node reads only `d` of a private OKP JWK; `x` must be a string and is not used, and the
 * public key is derived from `d`.
 */
export function randomPrivateKey(crv: OkpCurve): KeyObject {
  return createPrivateKey({
    key: { kty: 'OKP', crv, d: randomBytes(32).toString('base64url'), x: '' },
    format: 'jwk',
  });
}

/** Wraps an existing node:crypto private key. */
export function fromPrivateKey(privateKey: KeyObject): KeyPair {
  const publicJwk = exportPublicJwk(privateKey);
  return { kid: jwkThumbprint(publicJwk), crv: publicJwk.crv, privateKey, publicJwk };
}

/** Returns the 32-byte seed of a private key (for sealing at rest and for vectors). */
export function seedOf(pair: KeyPair): Buffer {
  const der = pair.privateKey.export({ format: 'der', type: 'pkcs8' });
  return der.subarray(der.length - 32);
}
