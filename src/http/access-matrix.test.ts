/**
 * Every route × every role: unauthenticated → 401, a role the policy refuses → 403, a role it
 * allows → anything but 401/403. The expected outcome comes from the core policy functions,
 * and a route with no policy cannot even be registered.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Fastify from 'fastify';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { forEachDialect } from '../../test/support/databases.js';
import { allows } from '../core/accounts/policies.js';
import { ROLES } from '../core/accounts/roles.js';
import { ManualClock } from '../core/clock.js';
import { declaredRoutesOf, installGuard } from './guard.js';
import { loadConfig } from '../app/config/config.js';

function concreteUrl(url: string): string {
  return url.replace(':code', 'XQ').replace(/:[a-zA-Z]+/g, 'no-such-id');
}

forEachDialect('role matrix over every API route', (t) => {
  let node: TestApp;

  test('every route declares a policy or is public, and the API has the expected routes', async () => {
    node = await createTestApp(t.database);
    const routes = declaredRoutesOf(node.app).filter(
      (r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'),
    );
    assert.ok(routes.length >= 25, `only ${routes.length} routes`);
    for (const r of routes) assert.ok(r.access.public || r.access.policy, `${r.method} ${r.url}`);
  });

  test('unauthenticated calls to protected routes get 401 problem+json', async () => {
    for (const r of declaredRoutesOf(node.app).filter((x) => x.access.policy)) {
      const res = await node.app.inject({
        method: r.method as 'GET',
        url: concreteUrl(r.url),
        payload: r.method === 'GET' || r.method === 'DELETE' ? undefined : {},
      });
      assert.equal(res.statusCode, 401, `${r.method} ${r.url}`);
      assert.match(String(res.headers['content-type']), /application\/problem\+json/);
    }
  });

  test('each role gets 403 exactly where its policy refuses', async () => {
    const routes = declaredRoutesOf(node.app).filter((x) => x.access.policy);
    let checked = 0;
    for (const role of ROLES) {
      for (const r of routes) {
        // A fresh session per call: some allowed calls (logout, password change) end the session.
        const session = await node.sessionFor([role]);
        const principal = {
          userId: session.userId,
          username: role,
          roles: [role],
          authorityId: null,
          via: 'session' as const,
        };
        const subject = r.access.subjectUserParam ? { userId: 'no-such-id' } : undefined;
        const expectAllowed = allows(r.access.policy!, principal, subject);
        const res = await node.as(session, {
          method: r.method as 'GET',
          url: concreteUrl(r.url),
          payload: r.method === 'GET' || r.method === 'DELETE' ? undefined : {},
          // The live event stream never ends by itself: its answer is judged by its head.
          ...(r.url === '/api/events' ? { payloadAsStream: true } : {}),
        });
        if (r.url === '/api/events') res.stream().destroy();
        if (expectAllowed)
          assert.ok(
            res.statusCode !== 401 && res.statusCode !== 403,
            `${role} ${r.method} ${r.url} → ${res.statusCode} ${res.body}`,
          );
        else assert.equal(res.statusCode, 403, `${role} ${r.method} ${r.url} → ${res.statusCode}`);
        checked++;
      }
    }
    assert.equal(checked, ROLES.length * routes.length);
    await node.app.close();
  });
});

test('registering an API route without a policy fails', async () => {
  const app = Fastify({ logger: false });
  installGuard(app, {
    config: loadConfig({}),
    database: null as never,
    clock: new ManualClock(),
    registry: null as never,
  });
  assert.throws(
    () => app.get('/api/forgotten', async () => ({ ok: true })),
    /declares no authorisation policy/,
  );
  await app.close();
});
