/** Tags MISP clients have seen or added, for `tags/index`. */
import type { Reader, Tx } from '../database.js';
import type { MispTagsTable } from './schema.js';

/** Adds tags not yet known; a known tag keeps its colour and origin. */
export async function rememberTags(tx: Tx, tags: readonly Omit<MispTagsTable, 'created_at'>[], at: string) {
  for (let i = 0; i < tags.length; i += 500) {
    const rows = tags.slice(i, i + 500).map((t) => ({ ...t, created_at: at }));
    await tx.db
      .insertInto('misp_tags')
      .values(rows)
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
  }
}

export async function listTags(db: Reader): Promise<MispTagsTable[]> {
  return db.selectFrom('misp_tags').selectAll().orderBy('name').limit(10_000).execute();
}

export async function getTag(db: Reader, name: string): Promise<MispTagsTable | undefined> {
  return db.selectFrom('misp_tags').selectAll().where('name', '=', name).executeTakeFirst();
}
