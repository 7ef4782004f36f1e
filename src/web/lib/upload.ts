/**
 * A resumable upload as the browser runs it: the file is read chunk by chunk, each chunk hashed
 * into the file's SHA-256 and sent unless the node already has it, so a lost connection or a
 * reload resumes where it stopped; the node then checks the whole file against the hash.
 * The transport is injected, so tests drive it without a browser.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

export interface UploadTransport {
  /** Chunks the node has already (after a resume). */
  received(): Promise<ReadonlySet<number>>;
  sendChunk(index: number, bytes: Uint8Array): Promise<void>;
}

export interface UploadSource {
  readonly size: number;
  read(start: number, end: number): Promise<Uint8Array>;
}

export interface Progress {
  readonly bytesDone: number;
  readonly size: number;
  /** Set once every chunk was read and hashed. */
  readonly sha256?: string;
}

export function chunkCount(size: number, chunkSize: number): number {
  return Math.max(1, Math.ceil(size / chunkSize));
}

/**
 * Sends every chunk the node lacks, in order, retrying a failed chunk `retries` times with a
 * growing pause; returns the SHA-256 of the whole file. Throws after the last retry: calling it
 * again resumes (chunks already at the node are only hashed, not sent).
 */
export async function uploadFile(
  source: UploadSource,
  chunkSize: number,
  transport: UploadTransport,
  onProgress: (p: Progress) => void,
  options: { retries?: number; pause?: (ms: number) => Promise<void> } = {},
): Promise<string> {
  const pause = options.pause ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  const retries = options.retries ?? 3;
  const have = await transport.received();
  const hash = sha256.create();
  const count = chunkCount(source.size, chunkSize);
  let done = 0;
  for (let i = 0; i < count; i++) {
    const start = i * chunkSize;
    const end = Math.min(source.size, start + chunkSize);
    const bytes = await source.read(start, end);
    hash.update(bytes);
    if (!have.has(i)) {
      for (let attempt = 0; ; attempt++) {
        try {
          await transport.sendChunk(i, bytes);
          break;
        } catch (error) {
          if (attempt >= retries) throw error;
          await pause(500 * 2 ** attempt);
        }
      }
    }
    done += end - start;
    onProgress({ bytesDone: done, size: source.size });
  }
  const digest = bytesToHex(hash.digest());
  onProgress({ bytesDone: source.size, size: source.size, sha256: digest });
  return digest;
}
