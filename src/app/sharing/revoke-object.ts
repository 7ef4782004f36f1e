/**
 * Revokes an object this node originated: a new version with `revoked: true` (STIX's way), which
 * follows the object to every peer that received it.
 */
import type { Principal } from '../../core/accounts/roles.js';
import type { CommandContext } from '../../core/context.js';
import { ConflictError, NotFoundError } from '../../core/errors.js';
import { extractObservables } from '../../core/sharing/observables/extract.js';
import type { StixObject } from '../../core/sharing/stix/validate.js';
import { runCommand } from '../../storage/command.js';
import { currentObject } from '../../storage/sharing/current-objects.js';
import { incidentsHolding } from '../../storage/sharing/incident-rows.js';
import { addTimelineEntry } from '../../storage/sharing/timeline.js';
import { putStixObject } from '../../storage/sharing/put-object.js';
import type { SharingDeps } from './deps.js';
import { propagate } from './propagate.js';

/** A `modified` later than `previous` (STIX versions must move forward even within a millisecond). */
export function nextModified(now: Date, previous: unknown): string {
  const prev = typeof previous === 'string' ? Date.parse(previous) : Number.NaN;
  const t = Number.isNaN(prev) || now.getTime() > prev ? now.getTime() : prev + 1;
  return new Date(t).toISOString();
}

export async function revokeObject(
  deps: SharingDeps,
  ctx: CommandContext,
  principal: Principal,
  id: string,
  reason: string | undefined,
): Promise<{ id: string; modified: string; revoked: true }> {
  const now = ctx.clock.now();
  const at = now.toISOString();
  return runCommand(deps.database, ctx, async (tx) => {
    const stored = await currentObject(tx.db, id);
    if (!stored) throw new NotFoundError('stix_object', id);
    if (stored.source !== 'local')
      throw new ConflictError(
        'not_originator',
        `${id} was originated by ${stored.source}; only its originator may revoke it`,
      );
    if (stored.revoked) throw new ConflictError('already_revoked', `${id} is already revoked`);
    const object = {
      ...stored.object,
      revoked: true,
      modified: nextModified(now, stored.object['modified']),
    };
    const observables = extractObservables(object as StixObject).map((o) => ({
      kind: o.kind,
      value: o.value,
    }));
    await putStixObject(tx, { object, observables, source: 'local', at });
    for (const incident of await incidentsHolding(tx.db, [id])) {
      await addTimelineEntry(tx, {
        incidentId: incident.id,
        at,
        kind: 'revoked',
        text: `${id} revoked${reason ? `: ${reason}` : ''}`,
        actor: `user:${principal.userId}`,
        details: { objectId: id, ...(reason ? { reason } : {}) },
      });
    }
    const updates = await propagate(tx, deps, [id], at);
    return {
      value: { id, modified: object.modified, revoked: true as const },
      audit: [
        {
          actor: ctx.actor,
          action: 'stix.revoke',
          subjectType: 'stix_object',
          subjectId: id,
          details: { reason: reason ?? null, modified: object.modified },
        },
        ...updates,
      ],
    };
  });
}
