/**
 * User accounts: create, update, reset password, change own password. Each is one audited
 * command; secrets never enter the audit details.
 */
import { randomUUID } from 'node:crypto';
import { isUnLanguage, type UnLanguage } from '../../core/accounts/languages.js';
import type { Role } from '../../core/accounts/roles.js';
import type { CommandContext } from '../../core/context.js';
import { ConflictError, NotFoundError, ValidationError } from '../../core/errors.js';
import { runCommand } from '../../storage/command.js';
import { type Database, isUniqueViolation, type Tx } from '../../storage/database.js';
import type { UsersTable } from '../../storage/schema.js';
import {
  DEFAULT_PASSWORD_COST,
  generatePassword,
  hashPassword,
  type PasswordCost,
  passwordProblem,
  verifyPassword,
} from './passwords.js';
import { rolesOf } from './principal.js';

export interface UserView {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  roles: Role[];
  authorityId: string | null;
  totpEnabled: boolean;
  mustChangePassword: boolean;
  disabled: boolean;
  lockedUntil: string | null;
  /** The console language the user chose. */
  language: UnLanguage;
  createdAt: string;
  updatedAt: string;
}

export function presentUser(row: UsersTable): UserView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    email: row.email,
    roles: rolesOf(row),
    authorityId: row.authority_id,
    totpEnabled: row.totp_enabled === 1,
    mustChangePassword: row.must_change_password === 1,
    disabled: row.disabled === 1,
    lockedUntil: row.locked_until,
    language: isUnLanguage(row.language) ? row.language : 'en',
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface NewUser {
  username: string;
  displayName?: string;
  email?: string | null;
  roles: Role[];
  authorityId?: string | null;
  /** When absent a one-time password is generated and returned once. */
  password?: string;
  /** The console language (default English). */
  language?: UnLanguage;
}

