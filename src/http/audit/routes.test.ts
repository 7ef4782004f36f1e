import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTestApp, type Session, type TestApp } from '../../../test/support/app.js';
import { forEachDialect } from '../../../test/support/databases.js';

interface Event {
  seq: number;
  at: string;
  action: string;
  actorId: string;
  actorName: string | null;
  subjectType: string;
  subjectId: string;
  hash: string;
}

forEachDialect('the audit trail: filters, pages, export', (t) => {
  let node: TestApp;
  let admin: Session;
  let auditor: Session;
  let analyst: Session;
  const states: string[] = [];
  let before = '';
  let between = '';

  const audit = async (query: string, as: Session = auditor) => {
    const res = await node.as(as, { method: 'GET', url: `/api/audit?${query}` });
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { events: Event[]; next: number | null; nextAfterSeq: number | null };
  };
  const count = async () => {
    let n = 0;
    let cursor: number | null = 0;
    while (cursor !== null) {
      const page = await audit(`limit=1000&cursor=${cursor}`);
      n += page.events.length;
      cursor = page.next;
    }
    return n;
  };

  test('setup: an administrator named like a formula registers three States an hour apart', async () => {
    node = await createTestApp(t.database);
    const first = await node.sessionFor(['admin']);
    const created = await node.as(first, {
      method: 'POST',
      url: '/api/users',
      payload: {
        username: 'register-keeper',
        displayName: '=HYPERLINK("http://x.example")',
        roles: ['admin'],
        password: 'a long test password 42',
      },
    });
    assert.equal(created.statusCode, 201, created.body);
    const login = await node.as(null, {
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'register-keeper', password: 'a long test password 42' },
    });
    admin = {
      cookie: `comity_session=${login.cookies.find((c) => c.name === 'comity_session')!.value}`,
      csrfToken: login.json().csrfToken,
      userId: created.json().user.id,
    };
    auditor = await node.sessionFor(['auditor']);
    analyst = await node.sessionFor(['analyst']);
    before = node.clock.now().toISOString();
    for (const code of ['XA', 'XB', 'XC']) {
      node.clock.advance(3_600_000);
      if (code === 'XC') between = node.clock.now().toISOString();
      const res = await node.as(admin, {
        method: 'POST',
        url: '/api/register/states',
        payload: { code, name: `State ${code}` },
      });
      assert.equal(res.statusCode, 201, res.body);
      states.push(code);
    }
  });

  test('by subject, by action prefix, by actor username, by period; names the person', async () => {
    const xb = await audit('subjectType=state&subjectId=XB');
    assert.deepEqual(
      xb.events.map((e) => [e.action, e.subjectId]),
      [['register.state.create', 'XB']],
    );
    assert.equal(xb.events[0]!.actorName, '=HYPERLINK("http://x.example")');
    assert.equal(xb.events[0]!.actorId, admin.userId);

    const byPrefix = await audit('action=register.state.*');
    assert.deepEqual(
      byPrefix.events.map((e) => e.subjectId),
      ['XA', 'XB', 'XC'],
    );
    const byActor = await audit('actor=REGISTER-KEEPER&action=register.state.*');
    assert.equal(byActor.events.length, 3, 'a username matches whatever its case');
    assert.equal((await audit(`actor=${admin.userId}&action=register.state.*`)).events.length, 3);
    assert.equal((await audit('actor=nobody-of-that-name')).events.length, 0);

    const window = await audit(
      `action=register.state.*&from=${encodeURIComponent(before)}&to=${encodeURIComponent(between)}`,
    );
    assert.deepEqual(
      window.events.map((e) => e.subjectId),
      ['XA', 'XB'],
      'from is inclusive, to exclusive',
    );
    const offset = await audit(
      `action=register.state.*&from=${encodeURIComponent(between.replace('Z', '+00:00'))}`,
    );
    assert.deepEqual(
      offset.events.map((e) => e.subjectId),
      ['XC'],
      'an instant with an offset means the same moment',
    );
  });

  test('newest first, page by page, with no event twice and none left out', async () => {
    const all = await audit('limit=1000');
    assert.equal(all.next, null);
    const seen: number[] = [];
    let cursor: number | null = null;
    do {
      const page = await audit(`order=newest&limit=4${cursor === null ? '' : `&cursor=${cursor}`}`);
      assert.equal(page.nextAfterSeq, null, 'afterSeq paging is for oldest first only');
      seen.push(...page.events.map((e) => e.seq));
      cursor = page.next;
    } while (cursor !== null);
    // The auditor's own reads are not audited; the pages cover the log as it was.
    assert.deepEqual(seen, all.events.map((e) => e.seq).reverse());
    const legacy = await audit('afterSeq=2&limit=2');
    assert.deepEqual(
      legacy.events.map((e) => e.seq),
      [3, 4],
    );
    assert.equal(legacy.nextAfterSeq, 4);
  });

  test('the export is every match, as CSV a spreadsheet will not run, or as JSON Lines; and it is recorded', async () => {
    const csv = await node.as(auditor, { method: 'GET', url: '/api/audit/export?action=register.state.*' });
    assert.equal(csv.statusCode, 200, csv.body);
    assert.match(csv.headers['content-type'] as string, /^text\/csv/);
    assert.match(
      csv.headers['content-disposition'] as string,
      /^attachment; filename="comity-audit-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const rows = csv.body.trimEnd().split('\r\n');
    assert.equal(
      rows[0],
      'seq,at,actorType,actorId,actorName,action,subjectType,subjectId,legalBasis,requestId,details,prevHash,hash',
    );
    assert.equal(rows.length, 4);
    assert.ok(
      rows[1]!.includes(`,"'=HYPERLINK(""http://x.example"")",register.state.create,state,XA,`),
      rows[1],
    );

    const jsonl = await node.as(auditor, {
      method: 'GET',
      url: '/api/audit/export?format=jsonl&action=register.state.*&order=newest',
    });
    assert.equal(jsonl.statusCode, 200);
    const events = jsonl.body
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Event);
    assert.deepEqual(
      events.map((e) => e.subjectId),
      ['XC', 'XB', 'XA'],
    );
    assert.match(events[0]!.hash, /^[0-9a-f]{64}$/);

    const recorded = await audit('action=audit.export');
    assert.equal(recorded.events.length, 2);
    assert.equal(recorded.events[0]!.actorId, auditor.userId);
  });

  test('bad filters get a problem naming the field, and no export is recorded', async () => {
    const exportsBefore = (await audit('action=audit.export')).events.length;
    const total = await count();
    const cases: Array<[string, number, string]> = [
      ['from=yesterday', 400, '/from'],
      ['to=2026-13-45T00:00:00Z', 400, '/to'],
      [`from=${encodeURIComponent(between)}&to=${encodeURIComponent(before)}`, 400, '/to'],
      ['subjectId=XB', 400, '/subjectType'],
      ['order=sideways', 400, '/order'],
      ['format=xlsx', 400, '/format'],
      ['verbose=1', 400, ''],
    ];
    for (const [query, status, path] of cases) {
      const res = await node.as(auditor, { method: 'GET', url: `/api/audit/export?${query}` });
      assert.equal(res.statusCode, status, `${query}: ${res.body}`);
      assert.match(res.headers['content-type'] as string, /^application\/problem\+json/);
      if (path)
        assert.ok(
          (res.json().errors as Array<{ path: string }>).some((e) => e.path.endsWith(path)),
          `${query}: ${res.body}`,
        );
    }
    assert.equal((await node.as(auditor, { method: 'GET', url: '/api/audit?limit=0' })).statusCode, 400);
    assert.equal((await audit('action=audit.export')).events.length, exportsBefore);
    assert.equal(await count(), total);
  });

  test('only those who audit may read or export the trail', async () => {
    for (const url of ['/api/audit', '/api/audit/export', '/api/audit/verify']) {
      assert.equal((await node.as(analyst, { method: 'GET', url })).statusCode, 403, url);
      assert.equal((await node.as(null, { method: 'GET', url })).statusCode, 401, url);
    }
    await node.app.close();
  });
});
