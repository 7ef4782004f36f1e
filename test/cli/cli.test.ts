/**
 * The `comity` command as an operator runs it: a real process, a real data directory, exit
 * codes and one-line errors.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';

const BIN = join(import.meta.dirname, '../../bin/comity.js');
const dataDir = mkdtempSync(join(tmpdir(), 'comity-cli-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

function comity(args: string[], env: Record<string, string> = {}) {
  const res = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...process.env, COMITY_DATA_DIR: dataDir, COMITY_DATABASE_URL: '', ...env },
    encoding: 'utf8',
  });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

test('every command has --help', () => {
  for (const args of [
    [],
    ['start'],
    ['migrate'],
    ['user'],
    ['user', 'add'],
    ['user', 'reset-password'],
    ['user', 'reset-second-factor'],
    ['user', 'token'],
    ['audit', 'verify'],
    ['config', 'check'],
    ['regimes', 'check'],
    ['regimes', 'show'],
    ['setup'],
    ['request', 'list'],
    ['request', 'show'],
    ['request', 'export'],
  ]) {
    const res = comity([...args, '--help']);
    assert.equal(res.code, 0, args.join(' '));
    assert.match(res.stdout, /Usage: comity/);
  }
});

test('a wrong configuration value stops with one line naming the variable (exit 2)', () => {
  const res = comity(['config', 'check'], { COMITY_PORT: 'http' });
  assert.equal(res.code, 2);
  assert.equal(res.stderr.trim().split('\n').length, 1);
  assert.match(res.stderr, /COMITY_PORT/);
});

test('an unreachable database gives one clear line and exit 3, not a stack trace', () => {
  const res = comity(['migrate'], {
    COMITY_DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
    COMITY_KEY_SECRET: 'a test secret of sufficient length',
  });
  assert.equal(res.code, 3);
  assert.equal(res.stderr.trim().split('\n').length, 1);
  assert.match(res.stderr, /database unreachable/);
  assert.doesNotMatch(res.stderr, /\n\s+at /);
});

test('migrate, user add, token, reset-password, and audit verify catching a tampered row', () => {
  assert.match(comity(['migrate']).stdout, /applied 0001-foundation|up to date/);
  assert.match(comity(['migrate', '--status']).stdout, /0 pending/);
  const added = comity([
    'user',
    'add',
    'duty-officer',
    '--role',
    'poc_officer',
    '--display-name',
    'Duty Officer',
  ]);
  assert.equal(added.code, 0, added.stderr);
  assert.match(added.stdout, /one-time password .*: \S{20}/);
  const dup = comity(['user', 'add', 'duty-officer', '--role', 'poc_officer']);
  assert.equal(dup.code, 1);
  assert.match(dup.stderr, /already in use/);
  const token = comity(['user', 'token', 'duty-officer', '--name', 'ticketing']);
  assert.match(token.stdout, /^cmty_\S+$/m);
  assert.equal(comity(['user', 'reset-password', 'nobody']).code, 1);
  assert.equal(comity(['user', 'reset-password', 'duty-officer']).code, 0);
  const noFactor = comity(['user', 'reset-second-factor', 'nobody']);
  assert.equal(noFactor.code, 1);
  assert.match(noFactor.stderr, /no user named nobody/);
  assert.match(
    comity(['user', 'reset-second-factor', 'duty-officer']).stdout,
    /second factor of duty-officer cleared/,
  );

  const noName = comity([
    'setup',
    '--state',
    'XA',
    '--authority-type',
    'poc_24_7',
    '--authority-name',
    'Xa 24/7',
    '--timezone',
    'Europe/Vienna',
  ]);
  assert.equal(noName.code, 2);
  assert.match(noName.stderr, /--state-name/);
  assert.equal(
    comity([
      'setup',
      '--state',
      'XA',
      '--state-name',
      'Xa',
      '--authority-type',
      'poc_24_7',
      '--authority-name',
      'Xa 24/7',
      '--timezone',
      'Mars/Base',
    ]).code,
    2,
  );
  const setup = comity([
    'setup',
    '--state',
    'xa',
    '--state-name',
    'Xa',
    '--authority-type',
    'poc_24_7',
    '--authority-name',
    'Xa 24/7',
    '--timezone',
    'Europe/Vienna',
    '--languages',
    'en,fr',
  ]);
  assert.equal(setup.code, 0, setup.stderr);
  assert.match(setup.stdout, /set node identity: XA \/ Xa 24\/7/);

  const ok = comity(['audit', 'verify']);
  assert.equal(ok.code, 0, ok.stderr);
  // user add, token, reset-password, reset-second-factor, and setup's State, authority and node identity.
  assert.match(ok.stdout, /intact: 7 events/);

  const db = new Database(join(dataDir, 'comity.sqlite'));
  db.prepare("update audit_events set action = 'user.delete' where seq = 2").run();
  db.close();
  const broken = comity(['audit', 'verify']);
  assert.equal(broken.code, 1);
  assert.match(broken.stderr, /BROKEN at event 2/);
});

test('npm start equivalent: serves /healthz and /api/docs, prints the admin password on first start only, stops on SIGTERM', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'comity-start-'));
  const run = async (): Promise<{ output: string; code: number | null }> => {
    const child: ChildProcess = spawn(process.execPath, [BIN, 'start', '--port', '0', '--data-dir', dir], {
      env: { ...process.env, COMITY_LOG_LEVEL: 'warn', COMITY_DATABASE_URL: '' },
    });
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${output}`)), 20_000);
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /listening on (http:\/\/\S+)/.exec(output);
        if (match && output.includes('API documentation')) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      child.stderr!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
    });
    await new Promise((r) => setTimeout(r, 100));
    assert.equal((await fetch(`${url}/healthz`)).status, 200);
    assert.equal((await fetch(`${url}/api/docs`)).status, 200);
    const code = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    child.kill('SIGTERM');
    return { output, code: await code };
  };
  const first = await run();
  assert.match(first.output, /password: \S{20}/);
  assert.equal(first.code, 0);
  const second = await run();
  assert.doesNotMatch(second.output, /password:/);
  rmSync(dir, { recursive: true, force: true });
});

test('request list, show and export for operators; the export is audited', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'comity-cli-req-'));
  const { openDatabase } = await import('../../src/storage/database.js');
  const { SYSTEM_ACTOR } = await import('../../src/core/context.js');
  const { systemClock } = await import('../../src/core/clock.js');
  const { createState } = await import('../../src/app/register/states.js');
  const { createAuthority } = await import('../../src/app/register/authorities.js');
  const { setNodeIdentity } = await import('../../src/app/register/node-identity.js');
  const { createUser } = await import('../../src/app/accounts/users.js');
  const { createCase } = await import('../../src/app/cases/cases.js');
  const { draftRequestInCase } = await import('../../src/app/requests/requests.js');
  const { loadRegimeRegistry } = await import('../../src/storage/legal/regime-files.js');
  const database = await openDatabase({ url: join(dir, 'comity.sqlite') });
  await database.migrate();
  const ctx = { actor: SYSTEM_ACTOR, requestId: null, clock: systemClock };
  await createState(database, ctx, { code: 'XA', name: 'Xa' });
  const authority = await createAuthority(database, ctx, 'XA', {
    type: 'poc_24_7',
    name: 'Xa desk',
    timezone: 'Europe/Vienna',
  });
  await setNodeIdentity(database, ctx, 'XA', authority.id);
  const { user } = await createUser(
    database,
    ctx,
    {
      username: 'pros',
      roles: ['prosecutor'],
      password: 'a long test password 42',
      authorityId: authority.id,
    },
    { log2N: 10, r: 8, p: 1 },
  );
  const principal = {
    userId: user.id,
    username: 'pros',
    roles: ['prosecutor' as const],
    authorityId: authority.id,
    via: 'session' as const,
  };
  const kase = await createCase(database, ctx, principal, { title: 'Ransomware' });
  const request = await draftRequestInCase(database, loadRegimeRegistry(), ctx, principal, kase.id, {
    regime: 'uncc-2024',
    instrument: 'preservation',
    requestedState: 'XB',
    fields: { requestingAuthority: 'Xa desk' },
    items: [{ id: 'i1', description: 'login logs', dataCategory: 'traffic', personalData: true }],
    offences: [{ code: 'UNCC-7' }],
  });
  await database.close();

  const env = { COMITY_DATA_DIR: dir };
  const list = comity(['request', 'list'], env);
  assert.equal(list.code, 0, list.stderr);
  assert.match(list.stdout, new RegExp(request.id.slice(0, 8)));
  assert.match(list.stdout, /uncc-2024 preservation/);
  assert.match(list.stdout, /XA → XB/);
  const show = comity(['request', 'show', request.id.slice(0, 8)], env);
  assert.equal(show.code, 0, show.stderr);
  assert.match(show.stdout, /status draft/);
  assert.match(show.stdout, /request_drafted/);
  const exported = comity(['request', 'export', request.id], env);
  assert.equal(exported.code, 0, exported.stderr);
  const doc = JSON.parse(exported.stdout) as { request: { id: string }; events: unknown[] };
  assert.equal(doc.request.id, request.id);
  assert.equal(doc.events.length, 1);
  assert.equal(comity(['request', 'show', 'zzzz'], env).code, 2);
  assert.equal(comity(['request', 'show', '00000000'], env).code, 1);
  const db = new Database(join(dir, 'comity.sqlite'));
  const exports = db
    .prepare("select count(*) as n from audit_events where action = 'request.export'")
    .get() as { n: number };
  db.close();
  assert.equal(exports.n, 1);
  rmSync(dir, { recursive: true, force: true });
});
