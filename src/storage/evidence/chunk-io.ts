/**
 * Positional access to a sealed evidence file: chunk i lives at i × RECORD_SIZE, so a transfer
 * can read one chunk to send without streaming the file from the start, and write an arriving
 * chunk into its place whatever the order chunks come in.
 */
import { open } from 'node:fs/promises';
import { CHUNK_SIZE, type FileKey, openChunk, RECORD_SIZE, sealChunk } from './sealed-file.js';

export interface SealedFileFacts {
  readonly path: string;
  readonly fileId: string;
  readonly fileKey: FileKey;
  /** Plaintext size of the whole file. */
  readonly size: number;
  readonly chunkCount: number;
}

const plainLength = (f: SealedFileFacts, index: number) =>
  index === f.chunkCount - 1 ? f.size - index * CHUNK_SIZE : CHUNK_SIZE;

/** Reads and opens chunk `index` (throws if the stored chunk was altered). */
export async function readPlainChunk(f: SealedFileFacts, index: number): Promise<Buffer> {
  const length = plainLength(f, index) + (RECORD_SIZE - CHUNK_SIZE);
  const record = Buffer.allocUnsafe(length);
  const handle = await open(f.path, 'r');
  try {
    const { bytesRead } = await handle.read(record, 0, length, index * RECORD_SIZE);
    return openChunk(f.fileId, f.fileKey, index, index === f.chunkCount - 1, record.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/** Seals `plain` as chunk `index` and writes it in place; writing the same chunk twice is harmless. */
export async function writePlainChunk(f: SealedFileFacts, index: number, plain: Buffer): Promise<void> {
  if (plain.length !== plainLength(f, index))
    throw new RangeError(`chunk ${index} must hold ${plainLength(f, index)} bytes, not ${plain.length}`);
  const record = sealChunk(f.fileId, f.fileKey, index, index === f.chunkCount - 1, plain);
  const handle = await open(f.path, 'r+');
  try {
    await handle.write(record, 0, record.length, index * RECORD_SIZE);
  } finally {
    await handle.close();
  }
}
