/**
 * Public key records with validity windows. Rotated-out keys stay in the register as
 * `retired` so messages signed before the rotation still verify; `revoked` keys (compromise)
 * verify nothing, whatever the instant.
 */
import type { OkpPublicJwk } from './jwk.js';

export type KeyStatus = 'active' | 'retired' | 'revoked';
export type KeyUse = 'sig' | 'enc';

/** One published public key of a node (owner absent) or of an authority it hosts. */
export interface KeyRecord {
  readonly kid: string;
  readonly use: KeyUse;
  readonly jwk: OkpPublicJwk;
  /** Authority id when the key belongs to a hosted authority; absent for the node's own key. */
  readonly authority?: string;
  /** ISO 8601 instant from which the key may be used. */
  readonly notBefore: string;
  /** ISO 8601 instant after which the key may no longer be used; absent = open-ended. */
  readonly notAfter?: string;
  readonly status: KeyStatus;
}

/** True when the record may verify (sig) or receive (enc) something made at instant `at`. */
export function isKeyValidAt(record: KeyRecord, at: Date): boolean {
  if (record.status === 'revoked') return false;
  const t = at.getTime();
  // JOSE times are whole seconds: a message signed in the same second a key was created carries
  // a creation time up to 999 ms before the key's notBefore, and must still verify.
  if (t < Math.floor(Date.parse(record.notBefore) / 1000) * 1000) return false;
  return record.notAfter === undefined || t <= Date.parse(record.notAfter);
}

/**
 * Finds the key named `kid` among a party's records if it was valid at `at`: the answer to
 * "which key was valid at instant T" that old-message verification needs.
 */
export function keyValidAt(
  records: readonly KeyRecord[],
  kid: string,
  at: Date,
  use: KeyUse = 'sig',
): KeyRecord | undefined {
  return records.find((r) => r.kid === kid && r.use === use && isKeyValidAt(r, at));
}

/** The key a party should use now for `use` (newest `notBefore` among active, valid keys). */
export function currentKey(
  records: readonly KeyRecord[],
  use: KeyUse,
  now: Date,
  authority?: string,
): KeyRecord | undefined {
  return records
    .filter(
      (r) => r.use === use && r.status === 'active' && r.authority === authority && isKeyValidAt(r, now),
    )
    .sort((a, b) => Date.parse(b.notBefore) - Date.parse(a.notBefore))[0];
}
