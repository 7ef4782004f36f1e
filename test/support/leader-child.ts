/**
 * A process that takes the leadership of one piece of periodic work on PostgreSQL and holds it
 * until it is killed: what an instance of a node does, for tests that SIGKILL it.
 */
import { openDatabase } from '../../src/storage/database.js';

const [url, pgSchema, name] = process.argv.slice(2) as [string, string, string];
const database = await openDatabase({ url, pgSchema, poolSize: 1 });
for (;;) {
  if (await database.lead(name)) break;
  await new Promise((resolve) => setTimeout(resolve, 100));
}
console.log('leading');
setInterval(() => undefined, 60_000);
