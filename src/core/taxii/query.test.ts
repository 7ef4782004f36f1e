import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseTaxiiQuery, queryFingerprint, type TaxiiEndpoint } from './query.js';

const parse = (endpoint: TaxiiEndpoint, qs: string) => parseTaxiiQuery(endpoint, new URLSearchParams(qs));

test('reads default to the latest version; a delete to every version', () => {
  const objects = parse('objects', '');
  assert.ok(objects.ok);
  assert.deepEqual(objects.query.versions, { kind: 'some', first: false, last: true, exact: [] });
  const del = parse('delete', '');
  assert.ok(del.ok);
  assert.deepEqual(del.query.versions, { kind: 'all' });
});

test('filters are parsed: lists, exact versions in nine digits, added_after as an instant', () => {
  const parsed = parse(
    'objects',
    'added_after=2026-05-04T08:00:00.5Z&limit=20&match[type]=indicator,malware&match[version]=first,2026-05-04T07:00:00Z&match[spec_version]=2.1',
  );
  assert.ok(parsed.ok);
  assert.equal(parsed.query.limit, 20);
  assert.deepEqual(parsed.query.types, ['indicator', 'malware']);
  assert.deepEqual(parsed.query.versions, {
    kind: 'some',
    first: true,
    last: false,
    exact: ['2026-05-04T07:00:00.000000000Z'],
  });
  assert.equal(parsed.query.addedAfter?.nine, '2026-05-04T08:00:00.500000000Z');
});

test('a repeated parameter, a bad value or one the endpoint does not take is refused, by name', () => {
  for (const [endpoint, qs, words] of [
    ['objects', 'limit=1&limit=2', /limit is given twice/],
    ['objects', 'limit=0', /limit must be a whole number of 1 or more/],
    ['objects', 'limit=-20', /limit/],
    ['objects', 'added_after=2026-13-01T00:00:00Z', /added_after/],
    ['objects', 'match[version]=all,first', /cannot be combined/],
    ['objects', 'match[version]=last,last', /twice/],
    ['objects', 'match[id]=indicator--1', /not a STIX identifier/],
    ['object', 'match[type]=indicator', /does not take the parameter match\[type\]/],
    ['versions', 'match[version]=all', /does not take/],
    ['delete', 'limit=5', /does not take/],
    ['objects', 'sort=asc', /does not take the parameter sort/],
  ] as const) {
    const parsed = parse(endpoint, qs);
    assert.ok(!parsed.ok, qs);
    assert.match(parsed.problem, words, qs);
  }
});

test('match fields TAXII does not define are ignored, as the specification allows', () => {
  assert.ok(parse('objects', 'match[colour]=red').ok);
});

test('the fingerprint binds every filter but limit and next, in any order of values', () => {
  const fp = (qs: string) => {
    const parsed = parse('objects', qs);
    assert.ok(parsed.ok);
    return queryFingerprint('objects', parsed.query);
  };
  assert.equal(fp('match[type]=a-b,c-d&limit=1'), fp('match[type]=c-d,a-b&limit=50&next=x'));
  assert.notEqual(fp('match[type]=a-b'), fp('match[type]=a-b,c-d'));
  assert.notEqual(fp(''), fp('added_after=2026-05-04T08:00:00Z'));
});
