import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { ConfigError, loadConfig, redact, VARIABLES } from './config.js';

test('defaults: embedded SQLite under ./data on port 8080', () => {
  const c = loadConfig({});
  assert.equal(c.dataDir, resolve('./data'));
  assert.equal(c.port, 8080);
  assert.equal(c.dialect, 'sqlite');
  assert.equal(c.databaseUrl, resolve('./data/comity.sqlite'));
  assert.equal(c.publicUrl, 'http://127.0.0.1:8080');
  assert.equal(c.secureCookies, false);
  assert.ok(Object.isFrozen(c));
});

test('a postgres:// URL switches the node to PostgreSQL', () => {
  const c = loadConfig({
    COMITY_DATABASE_URL: 'postgres://u:p@db.example:5432/comity',
    COMITY_KEY_SECRET: 'a long enough key secret',
  });
  assert.equal(c.dialect, 'postgres');
});

test('CLI flags override the environment', () => {
  const c = loadConfig({ COMITY_PORT: '9000' }, { COMITY_PORT: '9100', COMITY_DATA_DIR: '/tmp/x' });
  assert.equal(c.port, 9100);
  assert.equal(c.dataDir, '/tmp/x');
});

test('an https public URL makes cookies Secure', () => {
  assert.equal(loadConfig({ COMITY_PUBLIC_URL: 'https://comity.example.org' }).secureCookies, true);
});

const bad: Array<[Record<string, string>, string, RegExp]> = [
  [{ COMITY_PORT: 'eighty' }, 'COMITY_PORT', /must be an integer/],
  [{ COMITY_PORT: '70000' }, 'COMITY_PORT', /between 0 and 65535/],
  [{ COMITY_DATABASE_URL: 'mysql://x/y' }, 'COMITY_DATABASE_URL', /only postgres/],
  [{ COMITY_PUBLIC_URL: 'ftp://x' }, 'COMITY_PUBLIC_URL', /http/],
  [{ COMITY_LOG_LEVEL: 'loud' }, 'COMITY_LOG_LEVEL', /one of/],
  [{ COMITY_SMTP_URL: 'http://mail.example' }, 'COMITY_SMTP_URL', /smtp:\/\//],
  [{ COMITY_MAIL_FROM: 'not an address' }, 'COMITY_MAIL_FROM', /e-mail address/],
  [{ COMITY_TRUST_PROXY: 'maybe' }, 'COMITY_TRUST_PROXY', /true or false/],
  [{ COMITY_DATABASE_POOL_SIZE: '20' }, 'COMITY_DATABASE_POOL_SIZE', /only applies to PostgreSQL/],
  [{ COMITY_TRUST_PROXY: 'true', COMITY_HOST: '0.0.0.0' }, 'COMITY_PUBLIC_URL', /must be set/],
  [{ COMITY_DATABASE_URL: 'postgres://u@db.example/comity' }, 'COMITY_KEY_SECRET', /required|must be set/],
  [{ COMITY_KEY_SECRET: 'short' }, 'COMITY_KEY_SECRET', /at least 16/],
  [{ COMITY_DELIVERY_ALERT_MINUTES: '0' }, 'COMITY_DELIVERY_ALERT_MINUTES', /between 1/],
  [{ COMITY_NODE_ID: 'a b' }, 'COMITY_NODE_ID', /letters/],
];
for (const [env, variable, reason] of bad) {
  test(`${variable}=${Object.values(env).join(',')} stops start-up with one line naming it`, () => {
    assert.throws(
      () => loadConfig(env),
      (e: unknown) =>
        e instanceof ConfigError &&
        e.variable === variable &&
        reason.test(e.message) &&
        !e.message.includes('\n'),
    );
  });
}

test('every variable is documented with a default and a description', () => {
  for (const v of VARIABLES) {
    assert.match(v.name, /^COMITY_[A-Z_]+$/);
    assert.ok(v.description.length > 10 && v.default.length > 0, v.name);
  }
});

test('passwords never appear in a printed database URL', () => {
  assert.equal(redact('postgres://app:s3cret@h/db'), 'postgres://app:***@h/db');
});

test('federation defaults: no key secret on SQLite (a file is used), node id from the public URL', () => {
  const c = loadConfig({ COMITY_PUBLIC_URL: 'https://comity.xa.example' });
  assert.equal(c.keySecret, undefined);
  assert.equal(c.nodeId, 'comity.xa.example');
  assert.equal(c.deliveryAlertMinutes, 60);
  assert.equal(loadConfig({ COMITY_KEY_SECRET: 'sixteen chars ok' }).keySecret, 'sixteen chars ok');
});
