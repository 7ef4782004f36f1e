/**
 * Polling one subscription: the remote collection's objects read page by page (with `next`
 * while the remote gives one, else `added_after`), each page stored in one transaction together
 * with where the poller stands, so a poller killed at any point resumes exactly where the last
 * committed page left it: a page is either stored with its checkpoint or not at all, and read
 * again (storing an object already held changes nothing).
 *
 * Arriving objects are checked one by one like any import; those without a TLP marking get the
 * subscription's default; they are held as received from the remote server (its address is the
 * originating organisation), so the marking rules treat them as another organisation's.
 * A failure (unreachable, garbage, a `next` that loops, a page too large) is recorded as the
 * subscription's last error and the next poll waits longer each time, up to a day.
 */
import type { CommandContext } from '../../../core/context.js';
import { extractObservables } from '../../../core/sharing/observables/extract.js';
import { TLP_MARKING_IDS, type Tlp, tlpOfStandardId } from '../../../core/sharing/markings/tlp.js';
import type { ShareContext } from '../../../core/sharing/markings/distribution.js';
import { type StixObject, validateStixObject } from '../../../core/sharing/stix/validate.js';
import { appendAudit } from '../../../storage/audit/audit-log.js';
import type { Database } from '../../../storage/database.js';
import { putStixObjects } from '../../../storage/sharing/put-object.js';
import type { TaxiiSubscriptionsTable } from '../../../storage/taxii/schema.js';
import { correlate } from '../../sharing/correlate.js';
import { DEFAULT_LIMITS, type FetchLimits, fetchPage, RemoteTaxiiError } from './remote-page.js';
import { subscriptionRow } from './subscriptions.js';

export interface PollOptions {
  readonly pageSize?: number;
  /** Pages read in one poll before handing over to the next subscription (default 100). */
  readonly maxPages?: number;
  readonly limits?: FetchLimits;
  /** The State this node serves: arriving objects are addressed to it. */
  readonly ourState: string;
  readonly nodeId: string;
  /** Tests: called after a page is fetched and before it is stored (a crash there loses nothing). */
  readonly afterFetch?: (page: number) => void | Promise<void>;
}

export interface PollResult {
  readonly pages: number;
  readonly received: number;
  readonly refused: number;
  /** True when the remote had nothing more this time. */
  readonly caughtUp: boolean;
  readonly error?: string;
}

const MAX_BACKOFF_MS = 24 * 3_600_000;

/** How long a poller holds a subscription; one that dies frees it when this runs out. */
const LEASE_MS = 15 * 60_000;

/**
 * Polls one subscription, if no other poller (of any instance of the node) holds it: the
 * daemon's and one asked for by hand never read the same feed at once.
 */
export async function pollSubscription(
  database: Database,
  ctx: CommandContext,
  id: string,
  options: PollOptions,
): Promise<PollResult> {
  if (!(await claim(database, id, ctx.clock.now())))
    return { pages: 0, received: 0, refused: 0, caughtUp: false, error: 'already being polled' };
  try {
    return await pollPages(database, ctx, id, options);
  } finally {
    await database.transact(async (tx) => {
      await tx.db
        .updateTable('taxii_subscriptions')
        .set({ polling_until: null })
        .where('id', '=', id)
        .execute();
    });
  }
}

