/**
 * `npm run bench -- sharing [--quick]`: STIX import rate and the correlation index.
 *
 * 1. Import a deterministic bundle of 100,000 objects (BENCH_STIX_OBJECTS) through the lenient
 *    importer on SQLite and PostgreSQL, against raw driver inserts of the same rows (prepared
 *    statements, same batch size) measured in the same run.
 * 2. Fill the observable index to 1,000,000 and 10,000,000 rows (1M only with --quick or
 *    BENCH_SHARING_QUICK=1) and time lookups of present and absent values through the store's
 *    `lookupObservable` against a raw prepared SELECT; report the database size per million.
 *
 * `--import-only` runs step 1 alone. PostgreSQL: COMITY_BENCH_DATABASE_URL or COMITY_TEST_DATABASE_URL.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDriver from 'better-sqlite3';
import { sql } from 'kysely';
import pg from 'pg';
import { systemClock } from '../src/core/clock.js';
import type { CommandContext } from '../src/core/context.js';
import { extractObservables } from '../src/core/sharing/observables/extract.js';
import type { StixObject } from '../src/core/sharing/stix/validate.js';
import { BULK_BATCH_SIZE, importStixFile } from '../src/interop/stix/import.js';
import { type Database, openDatabase } from '../src/storage/database.js';
import { observableHashKey } from '../src/storage/sharing/observable-key.js';
import { lookupObservable } from '../src/storage/sharing/observable-index.js';
import { versionKey } from '../src/storage/sharing/stix-version.js';
import { type BenchReport, type BenchResult, newReport, percentile } from './report.js';
import {
  bundleText,
  domainOf,
  generateStixObjects,
  ipv4Of,
  prng,
  sha256Of,
  urlOf,
} from './support/stix-bundle.js';

const OBJECTS = Number(process.env.BENCH_STIX_OBJECTS ?? 100_000);
const QUICK = process.argv.includes('--quick') || process.env.BENCH_SHARING_QUICK === '1';
/** `--import-only`: just the 100,000-object import, to repeat it without refilling the index. */
const IMPORT_ONLY = process.argv.includes('--import-only');
const STEPS = IMPORT_ONLY ? [] : QUICK ? [1_000_000] : [1_000_000, 10_000_000];
const LOOKUPS = Number(process.env.BENCH_LOOKUPS ?? 10_000);
/** Objects per transaction, for the importer and its baseline alike: the CLI's default. */
const BATCH = Number(process.env.BENCH_STIX_BATCH ?? BULK_BATCH_SIZE);
const ctx: CommandContext = { actor: { type: 'system', id: 'bench' }, requestId: null, clock: systemClock };
const progress = (message: string) => process.stderr.write(`sharing: ${message}\n`);

/** The rows the store writes for each object, computed outside the timed baseline. */
interface Rows {
  readonly objects: unknown[][];
  readonly observables: unknown[][];
}

function rowsOf(texts: readonly string[]): Rows {
  const at = new Date().toISOString();
  const objects: unknown[][] = [];
  const observables: unknown[][] = [];
  for (const text of texts) {
    const o = JSON.parse(text) as StixObject;
    const rel = o.type === 'relationship';
    objects.push([
      o.id,
      versionKey(o),
      o.type,
      (o.created_by_ref as string | undefined) ?? null,
      0,
      1,
      'local',
      rel ? o.source_ref : o.type === 'sighting' ? o.sighting_of_ref : null,
      rel ? o.target_ref : null,
      text,
      null,
      at,
    ]);
    for (const k of extractObservables(o)) {
      observables.push([observableHashKey(k.kind, k.value), k.kind, k.value, 'stix', o.id]);
    }
  }
  return { objects, observables };
}

const OBJECT_COLUMNS =
  'id, modified, type, created_by_ref, revoked, is_current, source, source_ref, target_ref, object, share_context, stored_at';
const OBSERVABLE_COLUMNS = 'key, kind, value, subject_type, subject_id';

