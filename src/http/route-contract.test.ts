/**
 * The HTTP API describes itself completely: every route has a schema for its success answer
 * (so the OpenAPI document can type a client), and no route module casts what a request
 * carries (bodies, parameters and queries are typed from their schemas).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createTestApp } from '../../test/support/app.js';
import { openDatabase } from '../storage/database.js';
import { kindOf } from '../core/error-codes.js';
import { type InboxRejection, statusOf } from '../federation/transport/batch.js';
import { STATUS } from './errors.js';
import { declaredRoutesOf } from './guard.js';

async function app() {
  const database = await openDatabase({ url: ':memory:' });
  await database.migrate();
  return { ...(await createTestApp(database)), database };
}

test('every API and federation route declares the schema of its success answer', async () => {
  const { app: http, database } = await app();
  const routes = declaredRoutesOf(http).filter((r) => !r.hidden);
  assert.ok(routes.length > 90, `only ${routes.length} routes`);
  const missing = routes.filter((r) => !r.responses.some((code) => /^2\d\d$/.test(code)));
  assert.deepEqual(
    missing.map((r) => `${r.method} ${r.url}`),
    [],
  );
  await http.close();
  await database.close();
});

test('the OpenAPI document gives every operation a success response with a schema', async () => {
  const { app: http, database } = await app();
  const document = (await http.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
    paths: Record<
      string,
      Record<string, { responses?: Record<string, { content?: Record<string, unknown> }> }>
    >;
  };
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );
  assert.ok(operations.length > 90);
  const undescribed = operations.filter(({ op }) => {
    const success = Object.entries(op.responses ?? {}).filter(([code]) => /^2\d\d$/.test(code));
    // A 204 has no body to describe; every other success answer names its content.
    return success.length === 0 || success.some(([code, r]) => code !== '204' && !r.content);
  });
  assert.deepEqual(
    undescribed.map(({ method, path }) => `${method.toUpperCase()} ${path}`),
    [],
  );
  await http.close();
  await database.close();
});

function routeModules(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return routeModules(path);
    return /routes\.ts$/.test(name) ? [path] : [];
  });
}

test('no route module casts a request body, parameters or query', () => {
  const casts = routeModules(import.meta.dirname).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) =>
        /request\.(body|params|query|headers)\)?\s+as\s/.test(line)
          ? [`${file}:${i + 1}: ${line.trim()}`]
          : [],
      ),
  );
  assert.ok(routeModules(import.meta.dirname).length >= 15);
  assert.deepEqual(casts, []);
});

test('the inbox refuses with the status its codes have in the error catalogue', () => {
  const reasons: InboxRejection[] = [
    'unknown_peer',
    'bad_signature',
    'expired',
    'replayed',
    'not_for_us',
    'malformed',
    'too_large',
    'peer_rate_limited',
  ];
  for (const reason of reasons) assert.equal(statusOf(reason), STATUS[kindOf(reason)], reason);
});
