/**
 * Private key material for one node or one hosted authority. Keys can be made from a 32-byte
 * seed (RFC 8032 / RFC 7748 private key), which is what the committed test vectors use and what
 * the at-rest format stores.
 */
import { type KeyObject, createPrivateKey, generateKeyPairSync } from 'node:crypto';
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

/** Generates a fresh random key pair on the curve. */
export function generateKeyPair(crv: OkpCurve): KeyPair {
  const { privateKey } = crv === 'Ed25519' ? generateKeyPairSync('ed25519') : generateKeyPairSync('x25519');
  return fromPrivateKey(privateKey);
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
