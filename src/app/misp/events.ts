/**
 * MISP events as Comity holds them: every current STIX `report` is an event, its
 * `object_refs` its attributes. Every way out (the MISP-compatible API, the feed, the console)
 * reads events through a sieve — the marking decision for a signed-in user or for the
 * audience of a feed — so an attribute the reader may not receive is not in the event, and an
 * event whose report they may not receive does not exist for them.
 */
import type { Audience, ShareContext } from '../../core/sharing/markings/distribution.js';
import { mayDistribute, redact } from '../../core/sharing/markings/distribution.js';
import type { StixObject } from '../../core/sharing/stix/validate.js';
import type { MispEvent } from '../../interop/misp/misp-event.js';
import {
  asMispEvent,
  mispNumber,
  type Organisation,
  tag,
  uuidPrefixOf,
} from '../../interop/misp/misp-shape.js';
import { NotFoundError } from '../../core/errors.js';
import { markingTags, stixToMispEvent } from '../../interop/misp/stix-to-event.js';
import type { Database } from '../../storage/database.js';
import { currentByIdPrefix, currentObjects, heldMarkings } from '../../storage/sharing/current-objects.js';
import { listCurrentStixObjects } from '../../storage/sharing/read-objects.js';
import { withdrawnAmong } from '../../storage/sharing/shared-objects.js';
import type { StixObjectRecord, StoredStixObject } from '../../storage/sharing/types.js';
import { type Viewer, visibleObjects } from '../sharing/viewer.js';

/** Keeps what the reader may receive (redacted as the markings say); counts the rest. */
export type Sieve = (
  stored: readonly StoredStixObject[],
) => Promise<{ objects: StixObjectRecord[]; withheld: number }>;

export function viewerSieve(database: Database, viewer: Viewer): Sieve {
  return async (stored) => {
    const { objects, withheld } = await visibleObjects(database, viewer, stored);
    return { objects: objects.map((o) => o.object), withheld };
  };
}

/** For a feed: what this audience may receive, objects made here read as shared with it. */
export async function audienceSieve(
  database: Database,
  audience: Audience,
  localContext: ShareContext,
): Promise<Sieve> {
  const markings = (await heldMarkings(database.db)) as Map<string, StixObject>;
  return async (stored) => {
    const withdrawn = await withdrawnAmong(
      database.db,
      stored.map((s) => s.id),
    );
    const objects: StixObjectRecord[] = [];
    let withheld = 0;
    for (const s of stored) {
      const context = (s.shareContext as ShareContext | null) ?? localContext;
      const decision = withdrawn.has(s.id)
        ? undefined
        : mayDistribute(s.object as StixObject, markings, context, audience);
      if (!decision?.allowed) withheld++;
      else
        objects.push(
          decision.redactedPaths.length > 0
            ? redact(s.object as StixObject, decision.redactedPaths)
            : s.object,
        );
    }
    return { objects, withheld };
  };
}

export interface HeldEvent {
  readonly reportId: string;
  /** The report as this reader may see it (redacted as its markings say). */
  readonly report: StixObjectRecord;
  /** The event in MISP's own shape (ids, organisation, timestamps filled). */
  readonly event: Record<string, unknown>;
  /** The plain mapping, for hashes and counts. */
  readonly plain: MispEvent;
  /** Attributes withheld from this reader by their markings. */
  readonly withheld: number;
}

/** The report for an event id: a UUID, a `report--` id, or a MISP numeric id. */
export async function findReport(database: Database, id: string): Promise<StoredStixObject | undefined> {
  const uuid = /^(?:report--)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.exec(id)?.[1];
  if (uuid) return (await currentObjects(database.db, [`report--${uuid.toLowerCase()}`]))[0];
  const prefix = uuidPrefixOf(id);
  if (!prefix) return undefined;
  const found = await currentByIdPrefix(database.db, 'report', prefix);
  return found.length === 1 ? found[0] : undefined;
}

