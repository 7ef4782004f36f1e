import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allows, POLICIES, type PolicyName } from './policies.js';
import { type Principal, ROLES, type Role } from './roles.js';

function principal(role: Role, via: Principal['via'] = 'session'): Principal {
  return { userId: `u-${role}`, username: role, roles: [role], authorityId: null, via };
}

/** The expected matrix, written out in full so a change to a policy must change this table. */
const EXPECTED: Record<PolicyName, readonly Role[]> = {
  'self.manage': ROLES,
  'self.tokens': ROLES,
  'events.read': ROLES,
  'regimes.read': ROLES,
  'node.read': ROLES,
  'node.configure': ['admin'],
  'node.configuration': ['admin', 'auditor'],
  'users.list': ['admin'],
  'users.create': ['admin'],
  'users.read': ['admin'],
  'users.update': ['admin'],
  'users.reset_password': ['admin'],
  'users.reset_second_factor': ['admin'],
  'register.read': ROLES,
  'register.write': ['admin'],
  'cases.create': ['poc_officer', 'central_authority', 'prosecutor', 'analyst'],
  'cases.read': ROLES,
  'cases.update': ['poc_officer', 'central_authority', 'prosecutor', 'analyst'],
  'cases.members': ['admin', 'poc_officer', 'central_authority', 'prosecutor', 'analyst'],
  'cases.access_log': ['dpo', 'auditor'],
  'requests.draft': ['poc_officer', 'central_authority', 'prosecutor'],
  'requests.read': ROLES,
  'requests.act': ['poc_officer', 'central_authority', 'prosecutor', 'dpo'],
  'requests.status_query': ['poc_officer', 'central_authority', 'prosecutor'],
  'requests.status_answer': ['poc_officer', 'central_authority', 'prosecutor'],
  'oncall.read': ROLES,
  'oncall.manage': ['admin', 'poc_officer', 'central_authority'],
  'webhooks.manage': ['admin'],
  'notifications.read': ['admin', 'auditor'],
  'evidence.write': ['poc_officer', 'central_authority', 'prosecutor', 'analyst'],
  'evidence.read': ROLES,
  'evidence.transmit': ['poc_officer', 'central_authority'],
  'incidents.read': ['poc_officer', 'central_authority', 'prosecutor', 'analyst', 'dpo'],
  'incidents.write': ['poc_officer', 'analyst'],
  'incidents.share': ['poc_officer', 'analyst'],
  'alerts.send': ['poc_officer', 'central_authority', 'analyst'],
  'alerts.read': ['poc_officer', 'central_authority', 'analyst', 'auditor'],
  'stix.read': ['poc_officer', 'central_authority', 'prosecutor', 'analyst', 'dpo'],
  'stix.write': ['poc_officer', 'analyst'],
  'observables.lookup': ['poc_officer', 'central_authority', 'prosecutor', 'analyst'],
  'audit.read': ['admin', 'auditor', 'dpo'],
  'audit.verify': ['admin', 'auditor', 'dpo'],
  'federation.read': ['admin', 'poc_officer', 'central_authority', 'auditor'],
  'federation.manage': ['admin'],
  'taxii.subscriptions.read': ['admin', 'analyst', 'auditor'],
  'taxii.subscriptions.manage': ['admin'],
  'misp.feeds.pull': ['admin'],
};

test('the matrix table names every policy', () => {
  assert.deepEqual(Object.keys(EXPECTED).sort(), Object.keys(POLICIES).sort());
});

for (const [policy, allowed] of Object.entries(EXPECTED) as Array<[PolicyName, readonly Role[]]>) {
  test(`${policy}: allowed exactly for ${allowed.join(', ')}`, () => {
    for (const role of ROLES) {
      assert.equal(
        allows(policy, principal(role), { userId: 'someone-else' }),
        allowed.includes(role),
        `${policy} × ${role}`,
      );
    }
  });
}

test('a user may read their own account whatever their role', () => {
  assert.equal(allows('users.read', principal('analyst'), { userId: 'u-analyst' }), true);
  assert.equal(allows('users.read', principal('analyst'), { userId: 'u-other' }), false);
});

test('an API token cannot manage API tokens', () => {
  assert.equal(allows('self.tokens', principal('admin', 'token')), false);
  assert.equal(allows('self.tokens', principal('admin', 'session')), true);
});

test('several roles combine', () => {
  const p: Principal = {
    userId: 'u',
    username: 'u',
    roles: ['analyst', 'auditor'],
    authorityId: null,
    via: 'session',
  };
  assert.equal(allows('audit.read', p), true);
  assert.equal(allows('users.create', p), false);
});
