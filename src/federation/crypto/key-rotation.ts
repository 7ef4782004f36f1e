/**
 * A key-rotation announcement: signed with the node's current signing key, it introduces the
 * next key (signing or encryption) with its validity window, so peers can accept the new key
 * without a fresh out-of-band check. The old key stays published as `retired` for old messages.
 */
import { canonicalJson } from '../../core/canonical-json.js';
import type { Clock } from '../../core/clock.js';
import { ValidationError } from '../../core/errors.js';
import { isOkpPublicJwk, jwkThumbprint } from './jwk.js';
import { parseCompactJws, peekJwsMember, signCompactJws, verifyJwsSignature } from './jws.js';
import { type KeyRecord, keyValidAt } from './key-record.js';
import type { Signer } from './signer.js';

export const KEY_ROTATION_TYP = 'comity-key-rotation+jws';

export interface KeyRotation {
  readonly nodeId: string;
  /** The key that signs the announcement (current node signing key). */
  readonly previousKid: string;
  /** The key introduced, with its window; for a signing-key rotation `notBefore` starts the overlap. */
  readonly next: KeyRecord;
  /** When the previous key stops being used (its `notAfter` once retired), if it is replaced. */
  readonly previousNotAfter?: string;
  readonly announcedAt: string;
}

export type VerifyKeyRotationResult =
  | { readonly ok: true; readonly rotation: KeyRotation }
  | {
      readonly ok: false;
      readonly reason: 'malformed' | 'unknown_key' | 'bad_signature';
      readonly detail: string;
    };

/** Signs an announcement of `next` with the current key. */
export async function announceKeyRotation(input: {
  readonly signer: Signer;
  readonly nodeId: string;
  readonly next: KeyRecord;
  readonly previousNotAfter?: Date;
  readonly clock: Clock;
}): Promise<string> {
  const rotation: KeyRotation = {
    nodeId: input.nodeId,
    previousKid: input.signer.keyId,
    next: input.next,
    ...(input.previousNotAfter ? { previousNotAfter: input.previousNotAfter.toISOString() } : {}),
    announcedAt: input.clock.now().toISOString(),
  };
  const problem = check(rotation);
  if (problem) throw new ValidationError(`rotation not announced: ${problem}`);
  return signCompactJws({ typ: KEY_ROTATION_TYP }, canonicalJson(rotation), input.signer);
}

/** Verifies an announcement against the node's keys we already trust. */
export function verifyKeyRotation(
  compact: string,
  trustedKeys: readonly KeyRecord[],
): VerifyKeyRotationResult {
  const jws = parseCompactJws(compact);
  if (jws?.header.typ !== KEY_ROTATION_TYP || typeof jws.header.kid !== 'string')
    return { ok: false, reason: 'malformed', detail: 'not a comity-key-rotation+jws compact JWS' };
  let rotation: KeyRotation;
  try {
    rotation = JSON.parse(jws.payload.toString('utf8')) as KeyRotation;
  } catch {
    return { ok: false, reason: 'malformed', detail: 'payload is not JSON' };
  }
  const problem = check(rotation);
  if (problem || rotation.previousKid !== jws.header.kid)
    return { ok: false, reason: 'malformed', detail: problem ?? 'previousKid differs from the signing kid' };
  const key = keyValidAt(trustedKeys, jws.header.kid, new Date(rotation.announcedAt));
  if (!key || key.authority !== undefined)
    return {
      ok: false,
      reason: 'unknown_key',
      detail: `${jws.header.kid} is not a trusted node signing key`,
    };
  if (!verifyJwsSignature(jws, key.jwk))
    return { ok: false, reason: 'bad_signature', detail: 'bad signature' };
  return { ok: true, rotation };
}

function check(r: KeyRotation): string | undefined {
  if (
    r === null ||
    typeof r !== 'object' ||
    typeof r.nodeId !== 'string' ||
    typeof r.previousKid !== 'string'
  )
    return 'nodeId and previousKid required';
  const n = r.next;
  if (n?.use !== 'sig' && n?.use !== 'enc') return 'next.use must be sig or enc';
  if (!isOkpPublicJwk(n.jwk, n.use === 'sig' ? 'Ed25519' : 'X25519') || jwkThumbprint(n.jwk) !== n.kid)
    return 'next key must be an OKP JWK named by its thumbprint';
  if (n.status !== 'active' || Number.isNaN(Date.parse(n.notBefore)))
    return 'next key must be active with notBefore';
  if (Number.isNaN(Date.parse(r.announcedAt))) return 'announcedAt must be an instant';
  if (r.previousNotAfter !== undefined && Number.isNaN(Date.parse(r.previousNotAfter)))
    return 'previousNotAfter must be an instant';
  return undefined;
}

/**
 * A party's keys after a verified rotation: the announced key is added and, when the
 * announcement ends the previous key's use, the key it replaces is retired at that instant
 * (for an encryption rotation, every active encryption key of the same owner). Unchanged when
 * the key is already known.
 */
export function keysAfterRotation(keys: readonly KeyRecord[], rotation: KeyRotation): KeyRecord[] {
  const { next, previousKid, previousNotAfter } = rotation;
  if (keys.some((k) => k.kid === next.kid)) return [...keys];
  const retired = keys.map((k) =>
    previousNotAfter !== undefined &&
    k.status === 'active' &&
    k.use === next.use &&
    k.authority === next.authority &&
    (k.kid === previousKid || next.use === 'enc')
      ? { ...k, status: 'retired' as const, notAfter: previousNotAfter }
      : k,
  );
  return [...retired, next];
}

/** The kid an announcement introduces, read before it is verified (to see whether it is news). */
export function peekRotationNext(announcement: string): string | undefined {
  const kid = (peekJwsMember(announcement, 'next') as { kid?: unknown } | undefined)?.kid;
  return typeof kid === 'string' ? kid : undefined;
}
