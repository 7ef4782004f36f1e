/**
 * `npm run bench -- interop`: the TAXII 2.1 server over real HTTP on loopback.
 *
 * 1. `GET …/objects/` pages of 1,000 through a 100,000-object collection (BENCH_TAXII_OBJECTS),
 *    every object received from a peer and judged for the caller by its markings (nine in ten
 *    TLP:GREEN, one in ten TLP:AMBER, which a user without need to know may not see), followed
 *    with `next` to the end; against a plain read of the same rows in the same order and pages
 *    with the raw driver (rows parsed as JSON), in the same run.
 * 2. `POST …/objects/` of 10,000 objects to the inbox, until the 202 with the complete status;
 *    against the lenient importer alone on the same objects (no HTTP, no status).
 *
 * 3. MISP: a feed import in attributes per second, and memory for one very large event (misp.ts).
 *
 * SQLite always; PostgreSQL too when COMITY_BENCH_DATABASE_URL or COMITY_TEST_DATABASE_URL is set.
 * BENCH_INTEROP_PART=taxii or misp runs one half alone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDriver from 'better-sqlite3';
import { sql } from 'kysely';
import pg from 'pg';
import { createUser } from '../src/app/accounts/users.js';
import { loadConfig } from '../src/app/config/config.js';
import { systemClock } from '../src/core/clock.js';
import type { CommandContext } from '../src/core/context.js';
import { TLP_MARKING_IDS } from '../src/core/sharing/markings/tlp.js';
import { BULK_BATCH_SIZE, importStix } from '../src/interop/stix/import.js';
import { openNode } from '../src/node/open-node.js';
import { type Database, openDatabase } from '../src/storage/database.js';
import { mispFeedRun, mispMemoryRun, pgRaw, sqliteRaw } from './misp.js';
import { type BenchReport, newReport } from './report.js';
import { generateStixObjects } from './support/stix-bundle.js';

const OBJECTS = Number(process.env.BENCH_TAXII_OBJECTS ?? 100_000);
const PAGE = 1000;
const POSTED = 10_000;
const ctx: CommandContext = { actor: { type: 'system', id: 'bench' }, requestId: null, clock: systemClock };
const progress = (message: string) => process.stderr.write(`interop: ${message}\n`);
const TLP_GREEN = TLP_MARKING_IDS.green;
const TLP_AMBER = TLP_MARKING_IDS.amber;
const PASSWORD = 'a long benchmark password 42';
const TAXII = 'application/taxii+json;version=2.1';
/** What a peer shared them under: this node's State among the recipients, no one named. */
const SHARE_CONTEXT = {
  originOrganisation: 'peer-node',
  originState: 'XB',
  recipientOrganisations: ['bench-node'],
  recipientStates: ['XA'],
  namedRecipients: [],
};

