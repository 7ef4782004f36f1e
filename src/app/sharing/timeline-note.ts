/** A person's entry in an incident's timeline, and the originator's consent to an onward transfer. */
import type { Principal } from '../../core/accounts/roles.js';
import type { CommandContext } from '../../core/context.js';
import { NotFoundError } from '../../core/errors.js';
import { runCommand } from '../../storage/command.js';
import { getIncidentRow } from '../../storage/sharing/incident-rows.js';
import { addTimelineEntry, type TimelineEntry } from '../../storage/sharing/timeline.js';
import type { SharingDeps } from './deps.js';

export async function addTimelineNote(
  deps: SharingDeps,
  ctx: CommandContext,
  principal: Principal,
  incidentId: string,
  input: { text: string; at?: string; kind?: string },
): Promise<TimelineEntry> {
  return runCommand(deps.database, ctx, async (tx) => {
    if (!(await getIncidentRow(tx.db, incidentId))) throw new NotFoundError('incident', incidentId);
    const entry = await addTimelineEntry(tx, {
      incidentId,
      at: input.at ?? ctx.clock.now().toISOString(),
      kind: input.kind ?? 'note',
      text: input.text,
      actor: `user:${principal.userId}`,
    });
    return {
      value: entry,
      audit: {
        actor: ctx.actor,
        action: 'incident.timeline_add',
        subjectType: 'incident',
        subjectId: incidentId,
        details: { entryId: entry.id, kind: entry.kind },
      },
    };
  });
}

/**
 * Records that the originator consented to passing the incident on to `state` (obtained out of
 * band, e.g. by letter; `reference` cites it). Transfers under `with_prior_consent` need it.
 */
export async function recordOnwardConsent(
  deps: SharingDeps,
  ctx: CommandContext,
  principal: Principal,
  incidentId: string,
  input: { state: string; reference: string },
): Promise<{ incidentId: string; state: string; reference: string; recordedAt: string }> {
  const at = ctx.clock.now().toISOString();
  return runCommand(deps.database, ctx, async (tx) => {
    if (!(await getIncidentRow(tx.db, incidentId))) throw new NotFoundError('incident', incidentId);
    await tx.db
      .deleteFrom('onward_consents')
      .where('incident_id', '=', incidentId)
      .where('state', '=', input.state)
      .execute();
    await tx.db
      .insertInto('onward_consents')
      .values({
        incident_id: incidentId,
        state: input.state,
        reference: input.reference,
        recorded_by: principal.userId,
        recorded_at: at,
      })
      .execute();
    await addTimelineEntry(tx, {
      incidentId,
      at,
      kind: 'consent',
      text: `Originator's consent to onward transfer to ${input.state} recorded (${input.reference})`,
      actor: `user:${principal.userId}`,
      details: { state: input.state, reference: input.reference },
    });
    return {
      value: { incidentId, state: input.state, reference: input.reference, recordedAt: at },
      audit: {
        actor: ctx.actor,
        action: 'incident.onward_consent',
        subjectType: 'incident',
        subjectId: incidentId,
        details: input,
      },
    };
  });
}
