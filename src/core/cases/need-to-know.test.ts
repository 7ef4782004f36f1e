import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Principal, Role } from '../accounts/roles.js';
import { canManageMembers, caseAccess } from './need-to-know.js';

function user(id: string, roles: Role[], authorityId: string | null): Principal {
  return { userId: id, username: id, roles, authorityId, via: 'session' };
}

const facts = { authorityId: 'auth-a', memberIds: ['alice'], leadIds: ['alice'] };

test('members see the case whatever their authority', () => {
  assert.deepEqual(caseAccess(user('alice', ['prosecutor'], 'auth-b'), facts), {
    allowed: true,
    basis: 'member',
  });
});

test('anyone holding a role on the owning authority sees it', () => {
  assert.deepEqual(caseAccess(user('dora', ['dpo'], 'auth-a'), facts), { allowed: true, basis: 'authority' });
});

test('a node administrator without a role on the authority does not', () => {
  const verdict = caseAccess(user('root', ['admin'], null), facts);
  assert.equal(verdict.allowed, false);
  assert.equal(caseAccess(user('bob', ['analyst'], 'auth-b'), facts).allowed, false);
});

test('a case owned by no authority is visible to members only', () => {
  assert.equal(
    caseAccess(user('carol', ['analyst'], null), { authorityId: null, memberIds: [] }).allowed,
    false,
  );
});

test('membership is managed by the lead or an administrator of the owning authority', () => {
  assert.equal(canManageMembers(user('alice', ['prosecutor'], 'auth-b'), facts), true);
  assert.equal(canManageMembers(user('ann', ['admin'], 'auth-a'), facts), true);
  assert.equal(canManageMembers(user('root', ['admin'], null), facts), false);
  assert.equal(canManageMembers(user('eve', ['prosecutor'], 'auth-a'), facts), false);
});
