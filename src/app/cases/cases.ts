/**
 * Cases: the container for requests, incidents and evidence, under need-to-know. A case the
 * caller may not see is reported as not found, so its existence does not leak. Every read of a
 * case that holds personal data is written to the audit log (`case.read`), which is the case's
 * access log.
 */
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../core/accounts/roles.js';
import {
  type CaseAccessFacts,
  type CaseRole,
  canManageMembers,
  caseAccess,
} from '../../core/cases/need-to-know.js';
import type { CommandContext } from '../../core/context.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../core/errors.js';
import { listAudit } from '../../storage/audit/audit-log.js';
import { runCommand } from '../../storage/command.js';
import { type Database, isUniqueViolation, type Reader } from '../../storage/database.js';
import type { CaseMembersTable, CasesTable } from '../../storage/schema.js';

export interface CaseMemberView {
  userId: string;
  caseRole: CaseRole;
  addedAt: string;
}

export interface CaseView {
  id: string;
  reference: string;
  title: string;
  summary: string;
  authorityId: string | null;
  status: 'open' | 'closed';
  personalData: boolean;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  members: CaseMemberView[];
}

function present(row: CasesTable, members: CaseMembersTable[]): CaseView {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    summary: row.summary,
    authorityId: row.authority_id,
    status: row.status as CaseView['status'],
    personalData: row.personal_data === 1,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    members: members
      .filter((m) => m.case_id === row.id)
      .map((m) => ({ userId: m.user_id, caseRole: m.case_role as CaseRole, addedAt: m.added_at })),
  };
}

function factsOf(row: CasesTable, members: CaseMembersTable[]): CaseAccessFacts & { leadIds: string[] } {
  const own = members.filter((m) => m.case_id === row.id);
  return {
    authorityId: row.authority_id,
    memberIds: own.map((m) => m.user_id),
    leadIds: own.filter((m) => m.case_role === 'lead').map((m) => m.user_id),
  };
}

export interface NewCase {
  title: string;
  summary?: string;
  reference?: string;
  personalData?: boolean;
}

