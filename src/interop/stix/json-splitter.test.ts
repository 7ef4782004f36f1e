import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type SplitItem, StixJsonSplitter, type SplitterOptions } from './json-splitter.js';

/** Feeds `text` in chunks of `size` bytes and returns every item plus the failure, if any. */
function split(text: string | Buffer, size = 7, options?: SplitterOptions) {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  const splitter = new StixJsonSplitter(options);
  const items: SplitItem[] = [];
  for (let i = 0; i < bytes.length; i += size) items.push(...splitter.push(bytes.subarray(i, i + size)));
  items.push(...splitter.end());
  return { items, failure: splitter.failure };
}

const texts = (items: SplitItem[]) => items.map((i) => (i.kind === 'text' ? JSON.parse(i.text) : i.code));

test('a bundle is split into its objects, whatever the chunk size', () => {
  const bundle = JSON.stringify({
    type: 'bundle',
    id: 'bundle--1',
    objects: [{ type: 'a', s: 'x}]"\\' }, { type: 'b', nested: { k: [1, { z: '[' }] } }, { type: 'c' }],
    trailing: { objects: [1] },
  });
  for (const size of [1, 2, 3, 7, 64, 4096]) {
    const { items, failure } = split(bundle, size);
    assert.equal(failure, undefined);
    assert.deepEqual(texts(items), [
      { type: 'a', s: 'x}]"\\' },
      { type: 'b', nested: { k: [1, { z: '[' }] } },
      { type: 'c' },
    ]);
    assert.deepEqual(
      items.map((i) => i.index),
      [0, 1, 2],
    );
  }
});

test('a bare array and a single object are accepted too', () => {
  assert.deepEqual(texts(split(' [ {"type":"a"} , {"type":"b"} ] \n').items), [{ type: 'a' }, { type: 'b' }]);
  assert.deepEqual(texts(split('{"type":"indicator","id":"x","objects":{"0":{}}}').items), [
    { type: 'indicator', id: 'x', objects: { 0: {} } },
  ]);
  assert.deepEqual(texts(split('{"type":"bundle","id":"bundle--1","objects":[]}').items), []);
});

test('scalars in the list come out as elements, for the validator to reject', () => {
  assert.deepEqual(
    split('[1, "two", true, null, {"type":"x"}]').items.map((i) => (i.kind === 'text' ? i.text : i.code)),
    ['1', '"two"', 'true', 'null', '{"type":"x"}'],
  );
});

test('an oversized object is skipped without being kept, and the rest still comes through', () => {
  const big = `{"type":"note","content":"${'a'.repeat(5000)}"}`;
  const { items, failure } = split(`[{"type":"a"},${big},{"type":"b"}]`, 512, { maxObjectBytes: 1000 });
  assert.equal(failure, undefined);
  assert.deepEqual(texts(items), [{ type: 'a' }, 'too_large', { type: 'b' }]);
  const skipped = items[1]!;
  assert.ok(skipped.kind === 'skipped' && /larger than 1000 bytes/.test(skipped.reason));
});

test('deep nesting is rejected per object without recursion', () => {
  const deep = `{"type":"x","a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
  const { items, failure } = split(`[${deep},{"type":"ok"}]`, 4096);
  assert.equal(failure, undefined);
  assert.deepEqual(texts(items), ['too_deep', { type: 'ok' }]);
});

test('a mismatched bracket spoils only its object', () => {
  const { items, failure } = split('[{"type":"a","x":[1}],{"type":"b"}]');
  assert.equal(failure, undefined);
  assert.deepEqual(texts(items), ['malformed', { type: 'b' }]);
});

test('a truncated file names where reading stopped', () => {
  const { items, failure } = split('{"type":"bundle","objects":[{"type":"a"},{"type":"b","x":"unterminated');
  assert.deepEqual(texts(items), [{ type: 'a' }, 'malformed']);
  assert.match(failure ?? '', /ends before the bundle is closed/);
  assert.match(split('').failure ?? '', /empty/);
  assert.match(split('<html>').failure ?? '', /expected a STIX bundle/);
  assert.match(split('[{"type":"a"}] x').failure ?? '', /after the end of the document/);
});

test('multi-byte UTF-8 split across chunks is reassembled', () => {
  const { items } = split(Buffer.from('[{"name":"Ünïcødé — 网络犯罪"}]'), 1);
  assert.deepEqual(texts(items), [{ name: 'Ünïcødé — 网络犯罪' }]);
});

test('an object whose bytes are not UTF-8 is refused on its own, naming the byte', () => {
  const good = Buffer.from('{"type":"a","name":"café"}');
  const bad = Buffer.from('{"type":"b","name":"caf\xe9"}', 'latin1');
  const bundle = Buffer.concat([Buffer.from('['), good, Buffer.from(','), bad, Buffer.from(']')]);
  for (const size of [1, 5, 4096]) {
    const { items, failure } = split(bundle, size);
    assert.equal(failure, undefined);
    assert.deepEqual(texts(items), [{ type: 'a', name: 'café' }, 'malformed']);
    const refused = items[1]!;
    assert.ok(refused.kind === 'skipped');
    assert.equal(refused.reason, `not valid UTF-8 at byte ${1 + good.length + 1 + 23} of the input`);
  }
});
