import type { Command } from 'commander';
import { redact, VARIABLES } from '../../app/config/config.js';
import { configFrom, type NodeFlags, openNodeDatabase, withNodeOptions } from '../node-options.js';

export function registerConfigCommands(program: Command): void {
  const config = program.command('config').description('configuration');
  withNodeOptions(config.command('check'))
    .description('validate the configuration and reach the database; prints the effective values')
    .option('--port <port>', 'TCP port (COMITY_PORT)')
    .option('--host <host>', 'listen interface (COMITY_HOST)')
    .option('--public-url <url>', 'public URL (COMITY_PUBLIC_URL)')
    .option('--no-database', 'do not try to reach the database')
    .action(async (flags: NodeFlags & { database: boolean }) => {
      const cfg = configFrom(flags);
      for (const [key, value] of Object.entries(cfg)) {
        console.log(`${key.padEnd(20)} ${key === 'databaseUrl' ? redact(String(value)) : String(value)}`);
      }
      if (flags.database) {
        const database = await openNodeDatabase(cfg);
        await database.close();
        console.log(`database reachable (${cfg.dialect})`);
      }
      console.log('configuration OK');
    });
  config
    .command('vars')
    .description('list every configuration variable with its default')
    .action(() => {
      for (const v of VARIABLES)
        console.log(
          `${v.name.padEnd(30)} ${(v.flag ?? '').padEnd(16)} default ${v.default}\n    ${v.description}`,
        );
    });
}