/** The event a report stands for, as this reader may see it; undefined when they may not. */
export async function eventOf(
  database: Database,
  sieve: Sieve,
  report: StoredStixObject,
  org: Organisation,
): Promise<HeldEvent | undefined> {
  const top = await sieve([report]);
  const shown = top.objects[0];
  if (!shown || report.revoked) return undefined;
  const refs = (Array.isArray(shown.object_refs) ? (shown.object_refs as string[]) : []).filter(
    (ref) => ref !== report.id,
  );
  const members: StixObject[] = [];
  let withheld = 0;
  for (let i = 0; i < refs.length; i += 1000) {
    const stored = (await currentObjects(database.db, refs.slice(i, i + 1000))).filter((s) => !s.revoked);
    const seen = await sieve(stored);
    withheld += seen.withheld;
    members.push(...(seen.objects as StixObject[]));
  }
  const uuid = report.id.slice('report--'.length);
  const { event } = stixToMispEvent([shown as StixObject, ...members], {
    uuid,
    info: typeof shown.name === 'string' ? shown.name : '(untitled report)',
    date: String(shown.published ?? shown.created ?? report.storedAt).slice(0, 10),
  });
  return {
    reportId: report.id,
    report: shown,
    event: asMispEvent(event, org, String(shown.modified ?? report.storedAt)),
    plain: event,
    withheld,
  };
}

/** The event for an id, as this reader may see it; not found when they may not. */
export async function requireEvent(
  database: Database,
  sieve: Sieve,
  id: string,
  org: Organisation,
): Promise<HeldEvent> {
  const report = await findReport(database, id);
  const held = report && !report.revoked ? await eventOf(database, sieve, report, org) : undefined;
  if (!held) throw new NotFoundError('misp_event', id);
  return held;
}

/** Current reports the reader may see, newest id order, a page at a time. */
export async function* visibleReports(
  database: Database,
  sieve: Sieve,
  pageSize = 500,
): AsyncGenerator<StoredStixObject> {
  let after: string | undefined;
  do {
    const page = await listCurrentStixObjects(database, {
      type: 'report',
      limit: pageSize,
      ...(after === undefined ? {} : { after }),
    });
    const live = page.objects.filter((r) => !r.revoked);
    const seen = new Set((await sieve(live)).objects.map((o) => o.id));
    for (const r of live) if (seen.has(r.id)) yield r;
    after = page.next;
  } while (after !== undefined);
}

/** An event as `events/index` lists it: its own fields, without attributes. */
export function indexEntry(report: Record<string, unknown>, org: Organisation): Record<string, unknown> {
  const misp = (report.x_misp_event ?? {}) as Record<string, unknown> & { tags?: string[] };
  const uuid = String(report.id).slice('report--'.length);
  const orgc = (misp.Orgc as Organisation | undefined)?.uuid ? (misp.Orgc as Organisation) : org;
  const timestamp = misp.timestamp ?? String(Math.floor(Date.parse(String(report.modified)) / 1000));
  return {
    id: String(mispNumber(uuid)),
    uuid,
    info: misp.info ?? report.name ?? '',
    date: misp.date ?? String(report.published ?? report.created ?? '').slice(0, 10),
    threat_level_id: misp.threat_level_id ?? '4',
    analysis: misp.analysis ?? '2',
    distribution: misp.distribution ?? '1',
    published: misp.published === true,
    timestamp,
    publish_timestamp: timestamp,
    attribute_count: String(Array.isArray(report.object_refs) ? report.object_refs.length : 0),
    org_id: String(mispNumber(org.uuid)),
    orgc_id: String(mispNumber(orgc.uuid)),
    Org: { id: String(mispNumber(org.uuid)), name: org.name, uuid: org.uuid },
    Orgc: { id: String(mispNumber(orgc.uuid)), name: orgc.name, uuid: orgc.uuid },
    EventTag: (misp.tags ?? markingTags(report as StixObject)).map((name) => ({ Tag: { name } })),
  };
}

/** What a feed's `manifest.json` says of an event: enough for MISP to decide whether to fetch it. */
export function manifestEntry(report: StixObjectRecord, org: Organisation): Record<string, unknown> {
  const entry = indexEntry(report, org);
  const orgc = entry.Orgc as Organisation;
  return {
    info: entry.info,
    Orgc: { name: orgc.name, uuid: orgc.uuid },
    Tag: (entry.EventTag as Array<{ Tag: { name: string } }>).map(({ Tag }) => ({
      name: Tag.name,
      colour: tag(Tag).colour,
    })),
    date: entry.date,
    analysis: entry.analysis,
    threat_level_id: entry.threat_level_id,
    timestamp: entry.timestamp,
    published: entry.published,
  };
}
