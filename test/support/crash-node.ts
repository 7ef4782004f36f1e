/**
 * One node in its own process, so a test can kill it with SIGKILL at any instant and start it
 * again on the same database and port. Arguments: `<sqlite file> <port> <node id> <clock ISO>`.
 * The clock stands still at the given instant so its envelopes are timed like the test
 * network's. Prints one JSON line `{ "url": … }` once it listens; delivers its outbox on its own.
 */
import { ManualClock } from '../../src/core/clock.js';
import { FederationNode } from '../../src/federation/node/federation-node.js';
import { buildApp } from '../../src/http/server.js';
import { loadConfig } from '../../src/app/config/config.js';
import { openDatabase } from '../../src/storage/database.js';
import { TEST_PASSWORD_COST } from './app.js';
import { TEST_KEY_SECRET, TEST_SCRYPT } from './network.js';

const [file, portArg, nodeId, at] = process.argv.slice(2) as [string, string, string, string];
const clock = new ManualClock(at);
const database = await openDatabase({ url: file });
await database.migrate();
const federation = await FederationNode.open({
  database,
  clock,
  nodeId,
  state: nodeId.slice(0, 2).toUpperCase(),
  url: 'http://127.0.0.1:1',
  keySecret: TEST_KEY_SECRET,
  scrypt: TEST_SCRYPT,
  random: () => 0.5,
  pollIntervalMs: 20,
  onError: (error) => process.stderr.write(`xa delivery: ${(error as Error).stack}\n`),
});
const config = loadConfig({
  COMITY_DATA_DIR: '/nonexistent',
  COMITY_LOG_LEVEL: 'silent',
  COMITY_NODE_ID: nodeId,
});
const app = await buildApp(
  { config, database, clock, passwordCost: TEST_PASSWORD_COST, federation },
  { logger: false },
);
await app.listen({ host: '127.0.0.1', port: Number(portArg) });
const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
federation.setUrl(url);
federation.worker.start();
process.stdout.write(`${JSON.stringify({ url })}\n`);
