/**
 * Public keys travel as OKP JWKs (RFC 8037) and are named by their RFC 7638 thumbprint, so a
 * key id is derived from the key itself and two nodes can never disagree about it.
 */
import { type KeyObject, createHash, createPublicKey } from 'node:crypto';
import { b64u, fromB64u } from './base64url.js';

/** The two curves Comity uses: Ed25519 to sign, X25519 to agree on encryption keys. */
export type OkpCurve = 'Ed25519' | 'X25519';

/** An OKP public key as a JWK with only the required members (what the thumbprint covers). */
export interface OkpPublicJwk {
  readonly kty: 'OKP';
  readonly crv: OkpCurve;
  readonly x: string;
}

/** RFC 7638 thumbprint: base64url(SHA-256) of the required members in lexicographic order. */
export function jwkThumbprint(jwk: OkpPublicJwk): string {
  return b64u(createHash('sha256').update(`{"crv":"${jwk.crv}","kty":"OKP","x":"${jwk.x}"}`).digest());
}

/** Checks that an unknown value is a well-formed OKP public JWK on one of our curves. */
export function isOkpPublicJwk(value: unknown, crv?: OkpCurve): value is OkpPublicJwk {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  if (v.kty !== 'OKP' || (v.crv !== 'Ed25519' && v.crv !== 'X25519')) return false;
  if (crv !== undefined && v.crv !== crv) return false;
  if ('d' in v) return false; // a private key must never be accepted where a public one is expected
  const x = typeof v.x === 'string' ? fromB64u(v.x) : undefined;
  return x?.length === 32;
}

/** Reduces any OKP JWK (possibly carrying kid/use/d) to its public required members. */
export function toPublicJwk(jwk: { kty?: unknown; crv?: unknown; x?: unknown }): OkpPublicJwk {
  const candidate = { kty: jwk.kty, crv: jwk.crv, x: jwk.x };
  if (!isOkpPublicJwk(candidate)) throw new TypeError('not an OKP Ed25519/X25519 public JWK');
  return { kty: 'OKP', crv: candidate.crv, x: candidate.x };
}

/** A public key together with its id, as key resolvers return it (a KeyRecord fits). */
export interface ResolvedKey {
  readonly kid: string;
  readonly jwk: OkpPublicJwk;
}

const keyObjects = new WeakMap<OkpPublicJwk, KeyObject>();

/**
 * Imports a public JWK as a node:crypto KeyObject, cached per JWK object: importing costs
 * about as much as a signature check, and the same peer key is used for every message.
 */
export function publicKeyObject(jwk: OkpPublicJwk): KeyObject {
  let key = keyObjects.get(jwk);
  if (!key) {
    key = createPublicKey({ key: { kty: 'OKP', crv: jwk.crv, x: jwk.x }, format: 'jwk' });
    keyObjects.set(jwk, key);
  }
  return key;
}

/** Exports the public half of a node:crypto OKP key as a minimal JWK. */
export function exportPublicJwk(key: KeyObject): OkpPublicJwk {
  const jwk = (key.type === 'private' ? createPublicKey(key) : key).export({ format: 'jwk' });
  return toPublicJwk(jwk);
}
