/**
 * Base64url without padding (RFC 4648 §5), as JOSE requires. Decoding is strict: Node's
 * decoder silently skips foreign characters, which would let two different strings decode to
 * the same bytes; a signature check must never accept that.
 */
const ALPHABET = /^[A-Za-z0-9_-]*$/;

/** Encodes bytes or a UTF-8 string as unpadded base64url. */
export function b64u(data: Uint8Array | string): string {
  return (typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data)).toString('base64url');
}

/** Decodes unpadded base64url, or returns undefined when the text is not canonical base64url. */
export function fromB64u(text: string): Buffer | undefined {
  if (!ALPHABET.test(text) || text.length % 4 === 1) return undefined;
  const bytes = Buffer.from(text, 'base64url');
  // A non-canonical final character (stray low bits) would re-encode differently.
  if (bytes.toString('base64url') !== text) return undefined;
  return bytes;
}

/** Decodes base64url that must hold a JSON object; undefined when it does not. */
export function jsonFromB64u(text: string): Record<string, unknown> | undefined {
  const bytes = fromB64u(text);
  if (!bytes) return undefined;
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
