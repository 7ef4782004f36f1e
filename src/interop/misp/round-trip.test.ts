/**
 * MISP → Comity → MISP: a MISP event (written by hand from the MISP format documentation)
 * becomes STIX objects that pass Comity's own validator, is imported into a real database
 * through the lenient importer, is read back and becomes a MISP event again that keeps every
 * attribute's value, type, category, to_ids, comment and tags, and every MISP object. On
 * SQLite and PostgreSQL.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { type StixObject, validateStixObject } from '../../core/sharing/stix/validate.js';
import { TLP_MARKING_IDS } from '../../core/sharing/markings/tlp.js';
import { PAP_MARKING_IDS } from '../../core/sharing/markings/pap.js';
import { getCurrentStixObjects } from '../../storage/sharing/read-objects.js';
import { forEachDialect } from '../../../test/support/databases.js';
import { importStix } from '../stix/import.js';
import { mispEventToStix } from './event-to-stix.js';
import type { MispAttribute, MispEvent } from './misp-event.js';
import { stixToMispEvent } from './stix-to-event.js';

const EVENT = (
  JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'ransomware-event.json'), 'utf8')) as {
    Event: MispEvent;
  }
).Event;
const ctx = {
  actor: { type: 'system' as const, id: 'test' },
  requestId: null,
  clock: { now: () => new Date() },
};

/** What must survive, attribute by attribute. */
const kept = (a: MispAttribute) => ({
  uuid: a.uuid,
  type: a.type,
  category: a.category,
  value: a.value,
  to_ids: a.to_ids === true || a.to_ids === '1',
  comment: a.comment ?? null,
  relation: a.object_relation ?? null,
  tags: (a.Tag ?? []).map((t) => t.name).sort(),
});
const readable = (attributes: readonly MispAttribute[] | undefined) =>
  (attributes ?? []).filter((a) => a.uuid !== 'not-a-uuid').map(kept);

test('each attribute becomes the STIX object its type and to_ids say, and the validator takes every one', () => {
  const { objects, outcomes } = mispEventToStix(EVENT);
  for (const o of objects) {
    const check = validateStixObject(o);
    assert.ok(check.ok, `${o.id}: ${check.ok ? '' : check.reason}`);
  }
  const byUuid = new Map(outcomes.map((o) => [o.uuid, o]));
  const typeOf = (uuid: string) => {
    const outcome = byUuid.get(uuid)!;
    return outcome.status === 'refused' ? 'refused' : outcome.stixId.split('--')[0];
  };
  assert.deepEqual(
    ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13'].map((n) =>
      typeOf(`8d0c4e4a-1f5b-4b8e-8f3e-1c2a3b4c5d${n}`),
    ),
    [
      'indicator', // ip-dst, to_ids
      'indicator', // domain, to_ids "1"
      'indicator', // sha256
      'url', // not for detection: the observable itself
      'indicator', // email-src
      'note', // text
      'vulnerability',
      'note', // x509-fingerprint-sha1: no equivalent here, kept
      'autonomous-system',
      'indicator', // inside the ip-port object
      'note', // port
      'file', // filename, not for detection
      'indicator', // md5
    ],
  );
  const refused = byUuid.get('not-a-uuid')!;
  assert.deepEqual(
    [refused.status, refused.status === 'refused' && refused.reason],
    ['refused', 'the attribute has no valid uuid'],
  );
  const unknown = byUuid.get('8d0c4e4a-1f5b-4b8e-8f3e-1c2a3b4c5d08')!;
  assert.equal(unknown.status, 'kept-as-note');
  const find = (id: string) => objects.find((o) => o.id === id) as StixObject;
  const ip = find('indicator--8d0c4e4a-1f5b-4b8e-8f3e-1c2a3b4c5d01');
  assert.equal(ip.pattern, "[ipv4-addr:value = '203.0.113.45']");
  assert.deepEqual(
    ip.object_marking_refs,
    [TLP_MARKING_IDS.amber, PAP_MARKING_IDS.amber],
    'its own TLP tag wins',
  );
  const domain = find('indicator--8d0c4e4a-1f5b-4b8e-8f3e-1c2a3b4c5d02');
  assert.deepEqual(domain.object_marking_refs, [TLP_MARKING_IDS.green, PAP_MARKING_IDS.amber], "the event's");
  assert.equal(
    find('url--8d0c4e4a-1f5b-4b8e-8f3e-1c2a3b4c5d04').value,
    "http://update-check.example.net/gate.php?id='7'",
  );
  const report = objects.at(-1)!;
  assert.equal(report.type, 'report');
  assert.deepEqual(report.labels, ['circl:incident-classification="malware"']);
  assert.equal((report.object_refs as string[]).length, 14, '13 attributes and one galaxy cluster');
  const lockbit = find('malware--b7d4c1a2-6f3e-4d5c-9a8b-7e6f5d4c3b2a');
  assert.deepEqual(
    [lockbit.name, lockbit.is_family, lockbit.aliases, lockbit.object_marking_refs],
    ['LockBit', true, ['ABCD'], [TLP_MARKING_IDS.green, PAP_MARKING_IDS.amber]],
  );
  assert.equal(
    objects.some((o) => o.id.endsWith('c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f')),
    false,
    'a sector cluster has no STIX object of its own',
  );
});

