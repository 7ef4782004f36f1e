/**
 * Every available instrument of every regime pack, end to end across two nodes over real HTTP:
 * drafted at the requesting node from a field fixture built from the pack's required fields,
 * validated, submitted, receipted at the requested node, reviewed, screened, accepted, executed,
 * its outcome delivered (results transmitted; for a preservation, traffic data disclosed and the
 * preservation confirmed, then released) and closed. After every step both nodes must hold the
 * same derived state. The list comes from the registry, so a new instrument is covered as soon
 * as a pack provides it.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Role } from '../../src/core/accounts/roles.js';
import type { RequestState } from '../../src/core/legal/lifecycle/state.js';
import { loadRegimeRegistry } from '../../src/storage/legal/regime-files.js';
import { type Network, startNetwork } from '../support/network.js';
import {
  authorityForChannel,
  availableInstruments,
  bothAgree,
  type Call,
  draftBody,
  Parties,
} from '../support/request-parties.js';

const registry = loadRegimeRegistry();
// One node per State the packs know, so every regime finds two States it is in force for.
const STATES = registry.stateCodes();
const INSTRUMENTS = availableInstruments(registry, STATES);
let network: Network;
let parties: Parties;

before(async () => {
  network = await startNetwork({ names: STATES.map((s) => s.toLowerCase()) });
  parties = new Parties(network);
  await parties.setUp();
});
after(async () => {
  await network?.close();
});

test('the table covers every regime pack and at least one instrument of each', () => {
  assert.deepEqual([...new Set(INSTRUMENTS.map((i) => i.regime))].sort(), registry.regimeIds());
  assert.ok(INSTRUMENTS.length >= 20, `only ${INSTRUMENTS.length} instruments`);
});

for (const entry of INSTRUMENTS) {
  test(`${entry.regime}/${entry.id}: full happy path from ${entry.requesting} to ${entry.requested}`, async () => {
    await happyPath(entry);
  });
}

async function happyPath(entry: (typeof INSTRUMENTS)[number]): Promise<void> {
  const from = network.node(entry.requesting.toLowerCase());
  const to = network.node(entry.requested.toLowerCase());
  const resolved = registry.resolve(entry.regime, entry.id, entry.requesting, entry.requested);
  const inst = resolved.instrument;
  const senderRole = inst.senderRoles!.value[0] as Role;
  const receiverRole = inst.receiverRoles!.value[0] as Role;
  const sender = await parties.as(from, authorityForChannel(inst.channel?.value ?? 'none'), senderRole);

  const kase = await sender('POST', '/api/cases', { title: `${entry.regime} ${entry.id} investigation` });
  assert.equal(kase.statusCode, 201, kase.body);
  const draft = await sender(
    'POST',
    `/api/cases/${kase.json().id}/requests`,
    draftBody(entry.regime, entry.id, inst, entry),
  );
  assert.equal(draft.statusCode, 201, draft.body);
  const id = draft.json().id as string;
  const channel = (draft.json().state as RequestState).channel;
  // The request is read at the requested node by the authority its channel reaches.
  const receiver = await parties.as(to, authorityForChannel(channel), receiverRole);

  const ownReview = await sender('GET', `/api/requests/${id}/review`);
  assert.equal(ownReview.statusCode, 200, ownReview.body);
  assert.deepEqual(incompleteness(ownReview.json()), [], 'the fixture fills every required field');

  const step = async (who: Call, action: Record<string, unknown>, expected: 200 | 202) => {
    network.clock.advance(60_000);
    const res = await who('POST', `/api/requests/${id}/actions`, { action });
    assert.equal(res.statusCode, expected, `${String(action.type)}: ${res.body}`);
    await network.drain();
    return bothAgree(sender, receiver, id, String(action.type));
  };

  const received = await step(sender, { type: 'submit' }, 200);
  assert.equal(received.status, 'received');
  assert.ok(received.receivedAt, 'the requested node signed the receipt');
  const events = (await sender('GET', `/api/requests/${id}/events`)).json() as Array<{
    type: string;
    actor: { side: string; automatic?: boolean };
  }>;
  const receipt = events.find((e) => e.type === 'receipt_signed');
  assert.equal(receipt?.actor.side, 'requested');
  assert.equal(receipt?.actor.automatic, true);
  for (const d of inst.deadlines ?? []) {
    const applies =
      (d.appliesWhen ?? 'always') === 'always' ||
      (d.appliesWhen === 'emergency') === (received.urgency === 'emergency');
    if (d.from !== 'receipt' || !applies) continue;
    const running = received.deadlines.find((x) => x.id === d.id);
    assert.equal(running?.startedAt, received.receivedAt, `${d.id} runs from the signed receipt`);
  }

  const review = await receiver('GET', `/api/requests/${id}/review`);
  assert.equal(review.statusCode, 200, review.body);
  assert.deepEqual(incompleteness(review.json()), []);
  assert.equal((await step(receiver, { type: 'start_review' }, 200)).status, 'under_review');
  const questions = resolved.regime.discriminationScreening.map((q) => q.id);
  const screened = await step(
    receiver,
    { type: 'answer_screening', answers: questions.map((q) => ({ questionId: q, concern: false })) },
    200,
  );
  assert.deepEqual(screened.screening.map((a) => a.questionId).sort(), [...questions].sort());
  assert.equal((await step(receiver, { type: 'accept' }, 200)).status, 'accepted');
  if ((await bothAgree(sender, receiver, id, 'accept')).writtenConfirmation === 'pending') {
    const confirmed = await step(sender, { type: 'confirm_in_writing', reference: 'Letter 2026/17' }, 202);
    assert.equal(confirmed.writtenConfirmation, 'received');
  }
  assert.equal((await step(receiver, { type: 'start_execution' }, 200)).status, 'in_execution');

  if (entry.id === 'preservation') {
    const disclosed = await step(
      receiver,
      { type: 'disclose_traffic', providers: ['hostco.example'], path: 'via HostCo in XC' },
      200,
    );
    assert.equal(disclosed.trafficDisclosures.length, 1);
    const preserved = await step(receiver, { type: 'confirm_preservation' }, 200);
    assert.equal(preserved.preservation, 'active');
    assert.equal(preserved.status, 'executed');
    const released = await step(
      receiver,
      { type: 'release_preservation', reason: 'The follow-up request was decided.' },
      200,
    );
    assert.equal(released.preservation, 'released');
  } else {
    await step(receiver, { type: 'execute_item', itemId: 'logs' }, 200);
    assert.equal(
      (await step(receiver, { type: 'execute_item', itemId: 'subscriber' }, 200)).status,
      'executed',
    );
    const transmitted = await step(
      receiver,
      {
        type: 'transmit_results',
        items: ['logs', 'subscriber'].map((itemId) => ({
          itemId,
          dataItemId: `${itemId}-1`,
          conditions: {
            purpose: `${entry.regime} ${entry.id} investigation`,
            retentionUntil: null,
            onwardTransfer: 'with_prior_consent',
            consentForm: 'written',
            personalDataCategories: ['identification data'],
            source: `${entry.requested} conditions of use`,
            confidence: 'checked',
          },
        })),
      },
      200,
    );
    assert.equal(transmitted.status, 'results_transmitted');
    assert.equal(transmitted.transmitted.length, 2);
  }
  const closed = await step(sender, { type: 'close' }, 202);
  assert.equal(closed.status, 'closed');
  assert.ok(
    closed.deadlines.every((d) => d.status === 'stopped'),
    'no clock runs on a closed request',
  );
}

/** What would stop the submission: a required field or art. 24 statement missing, or a wrong type. */
const INCOMPLETE = new Set(['missing_required_field', 'invalid_field_value', 'coercive_statement_missing']);
function incompleteness(review: { findings: Array<{ code: string; message: string }> }): string[] {
  return review.findings.filter((f) => INCOMPLETE.has(f.code)).map((f) => f.message);
}
