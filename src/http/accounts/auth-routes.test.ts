import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { forEachDialect } from '../../../test/support/databases.js';
import { base32Decode, totp } from '../../core/accounts/totp.js';
import { bootstrapAdmin } from '../../app/accounts/bootstrap.js';

async function loginAs(
  node: TestApp,
  username: string,
  password: string,
  extra: Record<string, string> = {},
) {
  return node.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password, ...extra },
  });
}

function sessionOf(res: Awaited<ReturnType<typeof loginAs>>) {
  const cookie = res.cookies.find((c) => c.name === 'comity_session')!;
  return {
    cookie: `comity_session=${cookie.value}`,
    csrfToken: (res.json() as { csrfToken: string }).csrfToken,
    userId: '',
  };
}

forEachDialect('accounts and access', (t) => {
  let node: TestApp;

  test('first run creates an admin with a one-time password that must be changed first', async () => {
    node = await createTestApp(t.database);
    const first = await bootstrapAdmin(t.database, node.clock, { log2N: 10, r: 8, p: 1 });
    assert.ok(first && first.password.length === 20);
    assert.equal(await bootstrapAdmin(t.database, node.clock), null, 'only on first start');

    const res = await loginAs(node, 'admin', first.password);
    assert.equal(res.statusCode, 200);
    const cookie = res.cookies.find((c) => c.name === 'comity_session')!;
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Strict');
    const admin = sessionOf(res);
    const blocked = await node.as(admin, { method: 'GET', url: '/api/users' });
    assert.equal(blocked.statusCode, 403);
    assert.equal(blocked.json().code, 'password_change_required');

    const weak = await node.as(admin, {
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: first.password, newPassword: 'short' },
    });
    assert.equal(weak.statusCode, 400);
    assert.equal(weak.json().code, 'weak_password');
    const changed = await node.as(admin, {
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: first.password, newPassword: 'the administrator now has a real password' },
    });
    assert.equal(changed.statusCode, 204);
    assert.equal((await node.as(admin, { method: 'GET', url: '/api/users' })).statusCode, 200);
  });

  test('a cookie-authenticated write without the CSRF token is refused', async () => {
    const admin = await node.sessionFor(['admin']);
    const res = await node.app.inject({
      method: 'POST',
      url: '/api/register/states',
      headers: { cookie: admin.cookie },
      payload: { code: 'XA', name: 'Xa' },
    });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().code, 'csrf_token_invalid');
    const ok = await node.as(admin, {
      method: 'POST',
      url: '/api/register/states',
      payload: { code: 'XA', name: 'Xa' },
    });
    assert.equal(ok.statusCode, 201);
  });

  test('wrong passwords lock the account after the configured attempts; an admin reset unlocks it', async () => {
    const user = await node.sessionFor(['analyst'], 'lockme');
    for (let i = 0; i < 4; i++)
      assert.equal((await loginAs(node, 'lockme', 'wrong password here')).statusCode, 401);
    const fifth = await loginAs(node, 'lockme', 'wrong password here');
    assert.equal(fifth.statusCode, 401);
    const locked = await loginAs(node, 'lockme', 'a long test password 42');
    assert.equal(locked.statusCode, 403);
    assert.equal(locked.json().code, 'account_locked');
    node.clock.advance(16 * 60_000);
    assert.equal((await loginAs(node, 'lockme', 'a long test password 42')).statusCode, 200, 'lock expires');

    for (let i = 0; i < 5; i++) await loginAs(node, 'lockme', 'wrong password here');
    const admin = await node.sessionFor(['admin']);
    const reset = await node.as(admin, { method: 'POST', url: `/api/users/${user.userId}/reset-password` });
    assert.equal(reset.statusCode, 200);
    const again = await loginAs(node, 'lockme', reset.json().oneTimePassword);
    assert.equal(again.statusCode, 200);
    assert.equal(again.json().user.mustChangePassword, true);
    const audit = await node.as(admin, { method: 'GET', url: '/api/audit?action=auth.lockout' });
    assert.ok(audit.json().events.length >= 2);
  });

  test('an unknown user and a wrong password are indistinguishable', async () => {
    const a = await loginAs(node, 'nobody-here', 'whatever password');
    const b = await loginAs(node, 'lockme', 'whatever password');
    assert.equal(a.statusCode, 401);
    assert.equal(a.json().code, b.json().code);
    assert.equal(a.json().detail, b.json().detail);
  });

  test('API tokens: shown once, work as bearer without CSRF, cannot mint tokens, stop when revoked', async () => {
    const analyst = await node.sessionFor(['analyst', 'auditor']);
    const created = await node.as(analyst, {
      method: 'POST',
      url: '/api/auth/tokens',
      payload: { name: 'siem export' },
    });
    assert.equal(created.statusCode, 201);
    const { token, apiToken } = created.json() as { token: string; apiToken: { id: string; prefix: string } };
    assert.match(token, /^cmty_/);
    assert.ok(token.includes(apiToken.prefix));
    const listed = await node.as(analyst, { method: 'GET', url: '/api/auth/tokens' });
    assert.ok(!listed.body.includes(token), 'the secret is never listed');

    const bearer = { authorization: `Bearer ${token}` };
    assert.equal(
      (await node.app.inject({ method: 'GET', url: '/api/audit', headers: bearer })).statusCode,
      200,
    );
    const mint = await node.app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      headers: bearer,
      payload: { name: 'x' },
    });
    assert.equal(mint.statusCode, 403);
    const revoked = await node.as(analyst, { method: 'DELETE', url: `/api/auth/tokens/${apiToken.id}` });
    assert.equal(revoked.statusCode, 200);
    const after = await node.app.inject({ method: 'GET', url: '/api/audit', headers: bearer });
    assert.equal(after.statusCode, 401);
    assert.equal(after.json().code, 'invalid_token');
  });

  test('TOTP second factor: enrol, then login needs the code', async () => {
    const user = await node.sessionFor(['prosecutor'], 'twofactor');
    const setup = await node.as(user, { method: 'POST', url: '/api/auth/totp/setup' });
    assert.equal(setup.statusCode, 200);
    const secret = base32Decode(setup.json().secret);
    assert.match(setup.json().uri, /^otpauth:\/\/totp\//);
    const bad = await node.as(user, {
      method: 'POST',
      url: '/api/auth/totp/enable',
      payload: { code: '000000' === totp(secret, node.clock.now()) ? '111111' : '000000' },
    });
    assert.equal(bad.statusCode, 400);
    const ok = await node.as(user, {
      method: 'POST',
      url: '/api/auth/totp/enable',
      payload: { code: totp(secret, node.clock.now()) },
    });
    assert.equal(ok.statusCode, 204);

    const missing = await loginAs(node, 'twofactor', 'a long test password 42');
    assert.equal(missing.statusCode, 401);
    assert.equal(missing.json().code, 'totp_required');
    const good = await loginAs(node, 'twofactor', 'a long test password 42', {
      totp: totp(secret, node.clock.now()),
    });
    assert.equal(good.statusCode, 200);
  });

  test('a lost authenticator: the administrator clears the second factor, the sessions end, the person enrols again', async () => {
    const admin = await node.sessionFor(['admin']);
    const analyst = await node.sessionFor(['analyst']);
    const before = await loginAs(node, 'twofactor', 'a long test password 42');
    assert.equal(before.json().code, 'totp_required', 'the factor from the test before is on');
    const session = await loginAs(node, 'twofactor', 'a long test password 42', {
      totp: totp(
        base32Decode(
          (
            await node.deps.database.db
              .selectFrom('users')
              .select('totp_secret')
              .where('username', '=', 'twofactor')
              .executeTakeFirstOrThrow()
          ).totp_secret!,
        ),
        node.clock.now(),
      ),
    });
    const id = session.json().user.id as string;
    const cookie = `comity_session=${session.cookies.find((c) => c.name === 'comity_session')!.value}`;

    const refused = await node.as(analyst, { method: 'POST', url: `/api/users/${id}/reset-second-factor` });
    assert.equal(refused.statusCode, 403);
    const unknown = await node.as(admin, {
      method: 'POST',
      url: '/api/users/no-such-user/reset-second-factor',
    });
    assert.equal(unknown.statusCode, 404);

    const reset = await node.as(admin, { method: 'POST', url: `/api/users/${id}/reset-second-factor` });
    assert.equal(reset.statusCode, 200, reset.body);
    assert.equal(reset.json().totpEnabled, false);
    const ended = await node.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    assert.equal(ended.statusCode, 401, 'the sessions of the person end');
    const alone = await loginAs(node, 'twofactor', 'a long test password 42');
    assert.equal(alone.statusCode, 200, 'the password alone signs in until they enrol again');
    const trail = await node.as(admin, {
      method: 'GET',
      url: `/api/audit?action=user.reset_second_factor&subjectType=user&subjectId=${id}`,
    });
    assert.equal(trail.json().events.length, 1);
    assert.deepEqual(trail.json().events[0].details, { wasEnabled: true });
  });

  test('logout ends the session', async () => {
    const user = await node.sessionFor(['dpo']);
    assert.equal((await node.as(user, { method: 'POST', url: '/api/auth/logout' })).statusCode, 204);
    assert.equal((await node.as(user, { method: 'GET', url: '/api/auth/me' })).statusCode, 401);
  });

  test('a disabled user loses their sessions and cannot log in; the last admin cannot be disabled', async () => {
    const admin = await node.sessionFor(['admin'], 'second-admin');
    const victim = await node.sessionFor(['analyst'], 'to-disable');
    const res = await node.as(admin, {
      method: 'PATCH',
      url: `/api/users/${victim.userId}`,
      payload: { disabled: true },
    });
    assert.equal(res.statusCode, 200);
    assert.equal((await node.as(victim, { method: 'GET', url: '/api/auth/me' })).statusCode, 401);
    assert.equal((await loginAs(node, 'to-disable', 'a long test password 42')).statusCode, 401);

    const users = (await node.as(admin, { method: 'GET', url: '/api/users' })).json() as Array<{
      id: string;
      roles: string[];
      username: string;
    }>;
    for (const u of users.filter((x) => x.roles.includes('admin') && x.username !== 'second-admin')) {
      await node.as(admin, { method: 'PATCH', url: `/api/users/${u.id}`, payload: { disabled: true } });
    }
    const me = users.find((u) => u.username === 'second-admin')!;
    const last = await node.as(admin, {
      method: 'PATCH',
      url: `/api/users/${me.id}`,
      payload: { roles: ['analyst'] },
    });
    assert.equal(last.statusCode, 409);
    assert.equal(last.json().code, 'last_admin');
  });

  test('repeated failed logins from one address are rate limited', async () => {
    let status = 0;
    for (let i = 0; i < 25 && status !== 429; i++)
      status = (await loginAs(node, `ghost-${i}`, 'nope nope nope')).statusCode;
    assert.equal(status, 429);
    await node.app.close();
  });
});
