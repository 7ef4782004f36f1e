import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { createTestApp, type Session, type TestApp } from '../../../test/support/app.js';
import { forEachDialect } from '../../../test/support/databases.js';

forEachDialect('register of States and authorities, node identity, audit API', (t) => {
  let node: TestApp;
  let admin: Session;
  let authorityId = '';

  test('an administrator registers a State with its regimes, languages and declarations', async () => {
    node = await createTestApp(t.database);
    admin = await node.sessionFor(['admin']);
    const res = await node.as(admin, {
      method: 'POST',
      url: '/api/register/states',
      payload: {
        code: 'XA',
        name: 'Republic of Xa (fictional)',
        nodeUrl: 'https://comity.xa.example',
        languages: ['en', 'fr'],
        regimes: ['uncc-2024', 'budapest-2001'],
        declarations: [
          {
            kind: 'dual_criminality',
            article: 'UNCC art. 42(4)',
            text: 'Preservation may be refused where dual criminality is not met.',
          },
        ],
      },
    });
    assert.equal(res.statusCode, 201, res.body);
    assert.deepEqual(res.json().regimes, ['uncc-2024', 'budapest-2001']);
  });

  test('authorities and 24/7 contacts belong to a State and come back with it', async () => {
    const authority = await node.as(admin, {
      method: 'POST',
      url: '/api/register/states/XA/authorities',
      payload: {
        type: 'poc_24_7',
        name: 'Xa 24/7 Cybercrime Desk',
        languages: ['en'],
        timezone: 'Europe/Vienna',
      },
    });
    assert.equal(authority.statusCode, 201, authority.body);
    authorityId = authority.json().id;
    const contact = await node.as(admin, {
      method: 'POST',
      url: `/api/register/authorities/${authorityId}/contacts`,
      payload: {
        name: 'Duty officer',
        role: 'On-call 24/7 officer',
        email: 'duty@xa.example',
        phone: '+43 1 234 5678',
        timezone: 'Europe/Vienna',
        available24x7: true,
      },
    });
    assert.equal(contact.statusCode, 201, contact.body);
    const analyst = await node.sessionFor(['analyst']);
    const state = await node.as(analyst, { method: 'GET', url: '/api/register/states/XA' });
    assert.equal(state.statusCode, 200);
    const body = state.json() as {
      authorities: Array<{ name: string; contacts: Array<{ available24x7: boolean }> }>;
    };
    assert.equal(body.authorities[0]!.name, 'Xa 24/7 Cybercrime Desk');
    assert.equal(body.authorities[0]!.contacts[0]!.available24x7, true);
  });

  test('updates are partial, and a non-admin cannot write', async () => {
    const res = await node.as(admin, {
      method: 'PATCH',
      url: '/api/register/states/XA',
      payload: { languages: ['en', 'fr', 'de'] },
    });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json().languages, ['en', 'fr', 'de']);
    assert.equal(res.json().name, 'Republic of Xa (fictional)');
    const officer = await node.sessionFor(['poc_officer']);
    assert.equal(
      (await node.as(officer, { method: 'PATCH', url: '/api/register/states/XA', payload: { name: 'x' } }))
        .statusCode,
      403,
    );
  });

  test("initial setup records this node's State and authority", async () => {
    const before = (await node.as(admin, { method: 'GET', url: '/api/node' })).json();
    assert.equal(before.configured, false);
    const wrongState = await node.as(admin, {
      method: 'PUT',
      url: '/api/node/identity',
      payload: { stateCode: 'XB', authorityId },
    });
    assert.equal(wrongState.statusCode, 400);
    const set = await node.as(admin, {
      method: 'PUT',
      url: '/api/node/identity',
      payload: { stateCode: 'XA', authorityId },
    });
    assert.equal(set.statusCode, 200, set.body);
    const after = (await node.as(admin, { method: 'GET', url: '/api/node' })).json();
    assert.equal(after.identity.authorityId, authorityId);
    const remove = await node.as(admin, {
      method: 'DELETE',
      url: `/api/register/authorities/${authorityId}`,
    });
    assert.equal(remove.statusCode, 409, 'the node identity protects its authority');
  });

  test('every change above is in the audit log with actor, action, subject and request id', async () => {
    const auditor = await node.sessionFor(['auditor']);
    const res = await node.as(auditor, {
      method: 'GET',
      url: '/api/audit?subjectType=state&limit=10',
      headers: { 'x-request-id': 'audit-check' },
    });
    assert.equal(res.statusCode, 200);
    const events = res.json().events as Array<{
      action: string;
      actorId: string;
      requestId: string;
      subjectId: string;
    }>;
    assert.deepEqual(
      events.map((e) => e.action),
      ['register.state.create', 'register.state.update'],
    );
    assert.equal(events[0]!.actorId, admin.userId);
    assert.ok(events[0]!.requestId, 'the HTTP request id is recorded');
    const identity = await node.as(auditor, { method: 'GET', url: '/api/audit?action=node.identity.set' });
    assert.equal(identity.json().events.length, 1);
  });

  test('the verify endpoint reports a tampered event', async () => {
    const auditor = await node.sessionFor(['auditor']);
    assert.equal((await node.as(auditor, { method: 'GET', url: '/api/audit/verify' })).json().ok, true);
    await sql`update audit_events set subject_id = 'XZ' where action = 'register.state.create'`.execute(
      t.database.db,
    );
    const verdict = (await node.as(auditor, { method: 'GET', url: '/api/audit/verify' })).json();
    assert.equal(verdict.ok, false);
    assert.equal(verdict.problem, 'hash_mismatch');
    await node.app.close();
  });
});
