/**
 * `comity taxii subscribe|list|poll|push`: this node's subscriptions to remote TAXII 2.1
 * collections from the command line. A secret is read from an environment variable, never from
 * the command line (where other users of the machine could read it). `poll` shows its progress
 * on stderr and its result on stdout.
 */
import Table from 'cli-table3';
import type { Command } from 'commander';
import { readNodeIdentity } from '../../app/register/node-identity.js';
import { pollSubscription } from '../../app/taxii/subscriptions/poll.js';
import { pushObjects } from '../../app/taxii/subscriptions/push.js';
import { RemoteTaxiiError } from '../../app/taxii/subscriptions/remote-page.js';
import { listSubscriptions, subscribe } from '../../app/taxii/subscriptions/subscriptions.js';
import { TLP_LEVELS, type Tlp } from '../../core/sharing/markings/tlp.js';
import { configFrom, type NodeFlags, withDatabase, withNodeOptions } from '../node-options.js';
import { collect, operatorCtx } from '../operator.js';
import { CliError, EXIT } from '../output.js';

export function registerTaxiiCommands(program: Command): void {
  const taxii = program.command('taxii').description('subscriptions to remote TAXII 2.1 collections');
  registerSubscribe(taxii);
  registerList(taxii);
  registerPoll(taxii);
  registerPush(taxii);
}

interface SubscribeFlags extends NodeFlags {
  title: string;
  url: string;
  user?: string;
  secretEnv?: string;
  interval: string;
  tlp: string;
}

function registerSubscribe(taxii: Command): void {
  withNodeOptions(taxii.command('subscribe'))
    .description('subscribe this node to a remote collection; the running node polls it')
    .requiredOption('--title <title>', 'what the feed is, as people will see it')
    .requiredOption('--url <url>', "the collection's address (…/collections/<id>/)")
    .option('--user <name>', 'HTTP Basic user name (with --secret-env holding the password)')
    .option('--secret-env <variable>', 'environment variable holding the password or API token')
    .option('--interval <minutes>', 'minutes between polls', '60')
    .option('--tlp <level>', 'TLP level for arriving objects that carry none', 'amber')
    .action(async (flags: SubscribeFlags) => {
      const interval = Number(flags.interval);
      if (!Number.isInteger(interval) || interval < 1 || interval > 10_080)
        throw new CliError('--interval: a whole number of minutes from 1 to 10080', EXIT.usage);
      if (!TLP_LEVELS.includes(flags.tlp as Tlp))
        throw new CliError(`--tlp: one of ${TLP_LEVELS.join(', ')}`, EXIT.usage);
      let secret: string | undefined;
      if (flags.secretEnv) {
        secret = process.env[flags.secretEnv];
        if (!secret) throw new CliError(`--secret-env: ${flags.secretEnv} is not set`, EXIT.usage);
      }
      const auth = flags.user ? 'basic' : secret ? 'token' : 'none';
      await withDatabase(configFrom(flags), async (database) => {
        const made = await subscribe(database, operatorCtx(), 'cli', {
          title: flags.title,
          collectionUrl: flags.url,
          auth,
          ...(flags.user ? { username: flags.user } : {}),
          ...(secret ? { secret } : {}),
          intervalMinutes: interval,
          defaultTlp: flags.tlp as Tlp,
        });
        console.log(
          `subscribed ${made.id}: ${made.title} (${made.collectionUrl}, every ${interval} min, ${auth})`,
        );
      });
    });
}

function registerList(taxii: Command): void {
  withNodeOptions(taxii.command('list'))
    .description('the subscriptions, with where each poller stands')
    .option('--json', 'print them as JSON')
    .action(async (flags: NodeFlags & { json?: boolean }) => {
      await withDatabase(configFrom(flags), async (database) => {
        const subs = await listSubscriptions(database.db);
        if (flags.json) return console.log(JSON.stringify(subs));
        if (subs.length === 0) return console.log('no subscriptions');
        const table = new Table({
          head: ['id', 'title', 'state', 'received', 'refused', 'last success', 'next poll', 'last error'],
          wordWrap: true,
        });
        for (const s of subs)
          table.push([
            s.id,
            s.title,
            s.active ? (s.midListing ? 'reading' : 'active') : 'paused',
            s.objectsReceived,
            s.objectsRefused,
            s.lastSuccessAt ?? '—',
            s.nextPollAt,
            s.lastError ?? '',
          ]);
        console.log(table.toString());
      });
    });
}

function registerPoll(taxii: Command): void {
  withNodeOptions(taxii.command('poll <id>'))
    .description('poll a subscription now, until it has caught up')
    .action(async (id: string, flags: NodeFlags) => {
      await withDatabase(configFrom(flags), async (database) => {
        const identity = await readNodeIdentity(database);
        let pages = 0;
        let received = 0;
        let refused = 0;
        for (;;) {
          const result = await pollSubscription(database, operatorCtx(), id, {
            ourState: identity?.stateCode ?? '',
            nodeId: configFrom(flags).nodeId,
            afterFetch: (page) => {
              if (process.stderr.isTTY) process.stderr.write(`\rpage ${pages + page} read…`);
            },
          });
          pages += result.pages;
          received += result.received;
          refused += result.refused;
          if (result.error) {
            if (process.stderr.isTTY) process.stderr.write('\n');
            throw new CliError(`poll failed after ${pages} page(s): ${result.error}`);
          }
          if (result.caughtUp) break;
        }
        if (process.stderr.isTTY) process.stderr.write('\n');
        console.log(`${pages} page(s): ${received} object(s) stored or already held, ${refused} refused`);
        if (refused > 0) process.exitCode = EXIT.failed;
      });
    });
}

function registerPush(taxii: Command): void {
  withNodeOptions(taxii.command('push <id>'))
    .description("send objects to a subscription's collection (only what its markings let go)")
    .requiredOption('--object <id>', 'a STIX object to send (repeatable)', collect)
    .action(async (id: string, flags: NodeFlags & { object: string[] }) => {
      await withDatabase(configFrom(flags), async (database) => {
        const identity = await readNodeIdentity(database);
        try {
          const result = await pushObjects(database, operatorCtx(), id, flags.object, {
            nodeId: configFrom(flags).nodeId,
            state: identity?.stateCode ?? '',
          });
          console.log(`${result.sent} sent, ${result.withheld} withheld by their markings`);
          for (const [reason, n] of Object.entries(result.withheldBy))
            console.log(`  withheld: ${n} × ${reason}`);
          for (const missing of result.missing) console.log(`  not held here: ${missing}`);
          if (result.status) console.log(`remote status: ${JSON.stringify(result.status)}`);
        } catch (error) {
          if (error instanceof RemoteTaxiiError) throw new CliError(error.message);
          throw error;
        }
      });
    });
}
