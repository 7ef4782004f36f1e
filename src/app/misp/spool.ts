/**
 * A MISP event that arrives as a stream (a remote feed's event, a file uploaded in the console)
 * is written to a temporary file first, because the import reads it twice. `done` removes the
 * file; a failed write removes it at once.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { ByteSource } from '../../interop/misp/import-event.js';

export interface SpooledFile {
  /** The file's bytes, readable as many times as needed. */
  readonly bytes: ByteSource;
  readonly size: number;
  done(): Promise<void>;
}

export async function spool(source: AsyncIterable<Buffer>): Promise<SpooledFile> {
  const dir = await mkdtemp(join(tmpdir(), 'comity-misp-'));
  const path = join(dir, 'event.json');
  const done = () => rm(dir, { recursive: true, force: true });
  try {
    await pipeline(source, createWriteStream(path));
  } catch (error) {
    await done();
    throw error;
  }
  const { size } = await stat(path);
  return { bytes: () => createReadStream(path, { highWaterMark: 1 << 20 }), size, done };
}
