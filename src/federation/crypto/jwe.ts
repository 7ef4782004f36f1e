/**
 * JWE compact serialization (RFC 7516) with `alg: ECDH-ES` (direct key agreement, RFC 7518
 * §4.6) over X25519 (RFC 8037) and `enc: A256GCM`. Direct agreement leaves the encrypted-key
 * part empty; the content key is Concat KDF(Z) with AlgorithmID = "A256GCM".
 */
import {
  type KeyObject,
  createCipheriv,
  createDecipheriv,
  createHash,
  createPublicKey,
  diffieHellman,
  randomBytes,
} from 'node:crypto';
import { b64u, fromB64u, jsonFromB64u } from './base64url.js';
import { type OkpPublicJwk, isOkpPublicJwk, publicKeyObject } from './jwk.js';
import { randomPrivateKey } from './key-pair.js';
import type { Decrypter } from './signer.js';

/** Concat KDF (NIST SP 800-56A §5.8.1) as profiled by RFC 7518 §4.6.2, one SHA-256 round. */
export function concatKdf(
  z: Uint8Array,
  algorithmId: string,
  apu: Uint8Array = Buffer.alloc(0),
  apv: Uint8Array = Buffer.alloc(0),
  keyBits = 256,
): Buffer {
  if (keyBits > 256) throw new RangeError('one SHA-256 round yields at most 256 bits');
  const field = (bytes: Uint8Array) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(bytes.length);
    return [len, bytes];
  };
  const counter = Buffer.from([0, 0, 0, 1]);
  const suppPub = Buffer.alloc(4);
  suppPub.writeUInt32BE(keyBits);
  const hash = createHash('sha256');
  for (const part of [
    counter,
    z,
    ...field(Buffer.from(algorithmId, 'ascii')),
    ...field(apu),
    ...field(apv),
    suppPub,
  ])
    hash.update(part);
  return hash.digest().subarray(0, keyBits / 8);
}

/** Test-vector hooks: a fixed ephemeral key and IV. Never set them in production. */
export interface JweDeterminism {
  readonly ephemeralPrivateKey?: KeyObject;
  readonly iv?: Uint8Array;
}

function ephemeralPair(fixed?: KeyObject): { privateKey: KeyObject; epk: OkpPublicJwk } {
  // Never generateKeyPairSync: exporting a key it made can deadlock the process (randomPrivateKey).
  const privateKey = fixed ?? randomPrivateKey('X25519');
  // JWK export is several times cheaper than SPKI DER export in Node 20 on the hot path.
  const { x } = createPublicKey(privateKey).export({ format: 'jwk' });
  return { privateKey, epk: { kty: 'OKP', crv: 'X25519', x: x as string } };
}

/**
 * Encrypts `plaintext` to `recipient`. The protected header is `alg`, `enc`, `kid`, `epk`
 * followed by `extra` members, in that order (the order matters only for byte-exact vectors).
 */
export function encryptCompactJwe(
  extra: Readonly<Record<string, unknown>>,
  plaintext: Uint8Array,
  recipient: { readonly kid: string; readonly jwk: OkpPublicJwk },
  determinism: JweDeterminism = {},
): string {
  if (recipient.jwk.crv !== 'X25519') throw new TypeError('the recipient key must be X25519');
  const { privateKey, epk } = ephemeralPair(determinism.ephemeralPrivateKey);
  const z = diffieHellman({ privateKey, publicKey: publicKeyObject(recipient.jwk) });
  const cek = concatKdf(z, 'A256GCM');
  const protectedB64 = b64u(
    JSON.stringify({ alg: 'ECDH-ES', enc: 'A256GCM', kid: recipient.kid, epk, ...extra }),
  );
  const iv = determinism.iv ?? randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', cek, iv);
  cipher.setAAD(Buffer.from(protectedB64, 'ascii'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return `${protectedB64}..${b64u(iv)}.${b64u(ciphertext)}.${b64u(cipher.getAuthTag())}`;
}

/** A compact JWE split into parts, with the header shape checked; not yet decrypted. */
export interface ParsedJwe {
  readonly header: Readonly<Record<string, unknown>>;
  readonly protectedB64: string;
  readonly epk: OkpPublicJwk;
  readonly kid: string;
  readonly iv: Buffer;
  readonly ciphertext: Buffer;
  readonly tag: Buffer;
}

/** Parses a compact JWE using ECDH-ES/A256GCM/X25519; undefined for anything else. */
export function parseCompactJwe(compact: string): ParsedJwe | undefined {
  const parts = compact.split('.');
  if (parts.length !== 5) return undefined;
  const [h, ek, ivB64, ctB64, tagB64] = parts as [string, string, string, string, string];
  if (ek !== '') return undefined; // direct agreement carries no encrypted key
  const header = jsonFromB64u(h);
  const iv = fromB64u(ivB64);
  const ciphertext = fromB64u(ctB64);
  const tag = fromB64u(tagB64);
  if (!header || !iv || iv.length !== 12 || !ciphertext || !tag || tag.length !== 16) return undefined;
  if (header.alg !== 'ECDH-ES' || header.enc !== 'A256GCM' || header.zip !== undefined) return undefined;
  if (header.crit !== undefined || typeof header.kid !== 'string') return undefined;
  if (!isOkpPublicJwk(header.epk, 'X25519')) return undefined;
  // apu/apv would change the KDF input; we neither send nor accept them.
  if (header.apu !== undefined || header.apv !== undefined) return undefined;
  const epk = header.epk as OkpPublicJwk;
  return {
    header,
    protectedB64: h,
    epk: { kty: 'OKP', crv: 'X25519', x: epk.x },
    kid: header.kid,
    iv,
    ciphertext,
    tag,
  };
}

/** Decrypts with `decrypter`; undefined when the tag does not verify (tampered or wrong key). */
export async function decryptCompactJwe(
  parsed: ParsedJwe,
  decrypter: Decrypter,
): Promise<Buffer | undefined> {
  let z: Uint8Array;
  try {
    z = await decrypter.agree(parsed.epk);
  } catch {
    return undefined; // e.g. a low-order point: OpenSSL refuses an all-zero shared secret
  }
  const decipher = createDecipheriv('aes-256-gcm', concatKdf(z, 'A256GCM'), parsed.iv);
  decipher.setAAD(Buffer.from(parsed.protectedB64, 'ascii'));
  decipher.setAuthTag(parsed.tag);
  try {
    return Buffer.concat([decipher.update(parsed.ciphertext), decipher.final()]);
  } catch {
    return undefined;
  }
}
