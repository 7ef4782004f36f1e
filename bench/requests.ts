/**
 * `npm run bench -- requests`: cooperation requests across two nodes on loopback (SQLite, real
 * HTTP, signed and encrypted envelopes). Throughput of requests drafted + submitted at XA,
 * receipted at XB and acknowledged there (with the acknowledgement replicated back to XA);
 * and, at a fixed offered load of 100 requests/s, the latency from the submit at XA to the
 * request being in XB's 24/7 inbox. Baseline: plain federation messages (`test.note`) through
 * the same two nodes in the same run.
 */
import { SYSTEM_ACTOR } from '../src/core/context.js';
import type { Principal } from '../src/core/accounts/roles.js';
import { createUser } from '../src/app/accounts/users.js';
import { createCase } from '../src/app/cases/cases.js';
import { createAuthority } from '../src/app/register/authorities.js';
import { setNodeIdentity } from '../src/app/register/node-identity.js';
import { createState } from '../src/app/register/states.js';
import { actOnRequest, draftRequestInCase } from '../src/app/requests/requests.js';
import { loadRegimeRegistry } from '../src/storage/legal/regime-files.js';
import { type Network, type NetworkNode, startNetwork, WallClock } from '../test/support/network.js';
import { type BenchReport, newReport, percentile } from './report.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const LATENCY_SECONDS = Number(process.env.BENCH_REQUEST_LATENCY_SECONDS ?? 10);
const OFFERED_RATE = 100;
const registry = loadRegimeRegistry();
const clock = new WallClock();
const ctx = { actor: SYSTEM_ACTOR, requestId: null, clock };

const DRAFT = {
  regime: 'uncc-2024',
  instrument: 'preservation',
  requestedState: 'XB',
  urgency: 'urgent' as const,
  fields: {
    requestingAuthority: 'XA 24/7 desk',
    factsSummary: 'Ransomware encrypted patient records.',
    relationToOffence: 'The mailbox received the ransom note.',
    necessity: 'Login logs are kept for 30 days only.',
    mlaToFollow: true,
  },
  items: [{ id: 'i1', description: 'login IP logs', dataCategory: 'traffic', personalData: true }],
  offences: [{ code: 'UNCC-7', elements: { security_breach: true } }],
};

async function officerOn(node: NetworkNode): Promise<Principal> {
  await createState(node.database, ctx, { code: node.state, name: node.state });
  const desk = await createAuthority(node.database, ctx, node.state, {
    type: 'poc_24_7',
    name: `${node.state} desk`,
    timezone: 'Europe/Vienna',
  });
  await setNodeIdentity(node.database, ctx, node.state, desk.id);
  const { user } = await createUser(
    node.database,
    ctx,
    {
      username: `officer-${node.name}`,
      roles: ['poc_officer'],
      password: 'a bench password of length',
      authorityId: desk.id,
    },
    { log2N: 10, r: 8, p: 1 },
  );
  return {
    userId: user.id,
    username: user.username,
    roles: ['poc_officer'],
    authorityId: desk.id,
    via: 'session',
  };
}

async function twoNodes(): Promise<{
  net: Network;
  xaOfficer: Principal;
  xbOfficer: Principal;
  caseId: string;
}> {
  const net = await startNetwork({
    names: ['xa', 'xb'],
    dialect: 'sqlite',
    clock,
    nodeOptions: { pollIntervalMs: 20, maxBatchEnvelopes: 200 },
  });
  const xaOfficer = await officerOn(net.node('xa'));
  const xbOfficer = await officerOn(net.node('xb'));
  const kase = await createCase(net.node('xa').database, ctx, xaOfficer, { title: 'bench' });
  return { net, xaOfficer, xbOfficer, caseId: kase.id };
}

async function submitOne(net: Network, officer: Principal, caseId: string): Promise<string> {
  const xa = net.node('xa');
  const draft = await draftRequestInCase(xa.database, registry, ctx, officer, caseId, DRAFT);
  await actOnRequest(
    xa.database,
    registry,
    ctx,
    officer,
    draft.id,
    { type: 'submit' },
    { courier: xa.federation },
  );
  return draft.id;
}

