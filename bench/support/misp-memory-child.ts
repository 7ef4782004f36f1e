/**
 * Run in a process of its own by the interop benchmark, so its memory is only this work's:
 * `stream` imports one MISP event file through the streamed importer into a fresh SQLite
 * database; `parse` only reads the same file and parses it whole (what an importer that holds
 * the event needs before it does anything); `idle` opens the database and stops (the floor).
 * Prints one JSON line: peak resident memory, peak V8 heap, seconds, attributes.
 */
import { readFileSync, createReadStream } from 'node:fs';
import { importEventFrom } from '../../src/app/misp/import-event.js';
import { systemClock } from '../../src/core/clock.js';
import { BULK_BATCH_SIZE } from '../../src/interop/stix/import.js';
import { openDatabase } from '../../src/storage/database.js';

const [mode, file, dbPath] = process.argv.slice(2) as [string, string, string];
let maxHeap = 0;
const sampler = setInterval(() => {
  maxHeap = Math.max(maxHeap, process.memoryUsage().heapUsed);
}, 20);
const started = performance.now();
let attributes = 0;
if (mode === 'parse') {
  const event = JSON.parse(readFileSync(file, 'utf8')) as { Event: { Attribute: unknown[] } };
  // JSON.parse runs in one go, so no sample is taken during it: the heap is read after a
  // collection, with the event still held: the least any importer that holds the event needs.
  (globalThis as { gc?: () => void }).gc?.();
  maxHeap = Math.max(maxHeap, process.memoryUsage().heapUsed);
  attributes = event.Event.Attribute.length;
} else {
  const database = await openDatabase({ url: dbPath });
  await database.migrate();
  if (mode === 'stream') {
    const ctx = { actor: { type: 'system' as const, id: 'bench' }, requestId: null, clock: systemClock };
    const deps = { database, clock: systemClock, nodeId: 'bench', ourState: async () => 'XA' };
    const recorded = await importEventFrom(
      deps,
      ctx,
      { via: 'cli', name: 'bench' },
      () => createReadStream(file, { highWaterMark: 1 << 20 }),
      { batchSize: BULK_BATCH_SIZE },
    );
    attributes = recorded.result.attributes.total;
  }
  await database.close();
}
maxHeap = Math.max(maxHeap, process.memoryUsage().heapUsed);
clearInterval(sampler);
console.log(
  JSON.stringify({
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    maxHeapMb: maxHeap / 1024 / 1024,
    seconds: (performance.now() - started) / 1000,
    attributes,
  }),
);
