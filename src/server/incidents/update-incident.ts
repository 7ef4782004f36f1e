/** Changes an incident's facts, or who is assigned to it (assignees have need to know). */
import type { Principal } from '../../core/auth/roles.js';
import type { CommandContext } from '../../core/context.js';
import { NotFoundError, ValidationError } from '../../core/errors.js';
import type { IncidentStatus, SharingLegalBasis } from '../../core/incidents/facts.js';
import { runCommand } from '../../storage/command.js';
import { getIncidentRow, updateIncidentRow } from '../../storage/incidents/incident-rows.js';
import { addTimelineEntry } from '../../storage/incidents/timeline.js';
import { loadVisible } from '../cases/cases.js';
import type { SharingDeps } from './deps.js';
import { type IncidentView, viewOf } from './present.js';

export interface IncidentChanges {
  readonly title?: string;
  readonly status?: IncidentStatus;
  readonly caseId?: string | null;
  readonly affectedStates?: readonly string[];
  readonly sectors?: readonly string[];
  readonly legalBasis?: SharingLegalBasis;
}

export async function updateIncident(
  deps: SharingDeps,
  ctx: CommandContext,
  principal: Principal,
  id: string,
  changes: IncidentChanges,
): Promise<IncidentView> {
  if (changes.caseId) await loadVisible(deps.database.db, principal, changes.caseId);
  const at = ctx.clock.now().toISOString();
  return runCommand(deps.database, ctx, async (tx) => {
    const row = await getIncidentRow(tx.db, id);
    if (!row) throw new NotFoundError('incident', id);
    const set = {
      ...(changes.title === undefined ? {} : { title: changes.title }),
      ...(changes.status === undefined ? {} : { status: changes.status }),
      ...(changes.caseId === undefined ? {} : { case_id: changes.caseId }),
      ...(changes.affectedStates === undefined
        ? {}
        : { affected_states: JSON.stringify([...new Set(changes.affectedStates)]) }),
      ...(changes.sectors === undefined ? {} : { sectors: JSON.stringify([...new Set(changes.sectors)]) }),
      ...(changes.legalBasis === undefined ? {} : { legal_basis: changes.legalBasis }),
      updated_at: at,
    };
    await updateIncidentRow(tx, id, set);
    await addTimelineEntry(tx, {
      incidentId: id,
      at,
      kind: 'updated',
      text: `Changed: ${Object.keys(changes).join(', ') || 'nothing'}`,
      actor: `user:${principal.userId}`,
      details: { ...changes },
    });
    return {
      value: viewOf({ ...row, ...set }, deps.nodeId),
      audit: {
        actor: ctx.actor,
        action: 'incident.update',
        subjectType: 'incident',
        subjectId: id,
        details: { ...changes },
      },
    };
  });
}

/** Replaces the assignees with these local users (by username). */
export async function assignIncident(
  deps: SharingDeps,
  ctx: CommandContext,
  principal: Principal,
  id: string,
  usernames: readonly string[],
): Promise<IncidentView> {
  const unique = [...new Set(usernames)];
  const users = unique.length
    ? await deps.database.db
        .selectFrom('users')
        .select(['id', 'username'])
        .where('username', 'in', unique)
        .execute()
    : [];
  const issues = unique.flatMap((name, i) =>
    users.some((u) => u.username === name)
      ? []
      : [{ path: `/usernames/${i}`, message: `no user ${name} on this node` }],
  );
  if (issues.length > 0) throw new ValidationError('unknown users', issues, 'unknown_user');
  const ids = unique.map((name) => users.find((u) => u.username === name)!.id);
  const at = ctx.clock.now().toISOString();
  return runCommand(deps.database, ctx, async (tx) => {
    const row = await getIncidentRow(tx.db, id);
    if (!row) throw new NotFoundError('incident', id);
    await updateIncidentRow(tx, id, { assignees: JSON.stringify(ids), updated_at: at });
    await addTimelineEntry(tx, {
      incidentId: id,
      at,
      kind: 'assigned',
      text: `Assigned to ${unique.join(', ') || 'nobody'}`,
      actor: `user:${principal.userId}`,
    });
    return {
      value: viewOf({ ...row, assignees: JSON.stringify(ids), updated_at: at }, deps.nodeId),
      audit: {
        actor: ctx.actor,
        action: 'incident.assign',
        subjectType: 'incident',
        subjectId: id,
        details: { assignees: ids },
      },
    };
  });
}
