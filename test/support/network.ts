/**
 * A federation of N nodes in one process: each with its own database (a SQLite file, or a
 * PostgreSQL schema when COMITY_TEST_DATABASE_URL is set), its own Fastify app listening on
 * 127.0.0.1 (real HTTP between nodes), its own keys, and every pair already trusted through
 * the real add-peer path (card + fingerprint). All nodes share one manual clock, and `drain()`
 * runs every outbox until nothing moves, so tests are deterministic.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { ManualClock } from '../../src/core/clock.js';
import { type CommandContext, SYSTEM_ACTOR } from '../../src/core/context.js';
import { ValidationError } from '../../src/core/errors.js';
import { Type } from 'typebox';
import { loadConfig } from '../../src/app/config/config.js';
import type { AppDeps } from '../../src/app/deps.js';
import { type MessageBinding, messageType, on } from '../../src/federation/messages/message-type.js';
import type { FederationNode, FederationNodeOptions } from '../../src/federation/node/federation-node.js';
import type { PassResult } from '../../src/federation/outbox/worker.js';
import { addPeer } from '../../src/federation/peers/peers-store.js';
import { type ComityNode, openNode } from '../../src/node/open-node.js';
import { appendAudit } from '../../src/storage/audit/audit-log.js';
import { type Database, openDatabase } from '../../src/storage/database.js';
import { TEST_PASSWORD_COST } from './app.js';
import { POSTGRES_URL } from './databases.js';

/** Lower scrypt cost for test keys (the at-rest format's minimum). */
export const TEST_SCRYPT = { N: 2 ** 14, r: 8, p: 1 };
export const TEST_KEY_SECRET = 'test network key secret, not for production';
/** The message type test handlers understand; its effect is one `conformance_items` row. */
export const NOTE_TYPE = 'test.note';

export interface NetworkNode {
  readonly name: string;
  readonly state: string;
  readonly federation: FederationNode;
  readonly database: Database;
  readonly app: FastifyInstance;
  readonly url: string;
  readonly deps: AppDeps;
  /** The node's data directory (evidence files live under `evidence/`); kept across restarts. */
  readonly dataDir: string;
  /** Closes the HTTP server (the node is "offline"); the database stays. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
  /** Simulates a crash and restart: closes everything and reopens the same database. */
  restart(options?: Partial<FederationNodeOptions>): Promise<void>;
  /** Closes the node (HTTP, delivery, daemons); the database is the network's to dispose. */
  close(): Promise<void>;
  /** The node as the composition root assembled it (its daemons, capabilities, config). */
  readonly node: ComityNode;
  /** Queues a `test.note` to a peer in its own transaction, audited. */
  send(peer: string, note: unknown): Promise<string>;
  /** Effects the note handler wrote, by message id. */
  effects(): Promise<Map<string, number>>;
}

export interface Network {
  readonly clock: ManualClock;
  readonly nodes: readonly NetworkNode[];
  node(name: string): NetworkNode;
  /** Runs every node's outbox until a whole round moves nothing; returns the totals. */
  drain(maxRounds?: number): Promise<PassResult>;
  close(): Promise<void>;
}

export interface NetworkOptions {
  /** Node names (also node ids), e.g. ['xa', 'xb']; States are their upper-cased names. */
  readonly names: readonly string[];
  readonly dialect?: 'sqlite' | 'postgres';
  readonly nodeOptions?: Partial<FederationNodeOptions>;
  /** Trust every pair (default true). */
  readonly trustAll?: boolean;
  /** A clock other than the default manual one (benchmarks pass a WallClock). */
  readonly clock?: ManualClock;
  /** Configuration variables for every node (e.g. COMITY_ESCALATION_MINUTES). */
  readonly env?: Record<string, string>;
}

/** A ManualClock that reads the wall clock: for benchmarks, where latencies are real. */
export class WallClock extends ManualClock {
  override now(): Date {
    return new Date();
  }
}

/** Starts the network. */
export async function startNetwork(options: NetworkOptions): Promise<Network> {
  const clock = options.clock ?? new ManualClock('2026-05-04T08:00:00.000Z');
  const dialect = options.dialect ?? (POSTGRES_URL ? 'postgres' : 'sqlite');
  const disposers: Array<() => Promise<void>> = [];
  const nodes: NetworkNode[] = [];
  for (const name of options.names) {
    const storage = await createStorage(dialect);
    const dataDir = mkdtempSync(join(tmpdir(), `comity-${name}-data-`));
    disposers.push(storage.dispose, async () => rmSync(dataDir, { recursive: true, force: true }));
    nodes.push(
      await startNode(name, storage.open, clock, options.nodeOptions ?? {}, dataDir, options.env ?? {}),
    );
  }
  if (options.trustAll !== false) {
    for (const a of nodes) for (const b of nodes) if (a !== b) await trust(b, a, clock);
  }
  return {
    clock,
    nodes,
    node(name) {
      const n = nodes.find((x) => x.name === name);
      if (!n) throw new Error(`no node ${name}`);
      return n;
    },
    async drain(maxRounds = 1000) {
      const total = { accepted: 0, rejected: 0, failedBatches: 0 };
      for (let round = 0; round < maxRounds; round++) {
        let moved = 0;
        for (const n of nodes) {
          const r = await n.federation.worker.processAll();
          total.accepted += r.accepted;
          total.rejected += r.rejected;
          total.failedBatches += r.failedBatches;
          moved += r.accepted + r.rejected;
        }
        if (moved === 0) return total;
      }
      throw new Error(`network did not quiesce in ${maxRounds} rounds`);
    },
    async close() {
      for (const n of nodes) await n.close().catch(() => undefined);
      for (const dispose of disposers) await dispose();
    },
  };
}

