/**
 * The message catalogue: every type a node handles is declared once and listed in the
 * protocol document, every committed vector is judged by the inbox's own check as it says,
 * and a payload that breaks its schema is refused over real HTTP, naming the field.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { MESSAGE_TYPES } from '../../src/app/capabilities.js';
import { MessageCatalogue } from '../../src/federation/messages/catalogue.js';
import { on } from '../../src/federation/messages/message-type.js';
import { type Network, NOTE_TYPE, startNetwork } from '../support/network.js';

const VECTORS = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'vectors', 'federation', 'messages.json'), 'utf8'),
) as { vectors: Array<{ type: string; valid: unknown; invalid?: { payload: unknown } }> };

let network: Network;
before(async () => {
  network = await startNetwork({ names: ['xa', 'xb'], dialect: 'sqlite' });
});
after(async () => network.close());

test('a node handles exactly the declared message types (and the test network its test note)', () => {
  const installed = network
    .node('xa')
    .federation.catalogue.types()
    .map((t) => t.type)
    .filter((t) => t !== NOTE_TYPE);
  assert.deepEqual(installed, MESSAGE_TYPES.map((t) => t.type).sort());
});

test('each committed vector is accepted or refused by the same check the inbox runs', () => {
  const catalogue = new MessageCatalogue().install(MESSAGE_TYPES.map((t) => on(t, async () => [])));
  assert.equal(VECTORS.vectors.length, MESSAGE_TYPES.length);
  for (const v of VECTORS.vectors) {
    assert.deepEqual(catalogue.check(v.type, v.valid), { ok: true }, v.type);
    assert.ok(v.invalid, `${v.type} has a refused example`);
    const refused = catalogue.check(v.type, v.invalid.payload);
    assert.equal(refused.ok, false, v.type);
  }
});

test('a payload that breaks its schema is refused as malformed, naming the field, and has no effect', async () => {
  const xa = network.node('xa');
  const xb = network.node('xb');
  const before = await xb.database.db.selectFrom('requests').select('id').execute();
  const messageId = await xa.database.transact(async (tx) => {
    const queued = await xa.federation.enqueue(tx, {
      peer: 'xb',
      type: 'request.events',
      payload: { requestId: 'r-1', requestingState: 'XA', requestedState: 'XB', fromVersion: -1, events: [] },
    });
    return queued.messageId;
  });
  await network.drain();
  const row = await xa.database.db
    .selectFrom('outbox')
    .select(['status', 'last_error'])
    .where('message_id', '=', messageId)
    .executeTakeFirstOrThrow();
  assert.equal(row.status, 'rejected');
  assert.match(
    row.last_error ?? '',
    /malformed: the request\.events payload does not match its schema: \/fromVersion/,
  );
  assert.deepEqual(await xb.database.db.selectFrom('requests').select('id').execute(), before);
});
