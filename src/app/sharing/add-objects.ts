/**
 * Adds STIX objects to an incident (a JSON list, each reported on its own) or a whole bundle
 * through the lenient importer. New versions of objects already shared follow to their peers,
 * and new observables are correlated.
 */
import type { Principal } from '../../core/accounts/roles.js';
import type { CommandContext } from '../../core/context.js';
import { NotFoundError } from '../../core/errors.js';
import { extractObservables } from '../../core/sharing/observables/extract.js';
import type { StixObject } from '../../core/sharing/stix/validate.js';
import type { ImportReport } from '../../interop/stix/import-report.js';
import { importStix } from '../../interop/stix/import.js';
import { runCommand } from '../../storage/command.js';
import { currentObjects } from '../../storage/sharing/current-objects.js';
import {
  addIncidentMembers,
  getIncidentRow,
  updateIncidentRow,
} from '../../storage/sharing/incident-rows.js';
import { addTimelineEntry } from '../../storage/sharing/timeline.js';
import { correlate } from './correlate.js';
import type { SharingDeps } from './deps.js';
import { propagate } from './propagate.js';
import { type ObjectReport, storeLocalObjects } from './store-objects.js';

export async function addObjects(
  deps: SharingDeps,
  ctx: CommandContext,
  principal: Principal,
  incidentId: string,
  objects: readonly unknown[],
): Promise<{ incidentId: string; objects: ObjectReport[] }> {
  if (!(await getIncidentRow(deps.database.db, incidentId))) throw new NotFoundError('incident', incidentId);
  const now = ctx.clock.now();
  const at = now.toISOString();
  return runCommand(deps.database, ctx, async (tx) => {
    const stored = await storeLocalObjects(tx, incidentId, objects, at);
    const counts = { accepted: 0, unchanged: 0, rejected: 0 };
    for (const r of stored.report) counts[r.status]++;
    await updateIncidentRow(tx, incidentId, { updated_at: at });
    await addTimelineEntry(tx, {
      incidentId,
      at,
      kind: 'objects_added',
      text: `${counts.accepted} object(s) added, ${counts.unchanged} unchanged, ${counts.rejected} rejected`,
      actor: `user:${principal.userId}`,
      details: { changed: stored.changed, ...counts },
    });
    const alerts = await correlate(tx, now, stored.subjects);
    const updates = await propagate(tx, deps, stored.changed, at);
    return {
      value: { incidentId, objects: stored.report },
      audit: [
        {
          actor: ctx.actor,
          action: 'incident.objects_add',
          subjectType: 'incident',
          subjectId: incidentId,
          details: { ...counts, changed: stored.changed },
        },
        ...alerts,
        ...updates,
      ],
    };
  });
}

/**
 * Imports a bundle with the lenient importer (its own audited batches), then files what it
 * accepted or already held under the incident, correlates and propagates in one more command.
 */
export async function importIntoIncident(
  deps: SharingDeps,
  ctx: CommandContext,
  principal: Principal,
  incidentId: string,
  body: AsyncIterable<Buffer | string>,
): Promise<ImportReport> {
  if (!(await getIncidentRow(deps.database.db, incidentId))) throw new NotFoundError('incident', incidentId);
  const report = await importStix(deps.database, body, { ctx });
  const ids = report.objects.flatMap((o) => (o.status === 'rejected' ? [] : [o.id]));
  const changed = report.objects.flatMap((o) =>
    o.status === 'accepted' && o.change !== 'history' ? [o.id] : [],
  );
  if (ids.length === 0) return report;
  const now = ctx.clock.now();
  const at = now.toISOString();
  const fresh = await currentObjects(deps.database.db, changed);
  await runCommand(deps.database, ctx, async (tx) => {
    const added = await addIncidentMembers(tx, incidentId, ids, at);
    await updateIncidentRow(tx, incidentId, { updated_at: at });
    await addTimelineEntry(tx, {
      incidentId,
      at,
      kind: 'bundle_imported',
      text: `Bundle imported: ${report.accepted} accepted, ${report.unchanged} unchanged, ${report.rejected} rejected`,
      actor: `user:${principal.userId}`,
      details: {
        importId: report.importId,
        accepted: report.accepted,
        unchanged: report.unchanged,
        rejected: report.rejected,
      },
    });
    const subjects = fresh.map((s) => ({
      type: 'stix' as const,
      id: s.id,
      source: s.source,
      observables: extractObservables(s.object as StixObject).map((o) => ({ kind: o.kind, value: o.value })),
    }));
    const alerts = await correlate(tx, now, subjects);
    const updates = await propagate(tx, deps, changed, at);
    return {
      value: null,
      audit: [
        {
          actor: ctx.actor,
          action: 'incident.bundle_import',
          subjectType: 'incident',
          subjectId: incidentId,
          details: { importId: report.importId, filed: ids.length, newMembers: added.length },
        },
        ...alerts,
        ...updates,
      ],
    };
  });
  return report;
}
