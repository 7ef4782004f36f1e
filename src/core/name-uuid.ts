/**
 * A UUID that stands for a name: SHA-256 of the name, shaped as a version 4, variant 1 UUID.
 * For things Comity derives rather than creates (a TAXII collection, the organisation a node is
 * to MISP), whose id must stay the same on every restart and every instance of the node.
 */
import { createHash } from 'node:crypto';

export function nameUuid(name: string): string {
  const bytes = createHash('sha256').update(name).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