/** Raw better-sqlite3: the same rows, prepared inserts, one transaction per batch. */
function rawSqliteImport(path: string, rows: Rows): number {
  const db = new SqliteDriver(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('cache_size = -32768');
  const insertObject = db.prepare(
    `insert into stix_objects (${OBJECT_COLUMNS}) values (${'?, '.repeat(11)}?)`,
  );
  const insertObservable = db.prepare(
    `insert into observables (${OBSERVABLE_COLUMNS}) values (?, ?, ?, ?, ?)`,
  );
  const bySubject = groupBySubject(rows);
  const started = performance.now();
  const batch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const row = rows.objects[i]!;
      insertObject.run(row);
      for (const o of bySubject.get(row[0] as string) ?? []) insertObservable.run(o);
    }
  });
  for (let i = 0; i < rows.objects.length; i += BATCH) batch(i, Math.min(rows.objects.length, i + BATCH));
  const rate = rows.objects.length / ((performance.now() - started) / 1000);
  db.close();
  return rate;
}

/** Raw pg: the same rows, one prepared insert per object and one per object's observables. */
async function rawPgImport(url: string, schema: string, rows: Rows): Promise<number> {
  const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
  await client.connect();
  const bySubject = groupBySubject(rows);
  const started = performance.now();
  for (let i = 0; i < rows.objects.length; i += BATCH) {
    await client.query('begin');
    for (const row of rows.objects.slice(i, i + BATCH)) {
      await client.query({
        name: 'object',
        text: `insert into stix_objects (${OBJECT_COLUMNS}) values (${Array.from({ length: 12 }, (_, k) => `$${k + 1}`).join(', ')})`,
        values: row,
      });
      for (const o of bySubject.get(row[0] as string) ?? []) {
        await client.query({
          name: 'observable',
          text: `insert into observables (${OBSERVABLE_COLUMNS}) values ($1, $2, $3, $4, $5)`,
          values: o,
        });
      }
    }
    await client.query('commit');
  }
  const rate = rows.objects.length / ((performance.now() - started) / 1000);
  await client.end();
  return rate;
}

function groupBySubject(rows: Rows): Map<string, unknown[][]> {
  const map = new Map<string, unknown[][]>();
  for (const o of rows.observables) {
    const list = map.get(o[4] as string);
    if (list) list.push(o);
    else map.set(o[4] as string, [o]);
  }
  return map;
}

async function importRate(database: Database, file: string): Promise<{ rate: number; accepted: number }> {
  const started = performance.now();
  const report = await importStixFile(database, file, { ctx, batchSize: BATCH });
  const seconds = (performance.now() - started) / 1000;
  if (report.accepted !== OBJECTS)
    throw new Error(
      `bench bundle not fully accepted: ${report.accepted}/${OBJECTS}; first rejection: ${JSON.stringify(report.objects.find((o) => o.status === 'rejected'))}`,
    );
  return { rate: OBJECTS / seconds, accepted: report.accepted };
}

// ---- the observable index at scale ----------------------------------------------------------

const KINDS = ['ipv4', 'domain', 'url', 'sha256', 'email'] as const;

/** The i-th synthetic observable: unique per i, of a kind chosen by i. */
function observableAt(i: number): { kind: string; value: string } {
  const kind = KINDS[i % KINDS.length]!;
  const n = Math.floor(i / KINDS.length);
  const value =
    kind === 'ipv4'
      ? ipv4Of(n)
      : kind === 'domain'
        ? domainOf(n)
        : kind === 'url'
          ? urlOf(n)
          : kind === 'sha256'
            ? sha256Of(n)
            : `user${n}@mail-example.org`;
  return { kind, value };
}

/** About three observables per subject, as indicators and observed data carry. */
function subjectOf(i: number): string {
  return `indicator--${(Math.floor(i / 3) + 1).toString(16).padStart(12, '0')}-0000-4000-8000-000000000000`;
}

const INDEXES = {
  drop: ['drop index observables_key', 'drop index observables_subject'],
  // The migration's definitions, rebuilt after a bulk load (sorted builds are much faster).
  create: [
    'create index observables_key on observables (key)',
    'create index observables_subject on observables (subject_id, subject_type)',
  ],
};

