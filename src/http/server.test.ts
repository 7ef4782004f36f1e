import assert from 'node:assert/strict';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { createTestApp } from '../../test/support/app.js';
import { createTestDatabase } from '../../test/support/databases.js';

test('health, readiness, OpenAPI 3.1 and browsable docs', async () => {
  const db = await createTestDatabase('sqlite');
  const node = await createTestApp(db.database);
  try {
    assert.deepEqual((await node.app.inject({ url: '/healthz' })).json(), { status: 'ok' });
    assert.deepEqual((await node.app.inject({ url: '/readyz' })).json(), {
      status: 'ready',
      database: 'sqlite',
    });
    const doc = (await node.app.inject({ url: '/api/openapi.json' })).json() as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    assert.equal(doc.openapi, '3.1.0');
    for (const path of ['/api/users', '/api/register/states', '/api/audit/verify', '/api/auth/login'])
      assert.ok(doc.paths[path], path);
    const docs = await node.app.inject({ url: '/api/docs' });
    assert.equal(docs.statusCode, 200);
    assert.match(docs.body, /swagger/i);
  } finally {
    await node.app.close();
    await db.dispose();
  }
});

test('security headers and request ids on every response', async () => {
  const db = await createTestDatabase('sqlite');
  const node = await createTestApp(db.database);
  try {
    const res = await node.app.inject({ url: '/api/users', headers: { 'x-request-id': 'trace-123' } });
    assert.equal(res.headers['x-request-id'], 'trace-123');
    assert.equal(res.json().requestId, 'trace-123');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(res.headers['x-frame-options'], 'DENY');
    assert.match(String(res.headers['content-security-policy']), /default-src 'none'/);
    assert.equal(res.headers['cache-control'], 'no-store');
    const hostile = await node.app.inject({ url: '/healthz', headers: { 'x-request-id': 'x'.repeat(500) } });
    assert.notEqual(hostile.headers['x-request-id'], 'x'.repeat(500), 'overlong ids are replaced');
  } finally {
    await node.app.close();
    await db.dispose();
  }
});

test('an unexpected failure is a generic 500 that leaks nothing', async () => {
  const db = await createTestDatabase('sqlite');
  const node = await createTestApp(db.database);
  const admin = await node.sessionFor(['admin']);
  // Pull the database out from under the running app: the next query fails inside the driver.
  await db.database.close();
  const res = await node.as(admin, { method: 'GET', url: '/api/users' });
  assert.equal(res.statusCode, 500);
  const body = res.json() as { code: string; detail: string };
  assert.equal(body.code, 'internal_error');
  assert.doesNotMatch(res.body, /sqlite|kysely|stack|\.ts:|driver/i);
  assert.match(body.detail, /request id/);
  await node.app.close();
});

test('graceful shutdown lets an in-flight request finish', async () => {
  const db = await createTestDatabase('sqlite');
  const node = await createTestApp(db.database);
  await node.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = node.app.server.address() as AddressInfo;
  const body = JSON.stringify({ username: 'nobody', password: 'some password' });
  // Send the headers now and the body only after shutdown has begun: the request is certainly
  // in flight when close() starts, and cannot finish before it.
  const req = request({
    port,
    host: '127.0.0.1',
    method: 'POST',
    path: '/api/auth/login',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
  });
  const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
  });
  req.flushHeaders();
  await new Promise((r) => setTimeout(r, 100));
  const closing = node.app.close();
  await new Promise((r) => setTimeout(r, 20));
  req.end(body);
  const res = await response;
  await closing;
  assert.equal(res.status, 401, `the request completed with its real answer: ${res.text}`);
  await db.dispose();
});
