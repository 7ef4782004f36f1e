import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTestApp, type Session, type TestApp } from '../../../test/support/app.js';
import { forEachDialect } from '../../../test/support/databases.js';

forEachDialect('cases under need-to-know, with an access log', (t) => {
  let node: TestApp;
  const people: Record<string, Session> = {};
  let caseId = '';

  test('setup: two authorities and their staff', async () => {
    node = await createTestApp(t.database);
    const admin = await node.sessionFor(['admin']);
    await node.as(admin, {
      method: 'POST',
      url: '/api/register/states',
      payload: { code: 'XA', name: 'Xa' },
    });
    const ids: string[] = [];
    for (const name of ['Xa prosecution service', 'Xa CERT']) {
      const res = await node.as(admin, {
        method: 'POST',
        url: '/api/register/states/XA/authorities',
        payload: { type: 'competent_authority', name, timezone: 'Europe/Vienna' },
      });
      ids.push(res.json().id);
    }
    people.prosecutor = await node.sessionFor(['prosecutor'], 'pros-a', ids[0]);
    people.colleague = await node.sessionFor(['analyst'], 'analyst-a', ids[0]);
    people.dpo = await node.sessionFor(['dpo'], 'dpo-a', ids[0]);
    people.outsider = await node.sessionFor(['analyst'], 'analyst-b', ids[1]);
    people.admin = admin;
  });

  test('a prosecutor opens a case owned by their authority, as its lead', async () => {
    const res = await node.as(people.prosecutor!, {
      method: 'POST',
      url: '/api/cases',
      payload: {
        title: 'Ransomware at Xa general hospital',
        summary: 'Encryption of patient records on 3 May.',
      },
    });
    assert.equal(res.statusCode, 201, res.body);
    const body = res.json();
    caseId = body.id;
    assert.match(body.reference, /^CASE-2026-/);
    assert.deepEqual(
      body.members.map((m: { caseRole: string }) => m.caseRole),
      ['lead'],
    );
    assert.equal(body.personalData, true);
  });

  test('colleagues of the authority see it; others, the node administrator included, get 404', async () => {
    assert.equal(
      (await node.as(people.colleague!, { method: 'GET', url: `/api/cases/${caseId}` })).statusCode,
      200,
    );
    assert.equal((await node.as(people.colleague!, { method: 'GET', url: '/api/cases' })).json().length, 1);
    for (const who of ['outsider', 'admin'] as const) {
      const res = await node.as(people[who]!, { method: 'GET', url: `/api/cases/${caseId}` });
      assert.equal(res.statusCode, 404, who);
      assert.equal(res.json().code, 'case_not_found');
      assert.equal((await node.as(people[who]!, { method: 'GET', url: '/api/cases' })).json().length, 0);
    }
  });

  test('only the lead assigns people; an assigned outsider then sees the case', async () => {
    const notLead = await node.as(people.colleague!, {
      method: 'PUT',
      url: `/api/cases/${caseId}/members`,
      payload: { userId: people.outsider!.userId, caseRole: 'member' },
    });
    assert.equal(notLead.statusCode, 403);
    assert.equal(notLead.json().code, 'not_case_lead');
    const assigned = await node.as(people.prosecutor!, {
      method: 'PUT',
      url: `/api/cases/${caseId}/members`,
      payload: { userId: people.outsider!.userId, caseRole: 'member' },
    });
    assert.equal(assigned.statusCode, 200, assigned.body);
    const read = await node.as(people.outsider!, {
      method: 'GET',
      url: `/api/cases/${caseId}?purpose=correlate%20indicators`,
    });
    assert.equal(read.statusCode, 200);
  });

  test('the DPO of the owning authority sees who read the case, on which basis and why', async () => {
    const res = await node.as(people.dpo!, { method: 'GET', url: `/api/cases/${caseId}/access-log` });
    assert.equal(res.statusCode, 200, res.body);
    const log = res.json() as Array<{
      actorId: string;
      details: { basis: string; purpose?: string };
      requestId: string;
    }>;
    const byOutsider = log.find((e) => e.actorId === people.outsider!.userId);
    assert.equal(byOutsider?.details.basis, 'member');
    assert.equal(byOutsider?.details.purpose, 'correlate indicators');
    assert.ok(log.some((e) => e.actorId === people.colleague!.userId && e.details.basis === 'authority'));
    assert.ok(log.every((e) => e.requestId));
    assert.equal(
      (await node.as(people.colleague!, { method: 'GET', url: `/api/cases/${caseId}/access-log` }))
        .statusCode,
      403,
    );
  });

  test('a case without personal data is not logged on read', async () => {
    const created = await node.as(people.prosecutor!, {
      method: 'POST',
      url: '/api/cases',
      payload: { title: 'Statistics', personalData: false },
    });
    const id = created.json().id;
    await node.as(people.colleague!, { method: 'GET', url: `/api/cases/${id}` });
    assert.equal(
      (await node.as(people.dpo!, { method: 'GET', url: `/api/cases/${id}/access-log` })).json().length,
      0,
    );
  });

  test('the last lead cannot leave; a closed case stays readable', async () => {
    const res = await node.as(people.prosecutor!, {
      method: 'DELETE',
      url: `/api/cases/${caseId}/members/${people.prosecutor!.userId}`,
    });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().code, 'last_case_lead');
    const closed = await node.as(people.prosecutor!, {
      method: 'PATCH',
      url: `/api/cases/${caseId}`,
      payload: { status: 'closed' },
    });
    assert.equal(closed.json().status, 'closed');
    await node.app.close();
  });
});
