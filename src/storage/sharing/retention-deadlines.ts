/** When received objects must be erased, per the sender's retention condition. */
import type { Tx } from '../database.js';
import type { RetentionDeadlinesTable } from '../schema.js';

/** Records (or clears, when `until` is undefined) the retention deadline of a received object. */
export async function setRetention(
  tx: Tx,
  input: { objectId: string; source: string; until: Date | undefined; condition: string },
): Promise<void> {
  if (input.until === undefined) {
    await tx.db.deleteFrom('retention_deadlines').where('object_id', '=', input.objectId).execute();
    return;
  }
  const row = {
    object_id: input.objectId,
    source: input.source,
    retain_until: input.until.toISOString(),
    condition: input.condition,
  };
  await tx.db
    .insertInto('retention_deadlines')
    .values(row)
    .onConflict((oc) =>
      oc
        .column('object_id')
        .doUpdateSet({ source: row.source, retain_until: row.retain_until, condition: row.condition }),
    )
    .execute();
}

export async function expiredRetention(tx: Tx, now: Date, limit: number): Promise<RetentionDeadlinesTable[]> {
  return tx.db
    .selectFrom('retention_deadlines')
    .selectAll()
    .where('retain_until', '<=', now.toISOString())
    .orderBy('retain_until')
    .limit(limit)
    .execute();
}

/**
 * Removes every trace of an object's content held here: all its versions, its observables,
 * its membership of incidents, the correlation alerts that name it (they carry its values),
 * and the deadline itself. Records of what this node sent elsewhere stay: they hold no content.
 */
export async function eraseObject(tx: Tx, objectId: string): Promise<void> {
  await tx.db.deleteFrom('stix_objects').where('id', '=', objectId).execute();
  await tx.db
    .deleteFrom('observables')
    .where('subject_type', '=', 'stix')
    .where('subject_id', '=', objectId)
    .execute();
  await tx.db.deleteFrom('incident_objects').where('object_id', '=', objectId).execute();
  await tx.db
    .deleteFrom('correlation_alerts')
    .where((eb) => eb.or([eb('subject_id', '=', objectId), eb('matched_id', '=', objectId)]))
    .execute();
  await tx.db.deleteFrom('withdrawn_objects').where('object_id', '=', objectId).execute();
  await tx.db.deleteFrom('retention_deadlines').where('object_id', '=', objectId).execute();
}
