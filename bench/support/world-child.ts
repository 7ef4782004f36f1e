/**
 * Runs the world in a process of its own, with room for it: 194 nodes in one process need more
 * than Node's default heap. Prints the figures as one JSON line on stdout; progress on stderr.
 */
import { WallClock } from '../../test/support/network.js';
import { runWorld } from './world.js';

const count = Number(process.argv[2] ?? 193);
const figures = await runWorld(count, new WallClock(), (line) => console.error(`world: ${line}`));
console.log(JSON.stringify(figures));
process.exit(0);
