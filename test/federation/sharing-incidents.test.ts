/**
 * Incident sharing across three nodes over real HTTP: XA shares an incident with objects at
 * every TLP level with XB only; what reaches XB, what each XB user then sees, what XB may pass
 * on to XC, sightings back to XA, revocations, updates and withdrawals following the objects,
 * correlation alerts on both sides, and the refusals.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { TLP_MARKING_IDS } from '../../src/core/sharing/markings/tlp.js';
import { type Network, startNetwork } from '../support/network.js';
import {
  type Call,
  CONDITIONS,
  incidentSharedWithXb,
  indicator,
  setupNode,
  tlp,
  userOn,
} from '../support/sharing-network.js';

let network: Network;
const users: Record<string, Call> = {};
const ids: Record<string, string> = {};
let incidentId = '';

const UNKNOWN_MARKING = 'marking-definition--0b1f3c7e-5d55-4c2a-9a43-3f1c2b8f9e01';

before(async () => {
  network = await startNetwork({ names: ['xa', 'xb', 'xc'] });
  const [xa, xb, xc] = ['xa', 'xb', 'xc'].map((n) => network.node(n));
  const authorities = [
    await setupNode(network, xa!),
    await setupNode(network, xb!),
    await setupNode(network, xc!),
  ];
  users.ana = await userOn(network, xa!, 'ana', ['analyst'], authorities[0]!);
  users.audit = await userOn(network, xa!, 'audit', ['auditor'], authorities[0]!);
  users.pros = await userOn(network, xa!, 'pros', ['prosecutor'], authorities[0]!);
  users.alice = await userOn(network, xb!, 'alice', ['analyst'], authorities[1]!);
  users.bob = await userOn(network, xb!, 'bob', ['analyst'], authorities[1]!);
  users.carol = await userOn(network, xc!, 'carol', ['analyst'], authorities[2]!);
});
after(async () => {
  await network.close();
});

const objectIds = (body: { objects: Array<{ object: { id: string } }> }) =>
  body.objects.map((o) => o.object.id).sort();
const sorted = (...names: string[]) => names.map((n) => ids[n]!).sort();

test('XA shares an incident with XB: exactly the objects the markings admit go, to XB only', async () => {
  const objects = {
    clear: indicator('203.0.113.10', [tlp('clear')]),
    green: indicator('green.example', [tlp('green')]),
    amber: indicator('198.51.100.7', [tlp('amber')]),
    strict: indicator('45.77.10.8', [tlp('amber+strict')]),
    red: indicator('198.51.100.9', [tlp('red')]),
    unknown: indicator('198.51.100.10', [UNKNOWN_MARKING]),
    granular: indicator('198.51.100.11', [tlp('green')], {
      description: 'Seen on the C2 of the affiliate known to the XB police',
      granular_markings: [{ marking_ref: tlp('red'), selectors: ['description'] }],
    }),
  };
  for (const [name, o] of Object.entries(objects)) ids[name] = o.id;
  const created = await users.ana!('POST', '/api/incidents', {
    title: 'Ransomware at Xa General Hospital',
    legalBasis: 'spontaneous_information',
    affectedStates: ['XA', 'XB'],
    sectors: ['health'],
    tlp: 'green',
    objects: Object.values(objects),
  });
  assert.equal(created.statusCode, 201, created.body);
  incidentId = created.json().incident.id;
  ids.incident = created.json().incident.stixId;
  assert.ok(created.json().objects.every((o: { status: string }) => o.status === 'accepted'));

  const shareBody = { targetStates: ['XB'], namedRecipients: ['alice@xb'], conditions: CONDITIONS };
  const xa = network.node('xa').database.db;
  const countOf = async (table: 'audit_events' | 'incident_shares' | 'outbox') =>
    Number(
      (
        await xa
          .selectFrom(table)
          .select((e) => e.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const counts = async () => [
    await countOf('audit_events'),
    await countOf('incident_shares'),
    await countOf('outbox'),
  ];
  const beforePreview = await counts();
  const preview = await users.ana!('POST', `/api/incidents/${incidentId}/shares/preview`, shareBody);
  assert.equal(preview.statusCode, 200, preview.body);
  assert.deepEqual(await counts(), beforePreview, 'a preview writes nothing: no audit, share or message');
  assert.deepEqual(preview.json().peers[0].messageIds, []);

  const share = await users.ana!('POST', `/api/incidents/${incidentId}/shares`, shareBody);
  assert.equal(share.statusCode, 201, share.body);
  const [toXb] = share.json().peers;
  const decisions = (peer: { sent: unknown[]; withheld: unknown[] }) => ({
    sent: peer.sent,
    withheld: peer.withheld,
  });
  assert.deepEqual(decisions(preview.json().peers[0]), decisions(toXb), 'the preview is what went');
  assert.equal(toXb.peer, 'xb');
  assert.deepEqual(
    toXb.sent.map((s: { id: string }) => s.id).sort(),
    sorted('incident', 'clear', 'green', 'amber', 'strict', 'red', 'granular'),
  );
  assert.deepEqual(
    toXb.withheld.map((w: { id: string; marking: string }) => [w.id, w.marking]),
    [[ids.unknown, UNKNOWN_MARKING]],
    'the unknown marking blocks its object, and is cited',
  );
  assert.ok(toXb.messageIds.length >= 1);
  const deliveryOf = async () =>
    (
      (await users.ana!('GET', `/api/incidents/${incidentId}/shares`)).json() as Array<{
        delivery: Array<{
          peer: string;
          messageId: string;
          status: string;
          receipts: Array<{ receiptType: string }>;
        }>;
      }>
    )[0]!.delivery;
  assert.deepEqual(
    (await deliveryOf()).map((d) => [d.peer, d.status, d.receipts.length]),
    toXb.messageIds.map(() => ['xb', 'pending', 0]),
    'queued, not yet accepted',
  );
  await network.drain();
  const delivered = await deliveryOf();
  assert.deepEqual(
    delivered.map((d) => d.messageId),
    toXb.messageIds,
  );
  for (const d of delivered) {
    assert.equal(d.status, 'accepted');
    assert.ok(
      d.receipts.some((r) => r.receiptType === 'accepted'),
      'the peer signed its acceptance',
    );
  }

  const heldAt = async (name: string) =>
    (
      await network
        .node(name)
        .database.db.selectFrom('stix_objects')
        .select('id')
        .where('id', 'in', Object.values(ids))
        .execute()
    )
      .map((r) => r.id)
      .sort();
  assert.deepEqual(
    await heldAt('xb'),
    sorted('incident', 'clear', 'green', 'amber', 'strict', 'red', 'granular'),
  );
  assert.deepEqual(await heldAt('xc'), [], 'nothing reaches XC');
  const received = await users.bob!('GET', `/api/incidents/${incidentId}`);
  assert.equal(received.statusCode, 200, received.body);
  assert.equal(received.json().receivedFrom, 'xa');
  assert.equal(received.json().originState, 'XA');
  assert.ok(received.json().timeline.some((e: { kind: string }) => e.kind === 'received'));
});

test('at XB each user sees what the markings allow them', async () => {
  const assign = await users.alice!('PUT', `/api/incidents/${incidentId}/assignees`, {
    usernames: ['alice'],
  });
  assert.equal(assign.statusCode, 200, assign.body);

  const alice = (await users.alice!('GET', `/api/incidents/${incidentId}/objects`)).json();
  assert.deepEqual(
    objectIds(alice),
    sorted('incident', 'clear', 'green', 'amber', 'strict', 'red', 'granular'),
  );
  const aliceGranular = alice.objects.find((o: { object: { id: string } }) => o.object.id === ids.granular);
  assert.match(aliceGranular.object.description, /C2/, 'the named user reads the RED field');
  // Each object says when it joined the incident here (for the incident's growth chart).
  const incidentRecord = (await users.alice!('GET', `/api/incidents/${incidentId}`)).json();
  for (const o of alice.objects as Array<{ object: { id: string }; addedAt: string }>) {
    assert.ok(!Number.isNaN(Date.parse(o.addedAt)), `${o.object.id} has a time it was added`);
    assert.ok(o.addedAt >= incidentRecord.createdAt, 'not before the incident existed here');
  }

  const bob = (await users.bob!('GET', `/api/incidents/${incidentId}/objects`)).json();
  assert.deepEqual(
    objectIds(bob),
    sorted('incident', 'clear', 'green', 'granular'),
    'no AMBER or AMBER+STRICT without need to know (even inside the recipient organisation), no RED unless named',
  );
  assert.equal(bob.withheld, 3);
  const bobGranular = bob.objects.find((o: { object: { id: string } }) => o.object.id === ids.granular);
  assert.equal(bobGranular.object.description, undefined, 'the RED field is redacted');
  assert.deepEqual(bobGranular.redactedPaths, ['description']);

  assert.equal((await users.bob!('GET', `/api/stix/objects/${ids.red}`)).statusCode, 404);
  // Nor does the record of the incident name what bob may not see: not its shares, not its timeline.
  for (const path of [`/api/incidents/${incidentId}/shares`, `/api/incidents/${incidentId}`]) {
    const answer = await users.bob!('GET', path);
    assert.equal(answer.statusCode, 200, answer.body);
    for (const hidden of [ids.red, ids.amber, ids.strict])
      assert.ok(!answer.body.includes(hidden!), `${path} does not name ${hidden}`);
    assert.ok(
      answer.body.includes(ids.green!) || path.endsWith(incidentId),
      'what bob may see is still named',
    );
  }
  assert.ok(
    (await users.alice!('GET', `/api/incidents/${incidentId}/shares`)).body.includes(ids.red!),
    'alice, named, sees it named',
  );
  assert.equal((await users.alice!('GET', `/api/stix/objects/${ids.red}`)).statusCode, 200);
  const bundle = await users.bob!('GET', `/api/stix/bundles?incident=${incidentId}`);
  assert.equal(bundle.statusCode, 200, bundle.body);
  const exported = (JSON.parse(bundle.body) as { objects: Array<{ id: string }> }).objects
    .map((o) => o.id)
    .sort();
  assert.deepEqual(exported, sorted('incident', 'clear', 'green', 'granular'));
});

test('XB may pass on only what the original markings admit for XC', async () => {
  const share = await users.alice!('POST', `/api/incidents/${incidentId}/shares`, {
    targetStates: ['XC'],
    conditions: CONDITIONS,
  });
  assert.equal(share.statusCode, 201, share.body);
  const [toXc] = share.json().peers;
  assert.deepEqual(
    toXc.sent.map((s: { id: string }) => s.id).sort(),
    sorted('incident', 'clear', 'green', 'granular'),
  );
  const withheld = Object.fromEntries(
    toXc.withheld.map((w: { id: string; reason: string }) => [w.id, w.reason]),
  );
  assert.deepEqual(Object.keys(withheld).sort(), sorted('amber', 'strict', 'red'));
  assert.match(withheld[ids.amber!], /TLP:AMBER/);
  assert.match(withheld[ids.strict!], /TLP:AMBER\+STRICT/);
  assert.match(withheld[ids.red!], /TLP:RED/);
  await network.drain();
  const carol = (await users.carol!('GET', `/api/incidents/${incidentId}/objects`)).json();
  assert.deepEqual(objectIds(carol), sorted('incident', 'clear', 'green', 'granular'));
  const granular = carol.objects.find((o: { object: { id: string } }) => o.object.id === ids.granular);
  assert.equal(granular.object.description, undefined, 'the RED field never left XB');
  const stored = await network
    .node('xc')
    .database.db.selectFrom('stix_objects')
    .select('object')
    .where('id', '=', ids.granular!)
    .executeTakeFirst();
  assert.doesNotMatch(stored!.object, /C2/);
});

test('with onward transfer forbidden, XB passes nothing on and cites the condition', async () => {
  const second = await users.ana!('POST', '/api/incidents', {
    title: 'Phishing wave',
    legalBasis: 'cert_cooperation',
    tlp: 'clear',
    objects: [indicator('phish.example', [tlp('clear')])],
  });
  const secondId = second.json().incident.id as string;
  const share = await users.ana!('POST', `/api/incidents/${secondId}/shares`, {
    targetStates: ['XB'],
    conditions: { ...CONDITIONS, onwardTransfer: 'forbidden' },
  });
  assert.equal(share.json().peers[0].sent.length, 2);
  await network.drain();
  const before = await network.node('xb').database.db.selectFrom('outbox').select('message_id').execute();
  const onward = await users.alice!('POST', `/api/incidents/${secondId}/shares`, {
    targetStates: ['XC'],
    conditions: CONDITIONS,
  });
  assert.equal(onward.statusCode, 201, onward.body);
  const [toXc] = onward.json().peers;
  assert.equal(toXc.sent.length, 0);
  assert.equal(toXc.withheld.length, 2);
  for (const w of toXc.withheld) assert.equal(w.condition, 'onwardTransfer=forbidden');
  assert.deepEqual(toXc.messageIds, []);
  const afterRows = await network.node('xb').database.db.selectFrom('outbox').select('message_id').execute();
  assert.equal(afterRows.length, before.length, 'no envelope queued');
});

test('a sighting recorded at XB arrives at XA on the indicator and in the incident timeline', async () => {
  const sighting = await users.bob!('POST', `/api/stix/objects/${ids.green}/sightings`, { count: 3 });
  assert.equal(sighting.statusCode, 201, sighting.body);
  assert.deepEqual(sighting.json().sentTo, ['xa']);
  await network.drain();
  const xa = network.node('xa').database.db;
  const row = await xa
    .selectFrom('stix_objects')
    .selectAll()
    .where('id', '=', sighting.json().sighting.id)
    .executeTakeFirst();
  assert.equal(row?.source, 'xb');
  assert.equal(row?.source_ref, ids.green, 'attached to the indicator');
  const members = await xa
    .selectFrom('incident_objects')
    .select('object_id')
    .where('incident_id', '=', incidentId)
    .execute();
  assert.ok(members.some((m) => m.object_id === row!.id));
  const timeline = (await users.ana!('GET', `/api/incidents/${incidentId}/timeline`)).json() as Array<{
    kind: string;
    text: string;
  }>;
  assert.ok(timeline.some((e) => e.kind === 'sighting' && e.text.includes(ids.green!)));
});

test('revocations and updates at XA follow the objects to XB and on to XC; a marking XA no longer lets out withdraws', async () => {
  const revoke = await users.ana!('POST', `/api/stix/objects/${ids.clear}/revoke`, {
    reason: 'false positive',
  });
  assert.equal(revoke.statusCode, 200, revoke.body);
  network.clock.advance(60_000);
  const green = (await users.ana!('GET', `/api/stix/objects/${ids.green}`)).json().object;
  const update = await users.ana!('POST', `/api/incidents/${incidentId}/objects`, {
    objects: [
      { ...green, description: 'Also used for the payment portal', modified: '2026-05-04T09:00:00.000Z' },
    ],
  });
  assert.equal(update.json().objects[0].change, 'updated', update.body);
  const amber = (await users.ana!('GET', `/api/stix/objects/${ids.amber}`)).json().object;
  await users.ana!('POST', `/api/incidents/${incidentId}/objects`, {
    objects: [{ ...amber, object_marking_refs: [UNKNOWN_MARKING], modified: '2026-05-04T09:00:00.000Z' }],
  });
  await network.drain();
  for (const node of ['xb', 'xc']) {
    const current = await network
      .node(node)
      .database.db.selectFrom('stix_objects')
      .select(['id', 'revoked', 'object'])
      .where('id', 'in', [ids.clear!, ids.green!])
      .where('is_current', '=', 1)
      .execute();
    const clear = current.find((r) => r.id === ids.clear);
    assert.equal(clear?.revoked, 1, `revocation reached ${node}`);
    assert.match(current.find((r) => r.id === ids.green)!.object, /payment portal/, `update reached ${node}`);
  }
  assert.equal(
    (await users.alice!('GET', `/api/stix/objects/${ids.amber}`)).statusCode,
    404,
    'withdrawn at XB',
  );
  const timeline = (await users.alice!('GET', `/api/incidents/${incidentId}/timeline`)).json() as Array<{
    kind: string;
  }>;
  assert.ok(timeline.some((e) => e.kind === 'withdrawn'));
});

test('correlation alerts: at XB for a local incident with an IP XA shared, and at XA for its request', async () => {
  const kase = await users.pros!('POST', '/api/cases', { title: 'Ransomware at Xa General Hospital' });
  const draft = await users.pros!('POST', `/api/cases/${kase.json().id}/requests`, {
    regime: 'uncc-2024',
    instrument: 'preservation',
    requestedState: 'XB',
    urgency: 'urgent',
    fields: {
      requestingAuthority: 'XA CERT',
      factsSummary: 'Ransomware encrypted patient records on 3 May 2026.',
      relationToOffence: 'The server at 45.77.10.8 hosted the C2.',
      necessity: 'Logs are kept for 30 days only.',
      mlaToFollow: true,
    },
    items: [{ id: 'i1', description: 'Logs of 45.77.10.8', dataCategory: 'traffic', personalData: true }],
    offences: [{ code: 'UNCC-7', elements: { security_breach: true } }],
  });
  assert.equal(draft.statusCode, 201, draft.body);
  const requestId = draft.json().id as string;
  const notInIncident = await users.pros!('PUT', `/api/requests/${requestId}/observables`, {
    incidentId,
    observables: [{ kind: 'ipv4', value: '192.0.2.200' }],
  });
  assert.equal(notInIncident.statusCode, 400);
  assert.equal(notInIncident.json().code, 'observable_not_in_incident');
  const cite = await users.pros!('PUT', `/api/requests/${requestId}/observables`, {
    incidentId,
    observables: [{ kind: 'ipv4', value: '45.77.10.8', itemId: 'i1' }],
  });
  assert.equal(cite.statusCode, 200, cite.body);

  const local = await users.alice!('POST', '/api/incidents', {
    title: 'Intrusion at an XB clinic',
    legalBasis: 'cert_cooperation',
    tlp: 'green',
    objects: [indicator('45.77.10.8', [tlp('green')])],
  });
  assert.equal(local.statusCode, 201, local.body);
  const alerts = (await users.alice!('GET', '/api/correlation-alerts')).json() as Array<{
    value: string;
    matched: { source: string; id: string };
  }>;
  assert.ok(
    alerts.some((a) => a.value === '45.77.10.8' && a.matched.source === 'xa' && a.matched.id === ids.strict),
  );
  const bobAlerts = (await users.bob!('GET', '/api/correlation-alerts')).json() as Array<{
    matched: { id: string };
  }>;
  assert.equal(
    bobAlerts.some((a) => a.matched.id === ids.strict),
    false,
    'an alert naming an AMBER+STRICT object is not shown to a user without need to know',
  );
  const xbTimeline = (
    await users.alice!('GET', `/api/incidents/${local.json().incident.id}/timeline`)
  ).json() as Array<{ kind: string }>;
  assert.ok(xbTimeline.some((e) => e.kind === 'correlation'));
  const mail = await network
    .node('xb')
    .database.db.selectFrom('notifications')
    .select('target')
    .where('event', '=', 'sharing.correlation')
    .execute();
  assert.ok(
    mail.some((m) => m.target === 'alice@xb.example'),
    'the assignee is told',
  );

  const share = await users.alice!('POST', `/api/incidents/${local.json().incident.id}/shares`, {
    targetStates: ['XA'],
    conditions: CONDITIONS,
  });
  assert.equal(share.statusCode, 201, share.body);
  await network.drain();
  const atXa = (await users.ana!('GET', '/api/correlation-alerts')).json() as Array<{
    subject: { source: string };
    matched: { type: string; id: string };
  }>;
  assert.ok(
    atXa.some((a) => a.subject.source === 'xb' && a.matched.type === 'request' && a.matched.id === requestId),
    'the request is found',
  );
  assert.ok(
    atXa.some((a) => a.subject.source === 'xb' && a.matched.id === ids.strict),
    'the local incident is found',
  );
  const lookup = await users.ana!('GET', '/api/observables?value=45.77.10[.]8');
  assert.equal(lookup.statusCode, 200, lookup.body);
  const sources = (lookup.json().matches as Array<{ subjectType: string; sourceState: string }>)
    .map((m) => `${m.subjectType}:${m.sourceState}`)
    .sort();
  assert.deepEqual(sources, ['request:XA', 'stix:XA', 'stix:XB']);
});

test('bad input: per-object rejections, no peer for a State, wrong role; nothing half-written', async () => {
  const good = indicator('192.0.2.77', [tlp('green')]);
  const add = await users.ana!('POST', `/api/incidents/${incidentId}/objects`, {
    objects: [good, { type: 'indicator', id: 'indicator--not-a-uuid' }, 'not an object'],
  });
  assert.equal(add.statusCode, 200, add.body);
  const report = add.json().objects as Array<{ status: string; reason?: string }>;
  assert.deepEqual(
    report.map((r) => r.status),
    ['accepted', 'rejected', 'rejected'],
  );
  assert.ok(report[1]!.reason && report[2]!.reason);
  assert.equal((await users.ana!('GET', `/api/stix/objects/${good.id}`)).statusCode, 200);

  const db = network.node('xa').database.db;
  const count = async () => ({
    outbox: (await db.selectFrom('outbox').select('message_id').execute()).length,
    shares: (await db.selectFrom('incident_shares').select('id').execute()).length,
    audit: (await db.selectFrom('audit_events').select('seq').execute()).length,
  });
  const before = await count();
  const noPeer = await users.ana!('POST', `/api/incidents/${incidentId}/shares`, {
    targetStates: ['XB', 'XZ'],
    conditions: CONDITIONS,
  });
  assert.equal(noPeer.statusCode, 409, noPeer.body);
  assert.equal(noPeer.json().code, 'no_peer_for_state');
  assert.match(noPeer.json().detail, /XZ/);
  assert.deepEqual(await count(), before, 'nothing written, not even for XB');
  const previewNoPeer = await users.ana!('POST', `/api/incidents/${incidentId}/shares/preview`, {
    targetStates: ['XZ'],
    conditions: CONDITIONS,
  });
  assert.equal(previewNoPeer.statusCode, 409, 'the preview refuses what the share would refuse');
  assert.equal(previewNoPeer.json().code, 'no_peer_for_state');
  const previewOwn = await users.ana!('POST', `/api/incidents/${incidentId}/shares/preview`, {
    targetStates: ['XA'],
    conditions: CONDITIONS,
  });
  assert.equal(previewOwn.statusCode, 400);
  assert.equal(previewOwn.json().errors[0].path, '/targetStates/0');

  const wrongRole = await users.audit!('POST', `/api/incidents/${incidentId}/shares`, {
    targetStates: ['XB'],
    conditions: CONDITIONS,
  });
  assert.equal(wrongRole.statusCode, 403);
  assert.equal(
    (await users.audit!('POST', '/api/incidents', { title: 'x', legalBasis: 'cert_cooperation' })).statusCode,
    403,
  );
  const notMine = await users.alice!('POST', `/api/stix/objects/${ids.green}/revoke`, {});
  assert.equal(notMine.statusCode, 409);
  assert.equal(notMine.json().code, 'not_originator');
});

test("an incident's facts follow its own marking: a TLP:RED incident exists only for the named user", async () => {
  const created = await users.ana!('POST', '/api/incidents', {
    title: 'Insider at the XB ministry (named officer only)',
    legalBasis: 'police_cooperation',
    affectedStates: ['XB'],
    sectors: ['government'],
    tlp: 'red',
  });
  assert.equal(created.statusCode, 201, created.body);
  const id = created.json().incident.id as string;
  const share = await users.ana!('POST', `/api/incidents/${id}/shares`, {
    targetStates: ['XB'],
    namedRecipients: ['alice@xb'],
    conditions: CONDITIONS,
  });
  assert.equal(share.statusCode, 201, share.body);
  await network.drain();
  const seen = async (who: Call) =>
    ((await who('GET', '/api/incidents')).json() as Array<{ id: string }>).some((i) => i.id === id);
  assert.equal(await seen(users.alice!), true, 'the named user lists it');
  assert.equal((await users.alice!('GET', `/api/incidents/${id}`)).statusCode, 200);
  assert.equal(await seen(users.bob!), false, 'no one else at XB lists it');
  assert.equal((await users.bob!('GET', `/api/incidents/${id}`)).statusCode, 404);
  assert.equal((await users.bob!('GET', `/api/incidents/${id}/timeline`)).statusCode, 404);
  assert.equal(
    (await users.bob!('GET', `/api/incidents/${id}/shares`)).statusCode,
    404,
    'nor does its sharing record',
  );
  const listed = (await users.alice!('GET', '/api/incidents')).json() as Array<{
    id: string;
    markings: string[];
  }>;
  assert.deepEqual(listed.find((i) => i.id === id)?.markings, [TLP_MARKING_IDS.red], 'the list says its TLP');
});

test('a custom marking travels with the objects that use it, so the receiver can read them', async () => {
  const terms = {
    type: 'marking-definition',
    spec_version: '2.1',
    id: 'marking-definition--5d0f7c4e-2b8a-4c55-9d7e-0a1b2c3d4e5f',
    created: '2026-05-04T07:00:00.000Z',
    definition_type: 'statement',
    definition: { statement: 'Copyright 2026 XA National CERT. Use for incident response only.' },
  };
  const marked = indicator('198.51.100.77', [tlp('green'), terms.id]);
  const { share } = await incidentSharedWithXb(network, users.ana!, {
    title: 'Phishing kit hosted in XA',
    legalBasis: 'cert_cooperation',
    affectedStates: ['XA'],
    sectors: ['finance'],
    tlp: 'green',
    objects: [terms, marked],
  });
  const [toXb] = share.json().peers;
  assert.ok(toXb.sent.some((s: { id: string }) => s.id === marked.id));
  const read = await users.bob!('GET', `/api/stix/objects/${marked.id}`);
  assert.equal(read.statusCode, 200, 'the statement marking is known at XB, so GREEN applies');
  assert.ok(
    await network
      .node('xb')
      .database.db.selectFrom('stix_objects')
      .select('id')
      .where('id', '=', terms.id)
      .executeTakeFirst(),
    'the definition is stored at XB',
  );
});

test("the originator's change of title or status follows the incident; a recipient may not rewrite it", async () => {
  const patched = await users.ana!('PATCH', `/api/incidents/${incidentId}`, {
    title: 'Ransomware at Xa General Hospital and two clinics',
    status: 'contained',
  });
  assert.equal(patched.statusCode, 200, patched.body);
  await network.drain();
  const atXb = (await users.alice!('GET', `/api/incidents/${incidentId}`)).json();
  assert.equal(atXb.title, 'Ransomware at Xa General Hospital and two clinics');
  assert.equal(atXb.status, 'contained');
  const object = (await users.alice!('GET', `/api/stix/objects/${ids.incident}`)).json().object;
  assert.equal(object.name, 'Ransomware at Xa General Hospital and two clinics');
  assert.equal(
    object.extensions['extension-definition--ef765651-680c-498d-9894-99799f2fa126'].investigation_status,
    'contained',
  );
  const rewrite = await users.alice!('PATCH', `/api/incidents/${incidentId}`, { title: 'Our title' });
  assert.equal(rewrite.statusCode, 409, rewrite.body);
  assert.equal(rewrite.json().code, 'not_originator');
  const tracking = await users.alice!('PATCH', `/api/incidents/${incidentId}`, { status: 'closed' });
  assert.equal(tracking.statusCode, 200, 'the local status of a received incident is ours to track');
});

test("onward transfer 'with prior consent': refused until the originator's consent is recorded, then it goes", async () => {
  const green = indicator('198.51.100.88', [tlp('green')]);
  const created = await users.ana!('POST', '/api/incidents', {
    title: 'Botnet controller',
    legalBasis: 'cert_cooperation',
    affectedStates: ['XA', 'XB', 'XC'],
    sectors: ['energy'],
    tlp: 'green',
    objects: [green],
  });
  const id = created.json().incident.id as string;
  const toXb = await users.ana!('POST', `/api/incidents/${id}/shares`, {
    targetStates: ['XB'],
    conditions: { ...CONDITIONS, onwardTransfer: 'with_prior_consent' },
  });
  assert.equal(toXb.statusCode, 201, toXb.body);
  await network.drain();
  const onward = async () => {
    const res = await users.alice!('POST', `/api/incidents/${id}/shares`, {
      targetStates: ['XC'],
      conditions: CONDITIONS,
    });
    assert.equal(res.statusCode, 201, res.body);
    return res.json().peers[0] as {
      sent: Array<{ id: string }>;
      withheld: Array<{ id: string; condition?: string }>;
    };
  };
  const use = (body: Record<string, unknown>) =>
    users.alice!('POST', `/api/stix/objects/${green.id}/data-use`, body);
  const samePurpose = await use({ kind: 'reuse', purpose: CONDITIONS.purpose });
  assert.equal(samePurpose.statusCode, 200, samePurpose.body);
  assert.equal(samePurpose.json().basis, 'same_purpose');
  const otherPurpose = await use({ kind: 'reuse', purpose: 'Customs fraud inquiry' });
  assert.equal(otherPurpose.statusCode, 403);
  assert.equal(otherPurpose.json().code, 'prior_consent_required');
  assert.match(otherPurpose.json().detail, /Response to the ransomware campaign/);
  const outside = { kind: 'onward_transfer', purpose: CONDITIONS.purpose, recipient: 'XC' };
  assert.equal(
    (await use(outside)).statusCode,
    403,
    'no onward transfer outside Comity without consent either',
  );
  assert.equal(
    (await users.ana!('POST', `/api/stix/objects/${green.id}/data-use`, outside)).statusCode,
    409,
    'the originator is not bound by its own conditions',
  );
  const before = await onward();
  assert.deepEqual(before.sent, [], 'nothing goes without consent');
  assert.ok(
    before.withheld.some((w) => w.id === green.id && w.condition === 'onwardTransfer=with_prior_consent'),
  );
  const consent = await users.alice!('POST', `/api/incidents/${id}/onward-consents`, {
    state: 'XC',
    reference: 'XA CERT letter 2026-117',
  });
  assert.equal(consent.statusCode, 201, consent.body);
  const detail = (await users.alice!('GET', `/api/incidents/${id}`)).json();
  assert.deepEqual(
    detail.onwardConsents.map((c: { state: string; reference: string }) => [c.state, c.reference]),
    [['XC', 'XA CERT letter 2026-117']],
    "the incident's record lists the consent",
  );
  const allowed = await use(outside);
  assert.equal(allowed.statusCode, 200, allowed.body);
  assert.equal(allowed.json().basis, 'consent');
  const after = await onward();
  assert.ok(
    after.sent.some((s) => s.id === green.id),
    'with consent on record it goes',
  );
  await network.drain();
  assert.equal(
    (await users.carol!('GET', `/api/stix/objects/${green.id}`)).statusCode,
    200,
    'and arrives at XC',
  );
});

test("a bundle imported through the API is correlated with peers' shared objects", async () => {
  const feed = indicator('45.77.10.8', [tlp('green')]);
  const imported = await users.alice!('POST', '/api/stix/bundles', {
    type: 'bundle',
    id: 'bundle--2f7d1c1e-9a57-4c3b-8d0e-6b1f2a3c4d5e',
    objects: [feed],
  });
  assert.equal(imported.statusCode, 200, imported.body);
  assert.equal(imported.json().accepted, 1);
  assert.ok(imported.json().correlationAlerts >= 1, 'the value is in the AMBER+STRICT object XA shared');
  const alerts = (await users.alice!('GET', '/api/correlation-alerts')).json() as Array<{
    subject: { id: string };
    matched: { id: string; source: string };
  }>;
  assert.ok(
    alerts.some((a) => a.subject.id === feed.id && a.matched.id === ids.strict && a.matched.source === 'xa'),
  );
});

test('a value on a warning list is found by a lookup but raises no alert', async () => {
  const privateAddress = indicator('192.168.1.1', [tlp('green')]);
  const atXa = await users.ana!('POST', '/api/incidents', {
    title: 'Lateral movement inside the hospital network',
    legalBasis: 'cert_cooperation',
    tlp: 'green',
    objects: [privateAddress],
  });
  assert.equal(atXa.statusCode, 201, atXa.body);
  const share = await users.ana!('POST', `/api/incidents/${atXa.json().incident.id}/shares`, {
    targetStates: ['XB'],
    conditions: CONDITIONS,
  });
  assert.equal(share.statusCode, 201, share.body);
  await network.drain();
  const atXb = await users.alice!('POST', '/api/incidents', {
    title: 'Same private address at an XB clinic',
    legalBasis: 'cert_cooperation',
    tlp: 'green',
    objects: [indicator('192.168.1.1', [tlp('green')])],
  });
  assert.equal(atXb.statusCode, 201, atXb.body);
  const alerts = (await users.alice!('GET', '/api/correlation-alerts')).json() as Array<{ value: string }>;
  assert.equal(alerts.filter((a) => a.value === '192.168.1.1').length, 0, 'no alert on an RFC 1918 address');
  const lookup = (await users.alice!('GET', '/api/observables?value=192.168.1.1')).json();
  assert.match(lookup.warning, /RFC 1918/);
  assert.equal(lookup.matches.length, 2, 'both objects are still found');
});

test('a STIX pattern is checked as it is typed: valid, or the problem and where it starts', async () => {
  const check = async (pattern: string) =>
    (await users.ana!('POST', '/api/stix/patterns/check', { pattern })).json();
  assert.deepEqual(await check("[ipv4-addr:value = '198.51.100.7' OR domain-name:value = 'x.example']"), {
    valid: true,
    comparisons: 2,
  });
  const broken = await check("[ipv4-addr:value = '198.51.100.7'");
  assert.equal(broken.valid, false);
  assert.ok(broken.reason.length > 0);
  assert.equal(typeof broken.offset, 'number');
  assert.equal((await users.audit!('POST', '/api/stix/patterns/check', { pattern: '[' })).statusCode, 403);
  const tooLong = await users.ana!('POST', '/api/stix/patterns/check', { pattern: 'x'.repeat(20_001) });
  assert.equal(tooLong.statusCode, 400);
});

test('a person the sender names at the receiving node is assigned there, so an AMBER incident reaches them', async () => {
  const created = await users.ana!('POST', '/api/incidents', {
    title: 'LockBit affiliate at XB hospitals (AMBER)',
    legalBasis: 'cert_cooperation',
    tlp: 'amber',
    objects: [indicator('198.51.100.61', [tlp('amber')])],
  });
  assert.equal(created.statusCode, 201, created.body);
  const id = created.json().incident.id as string;
  const share = await users.ana!('POST', `/api/incidents/${id}/shares`, {
    targetStates: ['XB'],
    namedRecipients: ['bob@xb', 'nobody-here@xb'],
    conditions: CONDITIONS,
  });
  assert.equal(share.statusCode, 201, share.body);
  await network.drain();
  const listed = async (who: Call) =>
    ((await who('GET', '/api/incidents')).json() as Array<{ id: string }>).some((i) => i.id === id);
  assert.equal(await listed(users.bob!), true, 'bob, named, has need to know');
  assert.equal(
    ((await users.bob!('GET', `/api/incidents/${id}/objects`)).json() as { objects: unknown[] }).objects
      .length,
    2,
    'the incident and its AMBER indicator',
  );
  assert.equal(await listed(users.alice!), false, 'alice, not named, does not');
});
