/**
 * Where a byte sequence stops being UTF-8. Node decodes invalid bytes to U+FFFD without a
 * word, so a body must be checked before it is decoded, or a title typed in one encoding and
 * sent as another would be stored with replacement characters and answered as a success.
 * Follows RFC 3629: no overlong forms, no surrogates (U+D800–U+DFFF), nothing past U+10FFFF.
 */

/** The offset of the first byte that does not begin or continue a valid character, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      // E0 would be overlong below A0; ED A0..BF would encode a surrogate.
      min = b === 0xe0 ? 0xa0 : 0x80;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = b === 0xf0 ? 0x90 : 0x80;
      if (b === 0xf4) max = 0x8f;
    } else {
      return i;
    }
    if (i + need >= n) return i;
    const second = bytes[i + 1]!;
    if (second < min || second > max) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k]!;
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** One readable line on where the bytes stop being UTF-8, for an error's detail. */
export function describeInvalidUtf8(bytes: Uint8Array, offset: number): string {
  const shown = Array.from(bytes.subarray(offset, offset + 4), (b) => b.toString(16).padStart(2, '0'))
    .join(' ')
    .toUpperCase();
  return `the body is not valid UTF-8: the bytes at offset ${offset} (${shown}) are not a UTF-8 character`;
}
