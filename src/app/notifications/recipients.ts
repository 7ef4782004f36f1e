/**
 * Who to alert about a request, by escalation level: 1 = whoever is first on call for the
 * authority now, 2 = the next position (the backup), 3 and beyond = the head of the authority
 * (register contacts whose role names them head, director or chief).
 */
import { onCallAt } from '../../core/notifications/on-call.js';
import type { Reader } from '../../storage/database.js';

export interface AlertRecipient {
  readonly id: string;
  readonly email: string | null;
  readonly timezone: string;
}

export async function alertRecipients(
  db: Reader,
  authorityId: string,
  level: number,
  now: Date,
): Promise<AlertRecipient[]> {
  if (level <= 2) {
    const shifts = await db
      .selectFrom('oncall_shifts')
      .selectAll()
      .where('authority_id', '=', authorityId)
      .where('ends_at', '>', now.toISOString())
      .execute();
    const onCall = onCallAt(
      shifts.map((s) => ({
        userId: s.user_id,
        position: s.position,
        startsAt: s.starts_at,
        endsAt: s.ends_at,
        timezone: s.timezone,
      })),
      now,
    );
    const positions = [...new Set(onCall.map((s) => s.position))];
    const wanted = onCall.filter((s) => s.position === positions[level - 1]);
    if (wanted.length === 0) return [];
    const users = await db
      .selectFrom('users')
      .select(['id', 'email'])
      .where(
        'id',
        'in',
        wanted.map((w) => w.userId),
      )
      .where('disabled', '=', 0)
      .execute();
    return users.map((u) => ({
      id: u.id,
      email: u.email,
      timezone: wanted.find((w) => w.userId === u.id)!.timezone,
    }));
  }
  const contacts = await db
    .selectFrom('contacts')
    .select(['id', 'email', 'timezone', 'role'])
    .where('authority_id', '=', authorityId)
    .execute();
  const authority = await db
    .selectFrom('authorities')
    .select('timezone')
    .where('id', '=', authorityId)
    .executeTakeFirst();
  return contacts
    .filter((c) => /head|director|chief/i.test(c.role))
    .map((c) => ({ id: c.id, email: c.email, timezone: c.timezone ?? authority?.timezone ?? 'UTC' }));
}

/**
 * The people to alert at `level` for the authority this node serves (its identity); nobody
 * when the identity is not set yet.
 */
export async function nodeAlertRecipients(db: Reader, level: number, now: Date): Promise<AlertRecipient[]> {
  const setting = await db
    .selectFrom('node_settings')
    .select('value')
    .where('key', '=', 'identity')
    .executeTakeFirst();
  const authorityId = setting
    ? (JSON.parse(setting.value) as { authorityId?: string }).authorityId
    : undefined;
  return authorityId ? alertRecipients(db, authorityId, level, now) : [];
}
