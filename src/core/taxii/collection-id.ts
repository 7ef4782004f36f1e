/**
 * Collection ids: TAXII wants a UUIDv4 per collection (§5.2.1) that stays the same for as long
 * as the collection exists. Comity's collections are derived from what the node holds (an
 * incident, the public objects, an inbox), so their ids are derived too: SHA-256 of a name
 * that says what the collection is, shaped as a version 4, variant 1 UUID. The same incident
 * has the same collection id on every restart and every instance of the node.
 */
import { createHash } from 'node:crypto';

export function collectionUuid(name: string): string {
  const bytes = createHash('sha256').update(`comity:taxii:collection:${name}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
