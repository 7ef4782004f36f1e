/** The STIX store and observable index behave the same on SQLite and PostgreSQL. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachDialect } from '../../../test/support/databases.js';
import type { Tx } from '../database.js';
import { observableHashKey } from './observable-key.js';
import { lookupObservable, replaceObservables } from './observable-index.js';
import { matchesForMany, matchesInTx, matchKey } from './observable-matches.js';
import { type PutStixInput, putStixObject, putStixObjects } from './put-object.js';
import {
  currentEdgesOf,
  getCurrentStixObject,
  getCurrentStixObjects,
  listCurrentStixObjects,
  stixVersions,
} from './read-objects.js';
import { versionKey } from './stix-version.js';

const ID = 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f';
const AT = '2026-03-01T10:00:00.000Z';
const IP = { kind: 'ipv4-addr', value: '198.51.100.7' };
const DOMAIN = { kind: 'domain-name', value: 'c2.example.net' };

function indicator(modified: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'indicator',
    spec_version: '2.1',
    id: ID,
    created: '2026-01-01T00:00:00.000Z',
    modified,
    pattern: "[ipv4-addr:value = '198.51.100.7']",
    pattern_type: 'stix',
    valid_from: '2026-01-01T00:00:00Z',
    ...extra,
  };
}

function input(object: Record<string, unknown>, observables = [IP], source = 'local'): PutStixInput {
  return { object: object as PutStixInput['object'], observables, source, at: AT };
}

forEachDialect('STIX store', (t) => {
  const put = (i: PutStixInput) => t.database.transact((tx: Tx) => putStixObject(tx, i));

  test('the first version is created and current, with its observables indexed', async () => {
    const outcome = await put(input(indicator('2026-01-01T00:00:00Z'), [IP, IP]));
    assert.equal(outcome.status, 'created');
    const current = await getCurrentStixObject(t.database, ID);
    assert.equal(current?.modified, '2026-01-01T00:00:00.000000000Z');
    assert.equal(current?.source, 'local');
    assert.equal(current?.revoked, false);
    const matches = await lookupObservable(t.database, IP);
    assert.deepEqual(
      matches.map((m) => [m.subjectType, m.subjectId, m.objectType, m.source, m.revoked]),
      [['stix', ID, 'indicator', 'local', false]],
    );
  });

  test('the same version again is unchanged; the same modified with other content is a conflict', async () => {
    // The same object with its members in another order.
    const again = Object.fromEntries(Object.entries(indicator('2026-01-01T00:00:00Z')).reverse());
    assert.equal((await put(input(again))).status, 'unchanged');
    const other = indicator('2026-01-01T00:00:00Z', { name: 'changed' });
    assert.equal((await put(input(other))).status, 'conflict');
    assert.equal((await stixVersions(t.database, ID)).length, 1);
    assert.equal((await getCurrentStixObject(t.database, ID))?.object.name, undefined);
  });

  test('a newer version becomes current and replaces the observables; an older one is history', async () => {
    const newer = indicator('2026-02-01T00:00:00.5Z', { pattern: "[domain-name:value = 'c2.example.net']" });
    const foreign = await put(input(newer, [DOMAIN], 'xb.example'));
    assert.deepEqual(
      [foreign.status, foreign.heldFrom],
      ['foreign', 'local'],
      'only the originator issues versions',
    );
    assert.equal((await put(input(newer, [DOMAIN]))).status, 'updated');
    const older = indicator('2025-12-01T00:00:00Z', { name: 'older' });
    assert.equal((await put(input(older))).status, 'history');
    const versions = await stixVersions(t.database, ID);
    assert.deepEqual(
      versions.map((v) => [v.modified, v.current]),
      [
        ['2025-12-01T00:00:00.000000000Z', false],
        ['2026-01-01T00:00:00.000000000Z', false],
        ['2026-02-01T00:00:00.500000000Z', true],
      ],
    );
    assert.equal((await getCurrentStixObject(t.database, ID))?.source, 'local');
    assert.deepEqual(await lookupObservable(t.database, IP), []);
    assert.equal((await lookupObservable(t.database, DOMAIN))[0]?.subjectId, ID);
  });

  test('a revoked version stays findable, flagged as revoked', async () => {
    const revoked = indicator('2026-03-01T00:00:00Z', {
      pattern: "[domain-name:value = 'c2.example.net']",
      revoked: true,
    });
    assert.equal((await put(input(revoked, [DOMAIN]))).status, 'updated');
    const [match] = await lookupObservable(t.database, DOMAIN);
    assert.equal(match?.revoked, true);
    assert.equal((await getCurrentStixObject(t.database, ID))?.revoked, true);
  });

  test('a failed transaction leaves neither the object nor its observables', async () => {
    const id = 'malware--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061';
    const url = { kind: 'url', value: 'http://rollback.example/x' };
    await assert.rejects(
      t.database.transact(async (tx) => {
        await putStixObject(tx, input({ type: 'malware', id, modified: '2026-01-01T00:00:00Z' }, [url]));
        throw new Error('boom');
      }),
      /boom/,
    );
    assert.equal(await getCurrentStixObject(t.database, id), undefined);
    assert.deepEqual(await lookupObservable(t.database, url), []);
  });

  test('lookups verify the value, so a different value never matches', async () => {
    assert.deepEqual(await lookupObservable(t.database, { kind: 'ipv4-addr', value: '198.51.100.8' }), []);
    assert.deepEqual(await lookupObservable(t.database, { kind: 'ipv6-addr', value: DOMAIN.value }), []);
  });

  test('any subject can be indexed, and lookups return every subject carrying the value', async () => {
    const shared = { kind: 'email-addr', value: 'ops@victim.example' };
    await t.database.transact(async (tx) => {
      await replaceObservables(tx, 'request', 'req-42', [shared]);
      await putStixObject(
        tx,
        input({ type: 'email-addr', id: 'email-addr--1', value: shared.value }, [shared]),
      );
    });
    const matches = await lookupObservable(t.database, shared);
    assert.deepEqual(
      matches.map((m) => [m.subjectType, m.subjectId, m.objectType]),
      [
        ['request', 'req-42', null],
        ['stix', 'email-addr--1', 'email-addr'],
      ],
    );
  });

  test('pages by type are in id order and continue with `next`', async () => {
    await t.database.transact(async (tx) => {
      for (let i = 0; i < 5; i++) {
        const id = `tool--00000000-0000-4000-8000-00000000000${i}`;
        await putStixObject(
          tx,
          input({ type: 'tool', id, name: `t${i}`, modified: '2026-01-01T00:00:00Z' }, []),
        );
      }
    });
    const first = await listCurrentStixObjects(t.database, { type: 'tool', limit: 3 });
    assert.equal(first.objects.length, 3);
    assert.ok(first.next);
    const second = await listCurrentStixObjects(t.database, { type: 'tool', limit: 3, after: first.next });
    assert.deepEqual(
      [...first.objects, ...second.objects].map((o) => o.object.name),
      ['t0', 't1', 't2', 't3', 't4'],
    );
    assert.equal(second.next, undefined);
    const some = await getCurrentStixObjects(t.database, [
      'tool--00000000-0000-4000-8000-000000000004',
      'tool--missing',
      'tool--00000000-0000-4000-8000-000000000001',
    ]);
    assert.deepEqual(
      some.map((o) => o.object.name),
      ['t4', 't1'],
    );
  });

  test('relationships are found from either end', async () => {
    const rel = {
      type: 'relationship',
      id: 'relationship--1',
      modified: '2026-01-01T00:00:00Z',
      relationship_type: 'indicates',
      source_ref: ID,
      target_ref: 'incident--9',
    };
    await t.database.transact((tx) => putStixObject(tx, input(rel, [])));
    assert.deepEqual(
      (await currentEdgesOf(t.database, 'incident--9')).map((o) => o.id),
      ['relationship--1'],
    );
    assert.deepEqual(
      (await currentEdgesOf(t.database, ID)).map((o) => o.id),
      ['relationship--1'],
    );
  });
  test('one batch may hold several versions of an id: the newest ends current with its observables', async () => {
    const id = 'infrastructure--5d9e2a3b-0c4f-4b8e-9a51-2f6b7c8d9e01';
    const v = (modified: string, value: string) =>
      input({ type: 'infrastructure', id, name: value, modified }, [{ kind: 'domain', value }]);
    const outcomes = await t.database.transact((tx) =>
      putStixObjects(tx, [
        v('2026-01-01T00:00:00Z', 'one.example'),
        v('2026-01-03T00:00:00Z', 'three.example'),
        v('2026-01-02T00:00:00Z', 'two.example'),
        v('2026-01-03T00:00:00Z', 'three.example'),
      ]),
    );
    assert.deepEqual(
      outcomes.map((o) => o.status),
      ['created', 'updated', 'history', 'unchanged'],
    );
    const versions = await stixVersions(t.database, id);
    assert.deepEqual(
      versions.map((x) => [x.object.name, x.current]),
      [
        ['one.example', false],
        ['two.example', false],
        ['three.example', true],
      ],
    );
    assert.deepEqual(await lookupObservable(t.database, { kind: 'domain', value: 'one.example' }), []);
    assert.equal((await lookupObservable(t.database, { kind: 'domain', value: 'three.example' })).length, 1);
  });

  test('matches for many values at once are those of each value alone, limit and order included', async () => {
    const shared = { kind: 'ipv4-addr', value: '203.0.113.50' };
    const objects = Array.from({ length: 7 }, (_, i) =>
      input(
        {
          type: 'indicator',
          id: `indicator--0000000${i}-1111-4222-8333-444455556666`,
          modified: '2026-02-01T00:00:00Z',
        },
        [shared, { kind: 'domain-name', value: `host${i}.example` }],
        i % 2 ? 'xb' : 'local',
      ),
    );
    await t.database.transact((tx) => putStixObjects(tx, objects));
    const asked = [
      shared,
      { kind: 'domain-name', value: 'host3.example' },
      { kind: 'domain-name', value: 'nowhere.example' },
      { kind: 'ipv4-addr', value: 'host3.example' }, // the same text under another kind
      shared, // asked twice
    ];
    await t.database.transact(async (tx) => {
      for (const limit of [200, 3]) {
        const many = await matchesForMany(tx, asked, limit);
        assert.equal(many.size, 4);
        for (const o of asked) assert.deepEqual(many.get(matchKey(o)), await matchesInTx(tx, o, limit));
      }
      assert.equal((await matchesForMany(tx, [shared], 3)).get(matchKey(shared))?.length, 3);
      assert.equal((await matchesForMany(tx, [shared])).get(matchKey(shared))?.length, 7);
      assert.deepEqual(
        (await matchesForMany(tx, [shared])).get(matchKey(shared))?.map((m) => m.source),
        ['local', 'xb', 'local', 'xb', 'local', 'xb', 'local'],
      );
      assert.equal((await matchesForMany(tx, [])).size, 0);
    });
  });
});

test('version keys compare as time', () => {
  assert.equal(
    versionKey({ modified: '2026-01-01T00:00:00Z' }),
    versionKey({ modified: '2026-01-01T00:00:00.000Z' }),
  );
  assert.ok(
    versionKey({ modified: '2026-01-01T00:00:00.1Z' }) > versionKey({ modified: '2026-01-01T00:00:00Z' }),
  );
  assert.equal(versionKey({ created: '2017-01-20T00:00:00.000Z' }), '2017-01-20T00:00:00.000000000Z');
  assert.equal(versionKey({ value: 'x' }), '');
});

test('hash keys are stable, 53-bit and depend on the kind', () => {
  const k = observableHashKey('ipv4-addr', '198.51.100.7');
  assert.equal(k, observableHashKey('ipv4-addr', '198.51.100.7'));
  assert.ok(Number.isSafeInteger(k) && k >= 0);
  assert.notEqual(k, observableHashKey('domain-name', '198.51.100.7'));
});
