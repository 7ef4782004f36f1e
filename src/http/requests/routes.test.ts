/**
 * Requests on one node: drafted from a case, reviewed, submitted through the legal core's
 * commands, with conflicting concurrent actions resolved to one winner and a 409.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTestApp, type Session, type TestApp } from '../../../test/support/app.js';
import { forEachDialect } from '../../../test/support/databases.js';

const PRESERVATION = {
  regime: 'uncc-2024',
  instrument: 'preservation',
  requestedState: 'XB',
  urgency: 'urgent',
  fields: {
    requestingAuthority: 'Xa 24/7 Cybercrime Desk',
    factsSummary: 'Ransomware encrypted the patient records of Xa General Hospital on 3 May 2026.',
    relationToOffence: 'The mailbox received the ransom note and the attackers logged in from it.',
    necessity: 'The provider keeps login logs for 30 days only.',
    mlaToFollow: true,
  },
  items: [
    {
      id: 'i1',
      description: 'Mailbox ops@mail.xb.example: content and login IP logs, 1-5 May 2026',
      dataCategory: 'traffic',
      personalData: true,
    },
  ],
  offences: [{ code: 'UNCC-7', elements: { security_breach: true } }],
};

forEachDialect('cooperation requests on one node', (t) => {
  let node: TestApp;
  const people: Record<string, Session> = {};
  let caseId = '';
  let requestId = '';

  test('setup: an XA node with a prosecutor and a 24/7 officer', async () => {
    node = await createTestApp(t.database);
    const admin = await node.sessionFor(['admin']);
    await node.as(admin, {
      method: 'POST',
      url: '/api/register/states',
      payload: { code: 'XA', name: 'Xandria' },
    });
    const authority = await node.as(admin, {
      method: 'POST',
      url: '/api/register/states/XA/authorities',
      payload: { type: 'poc_24_7', name: 'Xa 24/7 Cybercrime Desk', timezone: 'Europe/Vienna' },
    });
    const authorityId = authority.json().id as string;
    people.prosecutor = await node.sessionFor(['prosecutor'], 'pros-xa', authorityId);
    people.officer = await node.sessionFor(['poc_officer'], 'officer-xa', authorityId);
    people.officer2 = await node.sessionFor(['poc_officer'], 'officer2-xa', authorityId);
    const noIdentity = await node.as(people.prosecutor, {
      method: 'POST',
      url: '/api/cases',
      payload: { title: 'Ransomware at Xa General Hospital' },
    });
    caseId = noIdentity.json().id;
    const early = await node.as(people.prosecutor, {
      method: 'POST',
      url: `/api/cases/${caseId}/requests`,
      payload: PRESERVATION,
    });
    assert.equal(early.statusCode, 409);
    assert.equal(early.json().code, 'node_not_configured');
    assert.equal(
      (
        await node.as(admin, {
          method: 'PUT',
          url: '/api/node/identity',
          payload: { stateCode: 'XA', authorityId },
        })
      ).statusCode,
      200,
    );
  });

  test('a prosecutor drafts an expedited preservation request to XB from the case', async () => {
    const res = await node.as(people.prosecutor!, {
      method: 'POST',
      url: `/api/cases/${caseId}/requests`,
      payload: PRESERVATION,
    });
    assert.equal(res.statusCode, 201, res.body);
    const body = res.json();
    requestId = body.id;
    assert.equal(body.state.status, 'draft');
    assert.equal(body.state.requestingState, 'XA');
    assert.equal(body.side, 'requesting');
  });

  test('the request records its language; the review warns when the requested State does not accept it', async () => {
    const res = await node.as(people.prosecutor!, {
      method: 'POST',
      url: `/api/cases/${caseId}/requests`,
      payload: { ...PRESERVATION, language: 'fr' },
    });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().state.language, 'fr');
    const review = await node.as(people.officer!, {
      method: 'GET',
      url: `/api/requests/${res.json().id}/review`,
    });
    const finding = (review.json().findings as Array<{ code: string; message: string }>).find(
      (f) => f.code === 'language_not_accepted',
    );
    assert.ok(finding, JSON.stringify(review.json().findings));
    assert.match(finding.message, /XB accepts requests in es, en/);
    // The node's own register of States, once it lists XB's languages, is what counts.
    const admin = await node.sessionFor(['admin']);
    await node.as(admin, {
      method: 'POST',
      url: '/api/register/states',
      payload: { code: 'XB', name: 'Xb', languages: ['fr', 'es'] },
    });
    const again = await node.as(people.officer!, {
      method: 'GET',
      url: `/api/requests/${res.json().id}/review`,
    });
    assert.ok(
      !(again.json().findings as Array<{ code: string }>).some((f) => f.code === 'language_not_accepted'),
    );
  });

  test('an instrument the regime lacks is refused at drafting, naming it', async () => {
    const res = await node.as(people.prosecutor!, {
      method: 'POST',
      url: `/api/cases/${caseId}/requests`,
      payload: { ...PRESERVATION, instrument: 'teleportation' },
    });
    assert.equal(res.statusCode, 409, res.body);
    assert.equal(res.json().code, 'instrument_not_available');
    assert.match(res.json().detail, /teleportation/);
  });

  test('the safeguards review lists findings; an incomplete draft cannot be submitted', async () => {
    const review = await node.as(people.officer!, {
      method: 'GET',
      url: `/api/requests/${requestId}/review`,
    });
    assert.equal(review.statusCode, 200, review.body);
    assert.ok(Array.isArray(review.json().findings));
    const amend = await node.as(people.prosecutor!, {
      method: 'POST',
      url: `/api/requests/${requestId}/actions`,
      payload: { action: { type: 'amend', fields: { ...PRESERVATION.fields, necessity: '' } } },
    });
    assert.equal(amend.statusCode, 200, amend.body);
    const submit = await node.as(people.officer!, {
      method: 'POST',
      url: `/api/requests/${requestId}/actions`,
      payload: { action: { type: 'submit' } },
    });
    assert.equal(submit.statusCode, 400, submit.body);
    assert.ok(submit.json().errors.length > 0);
    const fix = await node.as(people.prosecutor!, {
      method: 'POST',
      url: `/api/requests/${requestId}/actions`,
      payload: { action: { type: 'amend', fields: PRESERVATION.fields } },
    });
    assert.equal(fix.statusCode, 200, fix.body);
  });

  test('a prosecutor may not submit a preservation request; the 24/7 officer does', async () => {
    const wrongRole = await node.as(people.prosecutor!, {
      method: 'POST',
      url: `/api/requests/${requestId}/actions`,
      payload: { action: { type: 'submit' } },
    });
    assert.equal(wrongRole.statusCode, 403, wrongRole.body);
    const before = (
      await node.as(people.officer!, { method: 'GET', url: `/api/requests/${requestId}` })
    ).json().state.version as number;
    const [a, b] = await Promise.all([
      node.as(people.officer!, {
        method: 'POST',
        url: `/api/requests/${requestId}/actions`,
        payload: { action: { type: 'submit' }, expectedVersion: before },
      }),
      node.as(people.officer2!, {
        method: 'POST',
        url: `/api/requests/${requestId}/actions`,
        payload: { action: { type: 'submit' }, expectedVersion: before },
      }),
    ]);
    const statuses = [a.statusCode, b.statusCode].sort();
    assert.deepEqual(statuses, [200, 409], `${a.body} ${b.body}`);
    const loser = a.statusCode === 409 ? a : b;
    assert.ok(['concurrent_update', 'stale_version', 'illegal_transition'].includes(loser.json().code));
    const events = (
      await node.as(people.officer!, { method: 'GET', url: `/api/requests/${requestId}/events` })
    ).json() as Array<{ type: string }>;
    assert.equal(events.filter((e) => e.type === 'request_submitted').length, 1, 'exactly one submission');
  });

  test('the list comes in pages that follow each other through the Link header, none lost or repeated', async () => {
    for (let i = 0; i < 4; i++)
      assert.equal(
        (
          await node.as(people.prosecutor!, {
            method: 'POST',
            url: `/api/cases/${caseId}/requests`,
            payload: PRESERVATION,
          })
        ).statusCode,
        201,
      );
    const whole = (
      await node.as(people.prosecutor!, { method: 'GET', url: '/api/requests' })
    ).json() as Array<{
      id: string;
    }>;
    assert.ok(whole.length >= 5, `${whole.length} requests`);
    const paged: string[] = [];
    let url: string | undefined = '/api/requests?limit=2';
    let pages = 0;
    while (url) {
      const res = await node.as(people.prosecutor!, { method: 'GET', url });
      assert.equal(res.statusCode, 200, res.body);
      const page = res.json() as Array<{ id: string }>;
      assert.ok(page.length <= 2);
      paged.push(...page.map((r) => r.id));
      url = /<([^>]+)>;\s*rel="next"/.exec(String(res.headers.link ?? ''))?.[1];
      pages++;
    }
    assert.deepEqual(
      paged,
      whole.map((r) => r.id),
      'the pages, end to end, are the whole list in its order',
    );
    assert.equal(pages, Math.ceil(whole.length / 2) + (whole.length % 2 === 0 ? 1 : 0));
    for (const [bad, code] of [
      ['/api/requests?cursor=bm90LWEtY3Vyc29y', 'invalid_cursor'],
      ['/api/requests?cursor=a%20b', 'validation_failed'],
      ['/api/requests?limit=0', 'validation_failed'],
      ['/api/requests?limit=1001', 'validation_failed'],
    ] as const) {
      const res = await node.as(people.prosecutor!, { method: 'GET', url: bad });
      assert.equal(res.statusCode, 400, `${bad}: ${res.body}`);
      assert.equal(res.json().code, code, bad);
    }
  });

  test('the request and its log stay behind need-to-know; every step is audited', async () => {
    const outsider = await node.sessionFor(['poc_officer'], 'officer-elsewhere');
    assert.equal(
      (await node.as(outsider, { method: 'GET', url: `/api/requests/${requestId}` })).statusCode,
      404,
    );
    assert.equal((await node.as(outsider, { method: 'GET', url: '/api/requests' })).json().length, 0);
    const auditor = await node.sessionFor(['auditor']);
    const audit = (
      await node.as(auditor, { method: 'GET', url: `/api/audit?subjectType=request&subjectId=${requestId}` })
    ).json().events as Array<{ action: string; legalBasis: string }>;
    assert.deepEqual(
      audit.map((e) => e.action),
      ['request.draft', 'request.amend', 'request.amend', 'request.submit'],
    );
    assert.equal(audit[0]!.legalBasis, 'uncc-2024 preservation');
    await node.app.close();
  });
});
