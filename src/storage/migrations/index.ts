/**
 * The one migration set, registered explicitly (no directory scanning) so bundling and
 * ordering never depend on the file system. Each migration runs on SQLite and PostgreSQL.
 * Never edit a published migration; add the next number.
 */
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import { DomainError } from '../../core/errors.js';
import * as m0001 from './0001-foundation.js';
import * as m0002 from './0002-federation.js';
import * as m0003 from './0003-cases.js';
import * as m0004 from './0004-requests.js';
import * as m0005 from './0005-notifications.js';
import * as m0006 from './0006-evidence.js';
import * as m0007 from './0007-evidence-transfer.js';
import * as m0008 from './0008-sharing.js';
import * as m0009 from './0009-incidents.js';
import * as m0010 from './0010-status-queries.js';
import * as m0011 from './0011-retention.js';
import * as m0012 from './0012-deadline-reminders.js';
import * as m0013 from './0013-console.js';
import * as m0014 from './0014-traffic-charts.js';
import * as m0015 from './0015-taxii.js';
import * as m0016 from './0016-taxii-subscriptions.js';
import * as m0017 from './0017-misp.js';
import * as m0018 from './0018-directories.js';
import * as m0019 from './0019-alerts.js';

export interface MigrationContext {
  readonly dialect: 'sqlite' | 'postgres';
  /** PostgreSQL schema the node's tables live in (the migration bookkeeping goes there too). */
  readonly schema?: string;
}

interface MigrationModule {
  up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void>;
  down?(db: Kysely<unknown>, ctx: MigrationContext): Promise<void>;
}

const MIGRATIONS: Record<string, MigrationModule> = {
  '0001-foundation': m0001,
  '0002-federation': m0002,
  '0003-cases': m0003,
  '0004-requests': m0004,
  '0005-notifications': m0005,
  '0006-evidence': m0006,
  '0007-evidence-transfer': m0007,
  '0008-sharing': m0008,
  '0009-incidents': m0009,
  '0010-status-queries': m0010,
  '0011-retention': m0011,
  '0012-deadline-reminders': m0012,
  '0013-console': m0013,
  '0014-traffic-charts': m0014,
  '0015-taxii': m0015,
  '0016-taxii-subscriptions': m0016,
  '0017-misp': m0017,
  '0018-directories': m0018,
  '0019-alerts': m0019,
};

/** Names of every registered migration, in order. */
export const MIGRATION_NAMES = Object.keys(MIGRATIONS).sort();

class RegisteredMigrations implements MigrationProvider {
  constructor(private readonly ctx: MigrationContext) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    const out: Record<string, Migration> = {};
    for (const [name, module] of Object.entries(MIGRATIONS)) {
      out[name] = {
        up: (db) => module.up(db, this.ctx),
        ...(module.down ? { down: (db: Kysely<unknown>) => module.down!(db, this.ctx) } : {}),
      };
    }
    return out;
  }
}

function newMigrator(db: Kysely<unknown>, ctx: MigrationContext): Migrator {
  return new Migrator({
    db,
    provider: new RegisteredMigrations(ctx),
    ...(ctx.schema ? { migrationTableSchema: ctx.schema } : {}),
  });
}

export interface MigrationOutcome {
  readonly applied: string[];
  readonly current: string | null;
}

/** Brings the schema to the latest migration; throws a DomainError naming the failed migration. */
export async function migrateToLatest(db: Kysely<unknown>, ctx: MigrationContext): Promise<MigrationOutcome> {
  const migrator = newMigrator(db, ctx);
  let { error, results } = await migrator.migrateToLatest();
  // The migrator looks for its own table through PostgreSQL's catalog of every schema; a schema
  // another node (or test) drops at that moment makes the lookup fail although nothing of ours
  // is wrong. Nothing was applied then, so asking again is safe.
  for (let attempt = 0; attempt < 5 && isOthersSchemaGone(error, ctx.schema); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)));
    ({ error, results } = await migrator.migrateToLatest());
  }
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new DomainError(
      'migration_failed',
      `migration ${failed?.migrationName ?? '(unknown)'} failed: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  const applied = (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  const all = await listMigrations(migrator, ctx);
  const done = all.filter((m) => m.executedAt !== undefined);
  return { applied, current: done.at(-1)?.name ?? null };
}

function isOthersSchemaGone(error: unknown, ours: string | undefined): boolean {
  const gone = /schema "([^"]+)" does not exist/.exec(error instanceof Error ? error.message : '');
  return gone !== null && gone[1] !== ours;
}

/** The migrations and whether each ran, asked again when another schema vanished meanwhile. */
async function listMigrations(migrator: ReturnType<typeof newMigrator>, ctx: MigrationContext) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await migrator.getMigrations();
    } catch (error) {
      if (attempt >= 5 || !isOthersSchemaGone(error, ctx.schema)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)));
    }
  }
}

/** Migrations not yet applied, for `comity migrate --status` and readiness checks. */
export async function pendingMigrations(db: Kysely<unknown>, ctx: MigrationContext): Promise<string[]> {
  const migrator = newMigrator(db, ctx);
  return (await listMigrations(migrator, ctx)).filter((m) => m.executedAt === undefined).map((m) => m.name);
}
