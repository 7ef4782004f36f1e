/**
 * `npm run demo`: three Comity nodes on localhost for the fictional States XA, XB and XC, each
 * with its own SQLite database, keys and seeded users, every pair of nodes already trusted
 * through signed cards and confirmed fingerprints. XA's 24/7 point of contact sends an urgent
 * preservation request to XB's; the script prints the message's journey and the signed
 * evidence ladder (accepted → delivered → opened → answered), then the URLs and logins, and
 * keeps the nodes running until Ctrl-C. `--once` exits after the round trip (a test runs it).
 * `scenario <name>` plays a scripted case instead (scripts/scenario-*.ts) and exits.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Clock, systemClock } from '../src/core/clock.js';
import { type CommandContext, SYSTEM_ACTOR } from '../src/core/context.js';
import type { FederationNode } from '../src/federation/node/federation-node.js';
import { outgoingStatus } from '../src/federation/outbox/status.js';
import { addPeer } from '../src/federation/peers/peers-store.js';
import { createUser } from '../src/app/accounts/users.js';
import { loadConfig } from '../src/app/config/config.js';
import { createAuthority } from '../src/app/register/authorities.js';
import { setNodeIdentity } from '../src/app/register/node-identity.js';
import { createState } from '../src/app/register/states.js';
import { runCommand } from '../src/storage/command.js';
import { type ComityNode, openNode } from '../src/node/open-node.js';
import { type Database, openDatabase } from '../src/storage/database.js';

const once = process.argv.includes('--once');
const portBase = Number(argValue('--port-base') ?? (once ? 0 : 8101));
const clock: Clock = systemClock;
const ctx: CommandContext = { actor: SYSTEM_ACTOR, requestId: null, clock };
const STATES = [
  { code: 'XA', name: 'Republic of Xanadu A (fictional)' },
  { code: 'XB', name: 'Kingdom of Xanadu B (fictional)' },
  { code: 'XC', name: 'Federation of Xanadu C (fictional)' },
];

interface DemoNode {
  code: string;
  database: Database;
  federation: FederationNode;
  node: ComityNode;
  url: string;
  authorityId: string;
  logins: Array<{ username: string; password: string; role: string }>;
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const started = Date.now();
function log(line: string): void {
  console.log(`[+${((Date.now() - started) / 1000).toFixed(2)}s] ${line}`);
}

async function startNode(code: string, name: string, index: number, dir: string): Promise<DemoNode> {
  const nodeId = `comity.${code.toLowerCase()}.example`;
  const database = await openDatabase({ url: join(dir, `${code.toLowerCase()}.sqlite`) });
  await database.migrate();
  await createState(database, ctx, { code, name, languages: ['en'] });
  const authority = await createAuthority(database, ctx, code, {
    type: 'poc_24_7',
    name: `${code} 24/7 point of contact`,
    timezone: 'UTC',
  });
  await setNodeIdentity(database, ctx, code, authority.id);
  const logins = [
    {
      username: `admin-${code.toLowerCase()}`,
      password: `demo admin password ${code}`,
      role: 'admin' as const,
    },
    {
      username: `poc-${code.toLowerCase()}`,
      password: `demo officer password ${code}`,
      role: 'poc_officer' as const,
    },
  ];
  for (const l of logins)
    await createUser(
      database,
      ctx,
      { username: l.username, roles: [l.role], password: l.password },
      { log2N: 12, r: 8, p: 1 },
    );
  await database.close();
  const node = await openNode({
    config: loadConfig({
      COMITY_DATA_DIR: dir,
      COMITY_DATABASE_URL: join(dir, `${code.toLowerCase()}.sqlite`),
      COMITY_LOG_LEVEL: 'silent',
      COMITY_NODE_ID: nodeId,
      COMITY_KEY_SECRET: `demo key secret for ${code} (not for production)`,
      COMITY_PORT: String(portBase === 0 ? 0 : portBase + index),
    }),
    clock,
    logger: false,
    federationTuning: {
      pollIntervalMs: 250,
      onError: (error) => console.error(`${code}: delivery pass failed: ${(error as Error).message}`),
    },
  });
  const federation = node.federation;
  if (!federation) throw new Error(`${code}: the node identity was not set`);
  const url = await node.listen();
  return { code, database: node.database, federation, node, url, authorityId: authority.id, logins };
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'comity-demo-'));
  const nodes: DemoNode[] = [];
  const shutdown = async () => {
    for (const n of nodes) await n.node.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (const [i, s] of STATES.entries()) nodes.push(await startNode(s.code, s.name, i, dir));
    log(`three nodes up: ${nodes.map((n) => `${n.code} ${n.url}`).join(', ')}`);

    // Trust: each node fetches the others' cards and "confirms" the fingerprint (in real life,
    // read out over the phone or in a diplomatic note — never trust on first use).
    for (const a of nodes)
      for (const b of nodes) {
        if (a === b) continue;
        const { card, fingerprint } = (await (await fetch(`${b.url}/federation/v1/card`)).json()) as {
          card: string;
          fingerprint: string;
        };
        await addPeer(a.database, ctx, { card, fingerprint });
      }
    for (const n of nodes) log(`${n.code} card fingerprint: ${(await n.federation.card()).fingerprint}`);
    for (const n of nodes) n.federation.worker.start();

    const [xa, xb] = nodes as [DemoNode, DemoNode];
    const officer: CommandContext = { actor: { type: 'user', id: 'poc-xa' }, requestId: null, clock };
    const request = {
      kind: 'preservation-request',
      legalBasis: 'UNCC art. 42',
      reference: 'XA-2026-0042',
      offence: 'UNCC-7 illegal access (ransomware intrusion)',
      provider: 'Example Hosting Ltd (XB)',
      data: 'subscriber and traffic data for account 4711, 2026-04-01 to 2026-05-01',
      urgency: 'urgent: risk of deletion within 48 h',
    };
    const sent = await runCommand(xa.database, officer, async (tx) => {
      const q = await xa.federation.enqueue(tx, {
        peer: xb.federation.nodeId,
        type: 'request.preservation',
        payload: request,
        fromAuthority: xa.authorityId,
        toAuthority: xb.authorityId,
      });
      return { value: q, audit: { ...q.audit, actor: officer.actor, legalBasis: 'UNCC art. 42' } };
    });
    log(`XA 24/7 officer queued ${sent.messageId} (request.preservation) for XB 24/7 point of contact`);
    log(`  signed by XA's 24/7 key, encrypted to XB's 24/7 key; envelope ${sent.digest}`);
    log('  written to the outbox in the same transaction as its audit event; the worker picks it up');

    const accepted = await waitFor('the accepted receipt', async () => {
      const s = await outgoingStatus(xa.database, sent.messageId);
      return s?.status === 'accepted' ? s : undefined;
    });
    log(
      `XB accepted it: signed receipt at ${accepted.acceptedAt} (legal clocks start here), verified and stored by XA`,
    );

    await xb.database.transact(async (tx) => {
      await xb.federation.sendReceipt(tx, sent.messageId, 'delivered');
    });
    log('XB handed it to its 24/7 queue → "delivered" receipt queued back to XA');
    await xb.database.transact(async (tx) => {
      await xb.federation.sendReceipt(tx, sent.messageId, 'opened');
    });
    log('XB officer opened it → "opened" receipt queued back to XA');
    const answer = await runCommand(
      xb.database,
      { ...officer, actor: { type: 'user', id: 'poc-xb' } },
      async (tx) => {
        const q = await xb.federation.enqueue(tx, {
          peer: xa.federation.nodeId,
          type: 'request.preservation.confirmed',
          payload: { inReplyTo: sent.messageId, preservedUntil: '2026-07-03', reference: 'XB-PRES-0007' },
          fromAuthority: xb.authorityId,
          toAuthority: xa.authorityId,
        });
        await xb.federation.sendReceipt(tx, sent.messageId, 'answered');
        return { value: q, audit: { ...q.audit, legalBasis: 'UNCC art. 42' } };
      },
    );
    log(`XB confirmed the preservation (${answer.messageId}) → "answered" receipt queued back to XA`);

    const final = await waitFor('the full evidence ladder', async () => {
      const s = await outgoingStatus(xa.database, sent.messageId);
      const rungs = new Set(s?.receipts.filter((r) => r.direction === 'received').map((r) => r.receiptType));
      return ['accepted', 'delivered', 'opened', 'answered'].every((r) => rungs.has(r)) ? s : undefined;
    });
    const reply = await waitFor('the confirmation at XA', async () =>
      xa.database.db
        .selectFrom('inbox_messages')
        .select(['type', 'received_at'])
        .where('message_id', '=', answer.messageId)
        .executeTakeFirst(),
    );
    log(`XA received the confirmation (${reply.type}) at ${reply.received_at}`);
    console.log('');
    console.log(`Evidence ladder for ${sent.messageId} (all signed by XB, verified by XA):`);
    for (const r of final.receipts.filter((x) => x.direction === 'received'))
      console.log(
        `  ${r.receiptType.padEnd(9)} signed at ${r.signedAt}  digest ${r.envelopeDigest.slice(0, 24)}…`,
      );
    console.log('');
    console.log('Nodes (log in at POST <url>/api/auth/login; API docs at <url>/api/docs):');
    for (const n of nodes) {
      console.log(`  ${n.code}  ${n.url}`);
      for (const l of n.logins) console.log(`      ${l.role.padEnd(12)} ${l.username} / ${l.password}`);
    }
    console.log(`  e.g. GET ${xa.url}/api/federation/messages/${sent.messageId} as admin-xa`);
    if (once) {
      await shutdown();
      return;
    }
    console.log('\nRunning; press Ctrl-C to stop.');
    await new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    });
    await shutdown();
  } catch (error) {
    await shutdown();
    throw error;
  }
}

/** Scenarios play a whole case across the nodes with a simulated clock, then exit. */
const SCENARIOS: Record<string, () => Promise<void>> = {
  ransomware: async () => (await import('./scenario-ransomware.js')).playRansomware(),
};

const scenario = argValue('scenario');
const run =
  scenario === undefined
    ? main
    : (SCENARIOS[scenario] ??
      (() =>
        Promise.reject(
          new Error(`unknown scenario "${scenario}"; known: ${Object.keys(SCENARIOS).join(', ')}`),
        )));
run().catch((error) => {
  console.error(`demo failed: ${(error as Error).message}`);
  process.exitCode = 1;
});
