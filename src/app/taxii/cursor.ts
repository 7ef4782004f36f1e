/**
 * The `next` of a TAXII page: where the page stopped, for whom, in which collection and under
 * which filters, sealed with an HMAC under a key the node keeps in its database (so every
 * instance of the node accepts the cursors of the others). A cursor is never trusted blindly
 * (TAXII 2.1 App. B): a forged or altered one, one presented by someone else, for another
 * collection or object, with other filters, or after it expired is refused; and the page it
 * continues is filtered again by the caller's current rights like any other.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { ValidationError } from '../../core/errors.js';
import type { Database } from '../../storage/database.js';
import type { RowPosition } from '../../storage/taxii/collection-rows.js';

const KEY_SETTING = 'taxii.cursor_key';
/** A client paging through a large collection has a day before it must start again. */
export const CURSOR_LIFETIME_MS = 24 * 3_600_000;

export interface CursorBinding {
  readonly collectionId: string;
  readonly userId: string;
  /** The query's fingerprint (every filter but `limit`), and the object for per-object endpoints. */
  readonly fingerprint: string;
}

const keys = new WeakMap<Database, Promise<Buffer>>();

/** The node's cursor key, created on first use (one row in node_settings, shared by instances). */
function cursorKey(database: Database): Promise<Buffer> {
  let key = keys.get(database);
  if (!key) {
    key = loadOrCreateKey(database);
    key.catch(() => keys.delete(database));
    keys.set(database, key);
  }
  return key;
}

async function loadOrCreateKey(database: Database): Promise<Buffer> {
  const now = new Date().toISOString();
  return database.transact(async (tx) => {
    await tx.db
      .insertInto('node_settings')
      .values({ key: KEY_SETTING, value: randomBytes(32).toString('base64url'), updated_at: now })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    const row = await tx.db
      .selectFrom('node_settings')
      .select('value')
      .where('key', '=', KEY_SETTING)
      .executeTakeFirstOrThrow();
    return Buffer.from(row.value, 'base64url');
  });
}

const bindingHash = (binding: CursorBinding) =>
  createHash('sha256')
    .update(JSON.stringify([binding.collectionId, binding.userId, binding.fingerprint]))
    .digest('base64url')
    .slice(0, 22);

export async function sealCursor(
  database: Database,
  binding: CursorBinding,
  position: RowPosition,
  now: Date,
): Promise<string> {
  const body = Buffer.from(
    JSON.stringify({
      b: bindingHash(binding),
      p: [position.dateAdded, position.id, position.modified],
      x: now.getTime() + CURSOR_LIFETIME_MS,
    }),
  ).toString('base64url');
  const mac = createHmac('sha256', await cursorKey(database))
    .update(body)
    .digest('base64url');
  return `${body}.${mac}`;
}

/** The position a cursor holds, or a 400 saying why it cannot be used. */
export async function openCursor(
  database: Database,
  binding: CursorBinding,
  cursor: string,
  now: Date,
): Promise<RowPosition> {
  const [body, mac, extra] = cursor.split('.');
  if (!body || !mac || extra !== undefined) throw invalid('next is not a cursor this server gave');
  const expected = createHmac('sha256', await cursorKey(database))
    .update(body)
    .digest();
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    throw invalid('next is not a cursor this server gave');
  const sealed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as {
    b: string;
    p: [string, string, string];
    x: number;
  };
  if (sealed.b !== bindingHash(binding))
    throw invalid('next belongs to another query: repeat the filters of the request that gave it');
  if (sealed.x < now.getTime()) throw invalid('next has expired: start again from the first page');
  return { dateAdded: sealed.p[0], id: sealed.p[1], modified: sealed.p[2] };
}

const invalid = (message: string) => new ValidationError(message, [], 'taxii_bad_query');
