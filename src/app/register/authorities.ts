/** Authorities of a State (24/7 point of contact, central authority, …) and their contacts. */
import { randomUUID } from 'node:crypto';
import type { CommandContext } from '../../core/context.js';
import { ConflictError, NotFoundError, ValidationError } from '../../core/errors.js';
import { type AuthorityType, isTimeZone } from '../../core/register/register.js';
import { runCommand } from '../../storage/command.js';
import type { Database, Reader } from '../../storage/database.js';
import type { AuthoritiesTable, ContactsTable } from '../../storage/schema.js';

export interface AuthorityInput {
  type: AuthorityType;
  name: string;
  languages?: string[];
  timezone: string;
}

export interface ContactInput {
  name: string;
  role: string;
  email?: string | null;
  phone?: string | null;
  timezone?: string | null;
  available24x7?: boolean;
}

export interface ContactView extends Required<ContactInput> {
  id: string;
  authorityId: string;
}

export interface AuthorityView {
  id: string;
  stateCode: string;
  type: AuthorityType;
  name: string;
  languages: string[];
  timezone: string;
  contacts: ContactView[];
  createdAt: string;
  updatedAt: string;
}

function presentContact(row: ContactsTable): ContactView {
  return {
    id: row.id,
    authorityId: row.authority_id,
    name: row.name,
    role: row.role,
    email: row.email,
    phone: row.phone,
    timezone: row.timezone,
    available24x7: row.available_24_7 === 1,
  };
}

