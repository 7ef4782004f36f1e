/**
 * What went where: one row per (object, peer) with the version last sent and the context and
 * conditions it went under, so a later version follows it; and the objects peers withdrew.
 */
import type { Tx, Reader } from '../database.js';
import type { SharedObjectsTable } from '../schema.js';

type Db = Reader;

export async function recordSent(tx: Tx, row: SharedObjectsTable): Promise<void> {
  await tx.db
    .deleteFrom('shared_objects')
    .where('object_id', '=', row.object_id)
    .where('peer', '=', row.peer)
    .execute();
  await tx.db.insertInto('shared_objects').values(row).execute();
}

/** Peers currently holding a version of the object this node sent them. */
export async function holdersOf(db: Db, objectId: string): Promise<SharedObjectsTable[]> {
  return db
    .selectFrom('shared_objects')
    .selectAll()
    .where('object_id', '=', objectId)
    .where('status', '=', 'sent')
    .orderBy('peer')
    .execute();
}

export async function markSentWithdrawn(tx: Tx, objectId: string, peer: string, at: string): Promise<void> {
  await tx.db
    .updateTable('shared_objects')
    .set({ status: 'withdrawn', updated_at: at })
    .where('object_id', '=', objectId)
    .where('peer', '=', peer)
    .execute();
}

export async function markWithdrawnHere(
  tx: Tx,
  row: { object_id: string; from_node: string; reason: string; at: string },
): Promise<void> {
  await tx.db.deleteFrom('withdrawn_objects').where('object_id', '=', row.object_id).execute();
  await tx.db.insertInto('withdrawn_objects').values(row).execute();
}

/** A new version from the sender lifts its earlier withdrawal. */
export async function clearWithdrawn(tx: Tx, objectId: string): Promise<void> {
  await tx.db.deleteFrom('withdrawn_objects').where('object_id', '=', objectId).execute();
}

export async function withdrawnAmong(db: Db, objectIds: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < objectIds.length; i += 500) {
    const rows = await db
      .selectFrom('withdrawn_objects')
      .select('object_id')
      .where('object_id', 'in', objectIds.slice(i, i + 500))
      .execute();
    for (const r of rows) out.add(r.object_id);
  }
  return out;
}
