/**
 * The node's database: Kysely over better-sqlite3 (embedded, default) or PostgreSQL (pg pool).
 * Reads go through `database.db`; writes only through `transact(fn)`, whose callback receives a
 * transaction-bound handle and can register `onCommit` hooks for side effects (waking the
 * delivery worker, notifications) that must not run if the transaction rolls back.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDriver from 'better-sqlite3';
import { CompiledQuery, Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { DomainError, InvariantError } from '../core/errors.js';
import { type MigrationOutcome, migrateToLatest, pendingMigrations } from './migrations/index.js';
import type { Schema } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseOptions {
  /** `postgres://…` selects PostgreSQL; otherwise a SQLite file path (or `:memory:`). */
  readonly url: string;
  /** PostgreSQL pool size. */
  readonly poolSize?: number;
  /** PostgreSQL schema to use (tests give each suite its own). */
  readonly pgSchema?: string;
}

/**
 * What a reader may call: the query builder without any way to write. `Database.db` is a
 * Reader; only a transaction's `Tx.db` can insert, update or delete, so a write outside a
 * transaction (and so outside the audit guarantee) does not compile.
 */
export type Reader = Omit<
  Kysely<Schema>,
  | 'insertInto'
  | 'replaceInto'
  | 'updateTable'
  | 'deleteFrom'
  | 'mergeInto'
  | 'transaction'
  | 'startTransaction'
  | 'connection'
  | 'schema'
  | 'withSchema'
  | 'withPlugin'
  | 'withoutPlugins'
  | 'withTables'
  | 'with'
  | 'withRecursive'
>;

/** Prepared statements on the SQLite connection, cached by SQL text. */
export interface SqliteStatements {
  prepare(sql: string): SqliteDriver.Statement;
}

/** A handle bound to one open transaction. Write functions take a `Tx`, never a `Database`. */
export interface Tx {
  readonly db: Kysely<Schema>;
  readonly dialect: Dialect;
  /**
   * SQLite only: synchronous statements on the same connection and inside this same
   * transaction, for storage hot paths (the audit append) where query building would cost more
   * than the write itself.
   */
  readonly sqlite?: SqliteStatements;
  /** Runs `hook` after a successful commit; never on rollback. */
  onCommit(hook: () => void | Promise<void>): void;
}

/** A fixed read used on a hot path, in each dialect's SQL. */
export interface PreparedRead {
  /** The statement's name on PostgreSQL connections: one name, one text. */
  readonly name: string;
  readonly sqlite: string;
  readonly postgres: string;
}

export interface Database {
  readonly dialect: Dialect;
  /** The PostgreSQL schema in use, when not the default. */
  readonly schema?: string;
  /** For reads only; writes go through `transact` (see Reader). */
  readonly db: Reader;
  transact<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  migrate(): Promise<MigrationOutcome>;
  /** Registered migrations not yet applied. */
  pendingMigrations(): Promise<string[]>;
  /**
   * SQLite only: runs `fn` with synchronous statements while holding the connection, for bulk
   * reads where building row objects through the query layer would dominate (audit verification).
   */
  withSqlite?<T>(fn: (sqlite: SqliteStatements) => T): Promise<T>;
  /**
   * Runs a hot read as a statement prepared once per connection: the cached statement on
   * SQLite, a named statement on PostgreSQL. Unnamed PostgreSQL queries are parsed and planned
   * on every call, which for an index probe costs more than the probe (docs/BENCHMARKS.md).
   */
  readPrepared<R>(statement: PreparedRead, params: readonly unknown[]): Promise<R[]>;
  /**
   * Calls `listener` after every transaction that commits (live views wake on it instead of
   * polling); returns a function that removes it.
   */
  onCommitted(listener: () => void): () => void;
  /**
   * Calls `listener` when another instance on the same database commits (PostgreSQL
   * LISTEN/NOTIFY; never on SQLite, which one process owns): what wakes this instance's
   * delivery worker and live views for work another instance queued. Returns its remover.
   */
  onOtherInstanceCommitted(listener: () => void): () => void;
  /** Fails with a DomainError when the database cannot be reached. */
  ping(): Promise<void>;
  /**
   * Whether this instance may run the periodic work `name` now. On PostgreSQL, the instance
   * holding a session advisory lock named after it, on a connection of its own: the server
   * drops the lock the moment that process or connection dies, so another instance takes over
   * at its next try. On SQLite, whose file one process owns, always.
   */
  lead(name: string): Promise<boolean>;
  close(): Promise<void>;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** Opens (creating the file or checking the server) and returns the database; does not migrate. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return isPostgresUrl(options.url) ? openPostgres(options) : openSqlite(options.url);
}

