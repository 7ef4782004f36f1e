/** The flags every command that opens the node's database accepts, mapped onto config variables. */
import type { Command } from 'commander';
import { type Config, loadConfig, type Overrides } from '../app/config/config.js';
import { openDatabase, type Database } from '../storage/database.js';

export interface NodeFlags {
  dataDir?: string;
  port?: string;
  host?: string;
  databaseUrl?: string;
  publicUrl?: string;
}

export function withNodeOptions(command: Command): Command {
  return command
    .option('--data-dir <dir>', 'data directory (COMITY_DATA_DIR, default ./data)')
    .option('--database-url <url>', 'postgres:// URL or SQLite file (COMITY_DATABASE_URL)');
}

export function configFrom(flags: NodeFlags): Config {
  const overrides: Overrides = {
    COMITY_DATA_DIR: flags.dataDir,
    COMITY_PORT: flags.port,
    COMITY_HOST: flags.host,
    COMITY_DATABASE_URL: flags.databaseUrl,
    COMITY_PUBLIC_URL: flags.publicUrl,
  };
  return loadConfig(process.env, overrides);
}

export async function openNodeDatabase(config: Config): Promise<Database> {
  return openDatabase({ url: config.databaseUrl, poolSize: config.databasePoolSize });
}

/** Opens the database, brings the schema up to date, runs `fn`, and always closes. */
export async function withDatabase<T>(
  config: Config,
  fn: (db: Database) => Promise<T>,
  migrate = true,
): Promise<T> {
  const database = await openNodeDatabase(config);
  try {
    if (migrate) await database.migrate();
    return await fn(database);
  } finally {
    await database.close();
  }
}
