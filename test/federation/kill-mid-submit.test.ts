/**
 * A node is killed (SIGKILL, no shutdown) while officers are submitting requests, and started
 * again on the same database. Whatever the instant of the kill, no request is lost or
 * duplicated on either node: every submission the node confirmed is submitted, every submitted
 * request reaches the peer exactly once, and what was not submitted left no trace.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { SYSTEM_ACTOR } from '../../src/core/context.js';
import { createUser } from '../../src/app/accounts/users.js';
import { createAuthority } from '../../src/app/register/authorities.js';
import { setNodeIdentity } from '../../src/app/register/node-identity.js';
import { createState } from '../../src/app/register/states.js';
import { verifyAuditLog } from '../../src/storage/audit/audit-log.js';
import { type Database, openDatabase } from '../../src/storage/database.js';
import { TEST_PASSWORD_COST } from '../support/app.js';
import { type Network, startNetwork, trust } from '../support/network.js';

const PASSWORD = 'a long test password 42';
const REQUESTS = 40;
let network: Network;
let dir: string;
let file: string;
let port: number;
let child: ChildProcess | undefined;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port: p } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return p;
}

/** Starts node `xa` in its own process and resolves with its URL once it listens. */
async function startXa(): Promise<string> {
  const proc = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(import.meta.dirname, '../support/crash-node.ts'),
      file,
      String(port),
      'xa',
      network.clock.now().toISOString(),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  child = proc;
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('node xa did not start')), 30_000);
    let buffer = '';
    proc.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const line = buffer.split('\n')[0];
      if (buffer.includes('\n') && line) {
        clearTimeout(timer);
        resolve((JSON.parse(line) as { url: string }).url);
      }
    });
    proc.on('exit', (code) => reject(new Error(`node xa exited with ${code}`)));
  });
}

function kill(): Promise<void> {
  const proc = child;
  child = undefined;
  if (!proc || proc.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    proc.once('exit', () => resolve());
    proc.kill('SIGKILL');
  });
}

