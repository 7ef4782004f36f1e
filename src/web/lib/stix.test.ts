import assert from 'node:assert/strict';
import { test } from 'node:test';
import { filterRows, graphOf, labelOf, newObject, type ObjectRow, tlpOf, typesOf } from './stix';

const AMBER = 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421';
const GREEN_V1 = 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da';
const RED = 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1';

test('the TLP of a set of markings is its most restrictive TLP marking; others are ignored', () => {
  assert.equal(tlpOf([GREEN_V1, AMBER]), 'amber');
  assert.equal(tlpOf([RED, 'marking-definition--0b1f3c7e-5d55-4c2a-9a43-3f1c2b8f9e01']), 'red');
  assert.equal(tlpOf(['marking-definition--0b1f3c7e-5d55-4c2a-9a43-3f1c2b8f9e01']), null);
  assert.equal(tlpOf(undefined), null);
  assert.equal(tlpOf([42, null]), null);
});

test('a label says what a person would call the object', () => {
  assert.equal(labelOf({ type: 'malware', id: 'malware--1', name: 'LockBit' }), 'LockBit');
  assert.equal(labelOf({ type: 'ipv4-addr', id: 'ipv4-addr--1', value: '198.51.100.7' }), '198.51.100.7');
  assert.equal(
    labelOf({ type: 'indicator', id: 'indicator--1', pattern: "[url:value = 'x']" }),
    "[url:value = 'x']",
  );
  assert.equal(labelOf({ type: 'file', id: 'file--1', hashes: { 'SHA-256': 'ab12' } }), 'ab12');
  assert.equal(labelOf({ type: 'x-custom', id: 'x-custom--1' }), 'x-custom--1');
  assert.equal(
    labelOf({
      type: 'relationship',
      id: 'relationship--1',
      source_ref: 'a',
      relationship_type: 'uses',
      target_ref: 'b',
    }),
    'a uses b',
  );
});

const row = (object: ObjectRow['object']): ObjectRow => ({
  object,
  source: 'local',
  revoked: false,
  redactedPaths: [],
});
const rows = [
  row({ type: 'indicator', id: 'indicator--1', name: 'C2 address', object_marking_refs: [AMBER] }),
  row({ type: 'indicator', id: 'indicator--2', name: 'Phishing domain', object_marking_refs: [GREEN_V1] }),
  row({ type: 'malware', id: 'malware--3', name: 'LockBit' }),
];

test('the filters keep rows of a type, at a TLP level (or unmarked), holding the text', () => {
  const ids = (r: ObjectRow[]) => r.map((x) => x.object.id);
  assert.deepEqual(ids(filterRows(rows, { type: 'indicator', tlp: '', text: '' })), [
    'indicator--1',
    'indicator--2',
  ]);
  assert.deepEqual(ids(filterRows(rows, { type: '', tlp: 'green', text: '' })), ['indicator--2']);
  assert.deepEqual(ids(filterRows(rows, { type: '', tlp: 'none', text: '' })), ['malware--3']);
  assert.deepEqual(ids(filterRows(rows, { type: '', tlp: '', text: '  lock ' })), ['malware--3']);
  assert.deepEqual(ids(filterRows(rows, { type: '', tlp: '', text: 'indicator--2' })), ['indicator--2']);
  assert.deepEqual(typesOf(rows), [
    { type: 'indicator', count: 2 },
    { type: 'malware', count: 1 },
  ]);
});

test('the graph: relationships and embedded references become edges, only between objects present', () => {
  const { nodes, edges } = graphOf([
    { type: 'malware', id: 'malware--1', name: 'LockBit' },
    {
      type: 'indicator',
      id: 'indicator--2',
      pattern: "[ipv4-addr:value = '1.2.3.4']",
      created_by_ref: 'identity--9',
    },
    {
      type: 'relationship',
      id: 'relationship--3',
      relationship_type: 'indicates',
      source_ref: 'indicator--2',
      target_ref: 'malware--1',
    },
    {
      type: 'relationship',
      id: 'relationship--4',
      relationship_type: 'uses',
      source_ref: 'malware--1',
      target_ref: 'tool--hidden',
    },
    {
      type: 'sighting',
      id: 'sighting--5',
      sighting_of_ref: 'indicator--2',
      where_sighted_refs: ['identity--9'],
    },
    {
      type: 'incident',
      id: 'incident--6',
      name: 'Hospital',
      object_refs: ['malware--1', 'indicator--2', 'incident--6'],
    },
  ]);
  assert.deepEqual(
    nodes.map((n) => n.id),
    ['malware--1', 'indicator--2', 'sighting--5', 'incident--6'],
  );
  assert.deepEqual(
    edges.map((e) => [e.source, e.label, e.target]),
    [
      ['indicator--2', 'indicates', 'malware--1'],
      ['sighting--5', 'sighting_of', 'indicator--2'],
      ['incident--6', 'object', 'malware--1'],
      ['incident--6', 'object', 'indicator--2'],
    ],
    'no edge to what is not shown, to the creator, or from an object to itself',
  );
});

test('the add-object form makes STIX 2.1 objects: marked, with the fields each type requires', () => {
  const now = new Date('2026-12-07T03:00:00.000Z');
  const uuid = '6f1a9a52-2a4b-4cbb-9a3c-0d4d2b8e1f10';
  const base = { incidentStixId: 'incident--1', tlp: 'amber' as const };
  const indicator = newObject(
    { ...base, kind: 'indicator', text: 'C2', pattern: "[ipv4-addr:value = '198.51.100.7']" },
    now,
    uuid,
  );
  assert.deepEqual(indicator, {
    type: 'indicator',
    spec_version: '2.1',
    id: `indicator--${uuid}`,
    created: now.toISOString(),
    modified: now.toISOString(),
    name: 'C2',
    pattern: "[ipv4-addr:value = '198.51.100.7']",
    pattern_type: 'stix',
    valid_from: now.toISOString(),
    object_marking_refs: [AMBER],
  });
  assert.equal(newObject({ ...base, kind: 'malware', text: ' LockBit ' }, now, uuid).is_family, false);
  assert.deepEqual(newObject({ ...base, kind: 'note', text: 'seen', tlp: null }, now, uuid).object_refs, [
    'incident--1',
  ]);
  assert.deepEqual(
    newObject({ ...base, kind: 'observable', observableType: 'file', text: 'AB'.repeat(32) }, now, uuid)
      .hashes,
    { 'SHA-256': 'ab'.repeat(32) },
  );
  assert.equal(
    newObject({ ...base, kind: 'observable', observableType: 'domain-name', text: 'x.example' }, now, uuid)
      .value,
    'x.example',
  );
});

test('a relationship is named by its ends where they are known', () => {
  const names = new Map([['indicator--1', 'C2 server']]);
  assert.equal(
    labelOf(
      {
        type: 'relationship',
        id: 'relationship--9',
        source_ref: 'indicator--1',
        relationship_type: 'indicates',
        target_ref: 'malware--2',
      },
      (id) => names.get(id),
    ),
    'C2 server indicates malware--2',
  );
  assert.equal(
    labelOf({ type: 'sighting', id: 'sighting--3', sighting_of_ref: 'indicator--1', count: 3 }, (id) =>
      names.get(id),
    ),
    'C2 server ×3',
  );
});
