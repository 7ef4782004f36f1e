/**
 * Evidence at rest: a file is cut into fixed-size chunks, each sealed with AES-256-GCM under
 * the file's own random key. The IV is a per-file random prefix plus the chunk index, and the
 * additional data binds the file id and the index, so chunks cannot be reordered, swapped
 * between files or truncated without detection. Streams in, streams out: memory holds one
 * chunk at a time whatever the file's size.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { DomainError, InvariantError } from '../../core/errors.js';

export const CHUNK_SIZE = 1024 * 1024;
const TAG = 16;
/** Bytes a full chunk takes on disk (ciphertext + tag): chunk i starts at i × RECORD_SIZE. */
export const RECORD_SIZE = CHUNK_SIZE + TAG;

/** How many chunks a file of `size` bytes is sealed in (an empty file is one empty chunk). */
export function chunkCountOf(size: number): number {
  return Math.max(1, Math.ceil(size / CHUNK_SIZE));
}

function iv(prefix: Buffer, index: number): Buffer {
  const out = Buffer.alloc(12);
  prefix.copy(out, 0, 0, 8);
  out.writeUInt32BE(index, 8);
  return out;
}

const aad = (fileId: string, index: number, last: boolean) =>
  Buffer.from(`${fileId}:${index}:${last ? 'last' : 'more'}`);

export interface FileKey {
  readonly key: Buffer;
  readonly ivPrefix: Buffer;
}

export function newFileKey(): FileKey {
  return { key: randomBytes(32), ivPrefix: randomBytes(8) };
}

/**
 * Seals one chunk on its own. Sealing is deterministic for a given key, index and plaintext, so
 * chunks arriving out of order or twice can be sealed straight into their place in the file.
 */
export function sealChunk(
  fileId: string,
  fileKey: FileKey,
  index: number,
  last: boolean,
  plain: Buffer,
): Buffer {
  const cipher = createCipheriv('aes-256-gcm', fileKey.key, iv(fileKey.ivPrefix, index));
  cipher.setAAD(aad(fileId, index, last));
  return Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
}

/** Opens one sealed chunk; throws when it was altered, moved or cut off. */
export function openChunk(
  fileId: string,
  fileKey: FileKey,
  index: number,
  last: boolean,
  record: Buffer,
): Buffer {
  if (record.length < TAG)
    throw new DomainError('evidence_integrity_failed', 'evidence integrity: a chunk is truncated');
  const decipher = createDecipheriv('aes-256-gcm', fileKey.key, iv(fileKey.ivPrefix, index));
  decipher.setAAD(aad(fileId, index, last));
  decipher.setAuthTag(record.subarray(record.length - TAG));
  try {
    return Buffer.concat([decipher.update(record.subarray(0, record.length - TAG)), decipher.final()]);
  } catch {
    throw new DomainError(
      'evidence_integrity_failed',
      `evidence integrity: chunk ${index} was altered, moved or cut off`,
    );
  }
}

/** Plaintext in, sealed chunks out; `digest()` and `size()` are final once the stream ends. */
export class SealingStream extends Transform {
  readonly #hash = createHash('sha256');
  #pending: Buffer[] = [];
  #pendingBytes = 0;
  #index = 0;
  #size = 0;
  #digest: string | undefined;

  constructor(
    private readonly fileId: string,
    private readonly fileKey: FileKey,
    private readonly maxBytes = Number.POSITIVE_INFINITY,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.#size += chunk.length;
    if (this.#size > this.maxBytes) {
      callback(new RangeError(`the file exceeds ${this.maxBytes} bytes`));
      return;
    }
    this.#hash.update(chunk);
    this.#pending.push(chunk);
    this.#pendingBytes += chunk.length;
    // Keep one full chunk back: only at the end is it known which chunk is the last.
    while (this.#pendingBytes > CHUNK_SIZE) this.#sealNext(false);
    callback();
  }

  override _flush(callback: TransformCallback): void {
    this.#sealNext(true);
    this.#digest = this.#hash.digest('hex');
    callback();
  }

  #sealNext(last: boolean): void {
    const all = this.#pending.length === 1 ? this.#pending[0]! : Buffer.concat(this.#pending);
    const take = last ? all.length : CHUNK_SIZE;
    const plain = all.subarray(0, take);
    const rest = all.subarray(take);
    this.#pending = rest.length > 0 ? [rest] : [];
    this.#pendingBytes = rest.length;
    this.push(sealChunk(this.fileId, this.fileKey, this.#index, last, plain));
    this.#index++;
  }

  digest(): string {
    if (!this.#digest) throw new InvariantError('the digest is read before the stream has ended');
    return this.#digest;
  }

  size(): number {
    return this.#size;
  }
}

/**
 * Sealed chunks in, plaintext out. Fails the stream when a chunk was altered, moved or cut
 * off, or when the plaintext's SHA-256 differs from the recorded one.
 */
export class OpeningStream extends Transform {
  readonly #hash = createHash('sha256');
  #pending: Buffer[] = [];
  #pendingBytes = 0;
  #index = 0;
  #seen = 0;

  constructor(
    private readonly fileId: string,
    private readonly fileKey: FileKey,
    private readonly expected: { size: number; sha256: string },
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.#pending.push(chunk);
    this.#pendingBytes += chunk.length;
    try {
      while (this.#pendingBytes > RECORD_SIZE) this.#openNext(RECORD_SIZE, false);
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      this.#openNext(this.#pendingBytes, true);
      if (this.#seen !== this.expected.size)
        throw new DomainError(
          'evidence_integrity_failed',
          `evidence integrity: ${this.#seen} bytes instead of ${this.expected.size}`,
        );
      const digest = this.#hash.digest('hex');
      if (digest !== this.expected.sha256)
        throw new DomainError(
          'evidence_integrity_failed',
          'evidence integrity: the SHA-256 does not match the recorded one',
        );
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  #openNext(length: number, last: boolean): void {
    const all = this.#pending.length === 1 ? this.#pending[0]! : Buffer.concat(this.#pending);
    const record = all.subarray(0, length);
    const rest = all.subarray(length);
    this.#pending = rest.length > 0 ? [rest] : [];
    this.#pendingBytes = rest.length;
    const plain = openChunk(this.fileId, this.fileKey, this.#index, last, record);
    this.#hash.update(plain);
    this.#seen += plain.length;
    this.#index++;
    this.push(plain);
  }
}