forEachDialect('MISP → Comity → MISP', (t) => {
  test('every attribute value, type, category, to_ids, comment and tag, and every MISP object, come back', async () => {
    const { objects } = mispEventToStix(EVENT);
    const report = await importStix(t.database, [Buffer.from(JSON.stringify({ type: 'bundle', objects }))], {
      ctx,
    });
    assert.equal(report.rejected, 0, JSON.stringify(report.objects.filter((o) => o.status === 'rejected')));
    const stored = await getCurrentStixObjects(
      t.database,
      objects.map((o) => o.id),
    );
    assert.equal(stored.length, objects.length);
    const { event, leftOut } = stixToMispEvent(
      stored.map((s) => s.object as StixObject),
      { uuid: 'unused', info: 'unused', date: '2000-01-01' },
    );
    assert.deepEqual(leftOut, []);
    assert.deepEqual(
      [
        event.uuid,
        event.info,
        event.date,
        event.threat_level_id,
        event.analysis,
        event.distribution,
        event.published,
      ],
      [EVENT.uuid, EVENT.info, EVENT.date, EVENT.threat_level_id, EVENT.analysis, EVENT.distribution, true],
    );
    assert.deepEqual(event.Tag, EVENT.Tag);
    assert.deepEqual(event.Galaxy, EVENT.Galaxy, 'galaxies come back whole, mapped or not');
    const byUuid = (list: ReturnType<typeof readable>) =>
      [...list].sort((a, b) => a.uuid.localeCompare(b.uuid));
    assert.deepEqual(byUuid(readable(event.Attribute)), byUuid(readable(EVENT.Attribute)));
    const objectsOf = (e: MispEvent) =>
      (e.Object ?? [])
        .map((o) => ({
          uuid: o.uuid,
          name: o.name,
          meta: o['meta-category'],
          template: [o.template_uuid, o.template_version],
          attributes: byUuid(readable(o.Attribute)),
        }))
        .sort((a, b) => a.uuid.localeCompare(b.uuid));
    assert.deepEqual(objectsOf(event), objectsOf(EVENT));
  });
});

test("Comity's own objects go out as a MISP analyst would have entered them; others are named as left out", () => {
  const at = '2026-05-04T07:00:00.000Z';
  const { event, leftOut } = stixToMispEvent(
    [
      {
        type: 'indicator',
        spec_version: '2.1',
        id: 'indicator--0e0b8a40-8a4e-4f4e-9c55-7d1f0e6d2a11',
        created: at,
        modified: at,
        pattern: "[domain-name:value = 'c2.example.net']",
        pattern_type: 'stix',
        valid_from: at,
      },
      {
        type: 'ipv4-addr',
        spec_version: '2.1',
        id: 'ipv4-addr--1e0b8a40-8a4e-4f4e-9c55-7d1f0e6d2a11',
        value: '192.0.2.7',
      },
      {
        type: 'malware',
        spec_version: '2.1',
        id: 'malware--2e0b8a40-8a4e-4f4e-9c55-7d1f0e6d2a11',
        created: at,
        modified: at,
        name: 'LockBit',
        is_family: true,
      },
    ] as StixObject[],
    { uuid: '3e0b8a40-8a4e-4f4e-9c55-7d1f0e6d2a11', info: 'Incident at XA', date: '2026-05-04' },
  );
  assert.deepEqual(
    event.Attribute?.map((a) => [a.type, a.value, a.to_ids]),
    [
      ['domain', 'c2.example.net', true],
      ['ip-dst', '192.0.2.7', false],
    ],
  );
  assert.deepEqual(leftOut, [
    {
      id: 'malware--2e0b8a40-8a4e-4f4e-9c55-7d1f0e6d2a11',
      reason: 'a malware has no MISP attribute equivalent',
    },
  ]);
  assert.equal(event.info, 'Incident at XA');
});
