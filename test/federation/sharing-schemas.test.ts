/**
 * What Comity writes itself while sharing — incident objects with the Incident Core Extension,
 * new versions after a change, revocations, sightings, the TLP 2.0 and PAP marking-definitions —
 * passes the official STIX 2.1 schemas, on the node that wrote it and on the node that received
 * it, and so does the bundle a user exports. Skipped without COMITY_STIX_SCHEMAS.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { PAP_LEVELS, papMarkingDefinition } from '../../src/core/sharing/markings/pap.js';
import { TLP_LEVELS, tlpMarkingDefinition } from '../../src/core/sharing/markings/tlp.js';
import { type Network, startNetwork } from '../support/network.js';
import {
  type Call,
  incidentSharedWithXb,
  indicator,
  setupNode,
  tlp,
  userOn,
} from '../support/sharing-network.js';
import { schemasSkip, stixValidator } from '../support/stix-schemas.js';

let network: Network;
const users: Record<string, Call> = {};

before(async () => {
  if (schemasSkip) return;
  network = await startNetwork({ names: ['xa', 'xb'] });
  const [xa, xb] = [network.node('xa'), network.node('xb')];
  users.ana = await userOn(network, xa, 'ana', ['analyst'], await setupNode(network, xa));
  users.alice = await userOn(network, xb, 'alice', ['analyst'], await setupNode(network, xb));
});
after(async () => {
  await network?.close();
});

test('every STIX object Comity writes while sharing passes the official schemas', {
  skip: schemasSkip,
}, async () => {
  const valid = stixValidator();
  const green = indicator('203.0.113.99', [tlp('green')]);
  const { id } = await incidentSharedWithXb(network, users.ana!, {
    title: 'Ransomware affiliate infrastructure',
    description: 'C2 and leak site seen against hospitals in XA and XB.',
    legalBasis: 'spontaneous_information',
    affectedStates: ['XA', 'XB'],
    sectors: ['health'],
    tlp: 'green',
    objects: [green],
  });
  network.clock.advance(60_000);
  const sighting = await users.alice!('POST', `/api/stix/objects/${green.id}/sightings`, {
    count: 3,
    firstSeen: '2026-05-04T06:00:00.000Z',
    lastSeen: '2026-05-04T07:30:00.000Z',
    description: 'Seen in the XB hospital firewall logs',
  });
  assert.equal(sighting.statusCode, 201, sighting.body);
  network.clock.advance(60_000);
  assert.equal((await users.ana!('PATCH', `/api/incidents/${id}`, { status: 'contained' })).statusCode, 200);
  const revoked = await users.ana!('POST', `/api/stix/objects/${green.id}/revoke`, { reason: 'benign' });
  assert.equal(revoked.statusCode, 200, revoked.body);
  await network.drain();

  const problems: string[] = [];
  const types = new Set<string>();
  for (const node of network.nodes) {
    const rows = await node.database.db.selectFrom('stix_objects').select(['object']).execute();
    for (const row of rows) {
      const object = JSON.parse(row.object) as { type: string; id: string };
      types.add(object.type);
      const problem = valid(object);
      if (problem) problems.push(`${node.name}: ${problem}`);
    }
  }
  for (const definition of [
    ...TLP_LEVELS.map(tlpMarkingDefinition),
    ...PAP_LEVELS.map(papMarkingDefinition),
  ]) {
    const problem = valid(definition as { type: string; id: string });
    if (problem) problems.push(`marking: ${problem}`);
  }
  const bundle = await users.alice!('GET', `/api/stix/bundles?incident=${id}`);
  assert.equal(bundle.statusCode, 200, bundle.body);
  for (const object of (JSON.parse(bundle.body) as { objects: Array<{ type: string; id: string }> })
    .objects) {
    const problem = valid(object);
    if (problem) problems.push(`export: ${problem}`);
  }
  assert.deepEqual(problems, []);
  for (const type of ['incident', 'indicator', 'sighting'])
    assert.ok(types.has(type), `a ${type} was written`);
});
