/**
 * Signing and key agreement go through two minimal interfaces so a private key can live in
 * memory, in an encrypted file, or later in an HSM/KMS that never releases it.
 */
import { type KeyObject, diffieHellman, sign } from 'node:crypto';
import { type OkpPublicJwk, publicKeyObject } from './jwk.js';
import type { KeyPair } from './key-pair.js';

/** Produces Ed25519 signatures with one key. */
export interface Signer {
  /** RFC 7638 thumbprint of the public key, used as JOSE `kid` and RFC 9421 `keyid`. */
  readonly keyId: string;
  readonly algorithm: 'EdDSA';
  sign(bytes: Uint8Array): Promise<Uint8Array>;
}

/** Performs X25519 agreement with one private key; the shared secret never leaves unhashed. */
export interface Decrypter {
  readonly keyId: string;
  readonly algorithm: 'ECDH-ES';
  /** Returns the raw X25519 shared secret Z with the sender's ephemeral public key. */
  agree(ephemeralPublicKey: OkpPublicJwk): Promise<Uint8Array>;
}

/** A Signer over a key held in process memory (loaded from a sealed key file or generated). */
export function localSigner(pair: KeyPair): Signer {
  if (pair.crv !== 'Ed25519') throw new TypeError('a signer needs an Ed25519 key');
  const key: KeyObject = pair.privateKey;
  return {
    keyId: pair.kid,
    algorithm: 'EdDSA',
    sign: async (bytes) => sign(null, bytes, key),
  };
}

/** A Decrypter over an X25519 key held in process memory. */
export function localDecrypter(pair: KeyPair): Decrypter {
  if (pair.crv !== 'X25519') throw new TypeError('a decrypter needs an X25519 key');
  const key: KeyObject = pair.privateKey;
  return {
    keyId: pair.kid,
    algorithm: 'ECDH-ES',
    agree: async (epk) => {
      if (epk.crv !== 'X25519') throw new TypeError('ephemeral key is not X25519');
      return diffieHellman({ privateKey: key, publicKey: publicKeyObject(epk) });
    },
  };
}