async function login(url: string, username: string) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  assert.equal(res.status, 200, await res.clone().text());
  const cookie = /comity_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')![1];
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return (method: string, path: string, body?: unknown) =>
    fetch(`${url}${path}`, {
      method,
      headers: {
        cookie: `comity_session=${cookie}`,
        'x-csrf-token': csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
}

async function setUp(database: Database, state: string) {
  const ctx = { actor: SYSTEM_ACTOR, requestId: null, clock: network.clock };
  await createState(database, ctx, { code: state, name: `State ${state}` });
  const authority = await createAuthority(database, ctx, state, {
    type: 'poc_24_7',
    name: `${state} 24/7 desk`,
    timezone: 'UTC',
  });
  await setNodeIdentity(database, ctx, state, authority.id);
  return { ctx, authority: authority.id };
}

before(async () => {
  network = await startNetwork({ names: ['xb'], dialect: 'sqlite' });
  dir = mkdtempSync(join(tmpdir(), 'comity-kill-'));
  file = join(dir, 'xa.sqlite');
  port = await freePort();
});
after(async () => {
  await kill();
  await network.close();
  rmSync(dir, { recursive: true, force: true });
});

test('killing a node in the middle of submissions loses and duplicates nothing on either node', async () => {
  const xb = network.node('xb');
  await setUp(xb.database, 'XB');

  // XA's database is prepared here, then closed before its process opens it.
  const xaDb = await openDatabase({ url: file });
  await xaDb.migrate();
  const { ctx, authority } = await setUp(xaDb, 'XA');
  for (const [username, role] of [
    ['pros-xa', 'prosecutor'],
    ['officer-xa', 'poc_officer'],
  ] as const)
    await createUser(
      xaDb,
      ctx,
      { username, roles: [role], password: PASSWORD, authorityId: authority },
      TEST_PASSWORD_COST,
    );
  await xaDb.close();

  let url = await startXa();
  // Trust both ways through the real path: cards over HTTP, fingerprints confirmed.
  await trust(xb, { url } as Parameters<typeof trust>[1], network.clock);
  const xaRead = await openDatabase({ url: file });
  try {
    await trust({ database: xaRead } as Parameters<typeof trust>[0], xb, network.clock);

    const prosecutor = await login(url, 'pros-xa');
    const kase = (await (await prosecutor('POST', '/api/cases', { title: 'Ransomware wave' })).json()) as {
      id: string;
    };
    const drafts: string[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const res = await prosecutor('POST', `/api/cases/${kase.id}/requests`, {
        regime: 'uncc-2024',
        instrument: 'preservation',
        requestedState: 'XB',
        urgency: 'urgent',
        fields: {
          requestingAuthority: 'XA 24/7 desk',
          factsSummary: `Ransomware intrusion number ${i}.`,
          relationToOffence: 'The server hosted the ransom portal.',
          necessity: 'Logs are kept for 30 days only.',
          mlaToFollow: true,
        },
        items: [
          { id: 'i1', description: `Server ${i} access logs`, dataCategory: 'traffic', personalData: true },
        ],
        offences: [{ code: 'UNCC-7', elements: { security_breach: true } }],
      });
      assert.equal(res.status, 201, await res.clone().text());
      drafts.push(((await res.json()) as { id: string }).id);
    }

    // Every submission at once; the node dies as soon as the first one is confirmed.
    const officer = await login(url, 'officer-xa');
    const confirmed = new Set<string>();
    let killing: Promise<void> | undefined;
    await Promise.all(
      drafts.map(async (id) => {
        try {
          const res = await officer('POST', `/api/requests/${id}/actions`, { action: { type: 'submit' } });
          if (res.status === 200) {
            confirmed.add(id);
            killing ??= kill();
          }
        } catch {
          // The connection died with the process: the outcome is unknown to the officer.
        }
      }),
    );
    await killing;
    assert.ok(
      confirmed.size >= 1 && confirmed.size < REQUESTS,
      `killed after ${confirmed.size} confirmations`,
    );

    // Restart on the same database two minutes later (the dead process's delivery lease has
    // expired by then); the officer submits what is still a draft.
    network.clock.advance(2 * 60_000);
    url = await startXa();
    const again = await login(url, 'officer-xa');
    const statusAt = async (id: string) =>
      ((await (await again('GET', `/api/requests/${id}`)).json()) as { state: { status: string } }).state
        .status;
    for (const id of confirmed) assert.equal(await statusAt(id), 'submitted', `confirmed ${id} was lost`);
    const stillDraft = [];
    for (const id of drafts) if ((await statusAt(id)) === 'draft') stillDraft.push(id);
    assert.ok(stillDraft.length > 0, 'some submissions were cut off by the kill');
    for (const id of stillDraft) {
      const res = await again('POST', `/api/requests/${id}/actions`, { action: { type: 'submit' } });
      assert.equal(res.status, 200, await res.clone().text());
    }
    const twice = await again('POST', `/api/requests/${drafts[0]}/actions`, { action: { type: 'submit' } });
    assert.equal(twice.status, 409, 'a request is submitted once');

    // XA's worker delivers on its own; XB answers with receipts when drained.
    const deadline = Date.now() + 60_000;
    for (;;) {
      await network.drain();
      const pending = await xaRead.db
        .selectFrom('outbox')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('status', '!=', 'accepted')
        .executeTakeFirstOrThrow();
      if (Number(pending.n) === 0) break;
      if (Date.now() > deadline) {
        const why = await xaRead.db.selectFrom('outbox').select(['status', 'last_error']).limit(3).execute();
        const peers = await xaRead.db
          .selectFrom('peers')
          .select(['node_id', 'status', 'last_error'])
          .execute();
        assert.fail(`${pending.n} messages still undelivered: ${JSON.stringify({ why, peers })}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }

    const sent = await xaRead.db
      .selectFrom('outbox')
      .select(['message_id', 'type'])
      .where('type', '=', 'request.events')
      .execute();
    assert.equal(sent.length, REQUESTS, 'one submission message per request, none twice');
    const atXb = await xb.database.db.selectFrom('requests').select(['id', 'side']).execute();
    assert.deepEqual(
      atXb.map((r) => r.id).sort(),
      [...drafts].sort(),
      'every request reached XB exactly once',
    );
    assert.ok(atXb.every((r) => r.side === 'requested'));
    const xbEvents = await xb.database.db
      .selectFrom('request_events')
      .select(['request_id', 'seq'])
      .execute();
    const xaEvents = await xaRead.db.selectFrom('request_events').select(['request_id', 'seq']).execute();
    const key = (r: { request_id: string; seq: number }) => `${r.request_id}:${r.seq}`;
    assert.equal(new Set(xbEvents.map(key)).size, xbEvents.length);
    for (const id of drafts) {
      const at = (rows: typeof xaEvents) => rows.filter((r) => r.request_id === id).length;
      assert.equal(at(xbEvents), at(xaEvents), `both nodes hold the same log for ${id}`);
    }
    assert.equal((await verifyAuditLog(xaRead)).ok, true, 'XA audit chain intact after the kill');
    assert.equal((await verifyAuditLog(xb.database)).ok, true, 'XB audit chain intact');
  } finally {
    await xaRead.close();
  }
});