async function waitFor(check: () => Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function count(node: NetworkNode, status: string): Promise<number> {
  const row = await node.database.db
    .selectFrom('requests')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', status)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function run(): Promise<BenchReport> {
  const report = newReport('requests');

  // Baseline: plain audited messages through the same pair of nodes.
  let baseline = 0;
  {
    const { net } = await twoNodes();
    try {
      for (const n of net.nodes) n.federation.worker.start();
      const started = performance.now();
      for (let i = 0; i < REQUESTS; i++) await net.node('xa').send('xb', { i });
      await waitFor(async () => (await net.node('xb').effects()).size >= REQUESTS);
      baseline = REQUESTS / ((performance.now() - started) / 1000);
    } finally {
      await net.close();
    }
  }

  {
    const { net, xaOfficer, xbOfficer, caseId } = await twoNodes();
    try {
      for (const n of net.nodes) n.federation.worker.start();
      const xa = net.node('xa');
      const xb = net.node('xb');
      const started = performance.now();
      const ids: string[] = [];
      for (let i = 0; i < REQUESTS; i++) ids.push(await submitOne(net, xaOfficer, caseId));
      await waitFor(async () => (await count(xb, 'received')) >= REQUESTS);
      for (const id of ids)
        await actOnRequest(
          xb.database,
          registry,
          ctx,
          xbOfficer,
          id,
          { type: 'start_review' },
          { courier: xb.federation },
        );
      await waitFor(async () => (await count(xa, 'under_review')) >= REQUESTS);
      const rate = REQUESTS / ((performance.now() - started) / 1000);
      report.results.push({
        name: `requests drafted + submitted at XA, receipted and acknowledged at XB, replicated back (${REQUESTS})`,
        value: rate,
        unit: 'requests/s',
        baseline: { name: 'plain federation messages, same nodes', value: baseline, unit: 'requests/s' },
        notes: 'each request is 5 audited transactions and 3 federation messages',
      });
    } finally {
      await net.close();
    }
  }

  {
    const { net, xaOfficer, caseId } = await twoNodes();
    const latencies: number[] = [];
    try {
      for (const n of net.nodes) n.federation.worker.start();
      const xb = net.node('xb');
      const total = OFFERED_RATE * LATENCY_SECONDS;
      const pending = new Map<string, number>();
      const started = performance.now();
      const watcher = (async () => {
        while (latencies.length < total) {
          if (pending.size > 0) {
            const rows = await xb.database.db
              .selectFrom('requests')
              .select('id')
              .where('id', 'in', [...pending.keys()])
              .execute();
            const now = performance.now();
            for (const r of rows) {
              latencies.push(now - pending.get(r.id)!);
              pending.delete(r.id);
            }
          }
          await new Promise((r) => setTimeout(r, 2));
        }
      })();
      for (let i = 0; i < total; i++) {
        const due = started + (i * 1000) / OFFERED_RATE;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        const t0 = performance.now();
        const id = await submitOne(net, xaOfficer, caseId);
        pending.set(id, t0);
      }
      await Promise.race([
        watcher,
        new Promise((_, reject) => setTimeout(() => reject(new Error('latency run timed out')), 120_000)),
      ]);
      latencies.sort((a, b) => a - b);
      report.results.push({
        name: `submit at XA → in XB's 24/7 inbox, p50 at ${OFFERED_RATE} requests/s`,
        value: percentile(latencies, 50),
        unit: 'ms',
      });
      report.results.push({
        name: `submit at XA → in XB's 24/7 inbox, p99 at ${OFFERED_RATE} requests/s`,
        value: percentile(latencies, 99),
        unit: 'ms',
        target: '< 500 ms',
        met: percentile(latencies, 99) < 500,
        notes: `${latencies.length} requests over ${LATENCY_SECONDS} s`,
      });
    } finally {
      await net.close();
    }
  }
  return report;
}
