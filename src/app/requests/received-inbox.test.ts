import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestDatabase } from '../../../test/support/databases.js';
import type { Principal } from '../../core/accounts/roles.js';
import { ManualClock } from '../../core/clock.js';
import { SYSTEM_ACTOR } from '../../core/context.js';
import type { Database } from '../../storage/database.js';
import { createAuthority } from '../register/authorities.js';
import { setNodeIdentity } from '../register/node-identity.js';
import { createState } from '../register/states.js';
import { inboxAdmits, receivedInboxOf } from './received-inbox.js';

let database: Database;
let dispose: () => Promise<void>;
const ids: Record<string, string> = {};
const as = (authorityId: string | null): Principal => ({
  userId: 'u',
  username: 'u',
  roles: ['central_authority'],
  authorityId,
  via: 'session',
});

before(async () => {
  ({ database, dispose } = await createTestDatabase('sqlite'));
  const ctx = { actor: SYSTEM_ACTOR, requestId: null, clock: new ManualClock('2026-11-02T07:00:00Z') };
  for (const code of ['XA', 'XB']) await createState(database, ctx, { code, name: `State ${code}` });
  const make = async (
    state: string,
    type: 'poc_24_7' | 'central_authority' | 'cert' | 'competent_authority',
  ) => (await createAuthority(database, ctx, state, { type, name: `${state} ${type}`, timezone: 'UTC' })).id;
  ids.desk = await make('XA', 'poc_24_7');
  ids.ca = await make('XA', 'central_authority');
  ids.police = await make('XA', 'competent_authority');
  ids.cert = await make('XA', 'cert');
  ids.foreignCa = await make('XB', 'central_authority');
  await setNodeIdentity(database, ctx, 'XA', ids.desk!);
});
after(() => dispose());

test('the authority the node serves sees every received request', async () => {
  const inbox = await receivedInboxOf(database, as(ids.desk!));
  assert.equal(inbox, 'all');
  for (const channel of ['poc_to_poc', 'ca_to_ca', 'authority_to_authority'])
    assert.ok(inboxAdmits(inbox, channel));
});

test("the State's central authority sees the MLA channels, not the 24/7 channel", async () => {
  const inbox = await receivedInboxOf(database, as(ids.ca!));
  assert.ok(inboxAdmits(inbox, 'ca_to_ca'));
  assert.ok(inboxAdmits(inbox, 'authority_to_authority'));
  assert.ok(!inboxAdmits(inbox, 'poc_to_poc'));
  assert.deepEqual(await receivedInboxOf(database, as(ids.police!)), ['authority_to_authority']);
});

test('a CERT, another State’s authority or a user without authority sees no received request', async () => {
  for (const authority of [ids.cert!, ids.foreignCa!, null, 'no-such-authority'])
    for (const channel of ['poc_to_poc', 'ca_to_ca', 'authority_to_authority'])
      assert.ok(
        !inboxAdmits(await receivedInboxOf(database, as(authority)), channel),
        `${authority} ${channel}`,
      );
});
