/**
 * Resolves who is calling from a session cookie or a bearer token. Both are looked up by hash;
 * disabled users, expired sessions and revoked or expired tokens resolve to nobody.
 */
import { isRole, type Principal, type Role } from '../../core/accounts/roles.js';
import type { Database } from '../../storage/database.js';
import type { UsersTable } from '../../storage/schema.js';
import { sha256 } from './credentials.js';

export interface ResolvedCaller {
  readonly principal: Principal;
  readonly mustChangePassword: boolean;
  /** For sessions: the CSRF token the caller must echo on unsafe requests. */
  readonly csrfToken: string | null;
  readonly sessionHash: string | null;
}

export function rolesOf(user: Pick<UsersTable, 'roles'>): Role[] {
  const parsed = JSON.parse(user.roles) as unknown;
  return Array.isArray(parsed) ? parsed.filter(isRole) : [];
}

export async function resolveSession(
  database: Database,
  secret: string,
  now: Date,
): Promise<ResolvedCaller | null> {
  const idHash = sha256(secret);
  const row = await database.db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id_hash',
      'sessions.csrf_token',
      'sessions.expires_at',
      'users.id',
      'users.username',
      'users.roles',
      'users.authority_id',
      'users.disabled',
      'users.must_change_password',
    ])
    .where('sessions.id_hash', '=', idHash)
    .executeTakeFirst();
  if (!row || row.disabled || row.expires_at <= now.toISOString()) return null;
  return {
    principal: {
      userId: row.id,
      username: row.username,
      roles: rolesOf(row),
      authorityId: row.authority_id,
      via: 'session',
    },
    mustChangePassword: row.must_change_password === 1,
    csrfToken: row.csrf_token,
    sessionHash: row.id_hash,
  };
}

export async function resolveToken(
  database: Database,
  token: string,
  now: Date,
): Promise<ResolvedCaller | null> {
  if (!token.startsWith('cmty_')) return null;
  const row = await database.db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([
      'api_tokens.expires_at',
      'api_tokens.revoked_at',
      'users.id',
      'users.username',
      'users.roles',
      'users.authority_id',
      'users.disabled',
      'users.must_change_password',
    ])
    .where('api_tokens.token_hash', '=', sha256(token))
    .executeTakeFirst();
  if (!row || row.disabled || row.revoked_at || (row.expires_at && row.expires_at <= now.toISOString()))
    return null;
  return {
    principal: {
      userId: row.id,
      username: row.username,
      roles: rolesOf(row),
      authorityId: row.authority_id,
      via: 'token',
    },
    mustChangePassword: row.must_change_password === 1,
    csrfToken: null,
    sessionHash: null,
  };
}
