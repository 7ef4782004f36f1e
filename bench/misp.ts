/**
 * The MISP half of `npm run bench -- interop`:
 *
 * 1. Feed import: a MISP feed folder of 100 events of 1,000 attributes (BENCH_MISP_EVENTS,
 *    BENCH_MISP_ATTRIBUTES), pulled the way `comity misp import <folder>` pulls it — manifest,
 *    each event streamed and converted, the lenient importer in batches of 5,000, correlation,
 *    the import records — in attributes per second; against raw driver inserts of the same STIX
 *    objects (their JSON, id and type, one prepared statement, 5,000 rows per transaction) in
 *    the same run.
 * 2. Memory for one event of 200,000 attributes (BENCH_MISP_BIG), in a process of its own with
 *    its V8 heap capped at 96 MiB: peak heap and resident memory while it imports, against a
 *    process that only parses the same file whole; and the same import of an event an eighth
 *    the size, to show what grows with the event.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import SqliteDriver from 'better-sqlite3';
import pg from 'pg';
import { pullFeed } from '../src/app/misp/pull-feed.js';
import { systemClock } from '../src/core/clock.js';
import { mispEventToStix } from '../src/interop/misp/event-to-stix.js';
import type { MispEvent } from '../src/interop/misp/misp-event.js';
import { BULK_BATCH_SIZE } from '../src/interop/stix/import.js';
import type { Database } from '../src/storage/database.js';
import type { BenchReport } from './report.js';
import { eventText, seededUuid, writeEventFile } from './support/misp-events.js';

const EVENTS = Number(process.env.BENCH_MISP_EVENTS ?? 100);
const PER_EVENT = Number(process.env.BENCH_MISP_ATTRIBUTES ?? 1000);
const BIG = Number(process.env.BENCH_MISP_BIG ?? 200_000);
const ctx = { actor: { type: 'system' as const, id: 'bench' }, requestId: null, clock: systemClock };
const progress = (message: string) => process.stderr.write(`interop: ${message}\n`);
const run = promisify(execFile);

/** Writes the feed folder; returns the events' texts for the baseline. */
function writeFeedFolder(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const manifest: Record<string, unknown> = {};
  const texts: string[] = [];
  for (let e = 0; e < EVENTS; e++) {
    const seed = `feed-event-${e}`;
    const text = eventText(seed, PER_EVENT);
    writeFileSync(join(dir, `${seededUuid(seed)}.json`), text);
    manifest[seededUuid(seed)] = { info: `Benchmark event ${seed}`, timestamp: '1790000000' };
    texts.push(text);
  }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return texts;
}

/** The STIX objects the events become, as rows a raw insert writes. */
function stixRows(texts: readonly string[]): Array<{ id: string; type: string; json: string }> {
  return texts.flatMap((text) =>
    mispEventToStix((JSON.parse(text) as { Event: MispEvent }).Event).objects.map((o) => ({
      id: o.id,
      type: o.type,
      json: JSON.stringify(o),
    })),
  );
}

function sqliteRawInserts(path: string, rows: ReturnType<typeof stixRows>): number {
  const raw = new SqliteDriver(path);
  try {
    raw.pragma('journal_mode = WAL');
    raw.exec('CREATE TABLE plain_objects (id TEXT PRIMARY KEY, type TEXT NOT NULL, object TEXT NOT NULL)');
    const insert = raw.prepare('INSERT INTO plain_objects (id, type, object) VALUES (?, ?, ?)');
    const batch = raw.transaction((slice: typeof rows) => {
      for (const r of slice) insert.run(r.id, r.type, r.json);
    });
    const started = performance.now();
    for (let i = 0; i < rows.length; i += BULK_BATCH_SIZE) batch(rows.slice(i, i + BULK_BATCH_SIZE));
    return (performance.now() - started) / 1000;
  } finally {
    raw.close();
  }
}

async function pgRawInserts(url: string, schema: string, rows: ReturnType<typeof stixRows>): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`SET search_path TO "${schema}"`);
    await client.query(
      'CREATE TABLE plain_objects (id TEXT PRIMARY KEY, type TEXT NOT NULL, object TEXT NOT NULL)',
    );
    const started = performance.now();
    for (let i = 0; i < rows.length; i += BULK_BATCH_SIZE) {
      await client.query('BEGIN');
      for (const r of rows.slice(i, i + BULK_BATCH_SIZE))
        await client.query({
          name: 'bench_plain_insert',
          text: 'INSERT INTO plain_objects (id, type, object) VALUES ($1, $2, $3)',
          values: [r.id, r.type, r.json],
        });
      await client.query('COMMIT');
    }
    return (performance.now() - started) / 1000;
  } finally {
    await client.query('DROP TABLE IF EXISTS plain_objects');
    await client.end();
  }
}

