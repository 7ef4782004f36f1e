/** Enrolment in the optional TOTP second factor: a secret is proposed, then confirmed by a code. */
import { randomBytes } from 'node:crypto';
import { base32Decode, base32Encode, totpUri, verifyTotp } from '../../core/accounts/totp.js';
import type { CommandContext } from '../../core/context.js';
import { ConflictError, NotFoundError, ValidationError } from '../../core/errors.js';
import { runCommand } from '../../storage/command.js';
import type { Database } from '../../storage/database.js';
import { verifyPassword } from './passwords.js';

export async function beginTotpEnrolment(
  database: Database,
  ctx: CommandContext,
  userId: string,
): Promise<{ secret: string; uri: string }> {
  const secret = base32Encode(randomBytes(20));
  return runCommand(database, ctx, async (tx) => {
    const user = await tx.db
      .selectFrom('users')
      .select(['username', 'totp_enabled'])
      .where('id', '=', userId)
      .executeTakeFirst();
    if (!user) throw new NotFoundError('user', userId);
    if (user.totp_enabled)
      throw new ConflictError('totp_already_enabled', 'a second factor is already enabled; disable it first');
    await tx.db.updateTable('users').set({ totp_secret: secret }).where('id', '=', userId).execute();
    return {
      value: { secret, uri: totpUri(secret, user.username) },
      audit: { actor: ctx.actor, action: 'auth.totp_begin', subjectType: 'user', subjectId: userId },
    };
  });
}

export async function confirmTotpEnrolment(
  database: Database,
  ctx: CommandContext,
  userId: string,
  code: string,
): Promise<void> {
  await runCommand(database, ctx, async (tx) => {
    const user = await tx.db
      .selectFrom('users')
      .select(['totp_secret', 'totp_enabled'])
      .where('id', '=', userId)
      .executeTakeFirst();
    if (!user) throw new NotFoundError('user', userId);
    if (user.totp_enabled)
      throw new ConflictError('totp_already_enabled', 'a second factor is already enabled');
    if (!user.totp_secret)
      throw new ConflictError('totp_not_started', 'start enrolment first (POST /api/auth/totp/setup)');
    if (!verifyTotp(base32Decode(user.totp_secret), code, ctx.clock.now())) {
      throw new ValidationError(
        'the code does not match',
        [{ path: '/body/code', message: 'does not match the authenticator' }],
        'totp_confirmation_failed',
      );
    }
    await tx.db.updateTable('users').set({ totp_enabled: 1 }).where('id', '=', userId).execute();
    return {
      value: null,
      audit: { actor: ctx.actor, action: 'auth.totp_enable', subjectType: 'user', subjectId: userId },
    };
  });
}

export async function disableTotp(
  database: Database,
  ctx: CommandContext,
  userId: string,
  password: string,
): Promise<void> {
  const row = await database.db
    .selectFrom('users')
    .select('password_hash')
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('user', userId);
  if (!(await verifyPassword(password, row.password_hash))) {
    throw new ValidationError(
      'the password is wrong',
      [{ path: '/body/password', message: 'is wrong' }],
      'wrong_password',
    );
  }
  await runCommand(database, ctx, async (tx) => {
    await tx.db
      .updateTable('users')
      .set({ totp_enabled: 0, totp_secret: null })
      .where('id', '=', userId)
      .execute();
    return {
      value: null,
      audit: { actor: ctx.actor, action: 'auth.totp_disable', subjectType: 'user', subjectId: userId },
    };
  });
}
