import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { describeInvalidUtf8, firstInvalidUtf8 } from './utf8.js';

const strict = new TextDecoder('utf-8', { fatal: true });
const isUtf8 = (bytes: Uint8Array) => {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

test('text in every script is valid; the first bad byte is found where it is', () => {
  assert.equal(firstInvalidUtf8(Buffer.from('Ransomware — 勒索软件 — برامج الفدية — 🔒')), -1);
  assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xff, 0x63])), 2);
  // Latin-1 "é" sent as one byte, as a mis-set client does.
  assert.equal(firstInvalidUtf8(Buffer.from('{"title":"Caf\xe9"}', 'latin1')), 13);
});

test('overlong forms, surrogates, code points past U+10FFFF and cut-off characters are refused', () => {
  for (const bytes of [
    [0xc0, 0xaf], // overlong "/"
    [0xe0, 0x80, 0xaf], // overlong again
    [0xed, 0xa0, 0x80], // U+D800
    [0xf4, 0x90, 0x80, 0x80], // U+110000
    [0xf5, 0x80, 0x80, 0x80],
    [0xe2, 0x82], // "€" cut short
    [0x80], // a continuation byte alone
  ])
    assert.equal(firstInvalidUtf8(Uint8Array.from(bytes)), 0, bytes.join(' '));
});

test('agrees with a strict decoder on any bytes', () => {
  fc.assert(
    fc.property(
      fc.uint8Array({ maxLength: 64 }),
      (bytes) => (firstInvalidUtf8(bytes) === -1) === isUtf8(bytes),
    ),
    { numRuns: 5000 },
  );
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (s) => firstInvalidUtf8(Buffer.from(s)) === -1),
    { numRuns: 2000 },
  );
});

test('the detail names the offset and the bytes', () => {
  const bytes = Buffer.from([0x7b, 0xe9, 0x7d]);
  assert.equal(
    describeInvalidUtf8(bytes, 1),
    'the body is not valid UTF-8: the bytes at offset 1 (E9 7D) are not a UTF-8 character',
  );
});
