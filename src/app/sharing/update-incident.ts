/**
 * Changes an incident's facts, or who is assigned to it (assignees have need to know). On an
 * incident this node opened, a change of title or status is also a new version of its STIX
 * incident object, which follows it to every peer it was shared with. On a received incident
 * the facts are the originator's: only the local case link and the local status may change.
 */
import type { Principal } from '../../core/accounts/roles.js';
import type { CommandContext } from '../../core/context.js';
import type { AuditEntry } from '../../core/audit/chain.js';
import { ConflictError, ValidationError } from '../../core/errors.js';
import { INCIDENT_CORE_EXTENSION_ID } from '../../core/sharing/stix/incident-extension.js';
import type { Tx } from '../../storage/database.js';
import { currentObject } from '../../storage/sharing/current-objects.js';
import { putStixObject } from '../../storage/sharing/put-object.js';
import { propagate } from './propagate.js';
import type { IncidentStatus, SharingLegalBasis } from '../../core/sharing/incidents/facts.js';
import { runCommand } from '../../storage/command.js';
import { requireIncidentRow, updateIncidentRow } from '../../storage/sharing/incident-rows.js';
import { addTimelineEntry } from '../../storage/sharing/timeline.js';
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
    const row = await requireIncidentRow(tx.db, id);
    const local = row.origin_node === 'local';
    const shared = (['title', 'affectedStates', 'sectors', 'legalBasis'] as const).filter(
      (k) => changes[k] !== undefined,
    );
    if (!local && shared.length > 0)
      throw new ConflictError(
        'not_originator',
        `${shared.join(', ')} of a received incident are set by its originator (${row.origin_node}); only the case link and the local status may change here`,
      );
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
    const followers =
      local && (changes.title !== undefined || changes.status !== undefined)
        ? await newIncidentVersion(tx, deps, row.stix_id, changes, ctx.clock.now())
        : [];
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
      audit: [
        {
          actor: ctx.actor,
          action: 'incident.update',
          subjectType: 'incident',
          subjectId: id,
          details: { ...changes },
        },
        ...followers,
      ],
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
    const row = await requireIncidentRow(tx.db, id);
    await updateIncidentRow(tx, id, { assignees: JSON.stringify(ids), updated_at: at });
    await addTimelineEntry(tx, {
      incidentId: id,
      at,
      kind: 'assigned',
      text: `Assigned to ${unique.join(', ') || 'nobody'}`,
      actor: `user:${principal.userId}`,
      details: { assignees: unique },
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

/** Writes the next version of the STIX incident object and sends it where the old one went. */
async function newIncidentVersion(
  tx: Tx,
  deps: SharingDeps,
  stixId: string,
  changes: IncidentChanges,
  now: Date,
): Promise<AuditEntry[]> {
  const current = await currentObject(tx.db, stixId);
  if (!current) return [];
  const previous = Date.parse(String(current.object.modified));
  // A version must be strictly later than the last, even within one millisecond.
  const modified = new Date(Math.max(now.getTime(), previous + 1)).toISOString();
  const extensions = (current.object.extensions ?? {}) as Record<string, Record<string, unknown>>;
  const object = {
    ...current.object,
    modified,
    ...(changes.title === undefined ? {} : { name: changes.title }),
    ...(changes.status === undefined
      ? {}
      : {
          extensions: {
            ...extensions,
            [INCIDENT_CORE_EXTENSION_ID]: {
              ...(extensions[INCIDENT_CORE_EXTENSION_ID] ?? { extension_type: 'property-extension' }),
              investigation_status: changes.status,
            },
          },
        }),
  };
  const at = now.toISOString();
  await putStixObject(tx, { object, observables: [], source: 'local', at });
  return propagate(tx, deps, [stixId], at);
}
