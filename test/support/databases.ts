/**
 * Runs a suite against every database the product supports: SQLite always (a temporary file),
 * PostgreSQL when COMITY_TEST_DATABASE_URL is set, each suite in a schema of its own that is
 * dropped afterwards. Without the variable the PostgreSQL run is reported as skipped.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';
import { sql } from 'kysely';
import { type Database, openDatabase } from '../../src/storage/database.js';

export const POSTGRES_URL = process.env.COMITY_TEST_DATABASE_URL;
export const NO_POSTGRES =
  'skipped: no PostgreSQL (set COMITY_TEST_DATABASE_URL to run the PostgreSQL suite)';

export interface TestDatabase {
  readonly dialect: 'sqlite' | 'postgres';
  /** The open, migrated database; available inside tests (after `before`). */
  readonly database: Database;
  /** Options that open another handle on the same database (e.g. a restarted node). */
  readonly options: { url: string; pgSchema?: string };
}

/** Creates a fresh, migrated database of the given dialect; `dispose` removes it. */
export async function createTestDatabase(
  dialect: 'sqlite' | 'postgres',
): Promise<{ database: Database; options: TestDatabase['options']; dispose: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'comity-test-'));
    const options = { url: join(dir, 'comity.sqlite') };
    const database = await openDatabase(options);
    await database.migrate();
    return {
      database,
      options,
      dispose: async () => {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  if (!POSTGRES_URL) throw new Error(NO_POSTGRES);
  const pgSchema = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const options = { url: POSTGRES_URL, pgSchema };
  const database = await openDatabase({ ...options, poolSize: 4 });
  await database.migrate();
  return {
    database,
    options,
    dispose: async () => {
      await sql.raw(`drop schema if exists "${pgSchema}" cascade`).execute(database.db);
      await database.close();
    },
  };
}

/** Declares `describe(name [dialect])` for each dialect with a fresh database per suite. */
export function forEachDialect(name: string, body: (t: TestDatabase) => void): void {
  for (const dialect of ['sqlite', 'postgres'] as const) {
    const skip = dialect === 'postgres' && !POSTGRES_URL ? NO_POSTGRES : false;
    describe(`${name} [${dialect}]`, { skip }, () => {
      let handle: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
      const t = {
        dialect,
        get database() {
          if (!handle) throw new Error('database not ready');
          return handle.database;
        },
        get options() {
          if (!handle) throw new Error('database not ready');
          return handle.options;
        },
      };
      before(async () => {
        handle = await createTestDatabase(dialect);
      });
      after(async () => {
        await handle?.dispose();
      });
      body(t);
    });
  }
}
