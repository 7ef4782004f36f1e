import { type Command, Option } from 'commander';
import { systemClock } from '../../core/clock.js';
import { AUTHORITY_TYPES, type AuthorityType, isTimeZone } from '../../core/register/register.js';
import { createAuthority, listAuthorities } from '../../app/register/authorities.js';
import { readNodeIdentity, setNodeIdentity } from '../../app/register/node-identity.js';
import { createState, listStates } from '../../app/register/states.js';
import { CliError, EXIT } from '../output.js';
import { configFrom, type NodeFlags, withDatabase, withNodeOptions } from '../node-options.js';

interface SetupFlags extends NodeFlags {
  state: string;
  stateName?: string;
  authorityType: AuthorityType;
  authorityName: string;
  timezone: string;
  languages?: string;
}

/** Initial setup from the command line: which State and authority this node serves. */
export function registerSetupCommand(program: Command): void {
  withNodeOptions(program.command('setup'))
    .description("record this node's State and authority in the register and as its identity (initial setup)")
    .requiredOption('--state <code>', 'ISO 3166-1 alpha-2 code of the State, e.g. AT')
    .option('--state-name <name>', 'name of the State (needed when it is not yet in the register)')
    .addOption(
      new Option('--authority-type <type>', 'kind of authority')
        .choices([...AUTHORITY_TYPES])
        .makeOptionMandatory(),
    )
    .requiredOption('--authority-name <name>', 'name of the authority this node serves')
    .requiredOption('--timezone <zone>', 'IANA time zone of the authority, e.g. Europe/Vienna')
    .option('--languages <codes>', 'accepted languages, comma-separated ISO 639-1 codes, e.g. en,fr')
    .action(async (flags: SetupFlags) => {
      const code = flags.state.toUpperCase();
      if (!/^[A-Z]{2}$/.test(code))
        throw new CliError('--state: use a two-letter ISO 3166-1 code', EXIT.usage);
      if (!isTimeZone(flags.timezone))
        throw new CliError(`--timezone: ${flags.timezone} is not an IANA time zone`, EXIT.usage);
      const languages = (flags.languages ?? '')
        .split(',')
        .map((l) => l.trim())
        .filter(Boolean);
      const badLanguage = languages.find((l) => !/^[a-z]{2}(-[A-Z]{2})?$/.test(l));
      if (badLanguage) throw new CliError(`--languages: ${badLanguage} is not an ISO 639-1 code`, EXIT.usage);
      const ctx = {
        actor: { type: 'system' as const, id: `cli:${process.env.USER ?? 'operator'}` },
        requestId: null,
        clock: systemClock,
      };
      await withDatabase(configFrom(flags), async (database) => {
        const states = await listStates(database);
        if (!states.some((s) => s.code === code)) {
          if (!flags.stateName)
            throw new CliError(`State ${code} is not in the register yet: add --state-name`, EXIT.usage);
          await createState(database, ctx, { code, name: flags.stateName, languages });
          console.log(`registered State ${code} (${flags.stateName})`);
        }
        const existing = (await listAuthorities(database, code)).find(
          (a) => a.name === flags.authorityName && a.type === flags.authorityType,
        );
        const authority =
          existing ??
          (await createAuthority(database, ctx, code, {
            type: flags.authorityType,
            name: flags.authorityName,
            timezone: flags.timezone,
            languages,
          }));
        if (!existing) console.log(`registered authority ${authority.name} (${authority.id})`);
        const previous = await readNodeIdentity(database);
        await setNodeIdentity(database, ctx, code, authority.id);
        console.log(`${previous ? 'changed' : 'set'} node identity: ${code} / ${authority.name}`);
      });
    });
}
