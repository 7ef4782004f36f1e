/**
 * A world of 193 nodes, one per UN Member State, plus the Secretariat's node that keeps the
 * directory (`npm run bench -- world`; BENCH_WORLD_NODES=n for fewer): time for every State to
 * trust every other through the directory alone, one alert's fan-out to the 192 others with
 * every `delivered` receipt back, a key rotation reaching everyone, and what it costs per node.
 * The baseline beside full trust is the hand-made mesh it replaces: one out-of-band fingerprint
 * check per ordered pair of States, against one per State here.
 */
import { WallClock } from '../test/support/network.js';
import { type BenchReport, newReport } from './report.js';
import { runWorld } from './support/world.js';

export async function run(): Promise<BenchReport> {
  const report = newReport('world');
  const count = Number(process.env.BENCH_WORLD_NODES ?? 193);
  const f = await runWorld(count, new WallClock(), (line) => console.error(`world: ${line}`));
  const states = f.nodes - 1;
  report.results.push(
    {
      name: `nodes started (${states} States and the directory's operator)`,
      value: f.startMs / 1000,
      unit: 's',
    },
    { name: `directory of ${states} cards published`, value: f.publishMs, unit: 'ms' },
    {
      name: `hand checks for every State to trust every other`,
      value: states,
      unit: 'checks',
      baseline: { name: 'pairwise fingerprint mesh', value: states * (states - 1), unit: 'checks' },
      notes: 'one fingerprint (the directory key) per State instead of one per ordered pair',
    },
    {
      name: `time to full trust (${states} States, each adding the directory)`,
      value: f.fullTrustMs / 1000,
      unit: 's',
    },
    { name: 'directory copy fetched per node', value: f.directoryBytes / 1024, unit: 'KiB' },
    {
      name: `alert fan-out to ${f.alertRecipients} States, every 'delivered' receipt back`,
      value: f.alertFanOutMs / 1000,
      unit: 's',
    },
    {
      name: `key rotation reaching all ${states - 1} other States via the directory`,
      value: f.rotationMs / 1000,
      unit: 's',
    },
    { name: 'resident memory per node (all in one process)', value: f.rssMiBPerNode, unit: 'MiB' },
  );
  return report;
}
