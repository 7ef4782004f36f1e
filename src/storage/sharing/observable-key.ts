/**
 * The compact index key of an observable. Indexing a 53-bit integer instead of the value text
 * keeps the lookup index at a fixed few bytes per row however long values are (URLs, file
 * paths); a hash collision only costs one extra row read, because every read also compares
 * the stored kind and value.
 */
import { createHash } from 'node:crypto';

/** First 53 bits of SHA-256(kind NUL value): a non-negative integer exact in a JS number. */
export function observableHashKey(kind: string, value: string): number {
  const digest = createHash('sha256').update(kind).update('\0').update(value).digest();
  // 21 high bits + 32 low bits = 53 bits, below Number.MAX_SAFE_INTEGER on both drivers.
  return (digest.readUInt32BE(0) >>> 11) * 0x1_0000_0000 + digest.readUInt32BE(4);
}
