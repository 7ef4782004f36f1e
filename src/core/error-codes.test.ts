/** The catalogue's own rules: well-formed codes with meanings, and kinds looked up from it. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ERROR_CODES, isCodeOf, kindOf } from './error-codes.js';

test('every code is snake case and has a meaning', () => {
  for (const [code, entry] of Object.entries(ERROR_CODES)) {
    assert.match(code, /^[a-z][a-z0-9_]*$/, code);
    assert.ok(entry.meaning.length >= 10 && entry.meaning.endsWith('.'), `${code}: ${entry.meaning}`);
  }
});

test('kinds are looked up from the catalogue and checked by kind', () => {
  assert.equal(kindOf('stale_version'), 'conflict');
  assert.equal(kindOf('request_not_found'), 'not_found');
  assert.ok(isCodeOf('invalid', 'missing_required_field'));
  assert.ok(!isCodeOf('invalid', 'stale_version'));
  assert.ok(!isCodeOf('invalid', 'no_such_code'));
});
