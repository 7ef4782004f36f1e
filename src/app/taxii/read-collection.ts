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
import { millisecondFloor, taxiiTimestamp, taxiiVersion } from '../../core/taxii/timestamps.js';
import type { Database } from '../../storage/database.js';
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
  // Objects of one share carry the same context text: parsed once per page, not per object.
  const contexts = new Map<string, unknown>();
  const decisions = new Map<string, boolean>();
  let scanned = 0;
  // True once the collection has no row past the cursor; until then there may be more, even
  // if what is left is hidden from the caller (an empty last page with `more` is legal).
  let exhausted = false;
  let full = false;
  while (!full && !exhausted && scanned < limit + SCAN_BUDGET) {
    // Ask for as many rows as the share of visible ones so far says will fill the page.
    const visibleShare = scanned === 0 ? 1 : Math.max(items.length / scanned, 0.05);
    const want = Math.min(Math.ceil((limit - items.length) / visibleShare) + 1, MAX_PAGE + 1);
    const rows = await collectionRows(database, collection.scope, {
      ...(request.objectId === undefined ? {} : { objectId: request.objectId }),
      ...(query.ids ? { ids: query.ids } : {}),
      ...(query.types ? { types: query.types } : {}),
      versions: request.endpoint === 'versions' ? { kind: 'all' } : query.versions,
      ...(query.addedAfter ? { addedAfter: millisecondFloor(query.addedAfter) } : {}),
      ...(position ? { after: position } : {}),
      limit: want,
    });
    let consumed = 0;
    for (const row of rows) {
      if (items.length === limit) {
        full = true;
        break;
      }
      consumed++;
      const item =
        Number(row.withdrawn) === 1 ? undefined : visibleItem(viewer, collection, row, contexts, decisions);
      if (item) items.push(item);
      // Hidden rows are passed over for good: the next page starts after the last row looked at.
      position = positionOf(row);
    }
    scanned += consumed;
    exhausted = rows.length < want && consumed === rows.length;
    if (items.length === limit && consumed === rows.length && rows.length < want) exhausted = true;
    if (items.length === limit) full = true;
  }
  const more = !exhausted;
  if (!more || !position) return { items, more: false };
  return { items, more: true, next: await sealCursor(database, binding, position, now) };
}

function parsedOnce(cache: Map<string, unknown>, text: string): unknown {
  let value = cache.get(text);
  if (value === undefined) {
    value = JSON.parse(text) as unknown;
    cache.set(text, value);
  }
  return value;
}

const positionOf = (row: CollectionRow): RowPosition => ({
  dateAdded: row.date_added,
  id: row.id,
  modified: row.modified,
});

function visibleItem(
  viewer: Viewer,
  collection: TaxiiCollection,
  row: CollectionRow,
  contexts: Map<string, unknown>,
  decisions: Map<string, boolean>,
): PageItem | undefined {
  const object = JSON.parse(row.object) as StixObject;
  const stored = {
    id: row.id,
    type: row.type,
    modified: row.modified,
    revoked: Number(row.revoked) === 1,
    current: true,
    source: row.source,
    object,
    shareContext: row.share_context === null ? null : parsedOnce(contexts, row.share_context),
    storedAt: row.date_added,
  };
  // Without granular markings the decision depends only on the object's markings, its share
  // context and the caller's need to know: a page of one feed asks the same question many times.
  const key =
    object.granular_markings === undefined
      ? `${JSON.stringify(object.object_marking_refs ?? null)}\u0000${row.share_context ?? ''}\u0000${viewer.needToKnow.has(row.id)}`
      : undefined;
  const known = key === undefined ? undefined : decisions.get(key);
  if (known === false) return undefined;
  let redactedPaths: string[] = [];
  if (known === undefined) {
    const decision = decide(viewer, stored);
    let allowed = decision.allowed;
    if (decision.allowed) redactedPaths = decision.redactedPaths;
    if (allowed && collection.gate) {
      const context =
        (stored.shareContext as ShareContext | null) ?? localContext(viewer.nodeId, viewer.state);
      const gate = mayDistribute(
        object,
        viewer.markings as Map<string, StixObject>,
        context,
        collection.gate,
      );
      allowed = gate.allowed;
      if (gate.allowed) redactedPaths = [...new Set([...redactedPaths, ...gate.redactedPaths])];
    }
    if (key !== undefined) decisions.set(key, allowed);
    if (!allowed) return undefined;
  }
  const dateAdded = taxiiTimestamp(row.date_added);
  return {
    id: row.id,
    type: row.type,
    // An object without `modified` or `created` (a cyber observable) is versioned by when it was added.
    version: taxiiVersion(object) ?? dateAdded,
    storedVersion: row.modified,
    dateAdded,
    json: redactedPaths.length > 0 ? JSON.stringify(redact(object, redactedPaths)) : row.object,
  };
}
