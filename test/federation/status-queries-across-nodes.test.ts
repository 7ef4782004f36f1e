/**
 * Status-and-progress queries across two nodes: the requesting node asks, the requested node
 * answers by itself with a signed `request.status_answer` (version, status, per-item progress,
 * running deadlines with due dates, last event), an officer there may answer again with a note,
 * and the requesting node says when an answer is ahead of its replica — until it catches up.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { loadRegimeRegistry } from '../../src/storage/legal/regime-files.js';
import { type Network, startNetwork } from '../support/network.js';
import { openRequest, type RequestDriver, reviewAndAccept } from '../support/request-driver.js';
import { outboxIds, Parties } from '../support/request-parties.js';

const registry = loadRegimeRegistry();
let network: Network;
let parties: Parties;
let r: RequestDriver;
let firstQuery = '';

interface Answer {
  messageId: string;
  automatic: boolean;
  note?: string;
  answeredBy?: { role: string };
  replicaVersionOnArrival?: number;
  report: {
    version: number;
    status: string;
    lastEventAt: string;
    progress: { total: number; executed: number; refused: number; pending: number };
    items: Array<{ id: string; status: string }>;
    deadlines: Array<{ id: string; status: string; dueAt: string | null; local?: unknown }>;
  };
}
interface Query {
  id: string;
  question: string | null;
  status: string;
  answers: Answer[];
  latest: Answer | null;
  replica: { version: number; behind: boolean };
}

before(async () => {
  network = await startNetwork({ names: ['xa', 'xd'] });
  parties = new Parties(network);
  await parties.setUp();
  // An EIO for stored data: its execution clock runs from the decision with a due date.
  r = await openRequest(network, parties, registry, {
    regime: 'eu-eio-2014-41',
    instrument: 'stored_data',
    from: network.node('xa'),
    to: network.node('xd'),
  });
  await reviewAndAccept(r, registry);
  await r.act(r.receiver, { type: 'start_execution' });
  await r.act(r.receiver, { type: 'execute_item', itemId: 'logs' });
});
after(async () => {
  await network?.close();
});

const queries = async (who: RequestDriver['sender']) => {
  const res = await who('GET', `/api/requests/${r.id}/status-queries`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as Query[];
};

test('the requested node answers a status query by itself: version, status, progress per item, running deadlines, last event', async () => {
  const asked = await r.sender('POST', `/api/requests/${r.id}/status-queries`, {
    question: 'When will the subscriber data follow?',
  });
  assert.equal(asked.statusCode, 202, asked.body);
  assert.equal(asked.json().status, 'pending');
  firstQuery = asked.json().id;
  const sent = await r.from.database.db
    .selectFrom('outbox')
    .select(['type', 'peer'])
    .where('message_id', '=', asked.json().messageId)
    .executeTakeFirstOrThrow();
  assert.deepEqual(sent, { type: 'request.status_query', peer: 'xd' });
  await network.drain();

  const truth = await r.state();
  const [query] = await queries(r.sender);
  assert.equal(query?.status, 'answered');
  assert.equal(query.question, 'When will the subscriber data follow?');
  const report = query.latest!.report;
  assert.equal(query.latest!.automatic, true);
  assert.equal(report.version, truth.version);
  assert.equal(report.status, 'in_execution');
  assert.equal(report.lastEventAt, truth.lastEventAt);
  assert.deepEqual(report.progress, { total: 2, executed: 1, refused: 0, pending: 1 });
  assert.deepEqual(
    report.items.map((i) => [i.id, i.status]),
    [
      ['logs', 'executed'],
      ['subscriber', 'pending'],
    ],
  );
  const execution = report.deadlines.find((d) => d.id === 'execution');
  assert.equal(execution?.status, 'running');
  assert.equal(execution?.dueAt, truth.deadlines.find((d) => d.id === 'execution')?.dueAt);
  assert.ok(execution?.dueAt && execution.local, 'a due date, in both States’ local time');
  assert.ok(report.deadlines.every((d) => d.status !== 'stopped'));
  assert.deepEqual(query.replica, { version: truth.version, behind: false });

  // The answer is a federation message like any other: signed, received and receipted.
  const received = await r.from.database.db
    .selectFrom('inbox_messages')
    .select(['type', 'from_node', 'envelope', 'receipt'])
    .where('message_id', '=', query.latest!.messageId)
    .executeTakeFirstOrThrow();
  assert.equal(received.type, 'request.status_answer');
  assert.equal(received.from_node, 'xd');
  assert.ok(received.envelope.length > 0 && received.receipt.length > 0);
  const atXd = await queries(r.receiver);
  assert.equal(atXd[0]?.id, firstQuery);
  assert.equal(atXd[0]?.answers.length, 1, 'the requested node keeps what it answered');
  const audit = async (node: RequestDriver['from'], action: string) =>
    node.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', action)
      .where('subject_id', '=', r.id)
      .execute();
  assert.equal((await audit(r.from, 'request.status_query')).length, 1);
  assert.equal((await audit(r.from, 'request.status_answered')).length, 1);
  assert.equal((await audit(r.to, 'request.status_query_received')).length, 1);
  assert.equal((await audit(r.to, 'request.status_answer_sent')).length, 1);
});

test('an officer of the requested node answers again with a note; the requesting node shows both answers', async () => {
  const res = await r.receiver('POST', `/api/requests/${r.id}/status-queries/${firstQuery}/answer`, {
    note: 'The provider delivers the subscriber data on Friday.',
  });
  assert.equal(res.statusCode, 202, res.body);
  await network.drain();
  const [query] = await queries(r.sender);
  assert.equal(query?.answers.length, 2);
  assert.equal(query.latest!.automatic, false);
  assert.equal(query.latest!.note, 'The provider delivers the subscriber data on Friday.');
  assert.deepEqual(query.latest!.answeredBy, { role: 'central_authority' });
});

test('asking or answering from the wrong side, in the wrong role, on an unknown query or a draft: refused with a reason, nothing sent', async () => {
  const refused = async (
    call: Promise<{ statusCode: number; json(): { code: string; detail: string } }>,
    status: number,
    code: string,
  ) => {
    const before = [await outboxIds(r.from), await outboxIds(r.to)];
    const res = await call;
    assert.equal(res.statusCode, status, JSON.stringify(res.json()));
    assert.equal(res.json().code, code);
    assert.ok(res.json().detail);
    assert.deepEqual([await outboxIds(r.from), await outboxIds(r.to)], before, 'nothing was sent');
  };
  await refused(r.receiver('POST', `/api/requests/${r.id}/status-queries`, {}), 403, 'wrong_side');
  await refused(
    r.sender('POST', `/api/requests/${r.id}/status-queries/${firstQuery}/answer`, { note: 'x' }),
    403,
    'wrong_side',
  );
  const pocAtHub = await parties.as(r.to, 'hub', 'poc_officer');
  await refused(
    pocAtHub('POST', `/api/requests/${r.id}/status-queries/${firstQuery}/answer`, { note: 'x' }),
    403,
    'role_not_permitted',
  );
  await refused(
    r.receiver('POST', `/api/requests/${r.id}/status-queries/no-such-query/answer`, { note: 'x' }),
    404,
    'status_query_not_found',
  );
  const draft = await openRequest(network, parties, registry, {
    regime: 'eu-eio-2014-41',
    instrument: 'stored_data',
    from: r.from,
    to: r.to,
    submit: false,
  });
  await refused(
    draft.sender('POST', `/api/requests/${draft.id}/status-queries`, {}),
    409,
    'request_not_submitted',
  );
});

test('an answer ahead of the replica says so, and the replica catches up once the events arrive', async () => {
  // The requested node acts; its events are held in transit (as an air-gap file carried late
  // would be) while the status query and its answer go through.
  network.clock.advance(60_000);
  const res = await r.receiver('POST', `/api/requests/${r.id}/actions`, {
    action: { type: 'execute_item', itemId: 'subscriber' },
  });
  assert.equal(res.statusCode, 200, res.body);
  const held = await r.to.database.transact((tx) =>
    tx.db
      .updateTable('outbox')
      .set({ status: 'held' as 'pending' })
      .where('peer', '=', 'xa')
      .where('type', '=', 'request.events')
      .where('status', '=', 'pending')
      .executeTakeFirst(),
  );
  assert.equal(Number(held.numUpdatedRows), 1);
  const asked = await r.sender('POST', `/api/requests/${r.id}/status-queries`, {});
  assert.equal(asked.statusCode, 202, asked.body);
  await network.drain();

  const ahead = (await queries(r.sender)).find((q) => q.id === asked.json().id)!;
  assert.equal(ahead.latest!.report.status, 'executed');
  assert.equal(ahead.latest!.report.version, ahead.replica.version + 1);
  assert.equal(ahead.latest!.replicaVersionOnArrival, ahead.replica.version);
  assert.equal(ahead.replica.behind, true, 'the requesting node says its replica is behind');
  assert.equal(
    ((await r.sender('GET', `/api/requests/${r.id}`)).json().state as { status: string }).status,
    'in_execution',
  );

  await r.to.database.transact((tx) =>
    tx.db
      .updateTable('outbox')
      .set({ status: 'pending' })
      .where('status', '=', 'held' as 'pending')
      .execute(),
  );
  await network.drain();
  const caughtUp = (await queries(r.sender)).find((q) => q.id === asked.json().id)!;
  assert.deepEqual(caughtUp.replica, { version: ahead.latest!.report.version, behind: false });
  assert.equal((await r.state()).status, 'executed');
});
