/**
 * Keeps the senders' retention conditions: every received object whose `retentionUntil` has
 * passed is erased — all versions, its observables, the alerts naming it — with an automatic
 * entry in the timeline of each incident that held it and an audit event citing the condition.
 * The incident's facts stay (they are this node's own record that something was received).
 */
import type { AuditEntry } from '../../core/audit/chain.js';
import type { CommandContext } from '../../core/context.js';
import type { Database } from '../../storage/database.js';
import { incidentsHolding } from '../../storage/sharing/incident-rows.js';
import { eraseObject, expiredRetention } from '../../storage/sharing/retention-deadlines.js';
import { addTimelineEntry } from '../../storage/sharing/timeline.js';
import { appendAudit } from '../../storage/audit/audit-log.js';

const PER_PASS = 500;

export async function eraseExpiredObjects(database: Database, ctx: CommandContext): Promise<number> {
  const now = ctx.clock.now();
  const at = now.toISOString();
  return database.transact(async (tx) => {
    const due = await expiredRetention(tx, now, PER_PASS);
    const audit: AuditEntry[] = [];
    for (const row of due) {
      const incidents = await incidentsHolding(tx.db, [row.object_id]);
      await eraseObject(tx, row.object_id);
      for (const incident of incidents)
        await addTimelineEntry(tx, {
          incidentId: incident.id,
          at,
          kind: 'erased',
          text: `Erased ${row.object_id} from ${row.source}: its retention period ended (retentionUntil ${row.condition})`,
          actor: 'system:retention',
          details: { objectId: row.object_id, retentionUntil: row.condition, from: row.source },
        });
      audit.push({
        actor: { type: 'system', id: 'retention' },
        action: 'sharing.retention_erased',
        subjectType: 'stix_object',
        subjectId: row.object_id,
        legalBasis: 'transfer condition retentionUntil (UNCC art. 36)',
        details: {
          source: row.source,
          retentionUntil: row.condition,
          due: row.retain_until,
          incidents: incidents.map((i) => i.id),
        },
      });
    }
    if (audit.length > 0) await appendAudit(tx, ctx, audit);
    return due.length;
  });
}
