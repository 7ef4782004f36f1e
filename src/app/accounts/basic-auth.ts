/**
 * HTTP Basic authentication for machine clients that speak only that (TAXII 2.1 §1.6.9: TAXII
 * clients should support it, and most do nothing else). The password is checked as at login,
 * with the same per-account lockout and audited failures; accounts with a second factor cannot
 * use it, since Basic has nowhere to carry the code, and are pointed to API tokens.
 *
 * Checking an scrypt hash on every request of a client paging through a collection would spend
 * 30–60 ms a page; a successful check is therefore remembered for a few minutes, in memory,
 * under a hash of the credentials, and only while the account's password hash is unchanged,
 * the account enabled and not locked (re-read on every request).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { CommandContext } from '../../core/context.js';
import { ForbiddenError, UnauthenticatedError } from '../../core/errors.js';
import { runCommand } from '../../storage/command.js';
import type { Database } from '../../storage/database.js';
import type { UsersTable } from '../../storage/schema.js';
import { type LoginPolicy, recordFailure, registerFailedAttempt, verifyAgainstNobody } from './login.js';
import { verifyPassword } from './passwords.js';
import { type ResolvedCaller, rolesOf } from './principal.js';
import { findUserByUsername } from './users.js';

const REMEMBER_MS = 5 * 60_000;
const REMEMBERED_MAX = 10_000;

interface Remembered {
  readonly userId: string;
  readonly passwordHash: string;
  readonly until: number;
}

// A process secret keeps the remembered keys useless outside this process.
const pepper = randomBytes(32);
const remembered = new Map<string, Remembered>();

const keyOf = (username: string, password: string) =>
  createHash('sha256').update(pepper).update(username).update('\0').update(password).digest('base64');

/** Decodes `Basic <base64(user:password)>`; undefined when the header is not Basic. */
export function basicCredentials(header: string): { username: string; password: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (!match) return undefined;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

export async function resolveBasic(
  database: Database,
  ctx: CommandContext,
  policy: LoginPolicy,
  credentials: { username: string; password: string },
): Promise<ResolvedCaller> {
  const now = ctx.clock.now();
  const key = keyOf(credentials.username, credentials.password);
  const hit = remembered.get(key);
  if (hit && hit.until > now.getTime()) {
    const user = await database.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', hit.userId)
      .executeTakeFirst();
    if (user && usable(user, now) && user.password_hash === hit.passwordHash) return callerOf(user);
    remembered.delete(key);
  }
  const user = await findUserByUsername(database, credentials.username);
  if (!user || user.disabled) {
    await verifyAgainstNobody(credentials.password);
    await recordFailure(database, ctx, credentials.username, null, 'unknown_user');
    throw new UnauthenticatedError('invalid_credentials', 'wrong username or password');
  }
  if (user.locked_until && user.locked_until > now.toISOString())
    throw new ForbiddenError(
      'account_locked',
      `too many failed logins; the account is locked until ${user.locked_until}`,
      {
        lockedUntil: user.locked_until,
      },
    );
  if (!(await verifyPassword(credentials.password, user.password_hash))) {
    await registerFailedAttempt(database, ctx, policy, user.id, user.username, 'wrong_password');
    throw new UnauthenticatedError('invalid_credentials', 'wrong username or password');
  }
  if (user.totp_enabled)
    throw new UnauthenticatedError(
      'totp_required',
      'this account uses a second factor, which HTTP Basic cannot carry: use an API token (Authorization: Bearer cmty_…)',
    );
  await runCommand(database, { ...ctx, actor: { type: 'user', id: user.id } }, async (tx) => {
    await tx.db.updateTable('users').set({ failed_logins: 0 }).where('id', '=', user.id).execute();
    return {
      value: null,
      audit: {
        actor: { type: 'user', id: user.id },
        action: 'auth.login',
        subjectType: 'user',
        subjectId: user.id,
        details: { via: 'http_basic' },
      },
    };
  });
  if (remembered.size >= REMEMBERED_MAX) remembered.clear();
  remembered.set(key, {
    userId: user.id,
    passwordHash: user.password_hash,
    until: now.getTime() + REMEMBER_MS,
  });
  return callerOf(user);
}

function usable(user: UsersTable, now: Date): boolean {
  return (
    !user.disabled && !(user.locked_until && user.locked_until > now.toISOString()) && !user.totp_enabled
  );
}

function callerOf(user: UsersTable): ResolvedCaller {
  return {
    principal: {
      userId: user.id,
      username: user.username,
      roles: rolesOf(user),
      authorityId: user.authority_id,
      via: 'basic',
    },
    mustChangePassword: user.must_change_password === 1,
    csrfToken: null,
    sessionHash: null,
  };
}
