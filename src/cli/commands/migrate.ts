import type { Command } from 'commander';
import { MIGRATION_NAMES } from '../../storage/migrations/index.js';
import { EXIT } from '../output.js';
import { configFrom, type NodeFlags, withDatabase, withNodeOptions } from '../node-options.js';

export function registerMigrateCommand(program: Command): void {
  withNodeOptions(program.command('migrate'))
    .description(
      'apply pending database migrations (also done on start unless COMITY_MIGRATE_ON_START=false)',
    )
    .option('--status', 'list pending migrations without applying them; exit 1 when some are pending')
    .action(async (flags: NodeFlags & { status?: boolean }) => {
      const config = configFrom(flags);
      await withDatabase(
        config,
        async (database) => {
          if (flags.status) {
            const pending = await database.pendingMigrations();
            console.log(
              `${MIGRATION_NAMES.length - pending.length} applied, ${pending.length} pending${pending.length ? `: ${pending.join(', ')}` : ''}`,
            );
            if (pending.length > 0) process.exitCode = EXIT.failed;
            return;
          }
          const outcome = await database.migrate();
          console.log(
            outcome.applied.length > 0 ? `applied ${outcome.applied.join(', ')}` : 'database is up to date',
          );
          console.log(`current: ${outcome.current ?? '(none)'}`);
        },
        false,
      );
    });
}
