/**
 * A request cites observables of an incident as the data to preserve or disclose (an IP, an
 * account, a domain). Each must be carried by an object of the incident; they are indexed with
 * the request as subject, so correlation finds requests as well as incidents.
 */
import type { Principal } from '../../core/accounts/roles.js';
import type { CommandContext } from '../../core/context.js';
import { NotFoundError, ValidationError } from '../../core/errors.js';
import {
  normaliseObservable,
  OBSERVABLE_KINDS,
  type ObservableKind,
} from '../../core/sharing/observables/normalise.js';
import { runCommand } from '../../storage/command.js';
import { getIncidentRow, incidentMemberIds } from '../../storage/sharing/incident-rows.js';
import { matchesInTx } from '../../storage/sharing/observable-matches.js';
import { addTimelineEntry } from '../../storage/sharing/timeline.js';
import { replaceObservables } from '../../storage/sharing/observable-index.js';
import { loadForPrincipal } from '../requests/requests.js';
import { correlate } from './correlate.js';
import type { SharingDeps } from './deps.js';

export interface CitedObservable {
  readonly kind: string;
  readonly value: string;
  readonly itemId?: string;
}

export async function citeObservables(
  deps: SharingDeps,
  ctx: CommandContext,
  principal: Principal,
  requestId: string,
  input: { incidentId: string; observables: readonly CitedObservable[] },
): Promise<{ requestId: string; incidentId: string; observables: CitedObservable[] }> {
  const stored = await loadForPrincipal(deps.database, principal, requestId);
  const items = new Set(stored.state.items.map((i) => i.id));
  const issues: Array<{ path: string; message: string }> = [];
  const keys: CitedObservable[] = [];
  for (const [i, o] of input.observables.entries()) {
    if (!(OBSERVABLE_KINDS as readonly string[]).includes(o.kind)) {
      issues.push({
        path: `/observables/${i}/kind`,
        message: `must be one of ${OBSERVABLE_KINDS.join(', ')}`,
      });
      continue;
    }
    const key = normaliseObservable(o.kind as ObservableKind, o.value);
    if ('error' in key) issues.push({ path: `/observables/${i}/value`, message: key.error });
    else if (o.itemId !== undefined && !items.has(o.itemId))
      issues.push({ path: `/observables/${i}/itemId`, message: `the request has no item ${o.itemId}` });
    else keys.push({ kind: key.kind, value: key.value, ...(o.itemId ? { itemId: o.itemId } : {}) });
  }
  if (issues.length > 0)
    throw new ValidationError('some observables cannot be cited', issues, 'invalid_observables');
  const now = ctx.clock.now();
  const at = now.toISOString();
  return runCommand(deps.database, ctx, async (tx) => {
    const incident = await getIncidentRow(tx.db, input.incidentId);
    if (!incident) throw new NotFoundError('incident', input.incidentId);
    const members = new Set([incident.stix_id, ...(await incidentMemberIds(tx.db, incident.id))]);
    for (const [i, key] of keys.entries()) {
      const carried = (await matchesInTx(tx, key, 10_000)).some(
        (m) => m.subjectType === 'stix' && members.has(m.subjectId),
      );
      if (!carried)
        issues.push({
          path: `/observables/${i}`,
          message: `no object of incident ${incident.id} carries ${key.kind} ${key.value}`,
        });
    }
    if (issues.length > 0)
      throw new ValidationError(
        'some observables are not in the incident',
        issues,
        'observable_not_in_incident',
      );
    await replaceObservables(
      tx,
      'request',
      requestId,
      keys.map((k) => ({ kind: k.kind, value: k.value })),
    );
    await tx.db.deleteFrom('request_observables').where('request_id', '=', requestId).execute();
    await tx.db
      .insertInto('request_observables')
      .values({
        request_id: requestId,
        incident_id: incident.id,
        observables: JSON.stringify(keys),
        updated_at: at,
      })
      .execute();
    await addTimelineEntry(tx, {
      incidentId: incident.id,
      at,
      kind: 'request_linked',
      text: `Request ${requestId} cites ${keys.length} observable(s) of this incident`,
      actor: `user:${principal.userId}`,
      details: { requestId, count: keys.length },
    });
    const alerts = await correlate(tx, now, [
      {
        type: 'request',
        id: requestId,
        source: 'local',
        observables: keys.map((k) => ({ kind: k.kind, value: k.value })),
      },
    ]);
    return {
      value: { requestId, incidentId: incident.id, observables: keys },
      audit: [
        {
          actor: ctx.actor,
          action: 'request.observables',
          subjectType: 'request',
          subjectId: requestId,
          details: { incidentId: incident.id, count: keys.length },
        },
        ...alerts,
      ],
    };
  });
}
