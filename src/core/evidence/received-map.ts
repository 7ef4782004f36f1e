/**
 * Which chunks of an incoming file have arrived, as a hex bitmap (chunk 0 = the high bit of the
 * first byte): 64 GiB in 1 MiB chunks is 16 KiB of text, rewritten once per chunk.
 */
export function isReceived(map: string, index: number): boolean {
  const byte = Number.parseInt(map.slice((index >> 3) * 2, (index >> 3) * 2 + 2), 16);
  return (byte & (0x80 >> (index & 7))) !== 0;
}

export function markReceived(map: string, index: number): string {
  const at = (index >> 3) * 2;
  const byte = Number.parseInt(map.slice(at, at + 2), 16) | (0x80 >> (index & 7));
  return map.slice(0, at) + byte.toString(16).padStart(2, '0') + map.slice(at + 2);
}