/** `to` trusts `from` through the real path: fetch its card over HTTP, confirm the fingerprint. */
export async function trust(to: NetworkNode, from: NetworkNode, clock: ManualClock): Promise<void> {
  const res = await fetch(`${from.url}/federation/v1/card`);
  const { card, fingerprint } = (await res.json()) as { card: string; fingerprint: string };
  await addPeer(to.database, ctxOf(clock), { card, fingerprint });
}

function ctxOf(clock: ManualClock): CommandContext {
  return { actor: SYSTEM_ACTOR, requestId: null, clock };
}

interface Storage {
  open(): Promise<Database>;
  dispose(): Promise<void>;
}

async function createStorage(dialect: 'sqlite' | 'postgres'): Promise<Storage> {
  const handles: Database[] = [];
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'comity-net-'));
    return {
      async open() {
        const db = await openDatabase({ url: join(dir, 'node.sqlite') });
        await db.migrate();
        handles.push(db);
        return db;
      },
      async dispose() {
        for (const h of handles) await h.close().catch(() => undefined);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = POSTGRES_URL;
  if (!url) throw new Error('COMITY_TEST_DATABASE_URL is not set');
  const pgSchema = `net_${Date.now().toString(36)}_${randomUUID().slice(0, 6)}`;
  return {
    async open() {
      const db = await openDatabase({ url, pgSchema, poolSize: 4 });
      await db.migrate();
      handles.push(db);
      return db;
    },
    async dispose() {
      const last = handles.at(-1);
      if (last)
        await sql
          .raw(`drop schema if exists "${pgSchema}" cascade`)
          .execute(last.db)
          .catch(() => undefined);
      for (const h of handles) await h.close().catch(() => undefined);
    },
  };
}

async function startNode(
  name: string,
  openDb: () => Promise<Database>,
  clock: ManualClock,
  extra: Partial<FederationNodeOptions>,
  dataDir: string,
  env: Record<string, string>,
): Promise<NetworkNode> {
  let port = 0;
  let node: ComityNode;

  const boot = async (overrides: Partial<FederationNodeOptions>) => {
    const config = loadConfig({
      COMITY_DATA_DIR: dataDir,
      COMITY_LOG_LEVEL: 'silent',
      COMITY_NODE_ID: name,
      COMITY_KEY_SECRET: TEST_KEY_SECRET,
      COMITY_PORT: '0',
      ...env,
    });
    node = await openNode({
      config,
      clock,
      database: await openDb(),
      passwordCost: TEST_PASSWORD_COST,
      logger: false,
      checkResponses: true,
      federation: {
        nodeId: name,
        state: stateOf(name),
        keySecret: TEST_KEY_SECRET,
        scrypt: TEST_SCRYPT,
        random: () => 0.5,
        ...extra,
        ...overrides,
      },
      extraMessages: [noteHandler],
    });
    await listen();
  };
  const listen = async () => {
    const url = await node.listen(port);
    port = Number(new URL(url).port);
  };
  await boot({});

  const network: NetworkNode = {
    name,
    state: stateOf(name),
    dataDir,
    get federation() {
      return node.federation as FederationNode;
    },
    get database() {
      return node.database;
    },
    get app() {
      return node.http;
    },
    get deps() {
      return node.deps;
    },
    get node() {
      return node;
    },
    get url() {
      return `http://127.0.0.1:${port}`;
    },
    async stop() {
      await node.stopListening();
    },
    async start() {
      await listen();
    },
    async restart(overrides = {}) {
      await node.close();
      await node.database.close();
      await boot(overrides);
    },
    async close() {
      await node.close();
    },
    async send(peer, note) {
      return node.database.transact(async (tx) => {
        const queued = await network.federation.enqueue(tx, { peer, type: NOTE.type, payload: { note } });
        await appendAudit(tx, ctxOf(clock), [queued.audit]);
        return queued.messageId;
      });
    },
    async effects() {
      const rows = await node.database.db
        .selectFrom('conformance_items')
        .select('name')
        .where('body', 'like', 'note:%')
        .execute();
      const counts = new Map<string, number>();
      for (const r of rows) counts.set(r.name, (counts.get(r.name) ?? 0) + 1);
      return counts;
    },
  };
  return network;
}

/** The test domain's one message: any note; its effect is one `conformance_items` row. */
const NOTE = messageType({
  type: NOTE_TYPE,
  summary: 'A test note (test networks only).',
  schema: Type.Object({ note: Type.Unknown() }),
  example: { note: 'hello' },
});

/** Each note writes one row; a note saying "refuse" is refused by the handler. */
const noteHandler: MessageBinding = on(NOTE, async ({ tx, message, payload }) => {
  if (payload.note === 'refuse') throw new ValidationError('this note is refused by the test handler');
  await tx.db
    .insertInto('conformance_items')
    .values({
      id: randomUUID(),
      name: message.header.id,
      version: 1,
      body: `note:${JSON.stringify(payload.note)}`,
      created_at: message.header.createdAt.toISOString(),
    })
    .execute();
  return [];
});

/** A fictional ISO-shaped State code from a node name (`xa` → `XA`; others `XX`). */
function stateOf(name: string): string {
  return /^[a-z]{2}/.test(name) ? name.slice(0, 2).toUpperCase() : 'XX';
}
