/**
 * Pulls a MISP feed: reads its `manifest.json`, imports each event whose timestamp is newer
 * than the one imported last time (every event, the first time), and records the timestamp
 * with the import, in the same transaction, so a pull stopped half-way resumes with the
 * events it had not finished. An event that cannot be fetched or read is reported and left
 * for the next pull; it never stops the others.
 */
import { randomUUID } from 'node:crypto';
import type { CommandContext } from '../../core/context.js';
import { MispImportSession } from '../../interop/misp/import-event.js';
import { correlateStored } from '../sharing/correlate-import.js';
import { DomainError, isDomainError } from '../../core/errors.js';
import { feedTimestamps } from '../../storage/misp/feed-events.js';
import type { SharingDeps } from '../sharing/deps.js';
import { type FeedLimits, openFeed } from './feed-source.js';
import { recordImport, recordRefusal } from './import-event.js';

export interface FeedPullProgress {
  /** Events to import in this pull, and how many are done. */
  readonly total: number;
  readonly done: number;
  /** Bytes read of the event in hand. */
  readonly bytes: number;
  readonly eventBytes: number;
}

export interface FeedPull {
  readonly feed: string;
  /** Events the manifest lists. */
  readonly listed: number;
  /** Of those, already imported at the manifest's timestamp. */
  readonly upToDate: number;
  readonly imported: Array<{ uuid: string; importId: string; attributes: number; refused: number }>;
  readonly failed: Array<{ uuid: string; reason: string }>;
  /** Manifest entries that are not events (bad uuid), with why. */
  readonly ignored: Array<{ key: string; reason: string }>;
  attributes: number;
  stored: number;
  alerts: number;
  /** Values `hashes.csv` lists, when the feed has one. */
  readonly hashes?: number;
}

export interface PullOptions {
  readonly limits?: FeedLimits;
  readonly batchSize?: number;
  readonly onProgress?: (progress: FeedPullProgress) => void;
  /** Stop after this many events (a first look at a large feed). */
  readonly maxEvents?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export async function pullFeed(
  deps: SharingDeps,
  ctx: CommandContext,
  location: string,
  options: PullOptions = {},
): Promise<FeedPull> {
  const source = openFeed(location, options.limits);
  const manifest = parseManifest(await source.manifest());
  const hashes = await source.hashes();
  const known = await feedTimestamps(deps.database.db, source.name);
  const due = manifest.events.filter((e) => (known.get(e.uuid) ?? -1) < e.timestamp);
  const todo = options.maxEvents === undefined ? due : due.slice(0, options.maxEvents);
  const pull: FeedPull = {
    feed: source.name,
    listed: manifest.events.length,
    upToDate: manifest.events.length - due.length,
    imported: [],
    failed: [],
    ignored: manifest.ignored,
    attributes: 0,
    stored: 0,
    alerts: 0,
    ...(hashes ? { hashes: countHashes(hashes) } : {}),
  };
  // One importer for the whole pull: the objects of many small events are written in large
  // batches. Each event is recorded (and its timestamp kept) once all its objects are written.
  const session = new MispImportSession(deps.database, {
    ctx,
    ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
    onChanged: async (changed) => {
      pull.alerts += await correlateStored(deps.database, ctx, 'local', changed);
    },
  });
  const waiting = new Map<string, { id: string; startedAt: string; timestamp: number }>();
  const recordDone = async () => {
    const done = session.takeDone();
    if (done.length === 0) return;
    pull.alerts += await correlateStored(deps.database, ctx, 'local', session.takeChanged());
    for (const result of done) {
      const uuid = result.event.uuid.toLowerCase();
      const entry = waiting.get(uuid);
      if (!entry) continue;
      waiting.delete(uuid);
      await recordImport(deps, ctx, {
        id: entry.id,
        source: { via: 'feed', name: source.name, feed: { source: source.name, timestamp: entry.timestamp } },
        startedAt: entry.startedAt,
        result,
      });
      pull.imported.push({
        uuid,
        importId: entry.id,
        attributes: result.attributes.total,
        refused: result.attributes.refused,
      });
      pull.attributes += result.attributes.total;
      pull.stored += result.stix.accepted;
    }
  };
  for (const [done, entry] of todo.entries()) {
    options.onProgress?.({ total: todo.length, done, bytes: 0, eventBytes: 0 });
    let fetched: Awaited<ReturnType<typeof source.event>> | undefined;
    const startedAt = ctx.clock.now().toISOString();
    try {
      fetched = await source.event(entry.uuid);
      const size = fetched.size;
      await session.read(fetched.bytes, {
        expectUuid: entry.uuid,
        onProgress: (phase, bytes) =>
          options.onProgress?.({
            total: todo.length,
            done,
            bytes: phase === 'scan' ? bytes / 2 : (size + bytes) / 2,
            eventBytes: size,
          }),
      });
      waiting.set(entry.uuid, { id: randomUUID(), startedAt, timestamp: entry.timestamp });
    } catch (error) {
      if (!isDomainError(error)) throw error;
      pull.failed.push({ uuid: entry.uuid, reason: error.message });
      if (error.code === 'misp_bad_event')
        await recordRefusal(
          deps,
          ctx,
          randomUUID(),
          { via: 'feed', name: source.name },
          startedAt,
          error.message,
        );
    } finally {
      await fetched?.done();
    }
    await recordDone();
  }
  await session.finish();
  await recordDone();
  options.onProgress?.({ total: todo.length, done: todo.length, bytes: 0, eventBytes: 0 });
  return pull;
}

interface Manifest {
  readonly events: Array<{ uuid: string; timestamp: number }>;
  readonly ignored: Array<{ key: string; reason: string }>;
}

/** The events a manifest lists, oldest first, so an interrupted pull has imported the oldest. */
export function parseManifest(bytes: Buffer): Manifest {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new DomainError('misp_bad_feed', `manifest.json is not JSON: ${(error as Error).message}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new DomainError('misp_bad_feed', 'manifest.json must be an object of events keyed by their uuid');
  const events: Manifest['events'] = [];
  const ignored: Manifest['ignored'] = [];
  for (const [key, entry] of Object.entries(value)) {
    if (!UUID.test(key)) {
      ignored.push({ key: key.slice(0, 80), reason: 'not an event uuid' });
      continue;
    }
    const stamp = (entry as { timestamp?: unknown } | null)?.timestamp;
    const timestamp = typeof stamp === 'number' || typeof stamp === 'string' ? Number(stamp) : 0;
    events.push({ uuid: key.toLowerCase(), timestamp: Number.isSafeInteger(timestamp) ? timestamp : 0 });
  }
  events.sort((a, b) => a.timestamp - b.timestamp || a.uuid.localeCompare(b.uuid));
  return { events, ignored };
}

/** Lines of `hashes.csv` (`<md5 of a value>,<event uuid>`) that have that form. */
function countHashes(bytes: Buffer): number {
  let n = 0;
  for (const line of bytes.toString('latin1').split('\n'))
    if (/^[0-9a-f]{32},[0-9a-f-]{36}\s*$/i.test(line)) n++;
  return n;
}
