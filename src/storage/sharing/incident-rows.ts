/** Reads and writes of incident rows and their member objects, inside the caller's transaction. */
import type { Tx, Reader } from '../database.js';
import type { IncidentsTable } from '../schema.js';
import { NotFoundError } from '../../core/errors.js';

type Db = Reader;

export async function insertIncident(tx: Tx, row: IncidentsTable): Promise<void> {
  await tx.db.insertInto('incidents').values(row).execute();
}

export async function getIncidentRow(db: Db, id: string): Promise<IncidentsTable | undefined> {
  return db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The incident's row, or 404 `incident_not_found`. */
export async function requireIncidentRow(db: Reader, id: string): Promise<IncidentsTable> {
  const row = await getIncidentRow(db, id);
  if (!row) throw new NotFoundError('incident', id);
  return row;
}

export async function listIncidentRows(db: Db, limit = 500): Promise<IncidentsTable[]> {
  return db
    .selectFrom('incidents')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function updateIncidentRow(
  tx: Tx,
  id: string,
  changes: Partial<Omit<IncidentsTable, 'id' | 'stix_id' | 'created_at' | 'created_by'>>,
): Promise<void> {
  await tx.db.updateTable('incidents').set(changes).where('id', '=', id).execute();
}

/** Adds members; objects already in the incident are left as they are. Returns those added. */
export async function addIncidentMembers(
  tx: Tx,
  incidentId: string,
  objectIds: readonly string[],
  at: string,
): Promise<string[]> {
  const unique = [...new Set(objectIds)];
  if (unique.length === 0) return [];
  const held = new Set<string>();
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await tx.db
      .selectFrom('incident_objects')
      .select('object_id')
      .where('incident_id', '=', incidentId)
      .where('object_id', 'in', unique.slice(i, i + 500))
      .execute();
    for (const r of rows) held.add(r.object_id);
  }
  const fresh = unique.filter((id) => !held.has(id));
  for (let i = 0; i < fresh.length; i += 200) {
    await tx.db
      .insertInto('incident_objects')
      .values(
        fresh.slice(i, i + 200).map((object_id) => ({ incident_id: incidentId, object_id, added_at: at })),
      )
      .execute();
  }
  return fresh;
}

/** Ids of the incident's member objects (the incident object itself not included). */
export async function incidentMemberIds(db: Db, incidentId: string): Promise<string[]> {
  return (await incidentMembers(db, incidentId)).map((m) => m.id);
}

/** The incident's member objects with when each joined it, oldest first. */
export async function incidentMembers(
  db: Db,
  incidentId: string,
): Promise<Array<{ id: string; addedAt: string }>> {
  const rows = await db
    .selectFrom('incident_objects')
    .select(['object_id', 'added_at'])
    .where('incident_id', '=', incidentId)
    .orderBy('added_at')
    .orderBy('object_id')
    .execute();
  return rows.map((r) => ({ id: r.object_id, addedAt: r.added_at }));
}

/** Incidents that hold any of these objects as a member or as their incident object. */
export async function incidentsHolding(db: Db, objectIds: readonly string[]): Promise<IncidentsTable[]> {
  if (objectIds.length === 0) return [];
  const found = new Map<string, IncidentsTable>();
  for (let i = 0; i < objectIds.length; i += 500) {
    const page = objectIds.slice(i, i + 500);
    const rows = await db
      .selectFrom('incidents')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb('stix_id', 'in', page),
          eb(
            'id',
            'in',
            eb.selectFrom('incident_objects').select('incident_id').where('object_id', 'in', page),
          ),
        ]),
      )
      .execute();
    for (const r of rows) found.set(r.id, r);
  }
  return [...found.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Unlinks an object from an incident (the object stays in the store); returns 1 if it was linked. */
export async function removeIncidentMember(tx: Tx, incidentId: string, objectId: string): Promise<number> {
  const result = await tx.db
    .deleteFrom('incident_objects')
    .where('incident_id', '=', incidentId)
    .where('object_id', '=', objectId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
