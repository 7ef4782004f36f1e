/**
 * Signed tree heads of a directory, and witnesses' cosignatures of them (docs/FEDERATION.md
 * §17.3). A head says "directory D has N entries whose Merkle root is R, as of T", signed by the
 * directory key. A witness that has checked the head against the heads it saw before signs the
 * same statement with its own key, carried in the JWS header so the cosignature stands alone;
 * a relying node counts the cosignatures of the witnesses it chose.
 */
import { canonicalJson } from '../../core/canonical-json.js';
import { b64u, fromB64u } from '../crypto/base64url.js';
import { type OkpPublicJwk, isOkpPublicJwk, jwkThumbprint } from '../crypto/jwk.js';
import { type ParsedJws, parseCompactJws, signCompactJws, verifyJwsSignature } from '../crypto/jws.js';
import type { Signer } from '../crypto/signer.js';
import { isInstant } from './entry.js';

export const HEAD_TYP = 'comity-directory-head+jws';
export const COSIGNATURE_TYP = 'comity-directory-cosignature+jws';

export interface TreeHead {
  /** The directory's id, chosen by its operator. */
  readonly directory: string;
  readonly size: number;
  /** base64url of the 32-byte RFC 9162 root hash of the first `size` entries. */
  readonly root: string;
  readonly issuedAt: string;
}

export type HeadFailure = 'malformed' | 'untrusted_key' | 'bad_signature';

export type VerifyHeadResult =
  | { readonly ok: true; readonly head: TreeHead; readonly kid: string }
  | { readonly ok: false; readonly reason: HeadFailure; readonly detail: string };

export const DIRECTORY_ID = /^[a-z0-9][a-z0-9.-]{0,62}$/;

function headProblem(h: TreeHead): string | undefined {
  if (h === null || typeof h !== 'object') return 'not an object';
  if (Object.keys(h).sort().join(',') !== 'directory,issuedAt,root,size')
    return 'a head has exactly directory, size, root and issuedAt';
  if (typeof h.directory !== 'string' || !DIRECTORY_ID.test(h.directory)) return 'directory id malformed';
  if (!Number.isSafeInteger(h.size) || h.size < 0) return 'size must be a whole number';
  if (typeof h.root !== 'string' || fromB64u(h.root)?.length !== 32) return 'root must be 32 bytes base64url';
  return isInstant(h.issuedAt) ? undefined : 'issuedAt must be an ISO instant';
}

export async function signHead(head: TreeHead, signer: Signer): Promise<string> {
  const problem = headProblem(head);
  if (problem) throw new TypeError(`tree head not signed: ${problem}`);
  return signCompactJws({ typ: HEAD_TYP }, canonicalJson(head), signer);
}

/** The head's statement, unverified (to show which directory and size a JWS claims). */
export function readHead(compact: string, typ = HEAD_TYP): { jws: ParsedJws; head: TreeHead } | undefined {
  const jws = parseCompactJws(compact);
  if (jws?.header.typ !== typ || typeof jws.header.kid !== 'string') return undefined;
  try {
    const head = JSON.parse(jws.payload.toString('utf8')) as TreeHead;
    return headProblem(head) ? undefined : { jws, head };
  } catch {
    return undefined;
  }
}

/** Verifies a head against the directory key a node's administrator chose to trust. */
export function verifyHead(compact: string, key: OkpPublicJwk): VerifyHeadResult {
  const read = readHead(compact);
  if (!read) return { ok: false, reason: 'malformed', detail: 'not a comity-directory-head+jws' };
  const kid = jwkThumbprint(key);
  if (read.jws.header.kid !== kid)
    return {
      ok: false,
      reason: 'untrusted_key',
      detail: `head signed by ${String(read.jws.header.kid)}, not the directory key`,
    };
  if (!verifyJwsSignature(read.jws, key))
    return { ok: false, reason: 'bad_signature', detail: 'the head signature does not verify' };
  return { ok: true, head: read.head, kid };
}

/** A witness's cosignature of a head: the same statement, signed by the witness's key. */
export async function cosignHead(head: TreeHead, signer: Signer, jwk: OkpPublicJwk): Promise<string> {
  if (jwkThumbprint(jwk) !== signer.keyId) throw new TypeError('the JWK is not the signer key');
  return signCompactJws({ typ: COSIGNATURE_TYP, jwk }, canonicalJson(head), signer);
}

/**
 * The witness key id of a cosignature that verifies and states exactly `head`; undefined when
 * it does not (wrong head, key not named by its thumbprint, bad signature).
 */
export function cosignatureWitness(compact: string, head: TreeHead): string | undefined {
  const read = readHead(compact, COSIGNATURE_TYP);
  const jwk = read?.jws.header.jwk;
  if (!read || !isOkpPublicJwk(jwk, 'Ed25519') || jwkThumbprint(jwk) !== read.jws.header.kid)
    return undefined;
  if (canonicalJson(read.head) !== canonicalJson(head)) return undefined;
  return verifyJwsSignature(read.jws, jwk) ? (read.jws.header.kid as string) : undefined;
}

export const rootText = (root: Uint8Array): string => b64u(root);
