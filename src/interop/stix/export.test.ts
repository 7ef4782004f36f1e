/** Exports: selection, the distribution rules per audience, redaction, streaming. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachDialect } from '../../../test/support/databases.js';
import { ManualClock } from '../../core/clock.js';
import type { ShareContext } from '../../core/sharing/markings/distribution.js';
import { TLP_MARKING_IDS } from '../../core/sharing/markings/tlp.js';
import { exportStixBundle, writeStixBundle } from './export.js';
import { importStix } from './import.js';

const ctx = {
  actor: { type: 'system' as const, id: 'test' },
  requestId: null,
  clock: new ManualClock('2026-03-01T10:00:00.000Z'),
};
const T = '2026-01-10T09:00:00.000Z';
const local: ShareContext = {
  originOrganisation: 'xa-cert',
  originState: 'XA',
  recipientOrganisations: ['xb-cert'],
  recipientStates: ['XB'],
  namedRecipients: [],
};
const id = (type: string, n: number) => `${type}--00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
const sdo = (type: string, n: number, extra: Record<string, unknown>) => ({
  type,
  spec_version: '2.1',
  id: id(type, n),
  created: T,
  modified: T,
  ...extra,
});

const INCIDENT = id('incident', 1);
const MALWARE = id('malware', 2);
const objects = [
  sdo('incident', 1, { name: 'Hospital ransomware', object_marking_refs: [TLP_MARKING_IDS.green] }),
  sdo('malware', 2, {
    name: 'Locker',
    is_family: true,
    description: 'Only for the recipient organisations',
    object_marking_refs: [TLP_MARKING_IDS.green],
    granular_markings: [{ selectors: ['description'], marking_ref: TLP_MARKING_IDS['amber+strict'] }],
  }),
  sdo('relationship', 3, {
    relationship_type: 'related-to',
    source_ref: INCIDENT,
    target_ref: MALWARE,
    object_marking_refs: [TLP_MARKING_IDS.clear],
  }),
  sdo('identity', 4, {
    name: 'XA CERT',
    identity_class: 'organization',
    object_marking_refs: [TLP_MARKING_IDS.clear],
  }),
  sdo('note', 5, {
    content: 'Named recipients only',
    object_refs: [INCIDENT],
    object_marking_refs: [TLP_MARKING_IDS.red],
  }),
  sdo('tool', 6, { name: 'Unmarked tool' }),
];

forEachDialect('STIX export', (t) => {
  test('setup: the objects import', async () => {
    const report = await importStix(t.database, [Buffer.from(JSON.stringify(objects))], { ctx });
    assert.equal(
      report.accepted,
      objects.length,
      JSON.stringify(report.objects.find((o) => o.status === 'rejected')),
    );
  });

  const ids = (bundle: string) =>
    (JSON.parse(bundle) as { objects: Array<{ id: string }> }).objects.map((o) => o.id);

  test('the originating organisation receives everything', async () => {
    const { bundle, summary } = await exportStixBundle(t.database, {
      selection: {},
      audience: { kind: 'user', organisation: 'xa-cert', state: 'XA' },
      localContext: local,
    });
    assert.equal(summary.emitted, objects.length);
    assert.equal(summary.withheld, 0);
    assert.deepEqual(ids(bundle).sort(), objects.map((o) => o.id).sort());
  });

  test('the public receives only TLP:CLEAR; the rest is counted by reason', async () => {
    const { bundle, summary } = await exportStixBundle(t.database, {
      selection: {},
      audience: { kind: 'public' },
      localContext: local,
    });
    assert.deepEqual(ids(bundle).sort(), [id('identity', 4), id('relationship', 3)]);
    assert.equal(summary.withheld, 4);
    assert.equal(
      Object.values(summary.withheldBy).reduce((a, b) => a + b, 0),
      4,
    );
    assert.ok(Object.keys(summary.withheldBy).some((r) => /TLP:RED/.test(r)));
  });

  test('a node of another State gets green and amber, with amber+strict fields removed', async () => {
    const { bundle, summary } = await exportStixBundle(t.database, {
      selection: { types: ['malware', 'tool', 'note'] },
      audience: { kind: 'node', state: 'XB', nodeId: 'xb.example' },
      localContext: local,
    });
    const parsed = JSON.parse(bundle) as { objects: Array<Record<string, unknown>> };
    assert.deepEqual(parsed.objects.map((o) => o.id).sort(), [MALWARE, id('tool', 6)]);
    const malware = parsed.objects.find((o) => o.id === MALWARE)!;
    assert.equal(malware.description, undefined);
    assert.equal(malware.name, 'Locker');
    assert.equal(summary.redacted, 1);
    assert.equal(summary.withheld, 1);
  });

  test('an incident comes with its relationships and the objects at their other ends', async () => {
    const { bundle, summary } = await exportStixBundle(t.database, {
      selection: {
        incident: INCIDENT,
        ids: [id('identity', 4), 'tool--00000000-0000-4000-8000-999999999999'],
      },
      audience: { kind: 'user', organisation: 'xa-cert' },
      localContext: local,
    });
    assert.deepEqual(ids(bundle), [id('identity', 4), INCIDENT, id('relationship', 3), MALWARE]);
    assert.deepEqual(summary.missing, ['tool--00000000-0000-4000-8000-999999999999']);
  });

  test('received objects are judged under the context they were shared in', async () => {
    const received = sdo('indicator', 7, {
      pattern: "[ipv4-addr:value = '192.0.2.1']",
      pattern_type: 'stix',
      valid_from: T,
      object_marking_refs: [TLP_MARKING_IDS.amber],
    });
    const context: ShareContext = {
      ...local,
      originOrganisation: 'xc-cert',
      originState: 'XC',
      recipientStates: ['XA'],
    };
    await importStix(t.database, [Buffer.from(JSON.stringify(received))], {
      ctx,
      source: 'xc.example',
      shareContext: context,
    });
    const toXb = await exportStixBundle(t.database, {
      selection: { ids: [received.id] },
      audience: { kind: 'node', state: 'XB' },
      localContext: local,
    });
    // XC shared it with XA only: our own recipients list does not widen it.
    assert.deepEqual(ids(toXb.bundle), []);
    const toXa = await exportStixBundle(t.database, {
      selection: { ids: [received.id] },
      audience: { kind: 'node', state: 'XA' },
      localContext: local,
    });
    assert.deepEqual(ids(toXa.bundle), [received.id]);
  });

  test('a large export is written in pieces and pages through the store', async () => {
    const chunks: string[] = [];
    const summary = await writeStixBundle(
      t.database,
      {
        selection: {},
        audience: { kind: 'user', organisation: 'xa-cert' },
        localContext: local,
        pageSize: 2,
      },
      (chunk) => {
        chunks.push(chunk);
      },
    );
    assert.ok(chunks.length >= summary.emitted + 2);
    assert.equal((JSON.parse(chunks.join('')) as { objects: unknown[] }).objects.length, summary.emitted);
  });
});