function fillSqlite(path: string, from: number, to: number): void {
  const db = new SqliteDriver(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  for (const s of INDEXES.drop) db.exec(s);
  const insert = db.prepare(`insert into observables (${OBSERVABLE_COLUMNS}) values (?, ?, ?, 'stix', ?)`);
  const load = db.transaction((a: number, b: number) => {
    for (let i = a; i < b; i++) {
      const o = observableAt(i);
      insert.run(observableHashKey(o.kind, o.value), o.kind, o.value, subjectOf(i));
    }
  });
  for (let i = from; i < to; i += 200_000) {
    load(i, Math.min(to, i + 200_000));
    if ((i / 200_000) % 10 === 0) progress(`SQLite fill ${(i / 1e6).toFixed(1)}M`);
  }
  for (const s of INDEXES.create) db.exec(s);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

function sqliteSize(path: string): number {
  const db = new SqliteDriver(path, { readonly: true });
  const pages = db.pragma('page_count', { simple: true }) as number;
  const size = db.pragma('page_size', { simple: true }) as number;
  db.close();
  return pages * size;
}

/** Bytes per table and index (SQLite's dbstat), to show where the space goes. */
function sqliteBreakdown(path: string): Record<string, number> {
  const db = new SqliteDriver(path, { readonly: true });
  const rows = db
    .prepare("select name, sum(pgsize) as bytes from dbstat where name like 'observables%' group by name")
    .all() as Array<{ name: string; bytes: number }>;
  db.close();
  return Object.fromEntries(rows.map((r) => [r.name, r.bytes]));
}

/** Bytes an index on (kind, value) takes, for comparison with the 8-byte hash key. */
function sqliteValueIndexBytes(path: string): number {
  const db = new SqliteDriver(path);
  db.exec('create index observables_value_cmp on observables (kind, value)');
  const bytes = (
    db.prepare("select sum(pgsize) as bytes from dbstat where name = 'observables_value_cmp'").get() as {
      bytes: number;
    }
  ).bytes;
  db.exec('drop index observables_value_cmp');
  db.close();
  return bytes;
}

async function fillPostgres(client: pg.Client, from: number, to: number): Promise<void> {
  for (const s of INDEXES.drop) await client.query(s);
  const chunk = 20_000;
  for (let i = from; i < to; i += chunk) {
    const keys: number[] = [];
    const kinds: string[] = [];
    const values: string[] = [];
    const subjects: string[] = [];
    for (let j = i; j < Math.min(to, i + chunk); j++) {
      const o = observableAt(j);
      keys.push(observableHashKey(o.kind, o.value));
      kinds.push(o.kind);
      values.push(o.value);
      subjects.push(subjectOf(j));
    }
    await client.query(
      `insert into observables (${OBSERVABLE_COLUMNS}) select k, c, v, 'stix', s from unnest($1::bigint[], $2::text[], $3::text[], $4::text[]) as t(k, c, v, s)`,
      [keys, kinds, values, subjects],
    );
    if ((i / chunk) % 50 === 0) progress(`PostgreSQL fill ${(i / 1e6).toFixed(1)}M`);
  }
  for (const s of INDEXES.create) await client.query(s);
  await client.query('analyze observables');
}

interface Timings {
  p50: number;
  p99: number;
}

/** Alternating present and absent values, the same sequence for the store and the baseline. */
function lookupTargets(stored: number): Array<{ kind: string; value: string; present: boolean }> {
  const rand = prng(stored);
  return Array.from({ length: LOOKUPS }, (_, i) => {
    const present = i % 2 === 0;
    const n = present ? Math.floor(rand() * stored) : stored + Math.floor(rand() * stored);
    return { ...observableAt(n), present };
  });
}

async function time(
  targets: ReadonlyArray<{ kind: string; value: string; present: boolean }>,
  lookup: (t: { kind: string; value: string }) => Promise<number> | number,
): Promise<{ present: Timings; absent: Timings }> {
  const present: number[] = [];
  const absent: number[] = [];
  for (const t of targets.slice(0, 200)) await lookup(t); // warm-up
  for (const t of targets) {
    const started = performance.now();
    const found = await lookup(t);
    const ms = performance.now() - started;
    if (found > 0 !== t.present) throw new Error(`lookup of ${t.kind} ${t.value}: found ${found}`);
    (t.present ? present : absent).push(ms);
  }
  const stats = (xs: number[]) => {
    xs.sort((a, b) => a - b);
    return { p50: percentile(xs, 50), p99: percentile(xs, 99) };
  };
  return { present: stats(present), absent: stats(absent) };
}

function lookupResults(
  engine: string,
  stored: number,
  store: { present: Timings; absent: Timings },
  raw: { present: Timings; absent: Timings },
): BenchResult[] {
  const label = `${(stored / 1e6).toFixed(0)}M observables`;
  const out: BenchResult[] = [];
  for (const which of ['present', 'absent'] as const) {
    for (const p of ['p50', 'p99'] as const) {
      const target = p === 'p99' && stored >= 10_000_000 ? '< 2 ms' : undefined;
      out.push({
        name: `lookup ${which} value, ${p}, ${label} (${engine})`,
        value: store[which][p],
        unit: 'ms',
        baseline: { name: 'raw prepared SELECT', value: raw[which][p], unit: 'ms' },
        ...(target ? { target, met: store[which][p] < 2 } : {}),
      });
    }
  }
  return out;
}

async function sqliteIndexSteps(dir: string, report: BenchReport): Promise<void> {
  const path = join(dir, 'index.sqlite');
  const database = await openDatabase({ url: path });
  await database.migrate();
  await database.close();
  const empty = sqliteSize(path);
  let filled = 0;
  for (const step of STEPS) {
    const started = performance.now();
    fillSqlite(path, filled, step);
    filled = step;
    progress(
      `SQLite filled to ${step.toLocaleString('en-US')} in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
    const bytes = sqliteSize(path) - empty;
    const perMillion = bytes / (step / 1e6);
    const parts = Object.entries(sqliteBreakdown(path))
      .map(([name, b]) => `${name} ${(b / step).toFixed(0)}`)
      .join(', ');
    report.results.push({
      name: `index size per 1M observables at ${(step / 1e6).toFixed(0)}M (SQLite)`,
      value: perMillion / 1e6,
      unit: 'MB',
      notes: `database ${(bytes / 1e6).toFixed(0)} MB for ${step.toLocaleString('en-US')} rows (${(bytes / step).toFixed(0)} bytes/row: ${parts})`,
    });
    const db = await openDatabase({ url: path });
    const raw = new SqliteDriver(path, { readonly: true });
    const select = raw.prepare(
      'select subject_type, subject_id from observables where key = ? and kind = ? and value = ?',
    );
    const targets = lookupTargets(step);
    const store = await time(targets, async (t) => (await lookupObservable(db, t)).length);
    const baseline = await time(
      targets,
      (t) => select.all(observableHashKey(t.kind, t.value), t.kind, t.value).length,
    );
    raw.close();
    await db.close();
    report.results.push(...lookupResults('SQLite', step, store, baseline));
    if (step === STEPS[0]) {
      const extra = sqliteValueIndexBytes(path);
      report.results.push({
        name: `an index on (kind, value) instead of the hash key, at ${(step / 1e6).toFixed(0)}M (SQLite)`,
        value: extra / step,
        unit: 'bytes/row',
        baseline: {
          name: 'the hash-key index',
          value: (sqliteBreakdown(path).observables_key ?? 0) / step,
          unit: 'bytes/row',
        },
        notes: 'what a text index would cost per row against the 53-bit key kept instead',
      });
    }
  }
}

async function postgresIndexSteps(url: string, report: BenchReport): Promise<void> {
  const schema = `bench_idx_${Date.now().toString(36)}`;
  const database = await openDatabase({ url, pgSchema: schema, poolSize: 2 });
  const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
  try {
    await database.migrate();
    await client.connect();
    let filled = 0;
    for (const step of STEPS) {
      const started = performance.now();
      await fillPostgres(client, filled, step);
      filled = step;
      progress(
        `PostgreSQL filled to ${step.toLocaleString('en-US')} in ${((performance.now() - started) / 1000).toFixed(0)} s`,
      );
      const size = await client.query<{ n: number | string }>(
        "select pg_total_relation_size('observables') as n",
      );
      const bytes = Number(size.rows[0]!.n);
      report.results.push({
        name: `index size per 1M observables at ${(step / 1e6).toFixed(0)}M (PostgreSQL)`,
        value: bytes / (step / 1e6) / 1e6,
        unit: 'MB',
        notes: `pg_total_relation_size ${(bytes / 1e6).toFixed(0)} MB (${(bytes / step).toFixed(0)} bytes/row)`,
      });
      const targets = lookupTargets(step);
      const store = await time(targets, async (t) => (await lookupObservable(database, t)).length);
      const baseline = await time(
        targets,
        async (t) =>
          (
            await client.query({
              name: 'lookup',
              text: 'select subject_type, subject_id from observables where key = $1 and kind = $2 and value = $3',
              values: [observableHashKey(t.kind, t.value), t.kind, t.value],
            })
          ).rowCount ?? 0,
      );
      report.results.push(...lookupResults('PostgreSQL', step, store, baseline));
    }
  } finally {
    await client.end().catch(() => undefined);
    await sql.raw(`drop schema if exists "${schema}" cascade`).execute(database.db);
    await database.close();
  }
}

export async function run(): Promise<BenchReport> {
  const report = newReport('sharing');
  const dir = mkdtempSync(join(tmpdir(), 'comity-bench-sharing-'));
  const pgUrl = process.env.COMITY_BENCH_DATABASE_URL ?? process.env.COMITY_TEST_DATABASE_URL;
  try {
    progress(`generating ${OBJECTS.toLocaleString('en-US')} objects`);
    const texts = generateStixObjects(OBJECTS);
    const file = join(dir, 'bundle.json');
    writeFileSync(file, bundleText(texts));
    const rows = rowsOf(texts);
    const notes = `${rows.observables.length.toLocaleString('en-US')} observables indexed; batches of ${BATCH}`;

    progress('import on SQLite');
    const sqliteDb = await openDatabase({ url: join(dir, 'import.sqlite') });
    await sqliteDb.migrate();
    const imported = await importRate(sqliteDb, file);
    await sqliteDb.close();
    const baselineDb = await openDatabase({ url: join(dir, 'raw.sqlite') });
    await baselineDb.migrate();
    await baselineDb.close();
    const rawRate = rawSqliteImport(join(dir, 'raw.sqlite'), rows);
    report.results.push({
      name: `STIX import, ${OBJECTS.toLocaleString('en-US')} objects (SQLite): split, validate, extract, store, audit`,
      value: imported.rate,
      unit: 'objects/s',
      baseline: { name: 'raw better-sqlite3 inserts of the same rows', value: rawRate, unit: 'objects/s' },
      target: '>= 10,000 objects/s',
      met: imported.rate >= 10_000,
      notes,
    });

    if (pgUrl) {
      progress('import on PostgreSQL');
      const schema = `bench_stix_${Date.now().toString(36)}`;
      const pgDb = await openDatabase({ url: pgUrl, pgSchema: schema, poolSize: 2 });
      const rawSchema = `${schema}_raw`;
      const rawDb = await openDatabase({ url: pgUrl, pgSchema: rawSchema, poolSize: 1 });
      try {
        await pgDb.migrate();
        await rawDb.migrate();
        const pgImported = await importRate(pgDb, file);
        const pgRaw = await rawPgImport(pgUrl, rawSchema, rows);
        report.results.push({
          name: `STIX import, ${OBJECTS.toLocaleString('en-US')} objects (PostgreSQL)`,
          value: pgImported.rate,
          unit: 'objects/s',
          baseline: { name: 'raw pg prepared inserts of the same rows', value: pgRaw, unit: 'objects/s' },
          notes,
        });
      } finally {
        await sql.raw(`drop schema if exists "${schema}" cascade`).execute(pgDb.db);
        await sql.raw(`drop schema if exists "${rawSchema}" cascade`).execute(rawDb.db);
        await pgDb.close();
        await rawDb.close();
      }
    }

    if (STEPS.length > 0) await sqliteIndexSteps(dir, report);
    if (pgUrl && STEPS.length > 0) await postgresIndexSteps(pgUrl, report);
    else if (!pgUrl)
      report.results.push({
        name: 'PostgreSQL import and lookups',
        value: Number.NaN,
        unit: '',
        notes: 'skipped: set COMITY_BENCH_DATABASE_URL or COMITY_TEST_DATABASE_URL',
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return report;
}
