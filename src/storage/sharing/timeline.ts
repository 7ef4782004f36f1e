/** An incident's timeline: entries people write and entries every share, receipt and alert adds. */
import { randomUUID } from 'node:crypto';
import type { Tx, Reader } from '../database.js';

export interface TimelineEntry {
  readonly id: string;
  readonly incidentId: string;
  readonly at: string;
  readonly kind: string;
  readonly text: string;
  /** `user:<id>`, `peer:<node id>` or `system`. */
  readonly actor: string;
  readonly details: Record<string, unknown>;
}

export async function addTimelineEntry(
  tx: Tx,
  entry: Omit<TimelineEntry, 'id' | 'details'> & { details?: Record<string, unknown> },
): Promise<TimelineEntry> {
  const full: TimelineEntry = { id: randomUUID(), details: {}, ...entry };
  await tx.db
    .insertInto('incident_timeline')
    .values({
      id: full.id,
      incident_id: full.incidentId,
      at: full.at,
      kind: full.kind,
      text: full.text,
      actor: full.actor,
      details: JSON.stringify(full.details),
    })
    .execute();
  return full;
}

export async function listTimeline(db: Reader, incidentId: string): Promise<TimelineEntry[]> {
  const rows = await db
    .selectFrom('incident_timeline')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    incidentId: r.incident_id,
    at: r.at,
    kind: r.kind,
    text: r.text,
    actor: r.actor,
    details: JSON.parse(r.details) as Record<string, unknown>,
  }));
}
