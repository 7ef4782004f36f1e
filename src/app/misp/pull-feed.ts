/**
 * Pulls a MISP feed: reads its `manifest.json`, imports each event whose timestamp is newer
 * than the one imported last time (every event, the first time), and records the timestamp
 * with the import, in the same transaction, so a pull stopped half-way resumes with the
 * events it had not finished. An event that cannot be fetched or read is reported and left
 * for the next pull; it never stops the others.
 */
import type { CommandContext } from '../../core/context.js';
import { DomainError, isDomainError } from '../../core/errors.js';
import { feedTimestamps } from '../../storage/misp/feed-events.js';
import type { SharingDeps } from '../sharing/deps.js';
import { type FeedLimits, openFeed } from './feed-source.js';
import { importEventFrom } from './import-event.js';

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
  for (const [done, entry] of todo.entries()) {
    options.onProgress?.({ total: todo.length, done, bytes: 0, eventBytes: 0 });
    let fetched: Awaited<ReturnType<typeof source.event>> | undefined;
    try {
      fetched = await source.event(entry.uuid);
      const size = fetched.size;
      const recorded = await importEventFrom(
        deps,
        ctx,
        { via: 'feed', name: source.name, feed: { source: source.name, timestamp: entry.timestamp } },
        fetched.bytes,
        {
          ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
          onProgress: (phase, bytes) =>
            options.onProgress?.({
              total: todo.length,
              done,
              bytes: phase === 'scan' ? bytes / 2 : (size + bytes) / 2,
              eventBytes: size,
            }),
        },
      );
      const r = recorded.result;
      if (r.event.uuid.toLowerCase() !== entry.uuid.toLowerCase())
        pull.failed.push({ uuid: entry.uuid, reason: `${entry.uuid}.json holds the event ${r.event.uuid}` });
      pull.imported.push({
        uuid: entry.uuid,
        importId: recorded.id,
        attributes: r.attributes.total,
        refused: r.attributes.refused,
      });
      pull.attributes += r.attributes.total;
      pull.stored += r.stix.accepted;
      pull.alerts += recorded.alerts;
    } catch (error) {
      if (!isDomainError(error)) throw error;
      pull.failed.push({ uuid: entry.uuid, reason: error.message });
    } finally {
      await fetched?.done();
    }
  }
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
