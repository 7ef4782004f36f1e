import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalJson } from './canonical-json.js';

test('object members are sorted by UTF-16 code units and whitespace is dropped', () => {
  // RFC 8785 §3.2.3 sorting example: keys compared as UTF-16 code units.
  const input = {
    '\u20ac': 'Euro Sign',
    '\r': 'Carriage Return',
    '\ufb33': 'Hebrew Letter Dalet With Dagesh',
    '1': 'One',
    '\ud83d\ude00': 'Emoji: Grinning Face',
    '\u0080': 'Control',
    '\u00f6': 'Latin Small Letter O With Diaeresis',
  };
  const keys = Object.keys(JSON.parse(canonicalJson(input)) as object);
  assert.deepEqual(keys, ['1', '\r', '\u0080', '\u00f6', '\u20ac', '\ud83d\ude00', '\ufb33']);
});

test('numbers use the ECMAScript shortest form (RFC 8785 §3.2.2.3 samples)', () => {
  assert.equal(
    canonicalJson([1e21, 1e-7, 333333333.3333333, -0, 4.5, 0.002, 1e23]),
    '[1e+21,1e-7,333333333.3333333,0,4.5,0.002,1e+23]',
  );
});

test('nested structures canonicalise independently of insertion order', () => {
  assert.equal(
    canonicalJson({ b: [3, { y: 1, x: null }], a: 'é' }),
    canonicalJson({ a: 'é', b: [3, { x: null, y: 1 }] }),
  );
  assert.equal(canonicalJson({ b: 1, a: true, c: undefined }), '{"a":true,"b":1}');
});

test('non-finite numbers and cycles are refused', () => {
  assert.throws(() => canonicalJson({ x: Number.NaN }), /NaN/);
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  assert.throws(() => canonicalJson(cyclic), /cycle/);
});