export async function createCase(
  database: Database,
  ctx: CommandContext,
  principal: Principal,
  input: NewCase,
): Promise<CaseView> {
  const now = ctx.clock.now();
  const id = randomUUID();
  const row: CasesTable = {
    id,
    reference: input.reference ?? `CASE-${now.getUTCFullYear()}-${id.slice(0, 8).toUpperCase()}`,
    title: input.title,
    summary: input.summary ?? '',
    authority_id: principal.authorityId,
    status: 'open',
    personal_data: input.personalData === false ? 0 : 1,
    created_by: principal.userId,
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
  };
  const lead: CaseMembersTable = {
    case_id: id,
    user_id: principal.userId,
    case_role: 'lead',
    added_by: principal.userId,
    added_at: row.created_at,
  };
  try {
    await runCommand(database, ctx, async (tx) => {
      await tx.db.insertInto('cases').values(row).execute();
      await tx.db.insertInto('case_members').values(lead).execute();
      return {
        value: null,
        audit: {
          actor: ctx.actor,
          action: 'case.create',
          subjectType: 'case',
          subjectId: id,
          details: { reference: row.reference, authorityId: row.authority_id },
        },
      };
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError(
        'case_reference_taken',
        `a case with reference ${row.reference} already exists`,
      );
    throw error;
  }
  return present(row, [lead]);
}

/** Loads a case the principal may see, or throws not-found (existence does not leak). */
export async function loadVisible(
  db: Reader,
  principal: Principal,
  id: string,
): Promise<{ row: CasesTable; members: CaseMembersTable[] }> {
  const row = await db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError('case', id);
  const members = await db.selectFrom('case_members').selectAll().where('case_id', '=', id).execute();
  if (!caseAccess(principal, factsOf(row, members)).allowed) throw new NotFoundError('case', id);
  return { row, members };
}

/** Reads one case; a case with personal data records the read in the audit log. */
export async function readCase(
  database: Database,
  ctx: CommandContext,
  principal: Principal,
  id: string,
  purpose?: string,
): Promise<CaseView> {
  const { row, members } = await loadVisible(database.db, principal, id);
  if (row.personal_data === 1) {
    const access = caseAccess(principal, factsOf(row, members));
    await runCommand(database, ctx, async () => ({
      value: null,
      audit: {
        actor: ctx.actor,
        action: 'case.read',
        subjectType: 'case',
        subjectId: id,
        details: { basis: access.allowed ? access.basis : 'none', ...(purpose ? { purpose } : {}) },
      },
    }));
  }
  return present(row, members);
}

/** The cases the caller may see: their own, and their authority's. */
export async function listVisibleCases(database: Database, principal: Principal): Promise<CaseView[]> {
  const memberOf = database.db
    .selectFrom('case_members')
    .select('case_id')
    .where('user_id', '=', principal.userId);
  let query = database.db.selectFrom('cases').selectAll();
  query = principal.authorityId
    ? query.where((eb) => eb.or([eb('id', 'in', memberOf), eb('authority_id', '=', principal.authorityId)]))
    : query.where('id', 'in', memberOf);
  const rows = await query.orderBy('created_at', 'desc').limit(500).execute();
  if (rows.length === 0) return [];
  const members = await database.db
    .selectFrom('case_members')
    .selectAll()
    .where(
      'case_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  return rows.map((r) => present(r, members));
}

export async function updateCase(
  database: Database,
  ctx: CommandContext,
  principal: Principal,
  id: string,
  changes: { title?: string; summary?: string; status?: 'open' | 'closed' },
): Promise<CaseView> {
  return runCommand(database, ctx, async (tx) => {
    const { row, members } = await loadVisible(tx.db, principal, id);
    const next: Partial<CasesTable> = { updated_at: ctx.clock.now().toISOString() };
    if (changes.title !== undefined) next.title = changes.title;
    if (changes.summary !== undefined) next.summary = changes.summary;
    if (changes.status !== undefined) next.status = changes.status;
    await tx.db.updateTable('cases').set(next).where('id', '=', id).execute();
    return {
      value: present({ ...row, ...next }, members),
      audit: {
        actor: ctx.actor,
        action: 'case.update',
        subjectType: 'case',
        subjectId: id,
        details: { changes: { ...changes } },
      },
    };
  });
}

/** The case, if the principal may change who is on it: its lead or an administrator of its authority. */
async function loadForMembership(db: Reader, principal: Principal, id: string, what: string) {
  const loaded = await loadVisible(db, principal, id);
  if (!canManageMembers(principal, factsOf(loaded.row, loaded.members)))
    throw new ForbiddenError(
      'not_case_lead',
      `only the case lead or an administrator of its authority can ${what}`,
    );
  return loaded;
}

export async function setCaseMember(
  database: Database,
  ctx: CommandContext,
  principal: Principal,
  id: string,
  member: { userId: string; caseRole: CaseRole },
): Promise<CaseView> {
  return runCommand(database, ctx, async (tx) => {
    const { row, members } = await loadForMembership(tx.db, principal, id, 'assign people to it');
    const user = await tx.db
      .selectFrom('users')
      .select(['id', 'disabled'])
      .where('id', '=', member.userId)
      .executeTakeFirst();
    if (!user || user.disabled)
      throw new ValidationError(
        `user ${member.userId} does not exist or is disabled`,
        [{ path: '/body/userId', message: 'is not an active user' }],
        'unknown_user',
      );
    const now = ctx.clock.now().toISOString();
    const existing = members.find((m) => m.user_id === member.userId);
    if (existing) {
      await tx.db
        .updateTable('case_members')
        .set({ case_role: member.caseRole })
        .where('case_id', '=', id)
        .where('user_id', '=', member.userId)
        .execute();
    } else {
      await tx.db
        .insertInto('case_members')
        .values({
          case_id: id,
          user_id: member.userId,
          case_role: member.caseRole,
          added_by: principal.userId,
          added_at: now,
        })
        .execute();
    }
    const after = await tx.db.selectFrom('case_members').selectAll().where('case_id', '=', id).execute();
    return {
      value: present(row, after),
      audit: {
        actor: ctx.actor,
        action: 'case.member.set',
        subjectType: 'case',
        subjectId: id,
        details: { userId: member.userId, caseRole: member.caseRole },
      },
    };
  });
}

export async function removeCaseMember(
  database: Database,
  ctx: CommandContext,
  principal: Principal,
  id: string,
  userId: string,
): Promise<CaseView> {
  return runCommand(database, ctx, async (tx) => {
    const { row, members } = await loadForMembership(tx.db, principal, id, 'remove people from it');
    if (!members.some((m) => m.user_id === userId)) throw new NotFoundError('case_member', userId);
    const leadsLeft = members.filter((m) => m.case_role === 'lead' && m.user_id !== userId);
    if (leadsLeft.length === 0)
      throw new ConflictError('last_case_lead', 'a case needs a lead; appoint another lead first');
    await tx.db.deleteFrom('case_members').where('case_id', '=', id).where('user_id', '=', userId).execute();
    return {
      value: present(
        row,
        members.filter((m) => m.user_id !== userId),
      ),
      audit: {
        actor: ctx.actor,
        action: 'case.member.remove',
        subjectType: 'case',
        subjectId: id,
        details: { userId },
      },
    };
  });
}

/** Who read the case and when: its `case.read` audit events. */
export async function caseAccessLog(database: Database, principal: Principal, id: string) {
  await loadVisible(database.db, principal, id);
  const events = await listAudit(database, {
    subjectType: 'case',
    subjectId: id,
    action: 'case.read',
    limit: 1000,
  });
  return events.map((e) => ({
    at: e.at,
    actorType: e.actorType,
    actorId: e.actorId,
    requestId: e.requestId,
    details: e.details,
  }));
}
