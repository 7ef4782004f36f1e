import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { type UploadTransport, chunkCount, uploadFile } from './upload';

const file = Buffer.from(Array.from({ length: 10_000 }, (_, i) => i % 251));
const source = {
  size: file.length,
  read: async (s: number, e: number) => new Uint8Array(file.subarray(s, e)),
};
const sha256 = createHash('sha256').update(file).digest('hex');

test('a file goes in chunks, with progress, and its SHA-256 is computed on the way', async () => {
  const sent: number[] = [];
  const progress: number[] = [];
  const digest = await uploadFile(
    source,
    4096,
    { received: async () => new Set(), sendChunk: async (i) => void sent.push(i) },
    (p) => progress.push(p.bytesDone),
  );
  assert.equal(digest, sha256);
  assert.deepEqual(sent, [0, 1, 2]);
  assert.equal(chunkCount(file.length, 4096), 3);
  assert.deepEqual(progress, [4096, 8192, 10_000, 10_000]);
});

test('a resumed upload sends only the chunks the node lacks, and still hashes the whole file', async () => {
  const sent: number[] = [];
  const digest = await uploadFile(
    source,
    4096,
    { received: async () => new Set([0, 1]), sendChunk: async (i) => void sent.push(i) },
    () => undefined,
  );
  assert.deepEqual(sent, [2]);
  assert.equal(digest, sha256);
});

test('a chunk that fails is retried; after the last retry the error stops the upload', async () => {
  let failures = 2;
  const pauses: number[] = [];
  const flaky: UploadTransport = {
    received: async () => new Set(),
    sendChunk: async () => {
      if (failures-- > 0) throw new Error('connection reset');
    },
  };
  await uploadFile(source, 4096, flaky, () => undefined, { pause: async (ms) => void pauses.push(ms) });
  assert.deepEqual(pauses, [500, 1000], 'growing pauses between retries');

  const dead: UploadTransport = {
    received: async () => new Set(),
    sendChunk: async () => {
      throw new Error('node unreachable');
    },
  };
  await assert.rejects(
    uploadFile(source, 4096, dead, () => undefined, { retries: 1, pause: async () => undefined }),
    /node unreachable/,
  );
});
