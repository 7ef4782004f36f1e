/**
 * Correlation after a bundle import: the objects that became current are matched against what
 * other sources hold, as when objects are added to an incident, so a CERT importing a feed is
 * alerted when one of its values is in a peer's shared incident. Done after the import, a
 * thousand objects per transaction, so a large import is not held up by it.
 */
import type { CommandContext } from '../../core/context.js';
import { extractObservables } from '../../core/sharing/observables/extract.js';
import type { StixObject } from '../../core/sharing/stix/validate.js';
import type { ImportReport } from '../../interop/stix/import-report.js';
import type { ChangedObject } from '../../interop/stix/import.js';
import { appendAudit } from '../../storage/audit/audit-log.js';
import type { Database } from '../../storage/database.js';
import { currentObjects } from '../../storage/sharing/current-objects.js';
import { type CorrelationSubject, correlate } from './correlate.js';

const PER_TRANSACTION = 1000;

/**
 * Correlates objects an import just stored, from the observables it extracted (nothing is
 * read back): `source` is where they came from, 'local' or a peer.
 */
export async function correlateStored(
  database: Database,
  ctx: CommandContext,
  source: string,
  changed: readonly ChangedObject[],
): Promise<number> {
  return correlateSubjects(
    database,
    ctx,
    changed.map((c) => ({ type: 'stix' as const, id: c.id, source, observables: c.observables })),
  );
}

/** Correlates subjects, `PER_TRANSACTION` at a time; returns the alerts raised. */
async function correlateSubjects(
  database: Database,
  ctx: CommandContext,
  subjects: readonly CorrelationSubject[],
): Promise<number> {
  let alerts = 0;
  for (let i = 0; i < subjects.length; i += PER_TRANSACTION) {
    const slice = subjects.slice(i, i + PER_TRANSACTION);
    await database.transact(async (tx) => {
      const raised = await correlate(tx, ctx.clock.now(), slice);
      if (raised.length > 0) await appendAudit(tx, ctx, raised);
      alerts += raised.length;
    });
  }
  return alerts;
}

export async function correlateImported(
  database: Database,
  ctx: CommandContext,
  report: ImportReport,
): Promise<number> {
  const ids = report.objects.flatMap((o) =>
    o.status === 'accepted' && o.change !== 'history' ? [o.id] : [],
  );
  return correlateObjects(database, ctx, ids);
}

/** Correlates these objects' current versions (those whose current version an import changed). */
export async function correlateObjects(
  database: Database,
  ctx: CommandContext,
  ids: readonly string[],
): Promise<number> {
  let alerts = 0;
  for (let i = 0; i < ids.length; i += PER_TRANSACTION) {
    const stored = await currentObjects(database.db, ids.slice(i, i + PER_TRANSACTION));
    const subjects: CorrelationSubject[] = stored
      .filter((s) => !s.revoked)
      .map((s) => ({
        type: 'stix' as const,
        id: s.id,
        source: s.source,
        observables: extractObservables(s.object as StixObject).map((o) => ({
          kind: o.kind,
          value: o.value,
        })),
      }))
      .filter((s) => s.observables.length > 0);
    alerts += await correlateSubjects(database, ctx, subjects);
  }
  return alerts;
}
