/**
 * The sender's retention condition is kept by the receiver: when `retentionUntil` passes, the
 * retention pass erases the received object — every version, its observables — records why in
 * the incident's timeline and the audit log, and leaves the sender's own copy alone.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { HOUR } from '../../src/core/clock.js';
import { RetentionDaemon } from '../../src/app/sharing/retention-daemon.js';
import { verifyAuditLog } from '../../src/storage/audit/audit-log.js';
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

before(async () => {
  network = await startNetwork({ names: ['xa', 'xb'] });
  const [xa, xb] = [network.node('xa'), network.node('xb')];
  users.ana = await userOn(network, xa, 'ana', ['analyst'], await setupNode(network, xa));
  users.alice = await userOn(network, xb, 'alice', ['analyst'], await setupNode(network, xb));
});
after(async () => {
  await network.close();
});

test('a received object is erased when the retention period its sender set has ended', async () => {
  const xb = network.node('xb');
  const kept = indicator('203.0.113.200', [tlp('green')]);
  const { id } = await incidentSharedWithXb(
    network,
    users.ana!,
    {
      title: 'Scanning from a bullet-proof hoster',
      legalBasis: 'cert_cooperation',
      affectedStates: ['XA', 'XB'],
      sectors: ['telecom'],
      tlp: 'green',
      objects: [kept],
    },
    { ...CONDITIONS, retentionUntil: '2026-05-10' },
  );
  assert.equal((await users.alice!('GET', `/api/stix/objects/${kept.id}`)).statusCode, 200);

  const daemon = xb.node.daemon(RetentionDaemon);
  network.clock.set('2026-05-10T23:00:00.000Z');
  assert.equal(await daemon.runOnce(), 0, 'kept through the whole last day');
  assert.equal((await users.alice!('GET', `/api/stix/objects/${kept.id}`)).statusCode, 200);

  network.clock.advance(HOUR);
  assert.equal(await daemon.runOnce(), 2, 'the indicator and the incident object are erased');
  assert.equal((await users.alice!('GET', `/api/stix/objects/${kept.id}`)).statusCode, 404);
  const rows = await xb.database.db
    .selectFrom('stix_objects')
    .select('id')
    .where('id', '=', kept.id)
    .execute();
  assert.deepEqual(rows, [], 'no version is left');
  const lookup = await users.alice!('GET', '/api/observables?value=203.0.113.200');
  assert.deepEqual(lookup.json().matches, [], 'its observables are gone from the index');
  const timeline = (await xb.database.db
    .selectFrom('incident_timeline')
    .select(['kind', 'text'])
    .where('incident_id', '=', id)
    .where('kind', '=', 'erased')
    .execute()) as Array<{ kind: string; text: string }>;
  assert.ok(
    timeline.some((e) => e.text.includes(kept.id) && e.text.includes('2026-05-10')),
    'the timeline says why',
  );
  const audit = await xb.database.db
    .selectFrom('audit_events')
    .select(['subject_id', 'details'])
    .where('action', '=', 'sharing.retention_erased')
    .execute();
  assert.ok(
    audit.some((a) => a.subject_id === kept.id && JSON.parse(a.details).retentionUntil === '2026-05-10'),
  );
  assert.equal((await verifyAuditLog(xb.database)).ok, true);
  assert.equal(
    (await users.ana!('GET', `/api/stix/objects/${kept.id}`)).statusCode,
    200,
    "the sender's own copy is untouched",
  );
  assert.equal(await daemon.runOnce(), 0, 'nothing left to erase');
});
