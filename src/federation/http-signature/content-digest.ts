/** RFC 9530 Content-Digest with sha-256, the only algorithm Comity sends or accepts. */
import { createHash } from 'node:crypto';
import { parseDictionary } from './structured-fields.js';

/** `sha-256=:<base64 of SHA-256(body)>:` */
export function contentDigest(body: Uint8Array | string): string {
  return `sha-256=:${createHash('sha256').update(body).digest('base64')}:`;
}

/** True when the header carries a sha-256 member equal to the digest of `body`. */
export function contentDigestMatches(header: string | null | undefined, body: Uint8Array | string): boolean {
  if (!header) return false;
  let members: ReturnType<typeof parseDictionary>;
  try {
    members = parseDictionary(header);
  } catch {
    return false;
  }
  const sha = members.find(([k]) => k === 'sha-256')?.[1];
  if (sha?.kind !== 'item' || !(sha.value instanceof Uint8Array)) return false;
  return Buffer.from(sha.value).equals(createHash('sha256').update(body).digest());
}
