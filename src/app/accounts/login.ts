/**
 * Password (+ TOTP) login with per-account lockout. Failed and successful logins are audited:
 * they are security events an auditor must be able to see.
 */
import { base32Decode, verifyTotp } from '../../core/accounts/totp.js';
import type { CommandContext } from '../../core/context.js';
import { DomainError, ForbiddenError, UnauthenticatedError } from '../../core/errors.js';
import { runCommand } from '../../storage/command.js';
import type { Database } from '../../storage/database.js';
import { randomSecret, sha256 } from './credentials.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { findUserByUsername, presentUser, type UserView } from './users.js';

export interface LoginPolicy {
  readonly maxAttempts: number;
  readonly lockoutMinutes: number;
  readonly sessionTtlHours: number;
}

export interface LoginResult {
  readonly user: UserView;
  readonly sessionSecret: string;
  readonly csrfToken: string;
  readonly expiresAt: string;
}

// Verifying against a fixed hash when the user does not exist keeps response times equal,
// so timing does not reveal which usernames exist.
let dummyHash: Promise<string> | undefined;

/** Spends the time of a password check when there is no account to check against. */
export async function verifyAgainstNobody(password: string): Promise<void> {
  dummyHash ??= hashPassword('comity-dummy-password');
  await verifyPassword(password, await dummyHash);
}

export async function login(
  database: Database,
  ctx: CommandContext,
  policy: LoginPolicy,
  input: { username: string; password: string; totp?: string },
): Promise<LoginResult> {
  const now = ctx.clock.now();
  const user = await findUserByUsername(database, input.username);
  if (!user || user.disabled) {
    await verifyAgainstNobody(input.password);
    await recordFailure(database, ctx, input.username, null, 'unknown_user');
    throw new UnauthenticatedError('invalid_credentials', 'wrong username or password');
  }
  if (user.locked_until && user.locked_until > now.toISOString()) {
    throw new ForbiddenError(
      'account_locked',
      `too many failed logins; the account is locked until ${user.locked_until}`,
      {
        lockedUntil: user.locked_until,
      },
    );
  }
  const passwordOk = await verifyPassword(input.password, user.password_hash);
  if (!passwordOk) {
    await registerFailedAttempt(database, ctx, policy, user.id, user.username, 'wrong_password');
    throw new UnauthenticatedError('invalid_credentials', 'wrong username or password');
  }
  if (user.totp_enabled && user.totp_secret) {
    if (!input.totp)
      throw new UnauthenticatedError(
        'totp_required',
        'this account uses a second factor: send the 6-digit code as "totp"',
      );
    if (!verifyTotp(base32Decode(user.totp_secret), input.totp, now)) {
      await registerFailedAttempt(database, ctx, policy, user.id, user.username, 'wrong_totp');
      throw new UnauthenticatedError('invalid_totp', 'the second-factor code is wrong or expired');
    }
  }
  const sessionSecret = randomSecret();
  const csrfToken = randomSecret(24);
  const expiresAt = new Date(now.getTime() + policy.sessionTtlHours * 3_600_000).toISOString();
  await runCommand(database, { ...ctx, actor: { type: 'user', id: user.id } }, async (tx) => {
    await tx.db
      .updateTable('users')
      .set({ failed_logins: 0, locked_until: null })
      .where('id', '=', user.id)
      .execute();
    await tx.db
      .insertInto('sessions')
      .values({
        id_hash: sha256(sessionSecret),
        user_id: user.id,
        csrf_token: csrfToken,
        created_at: now.toISOString(),
        expires_at: expiresAt,
        last_seen_at: now.toISOString(),
        mfa_passed: 1,
      })
      .execute();
    return {
      value: null,
      audit: {
        actor: { type: 'user', id: user.id },
        action: 'auth.login',
        subjectType: 'user',
        subjectId: user.id,
      },
    };
  });
  return {
    user: presentUser({ ...user, failed_logins: 0, locked_until: null }),
    sessionSecret,
    csrfToken,
    expiresAt,
  };
}

export async function registerFailedAttempt(
  database: Database,
  ctx: CommandContext,
  policy: LoginPolicy,
  userId: string,
  username: string,
  reason: string,
): Promise<void> {
  const now = ctx.clock.now();
  await runCommand(database, ctx, async (tx) => {
    const row = await tx.db
      .selectFrom('users')
      .select('failed_logins')
      .where('id', '=', userId)
      .executeTakeFirstOrThrow();
    const failed = row.failed_logins + 1;
    const lock = failed >= policy.maxAttempts;
    const lockedUntil = lock ? new Date(now.getTime() + policy.lockoutMinutes * 60_000).toISOString() : null;
    await tx.db
      .updateTable('users')
      .set({ failed_logins: lock ? 0 : failed, ...(lock ? { locked_until: lockedUntil } : {}) })
      .where('id', '=', userId)
      .execute();
    await tx.db
      .insertInto('login_attempts')
      .values({ username, at: now.toISOString(), succeeded: 0 })
      .execute();
    return {
      value: null,
      audit: {
        actor: ctx.actor,
        action: lock ? 'auth.lockout' : 'auth.login_failed',
        subjectType: 'user',
        subjectId: userId,
        details: { reason, ...(lock ? { lockedUntil } : { failedAttempts: failed }) },
      },
    };
  });
}

export async function recordFailure(
  database: Database,
  ctx: CommandContext,
  username: string,
  userId: string | null,
  reason: string,
): Promise<void> {
  await runCommand(database, ctx, async (tx) => {
    await tx.db
      .insertInto('login_attempts')
      .values({ username, at: ctx.clock.now().toISOString(), succeeded: 0 })
      .execute();
    return {
      value: null,
      audit: {
        actor: ctx.actor,
        action: 'auth.login_failed',
        subjectType: 'user',
        subjectId: userId ?? `username:${username}`,
        details: { reason },
      },
    };
  });
}

export async function logout(
  database: Database,
  ctx: CommandContext,
  sessionHash: string,
  userId: string,
): Promise<void> {
  await runCommand(database, ctx, async (tx) => {
    await tx.db.deleteFrom('sessions').where('id_hash', '=', sessionHash).execute();
    return {
      value: null,
      audit: { actor: ctx.actor, action: 'auth.logout', subjectType: 'user', subjectId: userId },
    };
  });
}

/**
 * An in-memory sliding window of failed logins per client address, in front of the
 * per-account lockout: it stops password spraying across many accounts from one address,
 * while successful logins never count against anyone.
 */
export class LoginRateLimiter {
  readonly #failures = new Map<string, number[]>();
  constructor(
    private readonly limit = 20,
    private readonly windowMs = 60_000,
  ) {}

  /** Throws when the address has used up its failed attempts in the window. */
  check(key: string, now: number): void {
    const recent = (this.#failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
    this.#failures.set(key, recent);
    if (recent.length >= this.limit) {
      throw new DomainError(
        'too_many_login_attempts',
        'too many failed logins from this address; wait a minute',
      );
    }
  }

  recordFailure(key: string, now: number): void {
    if (this.#failures.size > 10_000) this.#failures.clear();
    const recent = this.#failures.get(key) ?? [];
    recent.push(now);
    this.#failures.set(key, recent);
  }
}
