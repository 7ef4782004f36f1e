/**
 * Session secrets and API tokens are random bearer secrets; only their SHA-256 is stored, so a
 * copy of the database does not let anyone log in.
 */
import { createHash, randomBytes } from 'node:crypto';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** `cmty_<8-char id prefix>_<secret>`: the prefix lets users recognise a token in a list. */
export function newApiToken(): { token: string; prefix: string } {
  const prefix = randomBytes(6).toString('base64url').slice(0, 8);
  return { token: `cmty_${prefix}_${randomSecret(24)}`, prefix };
}

export const SESSION_COOKIE = 'comity_session';
export const CSRF_HEADER = 'x-csrf-token';
