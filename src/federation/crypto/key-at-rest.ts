/**
 * Private keys at rest: the 32-byte seed sealed with AES-256-GCM under a key derived by scrypt
 * from a configured secret. The file is self-describing JSON (format, version, KDF parameters)
 * so parameters can be raised later without breaking old files; every descriptive member is
 * authenticated as AAD, so nobody can lower the KDF cost or swap the key id unnoticed.
 */
import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { canonicalJson } from '../../core/canonical-json.js';
import { b64u, fromB64u } from './base64url.js';
import { KeySecretError, SealedKeyFormatError } from './errors.js';
import type { OkpCurve } from './jwk.js';
import { type KeyPair, keyPairFromSeed, seedOf } from './key-pair.js';
import { type Decrypter, type Signer, localDecrypter, localSigner } from './signer.js';

export const SEALED_KEY_FORMAT = 'comity-sealed-key';
export const SEALED_KEY_VERSION = 1;

/** scrypt cost parameters; the defaults take ~0.1 s and 32 MiB, once per process start. */
export interface ScryptParams {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };

/** The on-disk document (JSON). */
export interface SealedKey {
  readonly format: typeof SEALED_KEY_FORMAT;
  readonly version: 1;
  readonly kid: string;
  readonly crv: OkpCurve;
  readonly kdf: { readonly name: 'scrypt'; readonly salt: string } & ScryptParams;
  readonly enc: { readonly name: 'A256GCM'; readonly iv: string };
  readonly ciphertext: string;
  readonly tag: string;
}

function deriveKey(secret: string | Uint8Array, salt: Uint8Array, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      secret,
      salt,
      32,
      { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 1024 * 1024 },
      (err, key) => (err ? reject(err) : resolve(key)),
    );
  });
}

function aadOf(doc: Omit<SealedKey, 'ciphertext' | 'tag'>): Buffer {
  const { format, version, kid, crv, kdf, enc } = doc;
  return Buffer.from(canonicalJson({ format, version, kid, crv, kdf, enc }), 'utf8');
}

/** Seals a private key under `secret`; `salt`/`iv` are injectable only for test vectors. */
export async function sealPrivateKey(
  pair: KeyPair,
  secret: string | Uint8Array,
  options: { scrypt?: ScryptParams; salt?: Uint8Array; iv?: Uint8Array } = {},
): Promise<SealedKey> {
  const params = options.scrypt ?? DEFAULT_SCRYPT;
  const salt = options.salt ?? randomBytes(16);
  const iv = options.iv ?? randomBytes(12);
  const header = {
    format: SEALED_KEY_FORMAT,
    version: SEALED_KEY_VERSION,
    kid: pair.kid,
    crv: pair.crv,
    kdf: { name: 'scrypt', N: params.N, r: params.r, p: params.p, salt: b64u(salt) },
    enc: { name: 'A256GCM', iv: b64u(iv) },
  } as const;
  const key = await deriveKey(secret, salt, params);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aadOf(header));
  const ciphertext = Buffer.concat([cipher.update(seedOf(pair)), cipher.final()]);
  return { ...header, ciphertext: b64u(ciphertext), tag: b64u(cipher.getAuthTag()) };
}

/** Opens a sealed key (object or JSON text); throws KeySecretError on a wrong secret. */
export async function openSealedKey(
  sealed: SealedKey | string,
  secret: string | Uint8Array,
): Promise<KeyPair> {
  const doc = parseSealedKey(sealed);
  const salt = fromB64u(doc.kdf.salt);
  const iv = fromB64u(doc.enc.iv);
  const ciphertext = fromB64u(doc.ciphertext);
  const tag = fromB64u(doc.tag);
  if (!salt || !iv || iv.length !== 12 || !ciphertext || !tag || tag.length !== 16)
    throw new SealedKeyFormatError('salt, iv, ciphertext or tag is not valid base64url of the right size');
  const key = await deriveKey(secret, salt, doc.kdf);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(aadOf(doc));
  decipher.setAuthTag(tag);
  let seed: Buffer;
  try {
    seed = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    throw new KeySecretError(doc.kid);
  }
  const pair = keyPairFromSeed(doc.crv, seed);
  // The AAD already binds kid; this catches a file sealed by a buggy writer.
  if (pair.kid !== doc.kid) throw new SealedKeyFormatError(`key id ${doc.kid} does not match the key inside`);
  return pair;
}

function parseSealedKey(sealed: SealedKey | string): SealedKey {
  let doc: unknown = sealed;
  if (typeof sealed === 'string') {
    try {
      doc = JSON.parse(sealed);
    } catch {
      throw new SealedKeyFormatError('not JSON');
    }
  }
  const d = doc as Partial<SealedKey> | null;
  if (!d || typeof d !== 'object' || d.format !== SEALED_KEY_FORMAT)
    throw new SealedKeyFormatError(`format is not ${SEALED_KEY_FORMAT}`);
  if (d.version !== SEALED_KEY_VERSION)
    throw new SealedKeyFormatError(`unsupported version ${String(d.version)}`);
  if (d.crv !== 'Ed25519' && d.crv !== 'X25519')
    throw new SealedKeyFormatError('crv must be Ed25519 or X25519');
  const k = d.kdf;
  if (
    k?.name !== 'scrypt' ||
    !Number.isInteger(k.N) ||
    k.N < 2 ** 14 ||
    k.N > 2 ** 20 ||
    !Number.isInteger(k.r) ||
    k.r < 1 ||
    k.r > 32 ||
    !Number.isInteger(k.p) ||
    k.p < 1 ||
    k.p > 16 ||
    typeof k.salt !== 'string'
  )
    throw new SealedKeyFormatError('kdf must be scrypt with 2^14 <= N <= 2^20, sane r and p, and a salt');
  if (d.enc?.name !== 'A256GCM' || typeof d.enc.iv !== 'string')
    throw new SealedKeyFormatError('enc must be A256GCM with an iv');
  if (typeof d.kid !== 'string' || typeof d.ciphertext !== 'string' || typeof d.tag !== 'string')
    throw new SealedKeyFormatError('kid, ciphertext and tag are required strings');
  return d as SealedKey;
}

/** A Signer over a sealed Ed25519 key file's content (the file-backed custody of §2.5). */
export async function signerFromSealedKey(
  sealed: SealedKey | string,
  secret: string | Uint8Array,
): Promise<Signer> {
  return localSigner(await openSealedKey(sealed, secret));
}

/** A Decrypter over a sealed X25519 key file's content. */
export async function decrypterFromSealedKey(
  sealed: SealedKey | string,
  secret: string | Uint8Array,
): Promise<Decrypter> {
  return localDecrypter(await openSealedKey(sealed, secret));
}
