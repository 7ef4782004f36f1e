/**
 * The flows besides the happy path, across two nodes over real HTTP: refusal (and refusals of
 * the refusal), postponement and resumption, partial execution, information requested and
 * answered, withdrawal, preservation extended and lapsed by the request clock, an instrument
 * not available between two States, and actions by the wrong side, the wrong role or on a
 * closed request. Accepted actions leave both nodes agreeing; refused ones send nothing.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { RequestClockDaemon } from '../../src/app/requests/request-clock.js';
import { loadRegimeRegistry } from '../../src/storage/legal/regime-files.js';
import { type Network, startNetwork } from '../support/network.js';
import { consult, openRequest, type RequestDriver, reviewAndAccept } from '../support/request-driver.js';
import { outboxIds, Parties } from '../support/request-parties.js';

const registry = loadRegimeRegistry();
const DAY = 86_400_000;
let network: Network;
let parties: Parties;

before(async () => {
  network = await startNetwork({ names: ['xa', 'xb', 'xd'] });
  parties = new Parties(network);
  await parties.setUp();
});
after(async () => {
  await network?.close();
});

const open = (regime: string, instrument: string, to = 'xb', options: { submit?: boolean } = {}) =>
  openRequest(network, parties, registry, {
    regime,
    instrument,
    from: network.node('xa'),
    to: network.node(to),
    ...options,
  });

test('refusal: a ground the instrument does not permit, or no ground of the regime, is refused and nothing is sent; a permitted ground refuses the request on both nodes', async () => {
  const r = await open('uncc-2024', 'preservation');
  await r.act(r.receiver, { type: 'start_review' });
  const reasons = 'Execution would prejudice an ongoing national security investigation.';
  await r.refused(
    r.receiver,
    { type: 'refuse', ground: 'UNCC40_DE_MINIMIS', reasons },
    409,
    'refusal_ground_not_permitted',
  );
  await r.refused(
    r.receiver,
    { type: 'refuse', ground: 'BC27_POLITICAL_OFFENCE', reasons },
    400,
    'unknown_ground',
  );
  await r.refused(
    r.receiver,
    { type: 'refuse', ground: 'UNCC40_ESSENTIAL_INTERESTS', reasons: ' ' },
    400,
    'reasons_required',
  );
  const refused = await r.act(r.receiver, { type: 'refuse', ground: 'UNCC40_ESSENTIAL_INTERESTS', reasons });
  assert.equal(refused.status, 'refused');
  assert.deepEqual(
    { ground: refused.refusal?.ground, reasons: refused.refusal?.reasons },
    {
      ground: 'UNCC40_ESSENTIAL_INTERESTS',
      reasons,
    },
  );
  assert.ok(refused.items.every((i) => i.status === 'refused'));
  assert.equal((await r.act(r.sender, { type: 'close' })).status, 'closed');
});

test('refusing MLA needs a concluded consultation with the requesting State first', async () => {
  const r = await open('uncc-2024', 'stored_data');
  await r.act(r.receiver, { type: 'start_review' });
  const refusal = {
    type: 'refuse',
    ground: 'UNCC40_DOMESTIC_PROHIBITION',
    reasons: 'Our law forbids this measure for a comparable domestic offence.',
  };
  await r.refused(r.receiver, refusal, 409, 'consultation_required');
  await consult(r, 'c-refusal', 'refusal');
  assert.equal((await r.act(r.receiver, refusal)).status, 'refused');
});

let postponed: RequestDriver;
test('postponement with a ground and reasons, then resumption where execution stood', async () => {
  const r = await open('uncc-2024', 'stored_data');
  postponed = r;
  await r.act(r.receiver, { type: 'start_review' });
  await consult(r, 'c-postpone', 'postponement');
  await reviewAccepted(r);
  await r.act(r.receiver, { type: 'start_execution' });
  const ground = 'UNCC40_ONGOING_PROCEEDINGS';
  await r.refused(r.receiver, { type: 'postpone', ground, reasons: '' }, 400, 'reasons_required');
  await r.refused(
    r.receiver,
    { type: 'postpone', ground: 'UNCC40_ESSENTIAL_INTERESTS', reasons: 'x' },
    409,
    'postponement_ground_not_permitted',
  );
  const reasons = 'Disclosure now would alert suspects of a domestic investigation.';
  const state = await r.act(r.receiver, { type: 'postpone', ground, reasons, until: '2026-06-30' });
  assert.equal(state.status, 'postponed');
  assert.equal(state.resumeStatus, 'in_execution');
  assert.deepEqual(
    {
      ground: state.postponement?.ground,
      reasons: state.postponement?.reasons,
      until: state.postponement?.until,
    },
    { ground, reasons, until: '2026-06-30' },
  );
  await r.refused(r.receiver, { type: 'execute_item', itemId: 'logs' }, 409, 'illegal_transition');
  assert.equal((await r.act(r.receiver, { type: 'resume' })).status, 'in_execution');
});

test('partial execution: one item executed, one refused with its own ground and reasons, the executed one transmitted', async () => {
  const r = postponed;
  await r.act(r.receiver, { type: 'execute_item', itemId: 'logs', note: 'Exported from HostCo' });
  const partial = await r.act(r.receiver, {
    type: 'refuse_item',
    itemId: 'subscriber',
    ground: 'UNCC40_DOMESTIC_PROHIBITION',
    reasons: 'Subscriber data of a journalist are protected here.',
  });
  assert.equal(partial.status, 'partially_executed');
  assert.deepEqual(
    partial.items.map((i) => [i.id, i.status, i.ground ?? null]),
    [
      ['logs', 'executed', null],
      ['subscriber', 'refused', 'UNCC40_DOMESTIC_PROHIBITION'],
    ],
  );
  await r.refused(r.sender, { type: 'close' }, 409, 'illegal_transition');
  const sent = await r.act(r.receiver, {
    type: 'transmit_results',
    items: [{ itemId: 'logs', dataItemId: 'logs-1', conditions: conditions() }],
  });
  assert.equal(sent.status, 'results_transmitted');
  assert.deepEqual(
    sent.transmitted.map((t) => t.itemId),
    ['logs'],
  );
  assert.equal((await r.act(r.sender, { type: 'close' })).status, 'closed');
});

test('information requested by the requested node suspends its clock; the answer from the requesting node resumes it, moved on by the time lost', async () => {
  const r = await open('eu-eio-2014-41', 'stored_data', 'xd');
  await r.act(r.receiver, { type: 'start_review' });
  const asked = await r.act(r.receiver, {
    type: 'request_information',
    infoRequestId: 'q1',
    question: 'Which time zone do the log dates use?',
  });
  assert.equal(asked.status, 'information_requested');
  const recognition = asked.deadlines.find((d) => d.id === 'recognition')!;
  assert.equal(recognition.status, 'suspended');
  network.clock.advance(3 * DAY);
  const answered = await r.act(
    r.sender,
    { type: 'provide_information', infoRequestId: 'q1', answer: 'UTC.' },
    202,
  );
  assert.equal(answered.status, 'under_review');
  assert.deepEqual(
    answered.informationRequests.map((q) => [q.id, q.answer]),
    [['q1', 'UTC.']],
  );
  const resumed = answered.deadlines.find((d) => d.id === 'recognition')!;
  assert.equal(resumed.status, 'running');
  assert.ok(Date.parse(resumed.dueAt!) > Date.parse(recognition.dueAt!), 'the due date moved on');
  await r.refused(
    r.sender,
    { type: 'provide_information', infoRequestId: 'q1', answer: 'again' },
    409,
    'illegal_transition',
  );
});

test('withdrawal before the requested node acts: forwarded (202), decided at the requested node, both nodes withdrawn', async () => {
  const r = await open('uncc-2024', 'preservation');
  const res = await r.sender('POST', `/api/requests/${r.id}/actions`, {
    action: { type: 'withdraw', reason: 'The suspect was identified by other means.' },
  });
  assert.equal(res.statusCode, 202, res.body);
  assert.ok(res.json().forwardedAs);
  assert.equal(
    res.json().state.status,
    'received',
    'nothing changes at the requesting node until XB decides',
  );
  await network.drain();
  const state = await r.state();
  assert.equal(state.status, 'withdrawn');
  const events = (await r.receiver('GET', `/api/requests/${r.id}/events`)).json() as Array<{
    type: string;
    actor: { side: string };
  }>;
  assert.equal(events.at(-1)?.type, 'request_withdrawn');
  assert.equal(events.at(-1)?.actor.side, 'requesting');
  const decided = await r.to.database.db
    .selectFrom('audit_events')
    .select('details')
    .where('action', '=', 'request.withdraw')
    .where('subject_id', '=', r.id)
    .executeTakeFirst();
  assert.ok(decided, 'the requested node decided the withdrawal and audited it');
  await r.refused(r.receiver, { type: 'start_review' }, 409, 'illegal_transition');
});

test('preservation extension: extended once by the requesting node within the regime limit, a second extension refused at once', async () => {
  const r = await open('eu-epor-2023-1543', 'preservation', 'xd');
  await reviewAndAccept(r, registry);
  await r.act(r.receiver, { type: 'start_execution' });
  const active = await r.act(r.receiver, { type: 'confirm_preservation' });
  const before = active.deadlines.find((d) => d.id === 'preservation_period')!;
  const extended = await r.act(r.sender, {
    type: 'extend_preservation',
    reasons: 'The EPOC follows next week.',
  });
  assert.equal(extended.preservation, 'extended');
  const after = extended.deadlines.find((d) => d.id === 'preservation_period')!;
  assert.equal(after.extensions, 1);
  assert.equal(Date.parse(after.dueAt!) - Date.parse(before.dueAt!), 30 * DAY);
  await r.refused(r.sender, { type: 'extend_preservation' }, 409, 'illegal_transition');
});

test('preservation lapse: the request clock at the requested node marks it expiring, then lapsed; the automatic events reach the requesting node', async () => {
  const r = await open('uncc-2024', 'preservation');
  await reviewAndAccept(r, registry);
  await r.act(r.receiver, { type: 'start_execution' });
  const active = await r.act(r.receiver, { type: 'confirm_preservation' });
  const due = Date.parse(active.deadlines.find((d) => d.id === 'preservation_period')!.dueAt!);
  const daemon = r.to.node.daemon(RequestClockDaemon);
  network.clock.set(new Date(due - 10 * DAY));
  assert.ok((await daemon.runOnce()).automatic >= 1);
  await network.drain();
  assert.equal((await r.state()).preservation, 'expiring');
  const told = await r.from.database.db
    .selectFrom('notifications')
    .select(['subject', 'body'])
    .where('event', '=', 'request.update')
    .execute();
  assert.ok(
    told.some((n) => /ACTION NEEDED/.test(n.subject) && /send the follow-up MLA request/.test(n.body)),
    'the requesting side is told to send the follow-up request',
  );
  network.clock.set(new Date(due + 60_000));
  await daemon.runOnce();
  await network.drain();
  const lapsed = await r.state();
  assert.equal(lapsed.preservation, 'lapsed');
  assert.equal(lapsed.deadlines.find((d) => d.id === 'preservation_period')?.status, 'stopped');
  const events = (await r.sender('GET', `/api/requests/${r.id}/events`)).json() as Array<{
    type: string;
    actor: { role: string; automatic?: boolean };
  }>;
  for (const type of ['preservation_expiring', 'preservation_lapsed']) {
    const e = events.find((x) => x.type === type);
    assert.deepEqual([e?.actor.role, e?.actor.automatic], ['system', true], `${type} is automatic`);
  }
  assert.equal((await r.act(r.sender, { type: 'close' })).status, 'closed');
});

test('an instrument not available between the two States is refused when drafted, with the reason, and nothing is stored or sent', async () => {
  const xa = network.node('xa');
  const sender = await parties.as(xa, 'ca', 'central_authority');
  const prosecutor = await parties.as(xa, 'hub', 'prosecutor');
  const caseOf = async (who: typeof sender) =>
    (await who('POST', '/api/cases', { title: 'Not available' })).json().id as string;
  const outbox = await outboxIds(xa);
  const count = async () => (await xa.database.db.selectFrom('requests').select('id').execute()).length;
  const held = await count();
  const cases: Array<[typeof sender, string, string, string, RegExp]> = [
    [sender, 'uncc-2024', 'interception', 'XC', /excluded by bilateral agreement xa-xc-uncc/],
    [sender, 'uncc-2024', 'production', 'XB', /does not provide this instrument/],
    [prosecutor, 'eu-epor-2023-1543', 'production', 'XB', /not in force for XB/],
  ];
  for (const [who, regime, instrument, requestedState, reason] of cases) {
    const res = await who('POST', `/api/cases/${await caseOf(who)}/requests`, {
      regime,
      instrument,
      requestedState,
      fields: {},
      items: [],
      offences: [],
    });
    assert.equal(res.statusCode, 409, res.body);
    assert.equal(res.json().code, 'instrument_not_available');
    assert.match(res.json().detail, reason);
  }
  assert.equal(await count(), held);
  assert.deepEqual(await outboxIds(xa), outbox);
});

test('the wrong side, the wrong role, or an action on a closed request: 403/409 with a reason, nothing sent', async () => {
  const r = await open('uncc-2024', 'stored_data');
  await r.refused(r.sender, { type: 'start_review' }, 403, 'wrong_side');
  await r.refused(r.receiver, { type: 'withdraw', reason: 'not ours' }, 403, 'wrong_side');
  const dpo = await parties.as(r.to, 'ca', 'dpo');
  await r.refused(dpo, { type: 'start_review' }, 403, 'role_not_permitted');
  const prosecutor = await parties.as(r.to, 'ca', 'prosecutor');
  await r.refused(prosecutor, { type: 'accept' }, 409, 'illegal_transition');
  await r.act(r.receiver, { type: 'start_review' });
  await r.refused(
    prosecutor,
    { type: 'request_information', infoRequestId: 'x', question: 'Why?' },
    403,
    'role_not_permitted',
  );
  const asOther = await r.receiver('POST', `/api/requests/${r.id}/actions`, {
    action: { type: 'accept' },
    role: 'prosecutor',
  });
  assert.equal(asOther.statusCode, 403);
  assert.equal(asOther.json().code, 'role_not_held');
  await consult(r, 'c-close', 'refusal');
  await r.act(r.receiver, {
    type: 'refuse',
    ground: 'UNCC40_NONCONFORMITY',
    reasons: 'The request names no data.',
  });
  assert.equal((await r.act(r.receiver, { type: 'close' })).status, 'closed');
  await r.refused(r.receiver, { type: 'start_review' }, 409, 'illegal_transition');
  await r.refused(r.sender, { type: 'withdraw', reason: 'too late' }, 409, 'illegal_transition');
  await r.refused(r.sender, { type: 'close' }, 409, 'illegal_transition');
});

async function reviewAccepted(r: RequestDriver): Promise<void> {
  const questions = registry.regime('uncc-2024')!.discriminationScreening.map((q) => q.id);
  await r.act(r.receiver, {
    type: 'answer_screening',
    answers: questions.map((questionId) => ({ questionId, concern: false })),
  });
  assert.equal((await r.act(r.receiver, { type: 'accept' })).status, 'accepted');
}

function conditions() {
  return {
    purpose: 'Prosecution of the ransomware attack',
    retentionUntil: null,
    onwardTransfer: 'forbidden',
    consentForm: 'written',
    personalDataCategories: ['traffic data'],
    source: 'XB conditions of use',
    confidence: 'checked',
  };
}
