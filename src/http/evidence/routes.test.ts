/**
 * Evidence over real HTTP: a 1 GiB file streams in and out with memory bounded by a chunk, its
 * SHA-256 computed on the way in and checked on the way out; a tampered file fails the
 * download; a wrong expected hash keeps nothing.
 */
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { after, before, test } from 'node:test';
import { createTestApp, type Session, type TestApp } from '../../../test/support/app.js';
import { createTestDatabase } from '../../../test/support/databases.js';

const GIB = 1024 ** 3;
const dataDir = mkdtempSync(join(tmpdir(), 'comity-evidence-'));
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let node: TestApp;
let base = '';
let prosecutor: Session;
let caseId = '';

/** `size` bytes of varied content as a stream, hashing as it goes (pulled, so never ahead of the reader). */
function generated(size: number): { stream: Readable; digest: () => string } {
  const block = randomBytes(1024 * 1024);
  const hash = createHash('sha256');
  let sent = 0;
  let counter = 0;
  const stream = new Readable({
    read() {
      if (sent >= size) {
        this.push(null);
        return;
      }
      const n = Math.min(block.length, size - sent);
      const chunk = Buffer.from(block.subarray(0, n));
      chunk.writeUInt32BE(counter++ >>> 0, 0);
      hash.update(chunk);
      sent += n;
      this.push(chunk);
    },
  });
  let digest: string | undefined;
  return { stream, digest: () => (digest ??= hash.digest('hex')) };
}

/** Uploads through node:http with backpressure (a streamed request body, as a real client sends). */
async function upload(size: number, query = 'filename=mailbox.mbox', headers: Record<string, string> = {}) {
  const body = generated(size);
  const url = new URL(`${base}/api/cases/${caseId}/evidence?${query}`);
  const res = await new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(url, {
      method: 'PUT',
      headers: {
        'content-type': 'application/octet-stream',
        cookie: prosecutor.cookie,
        'x-csrf-token': prosecutor.csrfToken,
        ...headers,
      },
    });
    req.on('response', (r) => {
      let text = '';
      r.on('data', (c) => {
        text += c;
      });
      r.on('end', () => resolve({ status: r.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    pipeline(body.stream, req).catch(reject);
  });
  return {
    res: { status: res.status, json: async () => JSON.parse(res.text) as unknown, text: res.text },
    digest: body.digest,
  };
}

before(async () => {
  db = await createTestDatabase('sqlite');
  node = await createTestApp(db.database, {
    COMITY_DATA_DIR: dataDir,
    COMITY_KEY_SECRET: 'evidence test secret of enough length',
  });
  base = await node.app.listen({ port: 0, host: '127.0.0.1' });
  const admin = await node.sessionFor(['admin']);
  await node.as(admin, { method: 'POST', url: '/api/register/states', payload: { code: 'XA', name: 'Xa' } });
  const authority = (
    await node.as(admin, {
      method: 'POST',
      url: '/api/register/states/XA/authorities',
      payload: { type: 'competent_authority', name: 'Xa prosecution', timezone: 'Europe/Vienna' },
    })
  ).json().id as string;
  prosecutor = await node.sessionFor(['prosecutor'], 'pros', authority);
  caseId = (
    await node.as(prosecutor, { method: 'POST', url: '/api/cases', payload: { title: 'Ransomware' } })
  ).json().id;
});

after(async () => {
  await node.app.close();
  await db.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

test('1 GiB streams in and out with memory bounded by a chunk; the hash is recorded and checked', async () => {
  let peak = 0;
  const baseline = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  try {
    const { res, digest } = await upload(GIB);
    assert.equal(res.status, 201, res.text);
    const view = (await res.json()) as { id: string; size: number; sha256: string };
    assert.equal(view.size, GIB);
    assert.equal(view.sha256, digest());
    const sealed = readdirSync(join(dataDir, 'evidence'));
    assert.deepEqual(sealed, [`${view.id}.sealed`]);

    const download = await fetch(`${base}/api/evidence/${view.id}/content`, {
      headers: { cookie: prosecutor.cookie },
    });
    assert.equal(download.status, 200);
    assert.equal(download.headers.get('x-content-sha256'), view.sha256);
    const hash = createHash('sha256');
    let bytes = 0;
    for await (const chunk of download.body as unknown as AsyncIterable<Uint8Array>) {
      hash.update(chunk);
      bytes += chunk.length;
    }
    assert.equal(bytes, GIB);
    assert.equal(hash.digest('hex'), view.sha256);
  } finally {
    clearInterval(sampler);
  }
  const growth = peak - baseline;
  assert.ok(
    growth < 256 * 1024 ** 2,
    `memory grew by ${(growth / 1024 ** 2).toFixed(0)} MiB for a 1 GiB transfer`,
  );
  const custody = await db.database.db
    .selectFrom('audit_events')
    .select('action')
    .where('action', 'like', 'evidence.%')
    .execute();
  assert.deepEqual(
    custody.map((c) => c.action),
    ['evidence.stored', 'evidence.read'],
  );
});

test('a stored file altered on disk fails the download and the failure is audited', async () => {
  const { res } = await upload(3 * 1024 * 1024 + 17);
  const view = (await res.json()) as { id: string };
  const path = join(dataDir, 'evidence', `${view.id}.sealed`);
  const bytes = readFileSync(path);
  bytes[bytes.length - 100]! ^= 0xff;
  writeFileSync(path, bytes);
  const download = await fetch(`${base}/api/evidence/${view.id}/content`, {
    headers: { cookie: prosecutor.cookie },
  });
  await assert.rejects(download.arrayBuffer());
  await new Promise((r) => setTimeout(r, 50));
  const failed = await db.database.db
    .selectFrom('audit_events')
    .select('details')
    .where('action', '=', 'evidence.integrity_failed')
    .execute();
  assert.equal(failed.length, 1);
  assert.match(failed[0]!.details, /altered, moved or cut off/);
});

test("a wrong expected hash keeps nothing; other people do not see the case's evidence", async () => {
  const before = readdirSync(join(dataDir, 'evidence')).length;
  const { res } = await upload(100_000, 'filename=x.bin', { 'x-content-sha256': '0'.repeat(64) });
  assert.equal(res.status, 400);
  assert.equal(((await res.json()) as { code: string }).code, 'hash_mismatch');
  assert.equal(readdirSync(join(dataDir, 'evidence')).length, before);
  const list = await node.as(prosecutor, { method: 'GET', url: `/api/cases/${caseId}/evidence` });
  const first = (list.json() as Array<{ id: string }>)[0]!.id;
  const outsider = await node.sessionFor(['prosecutor'], 'elsewhere');
  assert.equal((await node.as(outsider, { method: 'GET', url: `/api/evidence/${first}` })).statusCode, 404);
  assert.equal(
    (await node.as(outsider, { method: 'GET', url: `/api/evidence/${first}/content` })).statusCode,
    404,
  );
});
