/** Rosters, webhook subscriptions and notification status: the administrative side. */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Principal } from '../../core/accounts/roles.js';
import type { CommandContext } from '../../core/context.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../../core/errors.js';
import { localTime, onCallAt, rosterProblems, type Shift } from '../../core/notifications/on-call.js';
import { runCommand } from '../../storage/command.js';
import type { Selectable } from 'kysely';
import type { Database } from '../../storage/database.js';
import type { NotificationsTable } from '../../storage/notifications/schema.js';
import { requireAuthority } from '../register/authorities.js';
import { queueEmail } from './queue.js';

export interface RosterView {
  authorityId: string;
  shifts: Array<Shift & { id: string; displayName: string }>;
  onCall: Array<{ userId: string; displayName: string; position: number; until: string; localTime: string }>;
}

/** The people of an authority, for choosing who is on call. */
export interface AuthorityPerson {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly string[];
}

export async function authorityPeople(database: Database, authorityId: string): Promise<AuthorityPerson[]> {
  await requireAuthority(database.db, authorityId);
  const rows = await database.db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'roles'])
    .where('authority_id', '=', authorityId)
    .where('disabled', '=', 0)
    .orderBy('display_name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    roles: JSON.parse(r.roles) as string[],
  }));
}

export async function readRoster(database: Database, authorityId: string, at: Date): Promise<RosterView> {
  await requireAuthority(database.db, authorityId);
  const rows = await database.db
    .selectFrom('oncall_shifts')
    .selectAll()
    .where('authority_id', '=', authorityId)
    .where('ends_at', '>', new Date(at.getTime() - 7 * 86_400_000).toISOString())
    .orderBy('starts_at')
    .execute();
  const names = new Map(
    (
      await database.db
        .selectFrom('users')
        .select(['id', 'display_name'])
        .where('id', 'in', rows.length > 0 ? [...new Set(rows.map((r) => r.user_id))] : [''])
        .execute()
    ).map((u) => [u.id, u.display_name]),
  );
  const shifts = rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    displayName: names.get(r.user_id) ?? r.user_id,
    position: r.position,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    timezone: r.timezone,
  }));
  return {
    authorityId,
    shifts,
    onCall: onCallAt(shifts, at).map((s) => ({
      userId: s.userId,
      displayName: s.displayName,
      position: s.position,
      until: s.endsAt,
      localTime: localTime(at, s.timezone),
    })),
  };
}

/** Replaces the roster from `from` onwards; past shifts stay as a record of who was on duty. */
export async function replaceRoster(
  database: Database,
  ctx: CommandContext,
  principal: Principal,
  authorityId: string,
  shifts: Shift[],
): Promise<RosterView> {
  if (!principal.roles.includes('admin') && principal.authorityId !== authorityId) {
    throw new ForbiddenError('not_your_authority', 'you can only manage the roster of your own authority');
  }
  const problems = rosterProblems(shifts);
  if (problems.length > 0)
    throw new ValidationError(
      `the roster is invalid: ${problems[0]!.path} ${problems[0]!.message}`,
      problems,
    );
  const normalised = shifts.map((s) => ({
    ...s,
    startsAt: new Date(s.startsAt).toISOString(),
    endsAt: new Date(s.endsAt).toISOString(),
  }));
  const now = ctx.clock.now().toISOString();
  await runCommand(database, ctx, async (tx) => {
    await requireAuthority(tx.db, authorityId);
    const userIds = [...new Set(normalised.map((s) => s.userId))];
    if (userIds.length > 0) {
      const found = await tx.db
        .selectFrom('users')
        .select('id')
        .where('id', 'in', userIds)
        .where('disabled', '=', 0)
        .execute();
      const missing = userIds.filter((id) => !found.some((f) => f.id === id));
      if (missing.length > 0) {
        throw new ValidationError(
          `unknown or disabled users on the roster: ${missing.join(', ')}`,
          missing.map((id) => ({ path: '/body/shifts', message: `user ${id} is unknown or disabled` })),
        );
      }
    }
    await tx.db
      .deleteFrom('oncall_shifts')
      .where('authority_id', '=', authorityId)
      .where('ends_at', '>', now)
      .execute();
    for (const s of normalised) {
      await tx.db
        .insertInto('oncall_shifts')
        .values({
          id: randomUUID(),
          authority_id: authorityId,
          user_id: s.userId,
          position: s.position,
          starts_at: s.startsAt,
          ends_at: s.endsAt,
          timezone: s.timezone,
        })
        .execute();
    }
    return {
      value: null,
      audit: {
        actor: ctx.actor,
        action: 'oncall.replace',
        subjectType: 'authority',
        subjectId: authorityId,
        details: { shifts: normalised.length },
      },
    };
  });
  return readRoster(database, authorityId, ctx.clock.now());
}

export interface WebhookView {
  id: string;
  url: string;
  events: string[];
  active: boolean;
  createdAt: string;
  /** How deliveries to it went (listed subscriptions only). */
  delivery?: WebhookDelivery;
}