/** Pulls the feed into `database`; the raw baseline runs with `raw`, on the same rows. */
export async function mispFeedRun(
  database: Database,
  label: string,
  report: BenchReport,
  raw: (rows: ReturnType<typeof stixRows>) => Promise<number>,
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'comity-bench-misp-feed-'));
  try {
    progress(`writing a MISP feed of ${EVENTS} events × ${PER_EVENT} attributes`);
    const texts = writeFeedFolder(dir);
    const attributes = EVENTS * PER_EVENT;
    progress(`pulling it (${label})`);
    const deps = { database, clock: systemClock, nodeId: 'bench-node', ourState: async () => 'XA' };
    const started = performance.now();
    const pull = await pullFeed(deps, ctx, dir, {
      batchSize: Number(process.env.BENCH_MISP_BATCH ?? BULK_BATCH_SIZE),
    });
    const seconds = (performance.now() - started) / 1000;
    if (pull.attributes !== attributes || pull.failed.length > 0)
      throw new Error(`feed import incomplete: ${JSON.stringify(pull.failed.slice(0, 3))}`);
    const rows = stixRows(texts);
    const rawSeconds = await raw(rows);
    report.results.push({
      name: `MISP feed import, ${EVENTS} events × ${PER_EVENT.toLocaleString('en-US')} attributes (${label})`,
      value: attributes / seconds,
      unit: 'attributes/s',
      baseline: {
        name: 'raw driver inserts of the same STIX objects',
        value: rows.length / rawSeconds,
        unit: 'attributes/s',
      },
      target: '>= 20,000 attributes/s',
      met: attributes / seconds >= 20_000,
      notes: `${seconds.toFixed(1)} s for ${attributes.toLocaleString('en-US')} attributes (${rows.length.toLocaleString('en-US')} STIX objects with the reports), correlation and import records included; ${pull.alerts} correlation alerts`,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const sqliteRaw = (dir: string) => async (rows: ReturnType<typeof stixRows>) =>
  sqliteRawInserts(join(dir, `raw-${Date.now()}.sqlite`), rows);
export const pgRaw = (url: string, schema: string) => (rows: ReturnType<typeof stixRows>) =>
  pgRawInserts(url, schema, rows);

interface ChildFigures {
  maxRssMb: number;
  maxHeapMb: number;
  seconds: number;
  attributes: number;
}

/** The V8 heap the large event is imported within: an importer that held the event could not. */
const HEAP_CAP = 96;

async function child(mode: string, file: string, db: string, heapMb?: number): Promise<ChildFigures> {
  const { stdout } = await run(
    process.execPath,
    [
      ...(heapMb ? [`--max-old-space-size=${heapMb}`] : []),
      ...(mode === 'parse' ? ['--expose-gc'] : []),
      '--import',
      'tsx',
      join(import.meta.dirname, 'support', 'misp-memory-child.ts'),
      mode,
      file,
      db,
    ],
    { maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as ChildFigures;
}

/** Peak memory importing one very large event, in processes of their own. */
export async function mispMemoryRun(report: BenchReport): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'comity-bench-misp-big-'));
  try {
    const small = Math.round(BIG / 8);
    const file = join(dir, 'big-event.json');
    const smallFile = join(dir, 'small-event.json');
    progress(
      `writing MISP events of ${BIG.toLocaleString('en-US')} and ${small.toLocaleString('en-US')} attributes`,
    );
    await writeEventFile(file, 'one-big-event', BIG);
    await writeEventFile(smallFile, 'one-smaller-event', small);
    const size = statSync(file).size;
    progress('importing each in a process of its own with a 96 MiB heap, then parsing the large one whole');
    const idle = await child('idle', file, join(dir, 'idle.sqlite'));
    const streamed = await child('stream', file, join(dir, 'stream.sqlite'), HEAP_CAP);
    if (streamed.attributes !== BIG) throw new Error(`big event import incomplete: ${streamed.attributes}`);
    const smaller = await child('stream', smallFile, join(dir, 'small.sqlite'), HEAP_CAP);
    const parsed = await child('parse', file, join(dir, 'parse.sqlite'));
    report.results.push({
      name: `memory importing one MISP event of ${BIG.toLocaleString('en-US')} attributes (${(size / 1e6).toFixed(0)} MB), V8 heap capped at ${HEAP_CAP} MiB, SQLite`,
      value: streamed.maxHeapMb,
      unit: 'MiB peak heap',
      baseline: {
        name: 'the same event parsed whole and held, nothing else done (after a collection)',
        value: parsed.maxHeapMb,
        unit: 'MiB peak heap',
      },
      target: 'bounded: not growing with the event',
      met: streamed.attributes === BIG && streamed.maxHeapMb < HEAP_CAP,
      notes: `peak RSS ${streamed.maxRssMb.toFixed(0)} MiB (${parsed.maxRssMb.toFixed(0)} MiB parsing whole; ${idle.maxRssMb.toFixed(0)} MiB for a process that only opens the database); an event of ${small.toLocaleString('en-US')} attributes peaks at ${smaller.maxHeapMb.toFixed(0)} MiB heap, ${smaller.maxRssMb.toFixed(0)} MiB RSS; import ${streamed.seconds.toFixed(1)} s (${(BIG / streamed.seconds).toFixed(0)} attributes/s)`,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
