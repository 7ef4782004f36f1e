import type { KeyRecord } from '../crypto/key-record.js';

/** Union by kid; a record from the newer source wins (it may retire or revoke a key). */
export function mergeKeys(old: readonly KeyRecord[], newer: readonly KeyRecord[]): KeyRecord[] {
  const byKid = new Map(old.map((k) => [k.kid, k]));
  for (const k of newer) byKid.set(k.kid, k);
  return [...byKid.values()];
}
