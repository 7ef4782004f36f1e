/**
 * Reading a TAXII collection a page at a time (objects, manifest, one object's versions):
 * versions are read in `date_added` order and each is judged for the caller as every other
 * read in Comity is (`decide`: markings, share context, need to know; withdrawn objects are
 * hidden), plus the collection's own gate (the public, the community). Reading goes on until
 * the page is full or a scan budget is spent, so a collection that is mostly hidden from the
 * caller still answers promptly: with `more: true` and a cursor past what was scanned (an
 * empty page with `more` is legal, TAXII 2.1 §3.5).
 */
import { localContext } from '../../core/sharing/incidents/audiences.js';
import { mayDistribute, redact, type ShareContext } from '../../core/sharing/markings/distribution.js';
import type { StixObject } from '../../core/sharing/stix/validate.js';
import { type TaxiiEndpoint, type TaxiiQuery, queryFingerprint } from '../../core/taxii/query.js';
import { millisecondFloor, taxiiTimestamp } from '../../core/taxii/timestamps.js';
import type { Database } from '../../storage/database.js';
import { withdrawnAmong } from '../../storage/sharing/shared-objects.js';
import { type CollectionRow, collectionRows, type RowPosition } from '../../storage/taxii/collection-rows.js';
import { decide, type Viewer } from '../sharing/viewer.js';
import type { TaxiiCollection } from './collections.js';
import { openCursor, sealCursor } from './cursor.js';

/** A page's size when the client does not ask, and the most the server gives at once. */
export const DEFAULT_PAGE = 100;
export const MAX_PAGE = 5000;
/** Versions looked at per page beyond the page itself before answering with what was found. */
const SCAN_BUDGET = 20_000;
const SPEC_VERSION = '2.1';

export interface PageItem {
  readonly id: string;
  readonly type: string;
  /** TAXII `version`: the object's `modified` (or `created`, or when it was added). */
  readonly version: string;
  /** The version as the store keys it (`stix_objects.modified`). */
  readonly storedVersion: string;
  readonly dateAdded: string;
  /** The object as the caller may see it, as JSON text (redacted where granular markings say). */
  readonly json: string;
}

export interface CollectionPage {
  readonly items: readonly PageItem[];
  readonly more: boolean;
  readonly next?: string;
}

export interface PageRequest {
  readonly endpoint: TaxiiEndpoint;
  readonly query: TaxiiQuery;
  /** For `…/objects/{id}/` and `…/versions/`. */
  readonly objectId?: string;
}

export async function readCollection(
  database: Database,
  viewer: Viewer,
  collection: TaxiiCollection,
  request: PageRequest,
  now: Date,
): Promise<CollectionPage> {
  const { query } = request;
  const binding = {
    collectionId: collection.id,
    userId: viewer.principal.userId,
    fingerprint: `${queryFingerprint(request.endpoint, query)}|${request.objectId ?? ''}`,
  };
  let position = query.next ? await openCursor(database, binding, query.next, now) : undefined;
  const limit = Math.min(query.limit ?? DEFAULT_PAGE, MAX_PAGE);
  // Every object here is STIX 2.1: the importer takes no other version.
  if (query.specVersions && !query.specVersions.includes(SPEC_VERSION)) return { items: [], more: false };

  const items: PageItem[] = [];
  let scanned = 0;
  let exhausted = false;
  let lastScanned: RowPosition | undefined;
  // One visible item past the page tells whether there is more.
  while (items.length <= limit && !exhausted && scanned < limit + SCAN_BUDGET) {
    const want = Math.min(Math.max(limit + 1 - items.length, 100), MAX_PAGE + 1);
    const rows = await collectionRows(database, collection.scope, {
      ...(request.objectId === undefined ? {} : { objectId: request.objectId }),
      ...(query.ids ? { ids: query.ids } : {}),
      ...(query.types ? { types: query.types } : {}),
      versions: request.endpoint === 'versions' ? { kind: 'all' } : query.versions,
      ...(query.addedAfter ? { addedAfter: millisecondFloor(query.addedAfter) } : {}),
      ...(position ? { after: position } : {}),
      limit: want,
    });
    exhausted = rows.length < want;
    scanned += rows.length;
    const withdrawn = await withdrawnAmong(
      database.db,
      rows.map((r) => r.id),
    );
    for (const row of rows) {
      const item = withdrawn.has(row.id) ? undefined : visibleItem(viewer, collection, row);
      if (item) {
        items.push(item);
        // The cursor stands after the last item the page returns, so the next page starts there.
        if (items.length <= limit) position = positionOf(row);
      } else if (items.length < limit) position = positionOf(row);
      lastScanned = positionOf(row);
      if (items.length > limit) break;
    }
  }
  const more = items.length > limit || (!exhausted && lastScanned !== undefined);
  const page = items.slice(0, limit);
  if (!more || !position) return { items: page, more: false };
  return { items: page, more: true, next: await sealCursor(database, binding, position, now) };
}

const positionOf = (row: CollectionRow): RowPosition => ({
  dateAdded: row.date_added,
  id: row.id,
  modified: row.modified,
});

function visibleItem(viewer: Viewer, collection: TaxiiCollection, row: CollectionRow): PageItem | undefined {
  const object = JSON.parse(row.object) as StixObject;
  const stored = {
    id: row.id,
    type: row.type,
    modified: row.modified,
    revoked: Number(row.revoked) === 1,
    current: true,
    source: row.source,
    object,
    shareContext: row.share_context === null ? null : (JSON.parse(row.share_context) as unknown),
    storedAt: row.date_added,
  };
  const decision = decide(viewer, stored);
  if (!decision.allowed) return undefined;
  let redactedPaths = decision.redactedPaths;
  if (collection.gate) {
    const context = (stored.shareContext as ShareContext | null) ?? localContext(viewer.nodeId, viewer.state);
    const gate = mayDistribute(object, viewer.markings as Map<string, StixObject>, context, collection.gate);
    if (!gate.allowed) return undefined;
    redactedPaths = [...new Set([...redactedPaths, ...gate.redactedPaths])];
  }
  const dateAdded = taxiiTimestamp(row.date_added);
  return {
    id: row.id,
    type: row.type,
    version: versionOf(object, dateAdded),
    storedVersion: row.modified,
    dateAdded,
    json: redactedPaths.length > 0 ? JSON.stringify(redact(object, redactedPaths)) : row.object,
  };
}

/** TAXII's version of an object: `modified`, else `created`, else when it was added (§3.4.1). */
function versionOf(object: StixObject, dateAdded: string): string {
  const stamp = typeof object.modified === 'string' ? object.modified : object.created;
  return typeof stamp === 'string' ? taxiiTimestamp(stamp) : dateAdded;
}
