/**
 * What changed, for a live view: the audit log is the node's one ordered record of every state
 * change, so a change feed is its tail, read after a position and reduced to the subjects a
 * person may see. Its sequence numbers survive restarts, so a client that reconnects with the
 * last one it saw misses nothing.
 */
import type { Principal } from '../../core/accounts/roles.js';
import { DomainError } from '../../core/errors.js';
import type { Database } from '../../storage/database.js';
import { loadVisible } from '../cases/cases.js';
import { loadForPrincipal } from '../requests/requests.js';

export interface Change {
  /** The audit sequence number: the position to resume after. */
  readonly seq: number;
  readonly kind: 'request' | 'case';
  readonly id: string;
  readonly action: string;
  readonly at: string;
}

/** The last position of the log (a new client starts there). */
export async function latestSeq(database: Database): Promise<number> {
  const row = await database.db.selectFrom('audit_head').select('seq').where('id', '=', 1).executeTakeFirst();
  return Number(row?.seq ?? 0);
}

/**
 * Changes after `afterSeq` that `principal` may see, oldest first, and the position read up to
 * (so a batch with nothing visible still moves the reader on). `seen` caches visibility per
 * subject for the life of one stream.
 */
export async function changesAfter(
  database: Database,
  principal: Principal,
  afterSeq: number,
  seen: Map<string, boolean>,
  limit = 500,
): Promise<{ changes: Change[]; upTo: number }> {
  const rows = await database.db
    .selectFrom('audit_events')
    .select(['seq', 'action', 'subject_type', 'subject_id', 'details', 'at'])
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
  const changes: Change[] = [];
  for (const row of rows) {
    for (const subject of await subjectsOf(database, row)) {
      if (!(await visible(database, principal, subject, seen))) continue;
      changes.push({ seq: Number(row.seq), ...subject, action: row.action, at: row.at });
    }
  }
  return { changes, upTo: rows.length > 0 ? Number(rows.at(-1)!.seq) : afterSeq };
}

type Subject = { readonly kind: Change['kind']; readonly id: string };

/** The requests and cases an audit event is about (a receipt is about the request its message carried). */
async function subjectsOf(
  database: Database,
  row: { action: string; subject_type: string; subject_id: string; details: string },
): Promise<Subject[]> {
  if (row.subject_type === 'request') return [{ kind: 'request', id: row.subject_id }];
  if (row.subject_type === 'case') return [{ kind: 'case', id: row.subject_id }];
  const messageIds =
    row.subject_type === 'message' && row.action.startsWith('federation.receipt.')
      ? [row.subject_id]
      : row.action === 'federation.outbox.accepted'
        ? (((JSON.parse(row.details) as { messages?: unknown }).messages as string[] | undefined) ?? [])
        : [];
  if (messageIds.length === 0) return [];
  const carried = await database.db
    .selectFrom('request_messages')
    .select('request_id')
    .distinct()
    .where('message_id', 'in', messageIds.slice(0, 500))
    .execute();
  return carried.map((r) => ({ kind: 'request' as const, id: r.request_id }));
}

async function visible(
  database: Database,
  principal: Principal,
  subject: Subject,
  seen: Map<string, boolean>,
): Promise<boolean> {
  const key = `${subject.kind}:${subject.id}`;
  const known = seen.get(key);
  if (known !== undefined) return known;
  const check =
    subject.kind === 'request'
      ? loadForPrincipal(database, principal, subject.id)
      : loadVisible(database.db, principal, subject.id);
  const ok = await check.then(
    () => true,
    (error: unknown) => {
      if (error instanceof DomainError) return false;
      throw error;
    },
  );
  // A request filed later in a case the person may see becomes visible: only cache a yes.
  if (ok) seen.set(key, true);
  return ok;
}