const BUSY_RETRIES = 5;

function openSqlite(path: string): Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let raw: SqliteDriver.Database;
  try {
    raw = new SqliteDriver(path);
  } catch (error) {
    throw new DomainError(
      'database_unavailable',
      `cannot open SQLite database ${path}: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.pragma('busy_timeout = 5000');
  raw.pragma('foreign_keys = ON');
  // 32 MiB of page cache: index pages of busy tables stay in memory between commits.
  raw.pragma('cache_size = -32768');
  // Checkpoint the WAL every ~40 MB instead of every ~4 MB: each checkpoint syncs the file,
  // and with small transactions that fixed cost dominated the write path.
  raw.pragma('wal_autocheckpoint = 10000');
  // better-sqlite3 statements are reusable; caching them saves a prepare per query, which is a
  // large share of a small write's cost.
  const statements = new Map<string, SqliteDriver.Statement>();
  const cachingDatabase = {
    close: () => raw.close(),
    prepare: (text: string) => {
      let stmt = statements.get(text);
      if (!stmt) {
        stmt = raw.prepare(text);
        if (statements.size > 2000) statements.clear();
        statements.set(text, stmt);
      }
      return stmt;
    },
  };
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: cachingDatabase as never }) });
  return makeDatabase({
    dialect: 'sqlite',
    db,
    destroy: async () => {
      await db.destroy();
    },
    sqlite: cachingDatabase,
  });
}

async function openPostgres(options: DatabaseOptions): Promise<Database> {
  const int8 = 20;
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5000,
    // bigint columns (audit sequence numbers) stay below 2^53, so plain numbers are safe.
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        oid === int8
          ? (v: string) => Number(v)
          : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
    ...(options.pgSchema ? { options: `-c search_path=${options.pgSchema}` } : {}),
  });
  // An idle client that loses its server must not crash the process.
  pool.on('error', () => undefined);
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  const leadership = advisoryLeadership(options);
  const instances = instanceSignals(options, pool);
  const database = makeDatabase({
    dialect: 'postgres',
    db,
    destroy: async () => {
      await instances.close();
      await leadership.close();
      await db.destroy();
    },
    lead: leadership.lead,
    instances,
    readPrepared: async <R>(statement: PreparedRead, params: readonly unknown[]) =>
      (await pool.query({ name: statement.name, text: statement.postgres, values: [...params] })).rows as R[],
    ...(options.pgSchema ? { schema: options.pgSchema } : {}),
  });
  try {
    if (options.pgSchema) await sql.raw(`create schema if not exists "${options.pgSchema}"`).execute(db);
    await database.ping();
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw error;
  }
  return database;
}

/**
 * Leadership of periodic work on PostgreSQL: one connection of its own, outside the pool,
 * holding a `pg_try_advisory_lock` per piece of work, keyed by the schema and the work's name.
 * A connection that fails is dropped — its locks go with it on the server — and a new one tries
 * again on the next call. One connection per instance, however many daemons it runs.
 */
function advisoryLeadership(options: DatabaseOptions) {
  let client: pg.Client | undefined;
  const leading = new Set<string>();
  const key = (name: string) => `comity:${options.pgSchema ?? 'public'}:${name}`;
  const drop = async () => {
    const gone = client;
    client = undefined;
    leading.clear();
    await gone?.end().catch(() => undefined);
  };
  // Calls from several daemons share the one connection, one query at a time.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    lead: (name: string): Promise<boolean> =>
      serial(async () => {
        try {
          if (!client) {
            const fresh = new pg.Client({ connectionString: options.url, connectionTimeoutMillis: 5000 });
            fresh.on('error', () => undefined);
            client = fresh;
            await fresh.connect();
          }
          // Still holding it as long as the connection answers.
          if (leading.has(name)) {
            await client.query('select 1');
            return true;
          }
          const { rows } = await client.query<{ held: boolean }>(
            'select pg_try_advisory_lock(hashtext($1)::bigint) as held',
            [key(name)],
          );
          if (rows[0]?.held) leading.add(name);
          return rows[0]?.held === true;
        } catch {
          await drop();
          return false;
        }
      }),
    close: () => serial(drop),
  };
}

interface DatabaseParts {
  readonly dialect: Dialect;
  readonly db: Kysely<Schema>;
  readonly destroy: () => Promise<void>;
  readonly schema?: string;
  readonly sqlite?: SqliteStatements;
  /** PostgreSQL: named statements on the pool (SQLite uses its statement cache). */
  readonly readPrepared?: Database['readPrepared'];
  /** PostgreSQL: leadership through advisory locks (SQLite: always the leader). */
  readonly lead?: Database['lead'];
  /** PostgreSQL: commits announced to and heard from other instances. */
  readonly instances?: InstanceSignals;
}

/** Telling other instances on one PostgreSQL database that something committed, and hearing them. */
interface InstanceSignals {
  announce(): void;
  listen(listener: () => void): () => void;
  close(): Promise<void>;
}

/**
 * Commit signals between instances over LISTEN/NOTIFY on a channel per schema. An instance
 * announces its commits, coalesced (one NOTIFY per 10 ms at most, sent after commit from the
 * pool, so no transaction pays for it), with its own id as payload, and ignores its own. The
 * listening connection is opened at the first listener and re-opened if it drops.
 */
function instanceSignals(options: DatabaseOptions, pool: pg.Pool): InstanceSignals {
  const channel = `comity_${(options.pgSchema ?? 'public').replace(/[^a-z0-9_]/gi, '_')}`.slice(0, 60);
  const me = `${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  const listeners = new Set<() => void>();
  let pending: NodeJS.Timeout | undefined;
  let client: pg.Client | undefined;
  let closed = false;
  const connect = async () => {
    if (client || closed || listeners.size === 0) return;
    const fresh = new pg.Client({ connectionString: options.url, connectionTimeoutMillis: 5000 });
    client = fresh;
    fresh.on('notification', (n) => {
      if (n.payload !== me) for (const listener of listeners) listener();
    });
    const retry = () => {
      if (client !== fresh) return;
      client = undefined;
      void fresh.end().catch(() => undefined);
      if (!closed) setTimeout(() => void connect(), 1000).unref();
    };
    fresh.on('error', retry);
    fresh.on('end', retry);
    try {
      await fresh.connect();
      await fresh.query(`listen "${channel}"`);
    } catch {
      retry();
    }
  };
  return {
    announce() {
      if (pending || closed) return;
      pending = setTimeout(() => {
        pending = undefined;
        pool.query('select pg_notify($1, $2)', [channel, me]).catch(() => undefined);
      }, 10);
      pending.unref();
    },
    listen(listener) {
      listeners.add(listener);
      void connect();
      return () => listeners.delete(listener);
    },
    async close() {
      closed = true;
      if (pending) clearTimeout(pending);
      const gone = client;
      client = undefined;
      await gone?.end().catch(() => undefined);
    },
  };
}

function makeDatabase({
  dialect,
  db,
  destroy,
  schema,
  sqlite,
  readPrepared,
  lead,
  instances,
}: DatabaseParts): Database {
  // SQLite takes the write lock at BEGIN (IMMEDIATE) so two writers never deadlock upgrading
  // a read lock; on the single connection the statements run synchronously.
  const control = sqlite
    ? {
        begin: async () => void sqlite.prepare('begin immediate').run(),
        commit: async () => void sqlite.prepare('commit').run(),
        rollback: async () => void sqlite.prepare('rollback').run(),
      }
    : undefined;
  const committed = new Set<() => void>();
  const begin = CompiledQuery.raw('begin');
  const commit = CompiledQuery.raw('commit');
  const rollback = CompiledQuery.raw('rollback');
  return {
    dialect,
    ...(schema ? { schema } : {}),
    db,
    async transact<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
      for (let attempt = 0; ; attempt++) {
        const hooks: Array<() => void | Promise<void>> = [];
        try {
          const result = await db.connection().execute(async (conn) => {
            await (control ? control.begin() : conn.executeQuery(begin));
            try {
              const value = await fn({
                db: conn,
                dialect,
                onCommit: (hook) => hooks.push(hook),
                ...(sqlite ? { sqlite } : {}),
              });
              await (control ? control.commit() : conn.executeQuery(commit));
              return value;
            } catch (error) {
              await (control ? control.rollback() : conn.executeQuery(rollback)).catch(() => undefined);
              throw error;
            }
          });
          for (const hook of hooks) {
            try {
              await hook();
            } catch {
              // A failed side effect never undoes a committed change; hooks log their own errors.
            }
          }
          for (const listener of committed) listener();
          instances?.announce();
          return result;
        } catch (error) {
          if (attempt < BUSY_RETRIES && isRetryable(error)) {
            await new Promise((r) => setTimeout(r, 5 * 2 ** attempt + Math.random() * 5));
            continue;
          }
          throw error;
        }
      }
    },
    onCommitted(listener: () => void) {
      committed.add(listener);
      return () => committed.delete(listener);
    },
    onOtherInstanceCommitted(listener: () => void) {
      return instances ? instances.listen(listener) : () => false;
    },
    async migrate() {
      return migrateToLatest(db as unknown as Kysely<unknown>, { dialect, ...(schema ? { schema } : {}) });
    },
    ...(sqlite
      ? {
          withSqlite: <T>(fn: (statements: SqliteStatements) => T) =>
            db.connection().execute(async () => fn(sqlite)),
        }
      : {}),
    readPrepared: <R>(statement: PreparedRead, params: readonly unknown[]): Promise<R[]> => {
      if (readPrepared) return readPrepared<R>(statement, params);
      if (!sqlite) throw new InvariantError('readPrepared: no statement path for this database');
      return db.connection().execute(async () => sqlite.prepare(statement.sqlite).all(...params) as R[]);
    },
    async pendingMigrations() {
      return pendingMigrations(db as unknown as Kysely<unknown>, { dialect, ...(schema ? { schema } : {}) });
    },
    async ping() {
      try {
        await sql`select 1`.execute(db);
      } catch (error) {
        throw new DomainError('database_unavailable', `database unreachable: ${describeDbError(error)}`, {
          cause: error,
        });
      }
    },
    lead: lead ?? (async () => true),
    close: destroy,
  };
}

/** SQLite busy/locked, PostgreSQL serialization failure or deadlock: safe to run again. */
function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || code === '40001' || code === '40P01';
}

/** True when a write failed on a unique constraint (both dialects). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

function describeDbError(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return describeDbError(error.errors[0]);
  const e = error as { code?: string; message?: string; address?: string; port?: number };
  if (e?.code === 'ECONNREFUSED') return `connection refused at ${e.address ?? '?'}:${e.port ?? '?'}`;
  return e?.message || String(error);
}
