/**
 * `npm run bench -- storage`: audited writes per second (one command = one state row + one
 * audit event, one transaction) next to the raw driver's single-row-commit insert rate, on
 * SQLite and (when a URL is given) PostgreSQL; and audit verification speed over 1,000,000
 * events. PostgreSQL: COMITY_BENCH_DATABASE_URL or COMITY_TEST_DATABASE_URL.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDriver from 'better-sqlite3';
import { sql } from 'kysely';
import pg from 'pg';
import { type AuditEvent, chainAuditEvent } from '../src/core/audit/chain.js';
import { systemClock } from '../src/core/clock.js';
import type { CommandContext } from '../src/core/context.js';
import { verifyAuditLog } from '../src/storage/audit/audit-log.js';
import { runCommand } from '../src/storage/command.js';
import { type Database, openDatabase } from '../src/storage/database.js';
import { type BenchReport, newReport } from './report.js';

const WRITES = Number(process.env.BENCH_WRITES ?? 20_000);
const PG_WRITES = Number(process.env.BENCH_PG_WRITES ?? 5_000);
const VERIFY_EVENTS = Number(process.env.BENCH_VERIFY_EVENTS ?? 1_000_000);
const BODY = JSON.stringify({ note: 'x'.repeat(200) });
const ctx: CommandContext = { actor: { type: 'user', id: 'bench' }, requestId: 'bench', clock: systemClock };

async function auditedWrites(database: Database, n: number): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < n; i++) {
    const id = randomUUID();
    await runCommand(database, ctx, async (tx) => {
      await tx.db
        .insertInto('conformance_items')
        .values({ id, name: id, version: 1, body: BODY, created_at: new Date().toISOString() })
        .execute();
      return {
        value: null,
        audit: { actor: ctx.actor, action: 'item.create', subjectType: 'item', subjectId: id },
      };
    });
  }
  return n / ((performance.now() - started) / 1000);
}

function rawSqliteInserts(path: string, n: number): number {
  const db = new SqliteDriver(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  // The same settings the node's own connection uses, so the ratio measures only our overhead.
  db.pragma('cache_size = -32768');
  db.pragma('wal_autocheckpoint = 10000');
  db.exec(
    'create table if not exists raw_items (id text primary key, name text not null unique, version integer not null, body text not null, created_at text not null)',
  );
  const insert = db.prepare(
    'insert into raw_items (id, name, version, body, created_at) values (?, ?, ?, ?, ?)',
  );
  const started = performance.now();
  for (let i = 0; i < n; i++) {
    const id = randomUUID();
    insert.run(id, id, 1, BODY, new Date().toISOString());
  }
  const rate = n / ((performance.now() - started) / 1000);
  db.close();
  return rate;
}

async function rawPgInserts(url: string, schema: string, n: number): Promise<number> {
  const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
  await client.connect();
  await client.query(
    'create table raw_items (id text primary key, name text not null unique, version integer not null, body text not null, created_at text not null)',
  );
  const started = performance.now();
  for (let i = 0; i < n; i++) {
    const id = randomUUID();
    await client.query({
      name: 'raw-insert',
      text: 'insert into raw_items (id, name, version, body, created_at) values ($1, $2, $3, $4, $5)',
      values: [id, id, 1, BODY, new Date().toISOString()],
    });
  }
  const rate = n / ((performance.now() - started) / 1000);
  await client.end();
  return rate;
}

/** Writes a valid chain of n events straight into the table (fast bulk load), then verifies it. */
async function verificationRate(
  dir: string,
  n: number,
): Promise<{ seconds: number; rate: number; bytes: number }> {
  const path = join(dir, 'verify.sqlite');
  const database = await openDatabase({ url: path });
  await database.migrate();
  await database.close();
  const raw = new SqliteDriver(path);
  raw.pragma('journal_mode = WAL');
  const insert = raw.prepare(
    'insert into audit_events (seq, id, at, actor_type, actor_id, action, subject_type, subject_id, legal_basis, request_id, details, prev_hash, hash) values (?,?,?,?,?,?,?,?,?,?,?,?,?)',
  );
  let previous: AuditEvent | undefined;
  const base = Date.UTC(2026, 0, 1);
  const load = raw.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      previous = chainAuditEvent(previous, {
        id: randomUUID(),
        at: new Date(base + i * 1000).toISOString(),
        actorType: 'user',
        actorId: `user-${i % 50}`,
        action: i % 3 === 0 ? 'request.submit' : 'request.acknowledge',
        subjectType: 'request',
        subjectId: `req-${i % 5000}`,
        legalBasis: i % 3 === 0 ? 'UNCC art. 42' : null,
        requestId: randomUUID(),
        details: { step: i, channel: 'poc_24_7' },
      });
      const e = previous;
      insert.run(
        e.seq,
        e.id,
        e.at,
        e.actorType,
        e.actorId,
        e.action,
        e.subjectType,
        e.subjectId,
        e.legalBasis,
        e.requestId,
        e.detailsJson,
        e.prevHash,
        e.hash,
      );
    }
  });
  for (let from = 0; from < n; from += 50_000) load(from, Math.min(n, from + 50_000));
  raw.prepare('update audit_head set seq = ?, hash = ? where id = 1').run(previous!.seq, previous!.hash);
  raw.close();
  const verifyDb = await openDatabase({ url: path });
  const started = performance.now();
  const verdict = await verifyAuditLog(verifyDb);
  const seconds = (performance.now() - started) / 1000;
  await verifyDb.close();
  if (!verdict.ok || verdict.checked !== n)
    throw new Error(`verification failed: ${JSON.stringify(verdict)}`);
  return { seconds, rate: n / seconds, bytes: statSync(path).size };
}

