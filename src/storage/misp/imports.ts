/** MISP imports and their reports: written once when an import ends, read by the console. */
import type { Reader, Tx } from '../database.js';
import type { MispImportsTable } from './schema.js';

export async function insertMispImport(tx: Tx, row: MispImportsTable): Promise<void> {
  await tx.db.insertInto('misp_imports').values(row).execute();
}

/** The newest imports first; `before` (a finished_at) continues a listing. */
export async function listMispImports(
  db: Reader,
  limit: number,
  before?: string,
): Promise<MispImportsTable[]> {
  let q = db.selectFrom('misp_imports').selectAll();
  if (before !== undefined) q = q.where('finished_at', '<', before);
  return q.orderBy('finished_at', 'desc').orderBy('id').limit(limit).execute();
}

export async function getMispImport(db: Reader, id: string): Promise<MispImportsTable | undefined> {
  return db.selectFrom('misp_imports').selectAll().where('id', '=', id).executeTakeFirst();
}
