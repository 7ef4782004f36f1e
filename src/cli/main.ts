/**
 * The `comity` command. Each subcommand lives in its own module; errors end as one line on
 * stderr with a documented exit code.
 */
import { Command, CommanderError } from 'commander';
import { registerAuditCommands } from './commands/audit.js';
import { registerConfigCommands } from './commands/config.js';
import { registerDirectoryCommands } from './commands/directory.js';
import { registerFederationCommands } from './commands/federation.js';
import { registerMigrateCommand } from './commands/migrate.js';
import { registerRegimesCommands } from './commands/regimes.js';
import { registerRequestCommands } from './commands/request.js';
import { registerSetupCommand } from './commands/setup.js';
import { registerStartCommand } from './commands/start.js';
import { registerStixCommands } from './commands/stix.js';
import { registerMispCommands } from './commands/misp.js';
import { registerTaxiiCommands } from './commands/taxii.js';
import { registerUserCommands } from './commands/user.js';
import { EXIT, reportError } from './output.js';

export function buildProgram(): Command {
  const program = new Command('comity')
    .description('Comity: a node for cross-border cooperation under the UN Convention against Cybercrime')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerStartCommand(program);
  registerMigrateCommand(program);
  registerSetupCommand(program);
  registerUserCommands(program);
  registerAuditCommands(program);
  registerConfigCommands(program);
  registerFederationCommands(program);
  registerDirectoryCommands(program);
  registerRegimesCommands(program);
  registerRequestCommands(program);
  registerStixCommands(program);
  registerTaxiiCommands(program);
  registerMispCommands(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    return reportError(error);
  }
}