export async function run(): Promise<BenchReport> {
  const report = newReport('storage');
  const dir = mkdtempSync(join(tmpdir(), 'comity-bench-'));
  try {
    const rawSqlite = rawSqliteInserts(join(dir, 'raw.sqlite'), WRITES);
    const sqliteDb = await openDatabase({ url: join(dir, 'audited.sqlite') });
    await sqliteDb.migrate();
    const audited = await auditedWrites(sqliteDb, WRITES);
    await sqliteDb.close();
    report.results.push({
      name: 'audited writes, SQLite (state row + audit event, 1 tx)',
      value: audited,
      unit: 'writes/s',
      baseline: { name: 'raw better-sqlite3 insert, 1 commit/row, WAL', value: rawSqlite, unit: 'writes/s' },
      target: '>= 50% of raw',
      met: audited >= 0.5 * rawSqlite,
    });

    const pgUrl = process.env.COMITY_BENCH_DATABASE_URL ?? process.env.COMITY_TEST_DATABASE_URL;
    if (pgUrl) {
      const schema = `bench_${Date.now().toString(36)}`;
      const pgDb = await openDatabase({ url: pgUrl, pgSchema: schema, poolSize: 2 });
      try {
        await pgDb.migrate();
        const rawPg = await rawPgInserts(pgUrl, schema, PG_WRITES);
        const auditedPg = await auditedWrites(pgDb, PG_WRITES);
        report.results.push({
          name: 'audited writes, PostgreSQL (state row + audit event, 1 tx)',
          value: auditedPg,
          unit: 'writes/s',
          baseline: { name: 'raw pg insert, 1 commit/row, prepared', value: rawPg, unit: 'writes/s' },
          notes:
            'PostgreSQL pays a network round trip per statement; an audited write is 6 statements (begin, insert, head lock, event, head update, commit) against 1.',
        });
      } finally {
        await sql.raw(`drop schema if exists "${schema}" cascade`).execute(pgDb.db);
        await pgDb.close();
      }
    } else {
      report.results.push({
        name: 'audited writes, PostgreSQL',
        value: Number.NaN,
        unit: 'writes/s',
        notes: 'skipped: set COMITY_BENCH_DATABASE_URL or COMITY_TEST_DATABASE_URL',
      });
    }

    const verify = await verificationRate(dir, VERIFY_EVENTS);
    report.results.push({
      name: `audit verification, ${VERIFY_EVENTS.toLocaleString('en-US')} events (SQLite)`,
      value: verify.seconds,
      unit: 's',
      target: VERIFY_EVENTS === 1_000_000 ? '< 10 s' : undefined,
      met: VERIFY_EVENTS === 1_000_000 ? verify.seconds < 10 : undefined,
      notes: `${Math.round(verify.rate).toLocaleString('en-US')} events/s; database ${(verify.bytes / 1e6).toFixed(0)} MB`,
    });
    report.results.push({ name: 'audit verification rate', value: verify.rate, unit: 'events/s' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return report;
}
