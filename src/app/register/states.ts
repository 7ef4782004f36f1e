/** The register of States: create, read, update, delete (only when no authority remains). */
import type { CommandContext } from '../../core/context.js';
import { ConflictError, NotFoundError } from '../../core/errors.js';
import type { Declaration, RegimeId } from '../../core/register/register.js';
import { runCommand } from '../../storage/command.js';
import { type Database, isUniqueViolation } from '../../storage/database.js';
import type { StatesTable } from '../../storage/schema.js';
import { type AuthorityView, listAuthorities } from './authorities.js';

export interface StateInput {
  code: string;
  name: string;
  nodeUrl?: string | null;
  languages?: string[];
  regimes?: RegimeId[];
  declarations?: Declaration[];
}

export interface StateView {
  code: string;
  name: string;
  nodeUrl: string | null;
  languages: string[];
  regimes: RegimeId[];
  declarations: Declaration[];
  createdAt: string;
  updatedAt: string;
}

export function presentState(row: StatesTable): StateView {
  return {
    code: row.code,
    name: row.name,
    nodeUrl: row.node_url,
    languages: JSON.parse(row.languages) as string[],
    regimes: JSON.parse(row.regimes) as RegimeId[],
    declarations: JSON.parse(row.declarations) as Declaration[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function createState(
  database: Database,
  ctx: CommandContext,
  input: StateInput,
): Promise<StateView> {
  const now = ctx.clock.now().toISOString();
  const row: StatesTable = {
    code: input.code,
    name: input.name,
    node_url: input.nodeUrl ?? null,
    languages: JSON.stringify(input.languages ?? []),
    regimes: JSON.stringify([...new Set(input.regimes ?? [])]),
    declarations: JSON.stringify(input.declarations ?? []),
    created_at: now,
    updated_at: now,
  };
  try {
    await runCommand(database, ctx, async (tx) => {
      await tx.db.insertInto('states').values(row).execute();
      return {
        value: null,
        audit: {
          actor: ctx.actor,
          action: 'register.state.create',
          subjectType: 'state',
          subjectId: row.code,
          details: { ...input },
        },
      };
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError('state_exists', `State ${input.code} is already in the register`);
    throw error;
  }
  return presentState(row);
}

export async function getState(
  database: Database,
  code: string,
): Promise<StateView & { authorities: AuthorityView[] }> {
  const row = await database.db.selectFrom('states').selectAll().where('code', '=', code).executeTakeFirst();
  if (!row) throw new NotFoundError('state', code);
  return { ...presentState(row), authorities: await listAuthorities(database, code) };
}

export async function listStates(database: Database): Promise<StateView[]> {
  return (await database.db.selectFrom('states').selectAll().orderBy('code').execute()).map(presentState);
}

export async function updateState(
  database: Database,
  ctx: CommandContext,
  code: string,
  changes: Partial<Omit<StateInput, 'code'>>,
): Promise<StateView> {
  return runCommand(database, ctx, async (tx) => {
    const current = await tx.db.selectFrom('states').selectAll().where('code', '=', code).executeTakeFirst();
    if (!current) throw new NotFoundError('state', code);
    const next: Partial<StatesTable> = { updated_at: ctx.clock.now().toISOString() };
    if (changes.name !== undefined) next.name = changes.name;
    if (changes.nodeUrl !== undefined) next.node_url = changes.nodeUrl;
    if (changes.languages !== undefined) next.languages = JSON.stringify(changes.languages);
    if (changes.regimes !== undefined) next.regimes = JSON.stringify([...new Set(changes.regimes)]);
    if (changes.declarations !== undefined) next.declarations = JSON.stringify(changes.declarations);
    await tx.db.updateTable('states').set(next).where('code', '=', code).execute();
    return {
      value: presentState({ ...current, ...next }),
      audit: {
        actor: ctx.actor,
        action: 'register.state.update',
        subjectType: 'state',
        subjectId: code,
        details: { changes: { ...changes } },
      },
    };
  });
}

export async function deleteState(database: Database, ctx: CommandContext, code: string): Promise<void> {
  await runCommand(database, ctx, async (tx) => {
    const current = await tx.db
      .selectFrom('states')
      .select('code')
      .where('code', '=', code)
      .executeTakeFirst();
    if (!current) throw new NotFoundError('state', code);
    const authority = await tx.db
      .selectFrom('authorities')
      .select('id')
      .where('state_code', '=', code)
      .executeTakeFirst();
    if (authority)
      throw new ConflictError(
        'state_has_authorities',
        `State ${code} still has authorities; remove them first`,
      );
    await tx.db.deleteFrom('states').where('code', '=', code).execute();
    return {
      value: null,
      audit: { actor: ctx.actor, action: 'register.state.delete', subjectType: 'state', subjectId: code },
    };
  });
}