/** The generator's objects with TLP 2.0 markings: every tenth AMBER, the rest GREEN. */
function markedObjects(count: number, seed: number): string[] {
  return generateStixObjects(count, seed).map((text, i) => {
    const object = JSON.parse(text) as Record<string, unknown>;
    object.object_marking_refs = [i % 10 === 9 ? TLP_AMBER : TLP_GREEN];
    return JSON.stringify(object);
  });
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function call(agent: Agent, url: string, method: string, headers: Record<string, string>, body?: string) {
  return new Promise<Answer>((resolve, reject) => {
    const req = httpRequest(url, { method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function taxiiRun(
  database: Database,
  dialect: string,
  report: BenchReport,
  rawRead: () => Promise<number>,
): Promise<void> {
  progress(`${dialect}: storing ${OBJECTS.toLocaleString('en-US')} objects received from a peer`);
  const texts = markedObjects(OBJECTS, 2026);
  const stored = await importStix(database, [Buffer.from(`[${texts.join(',')}]`)], {
    ctx,
    source: 'peer-node',
    shareContext: SHARE_CONTEXT,
    batchSize: BULK_BATCH_SIZE,
  });
  if (stored.accepted !== OBJECTS) throw new Error(`only ${stored.accepted} of ${OBJECTS} objects stored`);
  const dataDir = mkdtempSync(join(tmpdir(), 'comity-bench-taxii-'));
  const config = loadConfig({
    COMITY_DATA_DIR: dataDir,
    COMITY_LOG_LEVEL: 'silent',
    COMITY_NODE_ID: 'bench-node',
    COMITY_PORT: '0',
    COMITY_TAXII_MAX_CONTENT_LENGTH: String(64 * 1024 * 1024),
  });
  const node = await openNode({ config, database, federation: 'off', logger: false });
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const base = await node.listen();
    await createUser(
      database,
      ctx,
      { username: 'analyst', roles: ['analyst'], password: PASSWORD, authorityId: null },
      { log2N: 10, r: 8, p: 1 },
    );
    const headers = {
      accept: TAXII,
      authorization: `Basic ${Buffer.from(`analyst:${PASSWORD}`).toString('base64')}`,
    };
    const collections = JSON.parse(
      (await call(agent, `${base}/taxii2/api/collections/`, 'GET', headers)).body,
    ) as {
      collections: Array<{ id: string; alias: string }>;
    };
    const community = collections.collections.find((c) => c.alias === 'community')!.id;

    progress(`${dialect}: paging through the community collection`);
    let served = 0;
    let pages = 0;
    let next: string | undefined;
    const started = performance.now();
    for (;;) {
      const url = `${base}/taxii2/api/collections/${community}/objects/?limit=${PAGE}${next ? `&next=${encodeURIComponent(next)}` : ''}`;
      const answer = await call(agent, url, 'GET', headers);
      if (answer.status !== 200)
        throw new Error(`page ${pages}: ${answer.status} ${answer.body.slice(0, 300)}`);
      const page = JSON.parse(answer.body) as { more: boolean; next?: string; objects?: unknown[] };
      served += page.objects?.length ?? 0;
      pages++;
      if (!page.more) break;
      next = page.next;
    }
    const seconds = (performance.now() - started) / 1000;
    const expected = OBJECTS - Math.floor(OBJECTS / 10);
    if (served !== expected)
      throw new Error(`served ${served} objects, expected the ${expected} TLP:GREEN ones`);
    const plain = await rawRead();
    const rate = served / seconds;
    report.results.push({
      name: `TAXII GET objects, pages of ${PAGE} through ${OBJECTS.toLocaleString('en-US')} objects, markings judged per caller (${dialect})`,
      value: rate,
      unit: 'objects/s',
      baseline: {
        name: `raw driver read of the same rows in pages of ${PAGE}, parsed`,
        value: plain,
        unit: 'objects/s',
      },
      target: '>= 20,000 objects/s and >= 50% of the plain read',
      met: rate >= 20_000 && rate >= plain / 2,
      notes: `${served.toLocaleString('en-US')} served in ${pages} pages (${(OBJECTS - served).toLocaleString('en-US')} TLP:AMBER withheld from a user without need to know), real HTTP on loopback, HTTP Basic`,
    });

    progress(`${dialect}: posting ${POSTED.toLocaleString('en-US')} objects`);
    const posted = markedObjects(POSTED, 7);
    const body = `{"objects":[${posted.join(',')}]}`;
    const postStarted = performance.now();
    const answer = await call(
      agent,
      `${base}/taxii2/api/collections/inbox/objects/`,
      'POST',
      { ...headers, 'content-type': TAXII },
      body,
    );
    const postSeconds = (performance.now() - postStarted) / 1000;
    const status = JSON.parse(answer.body) as { status: string; success_count: number };
    if (answer.status !== 202 || status.status !== 'complete' || status.success_count !== POSTED)
      throw new Error(`POST: ${answer.status} ${answer.body.slice(0, 300)}`);
    const importOnly = await importAlone(dialect, markedObjects(POSTED, 7));
    report.results.push({
      name: `TAXII POST of ${POSTED.toLocaleString('en-US')} objects to status complete (${dialect})`,
      value: POSTED / postSeconds,
      unit: 'objects/s',
      baseline: {
        name: 'the lenient importer alone, same objects, fresh database',
        value: importOnly,
        unit: 'objects/s',
      },
      notes: `${postSeconds.toFixed(2)} s for ${(Buffer.byteLength(body) / 1024 / 1024).toFixed(1)} MiB, correlation and the status included`,
    });
  } finally {
    agent.destroy();
    await node.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The importer by itself on a fresh SQLite database: what the POST adds HTTP and status to. */
async function importAlone(dialect: string, texts: string[]): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'comity-bench-import-'));
  const database = await openDatabase({ url: join(dir, `alone-${dialect}.sqlite`) });
  try {
    await database.migrate();
    const started = performance.now();
    const report = await importStix(database, [Buffer.from(`{"objects":[${texts.join(',')}]}`)], { ctx });
    if (report.accepted !== texts.length) throw new Error('importer baseline incomplete');
    return texts.length / ((performance.now() - started) / 1000);
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const PLAIN_READ = `SELECT stored_at, id, modified, object, share_context FROM stix_objects
  WHERE stored_at >= $1 AND (stored_at > $1 OR id > $2 OR (id = $2 AND modified > $3))
  ORDER BY stored_at, id, modified LIMIT ${PAGE}`;

function sqlitePlainRead(path: string): number {
  const raw = new SqliteDriver(path, { readonly: true });
  try {
    const statement = raw.prepare(
      PLAIN_READ.replaceAll('$1', '@a').replaceAll('$2', '@b').replaceAll('$3', '@c'),
    );
    const started = performance.now();
    let read = 0;
    let at = { a: '', b: '', c: '' };
    for (;;) {
      const rows = statement.all(at) as Array<{
        stored_at: string;
        id: string;
        modified: string;
        object: string;
      }>;
      for (const row of rows) JSON.parse(row.object);
      read += rows.length;
      if (rows.length < PAGE) break;
      const last = rows.at(-1)!;
      at = { a: last.stored_at, b: last.id, c: last.modified };
    }
    return read / ((performance.now() - started) / 1000);
  } finally {
    raw.close();
  }
}

async function pgPlainRead(url: string, schema: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`SET search_path TO "${schema}"`);
    const text = PLAIN_READ;
    const started = performance.now();
    let read = 0;
    let at = ['', '', ''];
    for (;;) {
      const { rows } = await client.query<{
        stored_at: string;
        id: string;
        modified: string;
        object: string;
      }>({
        name: 'bench_plain_read',
        text,
        values: at,
      });
      for (const row of rows) JSON.parse(row.object);
      read += rows.length;
      if (rows.length < PAGE) break;
      const last = rows.at(-1)!;
      at = [last.stored_at, last.id, last.modified];
    }
    return read / ((performance.now() - started) / 1000);
  } finally {
    await client.end();
  }
}

export async function run(): Promise<BenchReport> {
  const report = newReport('interop');
  const dir = mkdtempSync(join(tmpdir(), 'comity-bench-interop-'));
  const pgUrl = process.env.COMITY_BENCH_DATABASE_URL ?? process.env.COMITY_TEST_DATABASE_URL;
  // BENCH_INTEROP_PART=misp (or taxii) runs one half alone, in a process of its own.
  const part = process.env.BENCH_INTEROP_PART;
  const taxii = part !== 'misp';
  const misp = part !== 'taxii';
  try {
    const path = join(dir, 'taxii.sqlite');
    const sqliteDb = await openDatabase({ url: path });
    await sqliteDb.migrate();
    try {
      if (taxii) await taxiiRun(sqliteDb, 'SQLite', report, async () => sqlitePlainRead(path));
    } finally {
      await sqliteDb.close();
    }
    const mispDb = await openDatabase({ url: join(dir, 'misp.sqlite') });
    await mispDb.migrate();
    try {
      if (misp) await mispFeedRun(mispDb, 'SQLite', report, sqliteRaw(dir));
    } finally {
      await mispDb.close();
    }
    if (misp) await mispMemoryRun(report);
    if (pgUrl) {
      const schema = `bench_taxii_${Date.now().toString(36)}`;
      const pgDb = await openDatabase({ url: pgUrl, pgSchema: schema, poolSize: 4 });
      try {
        await pgDb.migrate();
        if (taxii) await taxiiRun(pgDb, 'PostgreSQL', report, () => pgPlainRead(pgUrl, schema));
      } finally {
        await sql.raw(`drop schema if exists "${schema}" cascade`).execute(pgDb.db);
        await pgDb.close();
      }
      const mispSchema = `bench_misp_${Date.now().toString(36)}`;
      const mispPg = await openDatabase({ url: pgUrl, pgSchema: mispSchema, poolSize: 4 });
      try {
        await mispPg.migrate();
        if (misp) await mispFeedRun(mispPg, 'PostgreSQL', report, pgRaw(pgUrl, mispSchema));
      } finally {
        await sql.raw(`drop schema if exists "${mispSchema}" cascade`).execute(mispPg.db);
        await mispPg.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return report;
}
