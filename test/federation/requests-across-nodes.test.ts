/**
 * A request crosses from one State's node to another's over real HTTP: submitted at XA, it
 * arrives at XB, XB signs the receipt (clocks start there), XB acts, and both nodes' derived
 * states agree after every step.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Role } from '../../src/core/accounts/roles.js';
import { SYSTEM_ACTOR } from '../../src/core/context.js';
import { createAuthority } from '../../src/app/register/authorities.js';
import { setNodeIdentity } from '../../src/app/register/node-identity.js';
import { createState } from '../../src/app/register/states.js';
import { type Network, type NetworkNode, startNetwork } from '../support/network.js';
import { userOn } from '../support/sharing-network.js';

let network: Network;
type Call = Awaited<ReturnType<typeof sessionOn>>;
const people: Record<string, Call> = {};
let firstRequest = '';

async function setupNode(node: NetworkNode): Promise<string> {
  const ctx = { actor: SYSTEM_ACTOR, requestId: null, clock: network.clock };
  await createState(node.database, ctx, { code: node.state, name: `State ${node.state}` });
  const authority = await createAuthority(node.database, ctx, node.state, {
    type: 'poc_24_7',
    name: `${node.state} 24/7 desk`,
    timezone: 'Europe/Vienna',
  });
  await setNodeIdentity(node.database, ctx, node.state, authority.id);
  return authority.id;
}

async function sessionOn(node: NetworkNode, username: string, roles: Role[], authorityId: string) {
  return userOn(network, node, username, roles, authorityId);
}

before(async () => {
  network = await startNetwork({ names: ['xa', 'xb'] });
});
after(async () => {
  await network.close();
});

test('a preservation request submitted at XA is received at XB, receipted, and both sides agree', async () => {
  const xa = network.node('xa');
  const xb = network.node('xb');
  const xaDesk = await setupNode(xa);
  const xbDesk = await setupNode(xb);
  const prosecutor = await sessionOn(xa, 'pros-xa', ['prosecutor'], xaDesk);
  const officerXa = await sessionOn(xa, 'officer-xa', ['poc_officer'], xaDesk);
  const officerXb = await sessionOn(xb, 'officer-xb', ['poc_officer'], xbDesk);
  Object.assign(people, { prosecutor, officerXa, officerXb });
  const me = (await officerXb('GET', '/api/auth/me')).json().user.id as string;
  const roster = await officerXb('PUT', `/api/register/authorities/${xbDesk}/oncall`, {
    shifts: [
      {
        userId: me,
        position: 0,
        startsAt: '2026-05-01T00:00:00Z',
        endsAt: '2026-06-01T00:00:00Z',
        timezone: 'Europe/Lisbon',
      },
    ],
  });
  assert.equal(roster.statusCode, 200, roster.body);

  const kase = await prosecutor('POST', '/api/cases', { title: 'Ransomware at Xa General Hospital' });
  const draft = await prosecutor('POST', `/api/cases/${kase.json().id}/requests`, {
    regime: 'uncc-2024',
    instrument: 'preservation',
    requestedState: 'XB',
    urgency: 'urgent',
    fields: {
      requestingAuthority: 'XA 24/7 desk',
      factsSummary: 'Ransomware encrypted patient records on 3 May 2026.',
      relationToOffence: 'The mailbox received the ransom note.',
      necessity: 'Login logs are kept for 30 days only.',
      mlaToFollow: true,
    },
    items: [
      {
        id: 'i1',
        description: 'Mailbox ops@mail.xb.example: login IP logs, 1-5 May 2026',
        dataCategory: 'traffic',
        personalData: true,
      },
    ],
    offences: [{ code: 'UNCC-7', elements: { security_breach: true } }],
  });
  assert.equal(draft.statusCode, 201, draft.body);
  const requestId = draft.json().id as string;
  firstRequest = requestId;

  network.clock.advance(60_000);
  const submitted = await officerXa('POST', `/api/requests/${requestId}/actions`, {
    action: { type: 'submit' },
  });
  assert.equal(submitted.statusCode, 200, submitted.body);
  const drained = await network.drain();
  assert.equal(
    drained.accepted,
    3,
    'the submission went to XB; the receipt event and the signed "delivered" rung came back',
  );

  const alert = await xb.database.db
    .selectFrom('notifications')
    .selectAll()
    .where('event', '=', 'request.received')
    .executeTakeFirst();
  assert.equal(alert?.target, 'officer-xb@xb.example', 'the officer on call at XB is alerted by e-mail');
  assert.match(alert!.subject, /URGENT preservation request received from XA/);
  const inbox = (await officerXb('GET', '/api/requests?status=received')).json() as Array<{ id: string }>;
  assert.deepEqual(
    inbox.map((r) => r.id),
    [requestId],
    "the request is in XB's 24/7 inbox",
  );
  const atXb = await officerXb('GET', `/api/requests/${requestId}`);
  assert.equal(atXb.statusCode, 200, atXb.body);
  assert.equal(atXb.json().side, 'requested');
  assert.equal(atXb.json().state.status, 'received');
  const atXa = await officerXa('GET', `/api/requests/${requestId}`);
  assert.deepEqual(atXa.json().state, atXb.json().state, 'both nodes derive the same state');

  const review = await officerXb('POST', `/api/requests/${requestId}/actions`, {
    action: { type: 'start_review' },
  });
  assert.equal(review.statusCode, 200, review.body);
  await network.drain();
  const xaAfter = (await officerXa('GET', `/api/requests/${requestId}`)).json();
  const xbAfter = (await officerXb('GET', `/api/requests/${requestId}`)).json();
  assert.equal(xbAfter.state.status, 'under_review');
  assert.deepEqual(xaAfter.state, xbAfter.state);

  const xaEvents = (await officerXa('GET', `/api/requests/${requestId}/events`)).json() as Array<{
    type: string;
  }>;
  assert.deepEqual(
    xaEvents.map((e) => e.type),
    (await officerXb('GET', `/api/requests/${requestId}/events`)).json().map((e: { type: string }) => e.type),
  );
  assert.ok(xaEvents.some((e) => e.type === 'receipt_signed'));
});

test('past submission the requested node orders changes: a withdrawal racing a refusal loses, visibly', async () => {
  const { officerXa, officerXb } = people as Record<string, Call>;
  const withdraw = await officerXa!('POST', `/api/requests/${firstRequest}/actions`, {
    action: { type: 'withdraw', reason: 'The suspect was identified by other means.' },
  });
  assert.equal(withdraw.statusCode, 202, withdraw.body);
  assert.ok(withdraw.json().forwardedAs, 'sent to XB to be decided');
  assert.equal(withdraw.json().state.status, 'under_review', 'nothing changes locally until XB decides');
  const refuse = await officerXb!('POST', `/api/requests/${firstRequest}/actions`, {
    action: {
      type: 'refuse',
      ground: 'UNCC40_ESSENTIAL_INTERESTS',
      reasons: 'Execution would prejudice an ongoing national security investigation.',
    },
  });
  assert.equal(refuse.statusCode, 200, refuse.body);
  await network.drain();
  const xa = (await officerXa!('GET', `/api/requests/${firstRequest}`)).json();
  const xb = (await officerXb!('GET', `/api/requests/${firstRequest}`)).json();
  assert.equal(xb.state.status, 'refused');
  assert.deepEqual(xa.state, xb.state, 'one order, decided by XB, on both nodes');
  const refusal = await network
    .node('xa')
    .database.db.selectFrom('audit_events')
    .select(['details'])
    .where('action', '=', 'request.command_refused')
    .where('subject_id', '=', firstRequest)
    .executeTakeFirst();
  assert.ok(refusal, 'XA is told its withdrawal was refused');
  assert.equal(JSON.parse(refusal.details).code, 'illegal_transition');
});

test('an action the replica already knows to be illegal is refused at once, nothing is sent', async () => {
  const { officerXa } = people as Record<string, Call>;
  const outboxBefore = await network
    .node('xa')
    .database.db.selectFrom('outbox')
    .select('message_id')
    .execute();
  const res = await officerXa!('POST', `/api/requests/${firstRequest}/actions`, {
    action: { type: 'withdraw', reason: 'too late' },
  });
  assert.equal(res.statusCode, 409, res.body);
  const outboxAfter = await network
    .node('xa')
    .database.db.selectFrom('outbox')
    .select('message_id')
    .execute();
  assert.equal(outboxAfter.length, outboxBefore.length);
});

test('a node that serves neither State of a request cannot inject events into it', async () => {
  const xb = network.node('xb');
  // XA sends an events message for a request between two other States: XB refuses it.
  const xa = network.node('xa');
  await xa.database.transact(async (tx) => {
    await xa.federation.enqueue(tx, {
      peer: 'xb',
      type: 'request.events',
      payload: {
        requestId: 'forged',
        requestingState: 'XC',
        requestedState: 'XB',
        fromVersion: 0,
        events: [{ type: 'request_submitted', requestId: 'forged' }],
      },
    });
  });
  await network.drain();
  const row = await xb.database.db
    .selectFrom('requests')
    .select('id')
    .where('id', '=', 'forged')
    .executeTakeFirst();
  assert.equal(row, undefined, 'nothing from the forged message is stored');
});

test('the worked example as MLA between central authorities: information requested and given, one item refused after consultation, the rest executed and transmitted, closed — both nodes agree at every step', async () => {
  const xa = network.node('xa');
  const xb = network.node('xb');
  const deskOf = async (node: NetworkNode) =>
    (
      await node.database.db
        .selectFrom('node_settings')
        .select('value')
        .where('key', '=', 'identity')
        .executeTakeFirstOrThrow()
    ).value;
  const caXa = await sessionOn(xa, 'ca-xa', ['central_authority'], JSON.parse(await deskOf(xa)).authorityId);
  const caXb = await sessionOn(xb, 'ca-xb', ['central_authority'], JSON.parse(await deskOf(xb)).authorityId);
  const kase = await caXa('POST', '/api/cases', { title: 'Ransomware at Xa General Hospital — evidence' });
  const draft = await caXa('POST', `/api/cases/${kase.json().id}/requests`, {
    regime: 'uncc-2024',
    instrument: 'stored_data',
    requestedState: 'XB',
    fields: {
      requestingAuthority: 'XA central authority',
      subjectMatter: 'Ransomware attack on a hospital',
      conductingAuthority: 'XA public prosecutor, cybercrime unit',
      factsSummary:
        'Patient records were encrypted on 3 May 2026; the ransom note named a mailbox hosted in XB.',
      assistanceSought: 'Disclosure of the preserved mailbox content and subscriber data.',
      purpose: 'Identify and prosecute the attackers.',
      legalBasisDomestic: 'XA Code of Criminal Procedure s. 134',
      authorisingAuthority: 'Investigating judge, XA district court',
      proportionalityStatement: 'One mailbox, for the five days of the attack only.',
    },
    items: [
      {
        id: 'content',
        description: 'Mailbox content, 1-5 May 2026',
        dataCategory: 'content',
        personalData: true,
      },
      {
        id: 'subscriber',
        description: 'Subscriber data of the mailbox',
        dataCategory: 'subscriber',
        personalData: true,
      },
    ],
    offences: [{ code: 'UNCC-7', elements: { security_breach: true } }],
  });
  assert.equal(draft.statusCode, 201, draft.body);
  const id = draft.json().id as string;
  const step = async (who: Call, action: Record<string, unknown>, expected: number) => {
    network.clock.advance(60_000);
    const res = await who('POST', `/api/requests/${id}/actions`, { action });
    assert.equal(res.statusCode, expected, `${String(action.type)}: ${res.body}`);
    await network.drain();
    const a = (await caXa('GET', `/api/requests/${id}`)).json().state;
    const b = (await caXb('GET', `/api/requests/${id}`)).json().state;
    assert.deepEqual(a, b, `both nodes agree after ${String(action.type)}`);
    return b as { status: string; items: Array<{ id: string; status: string }> };
  };
  assert.equal((await step(caXa, { type: 'submit' }, 200)).status, 'received');
  await step(caXb, { type: 'start_review' }, 200);
  assert.equal(
    (
      await step(
        caXb,
        { type: 'request_information', infoRequestId: 'q1', question: 'Which time zone do the dates use?' },
        200,
      )
    ).status,
    'information_requested',
  );
  assert.equal(
    (await step(caXa, { type: 'provide_information', infoRequestId: 'q1', answer: 'UTC.' }, 202)).status,
    'under_review',
  );
  await step(
    caXb,
    {
      type: 'open_consultation',
      consultationId: 'c1',
      topic: 'refusal',
      proposal: 'Content cannot be disclosed under our law; subscriber data can.',
      itemIds: ['content'],
    },
    200,
  );
  await step(
    caXb,
    {
      type: 'conclude_consultation',
      consultationId: 'c1',
      outcome: 'agreed',
      summary: 'XA accepts subscriber data only.',
    },
    200,
  );
  const screening = (registry: { questions: string[] }) => ({
    type: 'answer_screening',
    answers: registry.questions.map((q) => ({ questionId: q, concern: false })),
  });
  await step(
    caXb,
    screening({ questions: ['protected_grounds', 'prejudice_for_those_reasons', 'protected_freedoms'] }),
    200,
  );
  assert.equal((await step(caXb, { type: 'accept' }, 200)).status, 'accepted');
  await step(caXb, { type: 'start_execution' }, 200);
  await step(
    caXb,
    {
      type: 'refuse_item',
      itemId: 'content',
      ground: 'UNCC40_DOMESTIC_PROHIBITION',
      reasons: 'Disclosure of content requires an offence punishable by 3 years here.',
    },
    200,
  );
  const executed = await step(caXb, { type: 'execute_item', itemId: 'subscriber' }, 200);
  assert.equal(executed.status, 'partially_executed');
  const conditions = {
    purpose: 'Prosecution of the ransomware attack',
    retentionUntil: null,
    onwardTransfer: 'forbidden',
    consentForm: 'written',
    personalDataCategories: ['identification data'],
    source: 'XB conditions of use',
    confidence: 'checked',
  };
  assert.equal(
    (
      await step(
        caXb,
        { type: 'transmit_results', items: [{ itemId: 'subscriber', dataItemId: 'sub-1', conditions }] },
        200,
      )
    ).status,
    'results_transmitted',
  );

  // Speciality and onward transfer, as XB's conditions say: same purpose yes, anything else no.
  const use = (body: Record<string, unknown>) =>
    caXa('POST', `/api/requests/${id}/data-use`, { dataItemId: 'sub-1', ...body });
  const same = await use({ kind: 'reuse', purpose: 'Prosecution of the ransomware attack' });
  assert.equal(same.statusCode, 200, same.body);
  assert.equal(same.json().basis, 'same_purpose');
  const otherPurpose = await use({ kind: 'reuse', purpose: 'Tax investigation' });
  assert.equal(otherPurpose.statusCode, 403);
  assert.equal(otherPurpose.json().code, 'prior_consent_required');
  assert.match(otherPurpose.json().detail, /purpose "Prosecution of the ransomware attack"/);
  const onward = await use({
    kind: 'onward_transfer',
    purpose: 'Prosecution of the ransomware attack',
    recipient: 'XC',
  });
  assert.equal(onward.statusCode, 403);
  assert.equal(onward.json().code, 'onward_transfer_forbidden');
  assert.equal(
    (await caXb('POST', `/api/requests/${id}/data-use`, { dataItemId: 'sub-1', kind: 'reuse', purpose: 'x' }))
      .statusCode,
    409,
    'the sender is not bound by its own conditions',
  );

  assert.equal((await step(caXa, { type: 'close' }, 202)).status, 'closed');
});
