import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Harness, PRESERVATION_DRAFT } from '../../../../test/support/legal/harness.js';
import { availableActions, USER_ACTIONS } from './available-actions.js';

const REQUESTING = { role: 'poc_officer', side: 'requesting' } as const;
const REQUESTED = { role: 'poc_officer', side: 'requested' } as const;

function drafted() {
  const h = new Harness();
  h.run(REQUESTING, PRESERVATION_DRAFT);
  return h;
}

test('on a draft the requesting officer may amend and submit, and nothing the requested side does is open', () => {
  const h = drafted();
  const actions = availableActions(h.state!, { clock: h.clock, registry: h.registry }, [REQUESTING]);
  assert.equal(actions.length, USER_ACTIONS.length);
  const open = actions.filter((a) => a.available).map((a) => a.type);
  for (const type of ['amend', 'submit'] as const)
    assert.ok(open.includes(type), `${type} open: ${open.join(', ')}`);
  for (const type of ['accept', 'refuse', 'start_review', 'execute_item', 'close'] as const)
    assert.ok(!open.includes(type), `${type} is closed`);
  const accept = actions.find((a) => a.type === 'accept')!;
  assert.equal(accept.reason?.code, 'illegal_transition');
});

test('the other side sees every action on a draft closed, each with the refusal that closes it', () => {
  const h = drafted();
  for (const a of availableActions(h.state!, { clock: h.clock, registry: h.registry }, [REQUESTED])) {
    assert.equal(a.available, false, a.type);
    assert.ok(a.reason, `${a.type} says why`);
  }
});

test('once received, acknowledging (start_review) is open to the requested officer and to nobody on the requesting side', () => {
  const h = drafted();
  h.run(REQUESTING, { type: 'submit' });
  h.run(
    { role: 'system', side: 'requested', automatic: true },
    {
      type: 'sign_receipt',
      signedAt: h.clock.now().toISOString(),
    },
  );
  const ctx = { clock: h.clock, registry: h.registry };
  const requested = availableActions(h.state!, ctx, [REQUESTED]);
  assert.equal(requested.find((a) => a.type === 'start_review')?.available, true);
  assert.deepEqual(requested.find((a) => a.type === 'start_review')?.roles, ['poc_officer']);
  const requesting = availableActions(h.state!, ctx, [REQUESTING]);
  assert.equal(requesting.find((a) => a.type === 'start_review')?.available, false);
  assert.equal(requesting.find((a) => a.type === 'withdraw')?.available, true);
});
