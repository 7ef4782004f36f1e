import { type Command, Option } from 'commander';
import { isRole, ROLES, type Role } from '../../core/accounts/roles.js';
import type { CommandContext } from '../../core/context.js';
import { systemClock } from '../../core/clock.js';
import { createApiToken } from '../../app/accounts/api-tokens.js';
import {
  createUser,
  findUserByUsername,
  resetPassword,
  resetSecondFactor,
} from '../../app/accounts/users.js';
import type { Database } from '../../storage/database.js';
import { CliError, EXIT } from '../output.js';
import { configFrom, type NodeFlags, withDatabase, withNodeOptions } from '../node-options.js';

const cliContext = (): CommandContext => ({
  actor: { type: 'system', id: `cli:${process.env.USER ?? 'operator'}` },
  requestId: null,
  clock: systemClock,
});

async function userIdOf(database: Database, username: string): Promise<string> {
  const user = await findUserByUsername(database, username);
  if (!user) throw new CliError(`no user named ${username}`, EXIT.failed);
  return user.id;
}

export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('manage user accounts');

  withNodeOptions(user.command('add <username>'))
    .description('create a user and print a one-time password to hand over')
    .addOption(new Option('--role <role...>', 'one or more roles').choices([...ROLES]).makeOptionMandatory())
    .option('--display-name <name>', 'full name')
    .option('--email <email>', 'e-mail address for notifications')
    .option('--authority <id>', 'the registered authority the user belongs to')
    .action(
      async (
        username: string,
        flags: NodeFlags & { role: string[]; displayName?: string; email?: string; authority?: string },
      ) => {
        if (!/^[a-z0-9][a-z0-9._-]{1,63}$/.test(username))
          throw new CliError('username: use 2–64 lower-case letters, digits, . _ -', EXIT.usage);
        const roles = flags.role.filter(isRole) as Role[];
        await withDatabase(configFrom(flags), async (database) => {
          const { user: created, oneTimePassword } = await createUser(database, cliContext(), {
            username,
            displayName: flags.displayName,
            email: flags.email ?? null,
            roles,
            authorityId: flags.authority ?? null,
          });
          console.log(`created ${created.username} (${created.roles.join(', ')}), id ${created.id}`);
          console.log(`one-time password (shown once, must be changed at first login): ${oneTimePassword}`);
        });
      },
    );

  withNodeOptions(user.command('reset-password <username>'))
    .description('issue a new one-time password, unlock the account and end its sessions')
    .action(async (username: string, flags: NodeFlags) => {
      await withDatabase(configFrom(flags), async (database) => {
        const { oneTimePassword } = await resetPassword(
          database,
          cliContext(),
          await userIdOf(database, username),
        );
        console.log(`one-time password for ${username} (shown once): ${oneTimePassword}`);
      });
    });

  withNodeOptions(user.command('reset-second-factor <username>'))
    .description('clear the second factor of a person who lost their authenticator; ends their sessions')
    .action(async (username: string, flags: NodeFlags) => {
      await withDatabase(configFrom(flags), async (database) => {
        await resetSecondFactor(database, cliContext(), await userIdOf(database, username));
        console.log(`second factor of ${username} cleared: they sign in with their password and enrol again`);
      });
    });

  withNodeOptions(user.command('token <username>'))
    .description('create a personal API token for a user; prints it once')
    .requiredOption('--name <name>', 'what the token is for')
    .option('--expires-in-days <days>', 'lifetime in days (default: no expiry)')
    .action(async (username: string, flags: NodeFlags & { name: string; expiresInDays?: string }) => {
      const days = flags.expiresInDays === undefined ? undefined : Number(flags.expiresInDays);
      if (days !== undefined && (!Number.isInteger(days) || days < 1 || days > 3650)) {
        throw new CliError(
          '--expires-in-days: must be a whole number of days between 1 and 3650',
          EXIT.usage,
        );
      }
      await withDatabase(configFrom(flags), async (database) => {
        const { token, view } = await createApiToken(
          database,
          cliContext(),
          await userIdOf(database, username),
          { name: flags.name, expiresInDays: days },
        );
        console.log(
          `token ${view.id} for ${username}${view.expiresAt ? `, expires ${view.expiresAt}` : ''} (shown once):`,
        );
        console.log(token);
      });
    });
}
