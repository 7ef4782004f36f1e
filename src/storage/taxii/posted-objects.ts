/** Membership of the writable collections: which versions were posted where, and when. */
import type { Tx } from '../database.js';

export interface PostedVersion {
  readonly objectId: string;
  /** As `stix_objects.modified`. */
  readonly modified: string;
}

/** Files versions under a collection; a version posted again keeps its first `added_at`. */
export async function addPostedVersions(
  tx: Tx,
  collectionId: string,
  versions: readonly PostedVersion[],
  at: string,
): Promise<void> {
  for (let i = 0; i < versions.length; i += 500) {
    const rows = versions.slice(i, i + 500).map((v) => ({
      collection_id: collectionId,
      object_id: v.objectId,
      modified: v.modified,
      added_at: at,
    }));
    await tx.db
      .insertInto('taxii_collection_objects')
      .values(rows)
      .onConflict((oc) => oc.columns(['collection_id', 'object_id', 'modified']).doNothing())
      .execute();
  }
}

/** Takes versions out of a collection; the objects stay in the store. Returns how many went. */
export async function removePostedVersions(
  tx: Tx,
  collectionId: string,
  objectId: string,
  modified: readonly string[],
): Promise<number> {
  if (modified.length === 0) return 0;
  const result = await tx.db
    .deleteFrom('taxii_collection_objects')
    .where('collection_id', '=', collectionId)
    .where('object_id', '=', objectId)
    .where('modified', 'in', [...modified])
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