export async function createUser(
  database: Database,
  ctx: CommandContext,
  input: NewUser,
  cost: PasswordCost = DEFAULT_PASSWORD_COST,
): Promise<{ user: UserView; oneTimePassword: string | null }> {
  if (input.password !== undefined) {
    const problem = passwordProblem(input.password);
    if (problem)
      throw new ValidationError(
        `password ${problem}`,
        [{ path: '/body/password', message: problem }],
        'weak_password',
      );
  }
  if (input.roles.length === 0)
    throw new ValidationError('a user needs at least one role', [
      { path: '/body/roles', message: 'must not be empty' },
    ]);
  const oneTimePassword = input.password === undefined ? generatePassword() : null;
  const passwordHash = await hashPassword(input.password ?? oneTimePassword!, cost);
  const now = ctx.clock.now().toISOString();
  const row: UsersTable = {
    id: randomUUID(),
    username: input.username,
    display_name: input.displayName ?? input.username,
    email: input.email ?? null,
    password_hash: passwordHash,
    roles: JSON.stringify([...new Set(input.roles)]),
    authority_id: input.authorityId ?? null,
    totp_secret: null,
    totp_enabled: 0,
    failed_logins: 0,
    locked_until: null,
    must_change_password: oneTimePassword ? 1 : 0,
    disabled: 0,
    language: input.language ?? 'en',
    created_at: now,
    updated_at: now,
  };
  try {
    await runCommand(database, ctx, async (tx) => {
      if (row.authority_id) await requireAuthority(tx, row.authority_id);
      await tx.db.insertInto('users').values(row).execute();
      return {
        value: null,
        audit: {
          actor: ctx.actor,
          action: 'user.create',
          subjectType: 'user',
          subjectId: row.id,
          details: { username: row.username, roles: JSON.parse(row.roles), authorityId: row.authority_id },
        },
      };
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError('username_taken', `the username ${input.username} is already in use`);
    throw error;
  }
  return { user: presentUser(row), oneTimePassword };
}

async function requireAuthority(tx: Tx, authorityId: string): Promise<void> {
  const found = await tx.db
    .selectFrom('authorities')
    .select('id')
    .where('id', '=', authorityId)
    .executeTakeFirst();
  if (!found) {
    throw new ValidationError(
      `authority ${authorityId} is not in the register`,
      [{ path: '/body/authorityId', message: 'is not a registered authority' }],
      'unknown_authority',
    );
  }
}

export async function getUser(database: Database, id: string): Promise<UserView> {
  const row = await database.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError('user', id);
  return presentUser(row);
}

export async function findUserByUsername(
  database: Database,
  username: string,
): Promise<UsersTable | undefined> {
  return database.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function listUsers(database: Database): Promise<UserView[]> {
  const rows = await database.db.selectFrom('users').selectAll().orderBy('username').execute();
  return rows.map(presentUser);
}

export interface UserChanges {
  displayName?: string;
  email?: string | null;
  roles?: Role[];
  authorityId?: string | null;
  disabled?: boolean;
}

export async function updateUser(
  database: Database,
  ctx: CommandContext,
  id: string,
  changes: UserChanges,
): Promise<UserView> {
  if (changes.roles && changes.roles.length === 0) {
    throw new ValidationError('a user needs at least one role', [
      { path: '/body/roles', message: 'must not be empty' },
    ]);
  }
  return runCommand(database, ctx, async (tx) => {
    const current = await tx.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    if (!current) throw new NotFoundError('user', id);
    if (changes.authorityId) await requireAuthority(tx, changes.authorityId);
    const next: Partial<UsersTable> = { updated_at: ctx.clock.now().toISOString() };
    if (changes.displayName !== undefined) next.display_name = changes.displayName;
    if (changes.email !== undefined) next.email = changes.email;
    if (changes.roles !== undefined) next.roles = JSON.stringify([...new Set(changes.roles)]);
    if (changes.authorityId !== undefined) next.authority_id = changes.authorityId;
    if (changes.disabled !== undefined) next.disabled = changes.disabled ? 1 : 0;
    await guardLastAdmin(tx, current, next);
    await tx.db.updateTable('users').set(next).where('id', '=', id).execute();
    if (changes.disabled) await tx.db.deleteFrom('sessions').where('user_id', '=', id).execute();
    return {
      value: presentUser({ ...current, ...next }),
      audit: {
        actor: ctx.actor,
        action: 'user.update',
        subjectType: 'user',
        subjectId: id,
        details: { changes: { ...changes } },
      },
    };
  });
}

/** A node must keep at least one enabled administrator, or nobody could manage it. */
async function guardLastAdmin(tx: Tx, current: UsersTable, next: Partial<UsersTable>): Promise<void> {
  const wasAdmin = rolesOf(current).includes('admin') && current.disabled === 0;
  const stillAdmin =
    rolesOf({ roles: next.roles ?? current.roles }).includes('admin') &&
    (next.disabled ?? current.disabled) === 0;
  if (!wasAdmin || stillAdmin) return;
  const admins = await tx.db.selectFrom('users').select(['id', 'roles']).where('disabled', '=', 0).execute();
  if (admins.filter((u) => u.id !== current.id && rolesOf(u).includes('admin')).length === 0) {
    throw new ConflictError(
      'last_admin',
      'this is the last enabled administrator; appoint another one first',
    );
  }
}

/** Admin reset: a new one-time password, unlocks the account and ends its sessions. */
export async function resetPassword(
  database: Database,
  ctx: CommandContext,
  id: string,
  cost: PasswordCost = DEFAULT_PASSWORD_COST,
): Promise<{ user: UserView; oneTimePassword: string }> {
  const oneTimePassword = generatePassword();
  const hash = await hashPassword(oneTimePassword, cost);
  const user = await resetCredentials(database, ctx, id, 'user.reset_password', () => ({
    next: { password_hash: hash, must_change_password: 1, failed_logins: 0, locked_until: null },
  }));
  return { user, oneTimePassword };
}

/**
 * Admin reset of the second factor, for a person who lost their authenticator: the next sign-in
 * asks for the password alone, and they enrol again from their account; their sessions end.
 */
export async function resetSecondFactor(
  database: Database,
  ctx: CommandContext,
  id: string,
): Promise<UserView> {
  return resetCredentials(database, ctx, id, 'user.reset_second_factor', (current) => ({
    next: { totp_enabled: 0, totp_secret: null },
    details: { wasEnabled: current.totp_enabled === 1 },
  }));
}

/** An administrator replaces someone's credentials: the change, the end of their sessions, the audit. */
async function resetCredentials(
  database: Database,
  ctx: CommandContext,
  id: string,
  action: 'user.reset_password' | 'user.reset_second_factor',
  change: (current: UsersTable) => { next: Partial<UsersTable>; details?: Record<string, unknown> },
): Promise<UserView> {
  return runCommand(database, ctx, async (tx) => {
    const current = await tx.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    if (!current) throw new NotFoundError('user', id);
    const { next, details } = change(current);
    const row = { ...next, updated_at: ctx.clock.now().toISOString() };
    await tx.db.updateTable('users').set(row).where('id', '=', id).execute();
    await tx.db.deleteFrom('sessions').where('user_id', '=', id).execute();
    return {
      value: presentUser({ ...current, ...row }),
      audit: {
        actor: ctx.actor,
        action,
        subjectType: 'user',
        subjectId: id,
        ...(details ? { details } : {}),
      },
    };
  });
}

/** The user changes their own password; other sessions of theirs end. */
export async function changeOwnPassword(
  database: Database,
  ctx: CommandContext,
  userId: string,
  currentPassword: string,
  newPassword: string,
  keepSessionHash: string | null,
  cost: PasswordCost = DEFAULT_PASSWORD_COST,
): Promise<void> {
  const problem = passwordProblem(newPassword);
  if (problem)
    throw new ValidationError(
      `new password ${problem}`,
      [{ path: '/body/newPassword', message: problem }],
      'weak_password',
    );
  if (newPassword === currentPassword) {
    throw new ValidationError(
      'the new password must differ from the current one',
      [{ path: '/body/newPassword', message: 'must differ from the current password' }],
      'weak_password',
    );
  }
  const row = await database.db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
  if (!row) throw new NotFoundError('user', userId);
  if (!(await verifyPassword(currentPassword, row.password_hash))) {
    throw new ValidationError(
      'the current password is wrong',
      [{ path: '/body/currentPassword', message: 'is wrong' }],
      'wrong_password',
    );
  }
  const hash = await hashPassword(newPassword, cost);
  await runCommand(database, ctx, async (tx) => {
    await tx.db
      .updateTable('users')
      .set({ password_hash: hash, must_change_password: 0, updated_at: ctx.clock.now().toISOString() })
      .where('id', '=', userId)
      .execute();
    let others = tx.db.deleteFrom('sessions').where('user_id', '=', userId);
    if (keepSessionHash) others = others.where('id_hash', '!=', keepSessionHash);
    await others.execute();
    return {
      value: null,
      audit: { actor: ctx.actor, action: 'user.change_password', subjectType: 'user', subjectId: userId },
    };
  });
}

export async function countUsers(database: Database): Promise<number> {
  const row = await database.db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A user chooses the console's language for themselves; it follows them to every device. */
export async function setOwnLanguage(
  database: Database,
  ctx: CommandContext,
  userId: string,
  language: UnLanguage,
): Promise<UserView> {
  return runCommand(database, ctx, async (tx) => {
    const row = await tx.db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
    if (!row) throw new NotFoundError('user', userId);
    const updated = { ...row, language, updated_at: ctx.clock.now().toISOString() };
    await tx.db
      .updateTable('users')
      .set({ language, updated_at: updated.updated_at })
      .where('id', '=', userId)
      .execute();
    return {
      value: presentUser(updated),
      audit: {
        actor: ctx.actor,
        action: 'user.language',
        subjectType: 'user',
        subjectId: userId,
        details: { from: row.language, to: language },
      },
    };
  });
}
