/**
 * Subscriptions of this node to remote TAXII collections: made, listed, paused, resumed, polled
 * now and removed by an administrator, each change audited. The secret (password or token) is
 * never shown again once set.
 */
import { randomUUID } from 'node:crypto';
import type { CommandContext } from '../../../core/context.js';
import { NotFoundError, ValidationError } from '../../../core/errors.js';
import { TLP_LEVELS, type Tlp } from '../../../core/sharing/markings/tlp.js';
import { runCommand } from '../../../storage/command.js';
import type { Database, Reader } from '../../../storage/database.js';
import type { TaxiiSubscriptionsTable } from '../../../storage/taxii/schema.js';

export interface NewSubscription {
  readonly title: string;
  readonly collectionUrl: string;
  readonly auth: 'none' | 'basic' | 'token';
  readonly username?: string;
  readonly secret?: string;
  readonly intervalMinutes?: number;
  readonly defaultTlp?: Tlp;
}

export interface SubscriptionView {
  readonly id: string;
  readonly title: string;
  readonly collectionUrl: string;
  readonly auth: 'none' | 'basic' | 'token';
  readonly username: string | null;
  readonly intervalMinutes: number;
  readonly defaultTlp: Tlp;
  readonly active: boolean;
  /** Reading a listing page by page right now (a `next` is held). */
  readonly midListing: boolean;
  readonly addedAfter: string | null;
  readonly objectsReceived: number;
  readonly objectsRefused: number;
  readonly pages: number;
  readonly failures: number;
  readonly lastError: string | null;
  readonly lastPolledAt: string | null;
  readonly lastSuccessAt: string | null;
  readonly nextPollAt: string;
  readonly createdAt: string;
}

export function presentSubscription(row: TaxiiSubscriptionsTable): SubscriptionView {
  return {
    id: row.id,
    title: row.title,
    collectionUrl: row.collection_url,
    auth: row.auth,
    username: row.username,
    intervalMinutes: Math.round(row.interval_seconds / 60),
    defaultTlp: row.default_tlp as Tlp,
    active: Number(row.active) === 1,
    midListing: row.next_cursor !== null,
    addedAfter: row.added_after,
    objectsReceived: Number(row.objects_received),
    objectsRefused: Number(row.objects_refused),
    pages: Number(row.pages),
    failures: Number(row.failures),
    lastError: row.last_error,
    lastPolledAt: row.last_polled_at,
    lastSuccessAt: row.last_success_at,
    nextPollAt: row.next_poll_at,
    createdAt: row.created_at,
  };
}

/** A collection URL as TAXII writes it: http(s), no query or fragment, ending in `/`. */
export function collectionUrlOf(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new ValidationError('the collection address is not a URL', [
      { path: '/body/collectionUrl', message: 'is not a URL' },
    ]);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new ValidationError('the collection address must be http or https', [
      { path: '/body/collectionUrl', message: 'must be http or https' },
    ]);
  if (url.search || url.hash || url.username || url.password)
    throw new ValidationError('the collection address carries no query, fragment or credentials', [
      { path: '/body/collectionUrl', message: 'must carry no query, fragment or credentials' },
    ]);
  // The objects endpoint given instead of the collection: accepted, and taken back to the collection.
  const path = url.pathname.replace(/objects\/?$/, '').replace(/\/?$/, '/');
  return `${url.origin}${path}`;
}

export async function subscribe(
  database: Database,
  ctx: CommandContext,
  createdBy: string,
  input: NewSubscription,
): Promise<SubscriptionView> {
  const collectionUrl = collectionUrlOf(input.collectionUrl);
  if (input.auth === 'basic' && !input.username)
    throw new ValidationError('HTTP Basic needs a user name', [
      { path: '/body/username', message: 'is required' },
    ]);
  if (input.auth !== 'none' && !input.secret)
    throw new ValidationError('give the password or token the remote server expects', [
      { path: '/body/secret', message: 'is required' },
    ]);
  const defaultTlp = input.defaultTlp ?? 'amber';
  if (!TLP_LEVELS.includes(defaultTlp))
    throw new ValidationError('unknown TLP level', [
      { path: '/body/defaultTlp', message: 'is not a TLP level' },
    ]);
  const now = ctx.clock.now().toISOString();
  const row: TaxiiSubscriptionsTable = {
    id: randomUUID(),
    title: input.title.trim(),
    collection_url: collectionUrl,
    auth: input.auth,
    username: input.auth === 'basic' ? (input.username ?? null) : null,
    secret: input.auth === 'none' ? null : (input.secret ?? null),
    interval_seconds: (input.intervalMinutes ?? 60) * 60,
    default_tlp: defaultTlp,
    active: 1,
    added_after: null,
    next_cursor: null,
    objects_received: 0,
    objects_refused: 0,
    pages: 0,
    failures: 0,
    last_error: null,
    last_polled_at: null,
    last_success_at: null,
    next_poll_at: now,
    polling_until: null,
    created_by: createdBy,
    created_at: now,
  };
  return runCommand(database, ctx, async (tx) => {
    await tx.db.insertInto('taxii_subscriptions').values(row).execute();
    return {
      value: presentSubscription(row),
      audit: {
        actor: ctx.actor,
        action: 'taxii.subscribed',
        subjectType: 'taxii_subscription',
        subjectId: row.id,
        details: {
          title: row.title,
          collectionUrl,
          auth: row.auth,
          defaultTlp,
          intervalSeconds: row.interval_seconds,
        },
      },
    };
  });
}

export async function listSubscriptions(db: Reader): Promise<SubscriptionView[]> {
  const rows = await db
    .selectFrom('taxii_subscriptions')
    .selectAll()
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(presentSubscription);
}

export async function subscriptionRow(db: Reader, id: string): Promise<TaxiiSubscriptionsTable> {
  const row = await db.selectFrom('taxii_subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError('taxii_subscription', id);
  return row;
}

export type SubscriptionChange = 'pause' | 'resume' | 'poll_now' | 'remove';

/** Pauses, resumes, asks for a poll at once, or removes a subscription (what arrived stays). */
export async function changeSubscription(
  database: Database,
  ctx: CommandContext,
  id: string,
  change: SubscriptionChange,
): Promise<SubscriptionView | null> {
  await subscriptionRow(database.db, id);
  const now = ctx.clock.now().toISOString();
  return runCommand(database, ctx, async (tx) => {
    const q = tx.db.updateTable('taxii_subscriptions').where('id', '=', id);
    if (change === 'remove') await tx.db.deleteFrom('taxii_subscriptions').where('id', '=', id).execute();
    else if (change === 'pause') await q.set({ active: 0 }).execute();
    else if (change === 'resume') await q.set({ active: 1, next_poll_at: now, failures: 0 }).execute();
    else await q.set({ next_poll_at: now }).execute();
    const row = await tx.db
      .selectFrom('taxii_subscriptions')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return {
      value: row ? presentSubscription(row) : null,
      audit: {
        actor: ctx.actor,
        action: `taxii.subscription_${change}`,
        subjectType: 'taxii_subscription',
        subjectId: id,
      },
    };
  });
}
