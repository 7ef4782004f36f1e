/**
 * Persistence of cooperation requests: the event log is the truth, the `requests` row caches
 * the derived state. Appends carry the version they were decided from; a concurrent append from
 * the same version fails on the (request, seq) key or the version check, so of two conflicting
 * actions exactly one commits and the other gets a conflict naming the current state.
 */
import type { RequestEvent } from '../../core/legal/lifecycle/events.js';
import type { RequestState } from '../../core/legal/lifecycle/state.js';
import { ConflictError, NotFoundError } from '../../core/errors.js';
import { type Database, isUniqueViolation, type Tx, type Reader } from '../database.js';
import type { RequestsTable } from '../schema.js';

export interface StoredRequest {
  readonly id: string;
  readonly caseId: string | null;
  readonly side: 'requesting' | 'requested';
  readonly state: RequestState;
  readonly createdAt: string;
  readonly updatedAt: string;
}

function fromRow(row: RequestsTable): StoredRequest {
  return {
    id: row.id,
    caseId: row.case_id,
    side: row.side as StoredRequest['side'],
    state: JSON.parse(row.state) as RequestState,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function getStoredRequest(db: Reader, id: string): Promise<StoredRequest> {
  const row = await db.selectFrom('requests').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError('request', id);
  return fromRow(row);
}

export async function listStoredRequests(
  database: Database,
  filter: {
    /** Only requests filed in these cases … */
    caseIds?: readonly string[];
    /** … or, with this flag, also those received from other States (filed in no case yet). */
    includeReceived?: boolean;
    status?: string;
    limit?: number;
    /** Only requests after this one in the listing's order (most recently changed first). */
    after?: { readonly updatedAt: string; readonly id: string };
  },
): Promise<StoredRequest[]> {
  let q = database.db.selectFrom('requests').selectAll();
  if (filter.caseIds) {
    const caseIds = filter.caseIds;
    if (caseIds.length === 0 && !filter.includeReceived) return [];
    q = q.where((eb) =>
      eb.or([
        ...(caseIds.length > 0 ? [eb('case_id', 'in', caseIds)] : []),
        ...(filter.includeReceived
          ? [eb.and([eb('case_id', 'is', null), eb('side', '=', 'requested')])]
          : []),
      ]),
    );
  }
  if (filter.status) q = q.where('status', '=', filter.status);
  const after = filter.after;
  if (after)
    q = q.where((eb) =>
      eb.or([
        eb('updated_at', '<', after.updatedAt),
        eb.and([eb('updated_at', '=', after.updatedAt), eb('id', '<', after.id)]),
      ]),
    );
  const rows = await q
    .orderBy('updated_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit ?? 200)
    .execute();
  return rows.map(fromRow);
}

/** A request's event log, in order. */
export async function requestEvents(db: Reader, id: string): Promise<RequestEvent[]> {
  const rows = await db
    .selectFrom('request_events')
    .select('event')
    .where('request_id', '=', id)
    .orderBy('seq')
    .execute();
  return rows.map((r) => JSON.parse(r.event) as RequestEvent);
}

/** Inserts a new request with its first events. */
export async function insertRequest(
  tx: Tx,
  meta: { id: string; caseId: string | null; side: StoredRequest['side'] },
  events: readonly RequestEvent[],
  state: RequestState,
  now: string,
): Promise<void> {
  await tx.db
    .insertInto('requests')
    .values({
      id: meta.id,
      case_id: meta.caseId,
      side: meta.side,
      regime: state.regime,
      instrument: state.instrument,
      requesting_state: state.requestingState,
      requested_state: state.requestedState,
      status: state.status,
      version: events.length,
      state: JSON.stringify(state),
      created_at: now,
      updated_at: now,
    })
    .execute();
  await insertEvents(tx, meta.id, 0, events);
}

/** Appends events decided from `fromVersion`; throws `concurrent_update` when someone was faster. */
export async function appendRequestEvents(
  tx: Tx,
  id: string,
  fromVersion: number,
  events: readonly RequestEvent[],
  state: RequestState,
  now: string,
): Promise<void> {
  const result = await tx.db
    .updateTable('requests')
    .set({
      status: state.status,
      version: fromVersion + events.length,
      state: JSON.stringify(state),
      updated_at: now,
    })
    .where('id', '=', id)
    .where('version', '=', fromVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw await conflict(tx, id);
  try {
    await insertEvents(tx, id, fromVersion, events);
  } catch (error) {
    if (isUniqueViolation(error)) throw await conflict(tx, id);
    throw error;
  }
}

async function insertEvents(
  tx: Tx,
  id: string,
  fromVersion: number,
  events: readonly RequestEvent[],
): Promise<void> {
  let seq = fromVersion;
  for (const event of events) {
    seq++;
    await tx.db
      .insertInto('request_events')
      .values({
        request_id: id,
        seq,
        type: event.type,
        at: event.at,
        automatic: event.actor.automatic ? 1 : 0,
        event: JSON.stringify(event),
      })
      .execute();
  }
}

async function conflict(tx: Tx, id: string): Promise<ConflictError> {
  const current = await tx.db
    .selectFrom('requests')
    .select(['status', 'version'])
    .where('id', '=', id)
    .executeTakeFirst();
  return new ConflictError(
    'concurrent_update',
    `request ${id} changed meanwhile; it is now ${current?.status ?? 'gone'}`,
    {
      status: current?.status,
      version: current?.version,
    },
  );
}
