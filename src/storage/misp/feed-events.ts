/** Per MISP feed, the timestamp of each event already imported: what makes a pull incremental. */
import type { Reader, Tx } from '../database.js';

export async function feedTimestamps(db: Reader, feed: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('misp_feed_events')
    .select(['event_uuid', 'timestamp'])
    .where('feed', '=', feed)
    .execute();
  return new Map(rows.map((r) => [r.event_uuid, Number(r.timestamp)]));
}

export async function markFeedEvent(
  tx: Tx,
  row: { feed: string; eventUuid: string; timestamp: number; at: string },
): Promise<void> {
  await tx.db
    .insertInto('misp_feed_events')
    .values({ feed: row.feed, event_uuid: row.eventUuid, timestamp: row.timestamp, imported_at: row.at })
    .onConflict((oc) =>
      oc.columns(['feed', 'event_uuid']).doUpdateSet({ timestamp: row.timestamp, imported_at: row.at }),
    )
    .execute();
}
