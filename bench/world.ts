/**
 * A world of 193 nodes, one per UN Member State, plus the Secretariat's node that keeps the
 * directory (`npm run bench -- world`; BENCH_WORLD_NODES=n for fewer): time for every State to
 * trust every other through the directory alone, one alert's fan-out to the 192 others with
 * every `delivered` receipt back, a key rotation reaching everyone, and what it costs per node.
 * The baseline beside the hand checks is the mesh it replaces: one out-of-band fingerprint
 * comparison per pair of States (18,528 for 193), against one per State here.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { type BenchReport, newReport } from './report.js';
import type { WorldFigures } from './support/world.js';

/** Heap for the world's process: about 20 MiB of heap per node, with room to spare. */
const HEAP_MIB = 16_384;

function worldInChild(count: number): Promise<WorldFigures> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        `--max-old-space-size=${HEAP_MIB}`,
        '--import',
        'tsx',
        join(import.meta.dirname, 'support', 'world-child.ts'),
        String(count),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code === 0 && line.startsWith('{')) resolve(JSON.parse(line) as WorldFigures);
      else reject(new Error(`the world's process ended with code ${code}`));
    });
  });
}

export async function run(): Promise<BenchReport> {
  const report = newReport('world');
  const count = Number(process.env.BENCH_WORLD_NODES ?? 193);
  const f = await worldInChild(count);
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
      baseline: {
        name: 'one comparison per pair of States',
        value: (states * (states - 1)) / 2,
        unit: 'checks',
      },
      notes: 'one fingerprint (the directory key) per State instead of one per pair of States',
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
