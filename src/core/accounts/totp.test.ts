import assert from 'node:assert/strict';
import { test } from 'node:test';
import { base32Decode, base32Encode, totp, verifyTotp } from './totp.js';

// RFC 6238 Appendix B: the SHA-1 seed is "12345678901234567890"; 8-digit codes.
const seed = new TextEncoder().encode('12345678901234567890');
const vectors: Array<[number, string]> = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

for (const [seconds, code] of vectors) {
  test(`RFC 6238 vector at T=${seconds}`, () => {
    assert.equal(totp(seed, new Date(seconds * 1000), { digits: 8 }), code);
  });
}

test('base32 round-trips and matches the RFC 4648 sample', () => {
  assert.equal(base32Encode(new TextEncoder().encode('foobar')), 'MZXW6YTBOI');
  assert.deepEqual(base32Decode('MZXW6YTBOI'), new TextEncoder().encode('foobar'));
});

test('a code is accepted one step either side and refused two steps away', () => {
  const at = new Date('2026-06-01T12:00:10Z');
  const code = totp(seed, at);
  assert.equal(verifyTotp(seed, code, new Date(at.getTime() + 30_000)), true);
  assert.equal(verifyTotp(seed, code, new Date(at.getTime() - 30_000)), true);
  assert.equal(verifyTotp(seed, code, new Date(at.getTime() + 90_000)), false);
  assert.equal(verifyTotp(seed, 'abcdef', at), false);
});
