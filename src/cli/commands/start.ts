import type { Command } from 'commander';
import { redact } from '../../app/config/config.js';
import { DEFAULT_CONSOLE_DIR } from '../../http/console/bundle.js';
import { openNode } from '../../node/open-node.js';
import { buildConsole, consoleIsBuilt } from '../build-console.js';
import { configFrom, type NodeFlags, withNodeOptions } from '../node-options.js';

export function registerStartCommand(program: Command): void {
  withNodeOptions(program.command('start'))
    .description('start this node: migrate the database, serve the API, web console and federation inbox')
    .option('--port <port>', 'TCP port (COMITY_PORT, default 8080)')
    .option('--host <host>', 'interface to listen on (COMITY_HOST, default 127.0.0.1)')
    .option('--public-url <url>', 'URL users and peers reach this node at (COMITY_PUBLIC_URL)')
    .action(async (flags: NodeFlags) => {
      const config = configFrom(flags);
      const consoleDir = config.consoleDir ?? DEFAULT_CONSOLE_DIR;
      if (!consoleIsBuilt(consoleDir)) {
        // A clone installed without scripts, or a build removed: build it once, here.
        process.stdout.write('The web console is not built yet; building it (once)… ');
        await buildConsole(config.consoleDir);
        console.log('done.');
      }
      const node = await openNode({ config, bootstrapAdmin: true });
      const url = await node.start();
      console.log(
        `Comity node listening on ${url}  (database: ${config.dialect === 'sqlite' ? config.databaseUrl : redact(config.databaseUrl)})`,
      );
      console.log(`Web console: ${url}/`);
      console.log(`API documentation: ${url}/api/docs`);
      if (node.federation)
        console.log(
          `Federation: node ${node.federation.nodeId}, card fingerprint ${(await node.federation.card()).fingerprint}`,
        );
      else console.log('Federation: off until the node identity is set (comity setup)');
      if (node.firstAdmin) {
        console.log('');
        console.log('First start: an administrator account was created. This password is shown only once:');
        console.log(`  username: ${node.firstAdmin.username}`);
        console.log(`  password: ${node.firstAdmin.password}`);
        console.log(`Sign in at ${url}/ and choose a new password before anything else.`);
      }

      let stopping = false;
      const stop = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        node.http.log.info({ signal }, 'shutting down: finishing in-flight requests');
        const timer = setTimeout(() => {
          node.http.log.error('shutdown timed out; closing remaining connections');
          node.http.server.closeAllConnections();
        }, config.shutdownTimeoutMs);
        timer.unref();
        await node.close();
        clearTimeout(timer);
      };
      process.once('SIGINT', () => void stop('SIGINT'));
      process.once('SIGTERM', () => void stop('SIGTERM'));
    });
}
