/**
 * One node in its own process, so a test can kill it with SIGKILL at any instant and start it
 * again on the same database and port. Arguments: `<sqlite file> <port> <node id> <clock ISO>`.
 * The clock stands still at the given instant so its envelopes are timed like the test
 * network's. Prints one JSON line `{ "url": … }` once it listens; delivers its outbox on its own.
 */
import { loadConfig } from '../../src/app/config/config.js';
import { ManualClock } from '../../src/core/clock.js';
import { openNode } from '../../src/node/open-node.js';
import { TEST_PASSWORD_COST } from './app.js';
import { TEST_KEY_SECRET, TEST_SCRYPT } from './network.js';

const [file, portArg, nodeId, at] = process.argv.slice(2) as [string, string, string, string];
const node = await openNode({
  config: loadConfig({
    COMITY_DATA_DIR: '/nonexistent',
    COMITY_DATABASE_URL: file,
    COMITY_LOG_LEVEL: 'silent',
    COMITY_NODE_ID: nodeId,
    COMITY_PORT: portArg,
  }),
  clock: new ManualClock(at),
  passwordCost: TEST_PASSWORD_COST,
  logger: false,
  federation: {
    nodeId,
    state: nodeId.slice(0, 2).toUpperCase(),
    keySecret: TEST_KEY_SECRET,
    scrypt: TEST_SCRYPT,
    random: () => 0.5,
    pollIntervalMs: 20,
    onError: (error) => process.stderr.write(`${nodeId} delivery: ${(error as Error).stack}\n`),
  },
});
const url = await node.listen();
node.federation?.worker.start();
process.stdout.write(`${JSON.stringify({ url })}\n`);
