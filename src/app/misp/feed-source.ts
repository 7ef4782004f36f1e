/**
 * Where a MISP feed is read from: a folder (as `comity misp export --feed` or MISP's own feed
 * generator writes it) or a URL (a MISP instance's feed, or any web server). A remote event is
 * downloaded to a temporary file first, because the import reads it twice; the download is
 * cut off, with a clear reason, when it exceeds its size limit or stalls (spool.ts).
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DomainError } from '../../core/errors.js';
import type { ByteSource } from '../../interop/misp/import-event.js';
import { spool } from './spool.js';

export interface FeedLimits {
  /** Largest `manifest.json` read (default 64 MiB). */
  readonly maxManifestBytes?: number;
  /** Largest event file read (default 2 GiB). */
  readonly maxEventBytes?: number;
  /** A remote read that sends nothing for this long is cut off (default 30 s). */
  readonly stallMs?: number;
  /** Headers sent with every request (a MISP feed behind `Authorization`, for instance). */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface FeedSource {
  /** What the feed is known by: its URL, or the folder's absolute path. */
  readonly name: string;
  manifest(): Promise<Buffer>;
  /** `hashes.csv`, when the feed has one. */
  hashes(): Promise<Buffer | undefined>;
  /** The event's bytes, readable as many times as the import needs; `done` frees them. */
  event(uuid: string): Promise<{ bytes: ByteSource; size: number; done: () => Promise<void> }>;
}

const MiB = 1024 * 1024;
/** Events up to this size are held in memory while they import (most events are far smaller). */
const IN_MEMORY = 8 * MiB;

export function openFeed(location: string, limits: FeedLimits = {}): FeedSource {
  return /^https?:\/\//i.test(location) ? remoteFeed(location, limits) : folderFeed(location, limits);
}

function folderFeed(location: string, limits: FeedLimits): FeedSource {
  const dir = resolve(location);
  const maxManifest = limits.maxManifestBytes ?? 64 * MiB;
  const read = async (file: string, max: number, what: string) => {
    const path = join(dir, file);
    let size: number;
    try {
      size = (await stat(path)).size;
    } catch {
      return undefined;
    }
    if (size > max) throw new DomainError('misp_bad_feed', `${what} is larger than ${max} bytes`);
    return readFile(path);
  };
  return {
    name: dir,
    async manifest() {
      const bytes = await read('manifest.json', maxManifest, 'manifest.json');
      if (!bytes) throw new DomainError('misp_bad_feed', `no manifest.json in the folder ${location}`);
      return bytes;
    },
    hashes: () => read('hashes.csv', 1024 * MiB, 'hashes.csv'),
    async event(uuid) {
      const path = join(dir, `${uuid}.json`);
      let size: number;
      try {
        size = (await stat(path)).size;
      } catch {
        throw new DomainError(
          'misp_bad_feed',
          `the manifest lists ${uuid}, but ${uuid}.json is not in the folder`,
        );
      }
      const max = limits.maxEventBytes ?? 2048 * MiB;
      if (size > max) throw new DomainError('misp_bad_feed', `${uuid}.json is larger than ${max} bytes`);
      // The import reads an event twice: a small one is read from disk once and kept for both.
      if (size <= IN_MEMORY) {
        const whole = await readFile(path);
        return { bytes: () => [whole], size, done: async () => {} };
      }
      return {
        bytes: () => createReadStream(path, { highWaterMark: MiB }),
        size,
        done: async () => {},
      };
    },
  };
}

function remoteFeed(location: string, limits: FeedLimits): FeedSource {
  const base = location.endsWith('/') ? location : `${location}/`;
  const stallMs = limits.stallMs ?? 30_000;
  /** GETs a file of the feed, streaming it through `sink`, cut off when too large or stalled. */
  const get = async (file: string, max: number, optional: boolean): Promise<Response | undefined> => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), stallMs);
    let response: Response;
    try {
      response = await fetch(new URL(file, base), {
        headers: { Accept: 'application/json', ...limits.headers },
        signal: controller.signal,
        redirect: 'follow',
      });
    } catch (error) {
      throw unreachable(
        file,
        controller.signal.aborted ? `no answer in ${stallMs / 1000} s` : (error as Error).message,
      );
    } finally {
      clearTimeout(timer);
    }
    if (optional && response.status === 404) return undefined;
    if (!response.ok) throw unreachable(file, `HTTP ${response.status} ${response.statusText}`.trim());
    const length = Number(response.headers.get('content-length') ?? Number.NaN);
    if (length > max) throw unreachable(file, `announces ${length} bytes, more than the ${max} allowed`);
    return response;
  };
  const readAll = async (file: string, max: number, optional: boolean) => {
    const response = await get(file, max, optional);
    if (!response) return undefined;
    const parts: Buffer[] = [];
    let size = 0;
    for await (const chunk of guarded(response, file, max, stallMs)) {
      size += chunk.length;
      parts.push(chunk);
    }
    return size === 0 ? Buffer.alloc(0) : Buffer.concat(parts);
  };
  return {
    name: base.replace(/\/$/, ''),
    async manifest() {
      return (await readAll('manifest.json', limits.maxManifestBytes ?? 64 * MiB, false))!;
    },
    hashes: () => readAll('hashes.csv', 1024 * MiB, true),
    async event(uuid) {
      const file = `${uuid}.json`;
      const max = limits.maxEventBytes ?? 2048 * MiB;
      const response = (await get(file, max, false))!;
      return spool(guarded(response, file, max, stallMs));
    },
  };
}

/** The body of a response, cut off when it passes `max` bytes or sends nothing for `stallMs`. */
async function* guarded(
  response: Response,
  file: string,
  max: number,
  stallMs: number,
): AsyncGenerator<Buffer> {
  if (!response.body) return;
  const reader = response.body.getReader();
  let size = 0;
  try {
    for (;;) {
      let timer: NodeJS.Timeout | undefined;
      const stalled = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(unreachable(file, `sent nothing for ${stallMs / 1000} s`)), stallMs);
      });
      let next: Awaited<ReturnType<typeof reader.read>>;
      try {
        next = await Promise.race([reader.read(), stalled]);
      } finally {
        clearTimeout(timer);
      }
      if (next.done) return;
      size += next.value.length;
      if (size > max) throw unreachable(file, `sent more than the ${max} bytes allowed`);
      yield Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
}

function unreachable(file: string, reason: string): DomainError {
  return new DomainError('misp_feed_unreachable', `${file}: ${reason}`);
}