function presentAuthority(row: AuthoritiesTable, contacts: ContactsTable[]): AuthorityView {
  return {
    id: row.id,
    stateCode: row.state_code,
    type: row.type as AuthorityType,
    name: row.name,
    languages: JSON.parse(row.languages) as string[],
    timezone: row.timezone,
    contacts: contacts.filter((c) => c.authority_id === row.id).map(presentContact),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function checkTimeZone(value: string | null | undefined, path: string): void {
  if (value && !isTimeZone(value))
    throw new ValidationError(`${value} is not an IANA time zone`, [
      { path, message: 'is not an IANA time zone (e.g. Europe/Paris)' },
    ]);
}

type Db = Reader;

/** Throws not-found unless the authority is registered. */
export async function requireAuthority(db: Db, id: string): Promise<void> {
  const found = await db.selectFrom('authorities').select('id').where('id', '=', id).executeTakeFirst();
  if (!found) throw new NotFoundError('authority', id);
}

/** Throws not-found unless the State is registered. */
export async function requireState(db: Db, code: string): Promise<void> {
  const found = await db.selectFrom('states').select('code').where('code', '=', code).executeTakeFirst();
  if (!found) throw new NotFoundError('state', code);
}

export async function listAuthorities(database: Database, stateCode?: string): Promise<AuthorityView[]> {
  let q = database.db.selectFrom('authorities').selectAll();
  if (stateCode) q = q.where('state_code', '=', stateCode);
  const rows = await q.orderBy('name').execute();
  if (rows.length === 0) return [];
  const contacts = await database.db
    .selectFrom('contacts')
    .selectAll()
    .where(
      'authority_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('name')
    .execute();
  return rows.map((r) => presentAuthority(r, contacts));
}

export async function getAuthority(database: Database, id: string): Promise<AuthorityView> {
  const row = await database.db.selectFrom('authorities').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError('authority', id);
  const contacts = await database.db
    .selectFrom('contacts')
    .selectAll()
    .where('authority_id', '=', id)
    .orderBy('name')
    .execute();
  return presentAuthority(row, contacts);
}

export async function createAuthority(
  database: Database,
  ctx: CommandContext,
  stateCode: string,
  input: AuthorityInput,
): Promise<AuthorityView> {
  checkTimeZone(input.timezone, '/body/timezone');
  const now = ctx.clock.now().toISOString();
  const row: AuthoritiesTable = {
    id: randomUUID(),
    state_code: stateCode,
    type: input.type,
    name: input.name,
    languages: JSON.stringify(input.languages ?? []),
    timezone: input.timezone,
    created_at: now,
    updated_at: now,
  };
  await runCommand(database, ctx, async (tx) => {
    await requireState(tx.db, stateCode);
    await tx.db.insertInto('authorities').values(row).execute();
    return {
      value: null,
      audit: {
        actor: ctx.actor,
        action: 'register.authority.create',
        subjectType: 'authority',
        subjectId: row.id,
        details: { stateCode, ...input },
      },
    };
  });
  return presentAuthority(row, []);
}

export async function updateAuthority(
  database: Database,
  ctx: CommandContext,
  id: string,
  changes: Partial<AuthorityInput>,
): Promise<AuthorityView> {
  checkTimeZone(changes.timezone, '/body/timezone');
  await runCommand(database, ctx, async (tx) => {
    await requireAuthority(tx.db, id);
    const next: Partial<AuthoritiesTable> = { updated_at: ctx.clock.now().toISOString() };
    if (changes.type !== undefined) next.type = changes.type;
    if (changes.name !== undefined) next.name = changes.name;
    if (changes.languages !== undefined) next.languages = JSON.stringify(changes.languages);
    if (changes.timezone !== undefined) next.timezone = changes.timezone;
    await tx.db.updateTable('authorities').set(next).where('id', '=', id).execute();
    return {
      value: null,
      audit: {
        actor: ctx.actor,
        action: 'register.authority.update',
        subjectType: 'authority',
        subjectId: id,
        details: { changes: { ...changes } },
      },
    };
  });
  return getAuthority(database, id);
}

export async function deleteAuthority(database: Database, ctx: CommandContext, id: string): Promise<void> {
  await runCommand(database, ctx, async (tx) => {
    await requireAuthority(tx.db, id);
    const user = await tx.db
      .selectFrom('users')
      .select('id')
      .where('authority_id', '=', id)
      .executeTakeFirst();
    if (user) throw new ConflictError('authority_in_use', 'users belong to this authority; move them first');
    const identity = await tx.db
      .selectFrom('node_settings')
      .select('value')
      .where('key', '=', 'identity')
      .executeTakeFirst();
    if (identity && (JSON.parse(identity.value) as { authorityId?: string }).authorityId === id) {
      throw new ConflictError(
        'authority_in_use',
        'this node serves this authority; change the node identity first',
      );
    }
    await tx.db.deleteFrom('contacts').where('authority_id', '=', id).execute();
    await tx.db.deleteFrom('authorities').where('id', '=', id).execute();
    return {
      value: null,
      audit: {
        actor: ctx.actor,
        action: 'register.authority.delete',
        subjectType: 'authority',
        subjectId: id,
      },
    };
  });
}

export async function addContact(
  database: Database,
  ctx: CommandContext,
  authorityId: string,
  input: ContactInput,
): Promise<ContactView> {
  checkTimeZone(input.timezone, '/body/timezone');
  const now = ctx.clock.now().toISOString();
  const row: ContactsTable = {
    id: randomUUID(),
    authority_id: authorityId,
    name: input.name,
    role: input.role,
    email: input.email ?? null,
    phone: input.phone ?? null,
    timezone: input.timezone ?? null,
    available_24_7: input.available24x7 ? 1 : 0,
    created_at: now,
    updated_at: now,
  };
  await runCommand(database, ctx, async (tx) => {
    await requireAuthority(tx.db, authorityId);
    await tx.db.insertInto('contacts').values(row).execute();
    return {
      value: null,
      audit: {
        actor: ctx.actor,
        action: 'register.contact.create',
        subjectType: 'contact',
        subjectId: row.id,
        details: { authorityId, name: input.name, role: input.role },
      },
    };
  });
  return presentContact(row);
}

export async function removeContact(database: Database, ctx: CommandContext, id: string): Promise<void> {
  await runCommand(database, ctx, async (tx) => {
    const found = await tx.db.selectFrom('contacts').select('id').where('id', '=', id).executeTakeFirst();
    if (!found) throw new NotFoundError('contact', id);
    await tx.db.deleteFrom('contacts').where('id', '=', id).execute();
    return {
      value: null,
      audit: { actor: ctx.actor, action: 'register.contact.delete', subjectType: 'contact', subjectId: id },
    };
  });
}
