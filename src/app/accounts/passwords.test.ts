import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generatePassword, hashPassword, passwordProblem, verifyPassword } from './passwords.js';

const cheap = { log2N: 10, r: 8, p: 1 };

test('a hash verifies its own password only', async () => {
  const hash = await hashPassword('correct horse battery staple', cheap);
  assert.match(hash, /^scrypt\$10\$8\$1\$/);
  assert.equal(await verifyPassword('correct horse battery staple', hash), true);
  assert.equal(await verifyPassword('correct horse battery stapl', hash), false);
  assert.equal(await verifyPassword('x', 'not-a-hash'), false);
});

test('the same password hashes differently each time (salted)', async () => {
  assert.notEqual(
    await hashPassword('same password here', cheap),
    await hashPassword('same password here', cheap),
  );
});

test('the default cost is memory-hard', async () => {
  const hash = await hashPassword('a default-cost password');
  assert.match(hash, /^scrypt\$15\$8\$1\$/);
  assert.equal(await verifyPassword('a default-cost password', hash), true);
});

test('weak passwords are named, generated ones pass', () => {
  assert.match(passwordProblem('short') ?? '', /at least 12/);
  assert.match(passwordProblem('aaaaaaaaaaaaaaa') ?? '', /repetition/);
  const generated = generatePassword();
  assert.equal(generated.length, 20);
  assert.equal(passwordProblem(generated), null);
});