async function claim(database: Database, id: string, now: Date): Promise<boolean> {
  return database.transact(async (tx) => {
    const result = await tx.db
      .updateTable('taxii_subscriptions')
      .set({ polling_until: new Date(now.getTime() + LEASE_MS).toISOString() })
      .where('id', '=', id)
      .where((eb) => eb.or([eb('polling_until', 'is', null), eb('polling_until', '<', now.toISOString())]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  });
}

async function pollPages(
  database: Database,
  ctx: CommandContext,
  id: string,
  options: PollOptions,
): Promise<PollResult> {
  const pageSize = options.pageSize ?? 500;
  const maxPages = options.maxPages ?? 100;
  let pages = 0;
  let received = 0;
  let refused = 0;
  const seenCursors = new Set<string>();
  try {
    for (;;) {
      const sub = await subscriptionRow(database.db, id);
      if (pages >= maxPages) return { pages, received, refused, caughtUp: false };
      const url = pageUrl(sub, pageSize);
      const page = await fetchPage(url, sub, options.limits ?? DEFAULT_LIMITS);
      if (page.next !== undefined) {
        if (seenCursors.has(page.next) || page.next === sub.next_cursor)
          throw new RemoteTaxiiError('the server gave the same "next" again: it loops, so reading stopped');
        seenCursors.add(page.next);
      }
      if (
        page.more &&
        page.next === undefined &&
        (!page.dateAddedLast || page.dateAddedLast === sub.added_after)
      )
        throw new RemoteTaxiiError(
          'the server says there is more but gives no way on (no next, no new date): reading stopped',
        );
      await options.afterFetch?.(pages + 1);
      const stored = await storePage(database, ctx, sub, page, options);
      pages++;
      received += stored.received;
      refused += stored.refused;
      if (!page.more) return { pages, received, refused, caughtUp: true };
    }
  } catch (error) {
    const message =
      error instanceof RemoteTaxiiError ? error.message : `the poll failed: ${(error as Error).message}`;
    await recordFailure(database, ctx, id, message);
    return { pages, received, refused, caughtUp: false, error: message };
  }
}

function pageUrl(sub: TaxiiSubscriptionsTable, pageSize: number): string {
  const url = new URL('objects/', sub.collection_url);
  url.searchParams.set('limit', String(pageSize));
  if (sub.next_cursor) url.searchParams.set('next', sub.next_cursor);
  else if (sub.added_after) url.searchParams.set('added_after', sub.added_after);
  return url.toString();
}

async function storePage(
  database: Database,
  ctx: CommandContext,
  sub: TaxiiSubscriptionsTable,
  page: { objects: readonly unknown[]; more: boolean; next?: string; dateAddedLast?: string },
  options: PollOptions,
): Promise<{ received: number; refused: number }> {
  const now = ctx.clock.now();
  const at = now.toISOString();
  const origin = new URL(sub.collection_url).origin;
  const context: ShareContext = {
    originOrganisation: `taxii:${origin}`,
    originState: '',
    recipientOrganisations: [options.nodeId],
    recipientStates: options.ourState ? [options.ourState] : [],
    namedRecipients: [],
  };
  const valid: Array<{ object: StixObject; observables: ReturnType<typeof extractObservables> }> = [];
  let refused = 0;
  for (const raw of page.objects) {
    const check = validateStixObject(withDefaultTlp(raw, sub.default_tlp as Tlp));
    if (!check.ok) {
      refused++;
      continue;
    }
    valid.push({ object: check.object, observables: extractObservables(check.object) });
  }
  // Where the poller stands once this page is stored: mid-listing (the remote's next), or
  // caught up (resume after the last date the remote gave; kept when it gave none).
  const checkpoint = page.more
    ? page.next !== undefined
      ? { next_cursor: page.next }
      : { next_cursor: null, added_after: page.dateAddedLast ?? sub.added_after }
    : { next_cursor: null, added_after: page.dateAddedLast ?? sub.added_after };
  return database.transact(async (tx) => {
    const source = `taxii:${sub.id}`;
    const results = await putStixObjects(
      tx,
      valid.map((v) => ({
        object: v.object,
        observables: v.observables.map((o) => ({ kind: o.kind, value: o.value })),
        source,
        shareContext: context,
        at,
      })),
    );
    let stored = 0;
    const subjects = [];
    for (const [i, r] of results.entries()) {
      if (r.status === 'conflict' || r.status === 'foreign') refused++;
      else stored++;
      if (r.status === 'created' || r.status === 'updated')
        subjects.push({
          type: 'stix' as const,
          id: r.id,
          source,
          observables: valid[i]!.observables.map((o) => ({ kind: o.kind, value: o.value })),
        });
    }
    const alerts = await correlate(tx, now, subjects);
    await appendAudit(tx, ctx, [
      {
        actor: ctx.actor,
        action: 'taxii.subscription_page',
        subjectType: 'taxii_subscription',
        subjectId: sub.id,
        details: { received: stored, refused, more: page.more },
      },
      ...alerts,
    ]);
    await tx.db
      .updateTable('taxii_subscriptions')
      .set({
        ...checkpoint,
        objects_received: Number(sub.objects_received) + stored,
        objects_refused: Number(sub.objects_refused) + refused,
        pages: Number(sub.pages) + 1,
        failures: 0,
        last_error: null,
        last_polled_at: at,
        last_success_at: at,
        next_poll_at: new Date(now.getTime() + Number(sub.interval_seconds) * 1000).toISOString(),
      })
      .where('id', '=', sub.id)
      .execute();
    return { received: stored, refused };
  });
}

/** The object with the subscription's TLP marking added when it carries none. */
function withDefaultTlp(raw: unknown, tlp: Tlp): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const object = raw as Record<string, unknown>;
  // Cyber observables without markings are facts, not reports; they follow the default too.
  const refs = Array.isArray(object.object_marking_refs) ? (object.object_marking_refs as unknown[]) : [];
  if (refs.some((r) => typeof r === 'string' && tlpOfStandardId(r) !== undefined)) return raw;
  if (object.type === 'marking-definition') return raw;
  return { ...object, object_marking_refs: [...refs, TLP_MARKING_IDS[tlp]] };
}

async function recordFailure(
  database: Database,
  ctx: CommandContext,
  id: string,
  message: string,
): Promise<void> {
  const now = ctx.clock.now();
  await database.transact(async (tx) => {
    const row = await tx.db
      .selectFrom('taxii_subscriptions')
      .select(['failures', 'interval_seconds'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return;
    const failures = Number(row.failures) + 1;
    const wait = Math.min(Number(row.interval_seconds) * 1000 * 2 ** (failures - 1), MAX_BACKOFF_MS);
    await tx.db
      .updateTable('taxii_subscriptions')
      .set({
        failures,
        last_error: message,
        last_polled_at: now.toISOString(),
        next_poll_at: new Date(now.getTime() + wait).toISOString(),
      })
      .where('id', '=', id)
      .execute();
    await appendAudit(tx, ctx, [
      {
        actor: ctx.actor,
        action: 'taxii.subscription_failed',
        subjectType: 'taxii_subscription',
        subjectId: id,
        details: { error: message, failures },
      },
    ]);
  });
}