export interface WebhookDelivery {
  sent: number;
  pending: number;
  failed: number;
  lastSentAt: string | null;
  /** The error of the latest attempt that failed, if the latest attempt failed. */
  lastError: string | null;
}

export async function createWebhook(
  database: Database,
  ctx: CommandContext,
  input: { url: string; events: string[] },
): Promise<{ webhook: WebhookView; secret: string }> {
  const secret = randomBytes(32).toString('base64url');
  const id = randomUUID();
  const createdAt = ctx.clock.now().toISOString();
  await runCommand(database, ctx, async (tx) => {
    await tx.db
      .insertInto('webhooks')
      .values({
        id,
        url: input.url,
        secret,
        events: JSON.stringify(input.events),
        active: 1,
        created_at: createdAt,
      })
      .execute();
    return {
      value: null,
      audit: {
        actor: ctx.actor,
        action: 'webhook.create',
        subjectType: 'webhook',
        subjectId: id,
        details: { url: input.url, events: input.events },
      },
    };
  });
  return { webhook: { id, url: input.url, events: input.events, active: true, createdAt }, secret };
}

export async function listWebhooks(database: Database): Promise<WebhookView[]> {
  const rows = await database.db.selectFrom('webhooks').selectAll().orderBy('created_at').execute();
  // One grouped read for every subscription's queue, rather than one per subscription.
  const counts = await database.db
    .selectFrom('notifications')
    .select([
      'target',
      'status',
      (eb) => eb.fn.countAll<number>().as('n'),
      (eb) => eb.fn.max('sent_at').as('last'),
    ])
    .where('channel', '=', 'webhook')
    .groupBy(['target', 'status'])
    .execute();
  const latest = await database.db
    .selectFrom('notifications')
    .select(['target', 'status', 'last_error', 'created_at'])
    .where('channel', '=', 'webhook')
    .where('status', '!=', 'sent')
    .where('last_error', 'is not', null)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((r) => {
    const mine = counts.filter((c) => c.target === r.id);
    const n = (status: string) => Number(mine.find((c) => c.status === status)?.n ?? 0);
    const lastSentAt = (mine.find((c) => c.status === 'sent')?.last as string | null | undefined) ?? null;
    return {
      id: r.id,
      url: r.url,
      events: JSON.parse(r.events) as string[],
      active: r.active === 1,
      createdAt: r.created_at,
      delivery: {
        sent: n('sent'),
        pending: n('pending'),
        failed: n('failed'),
        lastSentAt,
        lastError: latest.find((l) => l.target === r.id)?.last_error ?? null,
      },
    };
  });
}

export async function deactivateWebhook(database: Database, ctx: CommandContext, id: string): Promise<void> {
  await runCommand(database, ctx, async (tx) => {
    const result = await tx.db
      .updateTable('webhooks')
      .set({ active: 0 })
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new NotFoundError('webhook', id);
    return {
      value: null,
      audit: { actor: ctx.actor, action: 'webhook.deactivate', subjectType: 'webhook', subjectId: id },
    };
  });
}

export interface NotificationView {
  readonly id: string;
  readonly channel: string;
  readonly target: string;
  readonly event: string;
  readonly subject: string;
  readonly status: string;
  readonly attempts: number;
  readonly nextAttemptAt: string;
  readonly lastError: string | null;
  readonly createdAt: string;
  readonly sentAt: string | null;
}

function notificationView(r: Selectable<NotificationsTable>): NotificationView {
  return {
    id: r.id,
    channel: r.channel,
    target: r.target,
    event: r.event,
    subject: r.subject,
    status: r.status,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    lastError: r.last_error,
    createdAt: r.created_at,
    sentAt: r.sent_at,
  };
}

/** The node's recent notifications, newest first (administrators and auditors). */
export async function listNotifications(database: Database, status?: string): Promise<NotificationView[]> {
  let q = database.db.selectFrom('notifications').selectAll();
  if (status) q = q.where('status', '=', status);
  const rows = await q.orderBy('created_at', 'desc').limit(200).execute();
  return rows.map(notificationView);
}

/** The alerts sent to one person (by e-mail to the address on their account), newest first. */
export async function listMyNotifications(database: Database, userId: string): Promise<NotificationView[]> {
  const user = await database.db
    .selectFrom('users')
    .select('email')
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user?.email) return [];
  const rows = await database.db
    .selectFrom('notifications')
    .selectAll()
    .where('channel', '=', 'email')
    .where('target', '=', user.email)
    .orderBy('created_at', 'desc')
    .limit(200)
    .execute();
  return rows.map(notificationView);
}

/** Queues a test e-mail, so an administrator can check the mail relay end to end. */
export async function sendTestEmail(database: Database, ctx: CommandContext, to: string): Promise<string> {
  return runCommand(database, ctx, async (tx) => {
    const id = await queueEmail(
      tx,
      {
        to,
        event: 'test',
        subject: 'Comity test message',
        text: 'This is a test message from your Comity node. E-mail notifications work.',
      },
      ctx.clock.now(),
    );
    return {
      value: id,
      audit: {
        actor: ctx.actor,
        action: 'notification.test',
        subjectType: 'notification',
        subjectId: id,
        details: { to },
      },
    };
  });
}
