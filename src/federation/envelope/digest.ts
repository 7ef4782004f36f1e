/**
 * The envelope digest names the exact bytes that travelled: receipts sign it, so a receipt
 * proves which content arrived, not merely that "a message" did.
 */
import { createHash } from 'node:crypto';

/** `sha-256:<base64url of SHA-256 of the compact JWE (ASCII)>`. */
export function envelopeDigest(compact: string): string {
  return `sha-256:${createHash('sha256').update(compact, 'ascii').digest('base64url')}`;
}
