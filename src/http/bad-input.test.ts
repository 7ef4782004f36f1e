/**
 * Bad input gets a 4xx problem+json naming the field, and changes nothing: every table's row
 * count and the audit chain's head are the same before and after.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTestApp, type Session, type TestApp } from '../../test/support/app.js';
import { forEachDialect } from '../../test/support/databases.js';
import { readAuditHead } from '../storage/audit/audit-log.js';
import type { Database } from '../storage/database.js';

const TABLES = [
  'users',
  'sessions',
  'api_tokens',
  'states',
  'authorities',
  'contacts',
  'node_settings',
  'audit_events',
] as const;

async function snapshot(database: Database) {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await database.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return { counts, head: await readAuditHead(database) };
}

interface Case {
  name: string;
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'GET';
  url: string | ((ids: { authorityId: string; userId: string }) => string);
  payload?: unknown;
  rawBody?: string | Buffer;
  contentType?: string;
  status: number;
  code: string;
  field?: string;
  detail?: RegExp;
}

const CASES: Case[] = [
  {
    name: 'malformed JSON',
    method: 'POST',
    url: '/api/register/states',
    rawBody: '{"code": "XB", "name": ',
    status: 400,
    code: 'malformed_body',
  },
  {
    // A client set to Latin-1 sends "é" as one byte: decoding would store U+FFFD and answer 201.
    name: 'a body that is not UTF-8',
    method: 'POST',
    url: '/api/register/states',
    rawBody: Buffer.from('{"code": "XB", "name": "R\xe9publique"}', 'latin1'),
    status: 400,
    code: 'malformed_body',
    detail: /not valid UTF-8: the bytes at offset 25 \(E9 70 75 62\)/,
  },
  {
    name: 'not JSON at all',
    method: 'POST',
    url: '/api/users',
    rawBody: 'username=x',
    contentType: 'application/x-www-form-urlencoded',
    status: 415,
    code: 'unsupported_media_type',
  },
  {
    name: 'missing required field',
    method: 'POST',
    url: '/api/register/states',
    payload: { code: 'XB' },
    status: 400,
    code: 'validation_failed',
    field: '/body/name',
  },
  {
    name: 'wrong type',
    method: 'POST',
    url: '/api/register/states',
    payload: { code: 'XB', name: 42 },
    status: 400,
    code: 'validation_failed',
    field: '/body/name',
  },
  {
    name: 'number as string is not coerced',
    method: 'POST',
    url: '/api/auth/tokens',
    payload: { name: 't', expiresInDays: '30' },
    status: 400,
    code: 'validation_failed',
    field: '/body/expiresInDays',
  },
  {
    name: 'unknown enum value',
    method: 'POST',
    url: '/api/users',
    payload: { username: 'newbie', roles: ['superuser'] },
    status: 400,
    code: 'validation_failed',
    field: '/body/roles/0',
  },
  {
    name: 'unknown regime',
    method: 'POST',
    url: '/api/register/states',
    payload: { code: 'XB', name: 'Xb', regimes: ['made-up'] },
    status: 400,
    code: 'validation_failed',
    field: '/body/regimes/0',
  },
  {
    name: 'unknown field',
    method: 'POST',
    url: '/api/register/states',
    payload: { code: 'XB', name: 'Xb', capital: 'X' },
    status: 400,
    code: 'validation_failed',
    field: '/body/capital',
  },
  {
    name: 'bad State code',
    method: 'POST',
    url: '/api/register/states',
    payload: { code: 'xb1', name: 'Xb' },
    status: 400,
    code: 'validation_failed',
    field: '/body/code',
  },
  {
    name: 'bad e-mail',
    method: 'POST',
    url: '/api/users',
    payload: { username: 'newbie', roles: ['analyst'], email: 'not-an-email' },
    status: 400,
    code: 'validation_failed',
    field: '/body/email',
  },
  {
    name: 'bad time zone',
    method: 'POST',
    url: '/api/register/states/XA/authorities',
    payload: { type: 'cert', name: 'CERT', timezone: 'Mars/Olympus' },
    status: 400,
    code: 'validation_failed',
    field: '/body/timezone',
  },
  {
    name: 'unknown authority for a user',
    method: 'POST',
    url: '/api/users',
    payload: { username: 'newbie', roles: ['analyst'], authorityId: 'nope' },
    status: 400,
    code: 'unknown_authority',
    field: '/body/authorityId',
  },
  {
    name: 'bad id in the path',
    method: 'GET',
    url: '/api/users/bad%20id!',
    status: 400,
    code: 'validation_failed',
    field: '/params/id',
  },
  {
    name: 'id that does not exist',
    method: 'PATCH',
    url: '/api/users/does-not-exist',
    payload: { displayName: 'x' },
    status: 404,
    code: 'user_not_found',
  },
  {
    name: 'duplicate State',
    method: 'POST',
    url: '/api/register/states',
    payload: { code: 'XA', name: 'again' },
    status: 409,
    code: 'state_exists',
  },
  {
    name: 'duplicate username',
    method: 'POST',
    url: '/api/users',
    payload: { username: 'existing', roles: ['analyst'] },
    status: 409,
    code: 'username_taken',
  },
  {
    name: 'empty patch',
    method: 'PATCH',
    url: '/api/register/states/XA',
    payload: {},
    status: 400,
    code: 'validation_failed',
  },
  {
    name: 'authority of another State as node identity',
    method: 'PUT',
    url: '/api/node/identity',
    payload: { stateCode: 'XZ', authorityId: 'will-be-replaced' },
    status: 404,
    code: 'authority_not_found',
  },
  {
    name: 'delete a State that still has authorities',
    method: 'DELETE',
    url: '/api/register/states/XA',
    status: 409,
    code: 'state_has_authorities',
  },
  {
    name: 'bad query parameter',
    method: 'GET',
    url: '/api/audit?limit=100000',
    status: 400,
    code: 'validation_failed',
    field: '/querystring/limit',
  },
  {
    name: 'oversized payload',
    method: 'POST',
    url: '/api/register/states',
    payload: { code: 'XB', name: 'x'.repeat(2_000_000) },
    status: 413,
    code: 'payload_too_large',
  },
];

forEachDialect('bad input changes nothing', (t) => {
  let node: TestApp;
  let admin: Session;
  const ids = { authorityId: '', userId: '' };

  test('setup', async () => {
    node = await createTestApp(t.database);
    admin = await node.sessionFor(['admin']);
    await node.sessionFor(['analyst'], 'existing');
    assert.equal(
      (
        await node.as(admin, {
          method: 'POST',
          url: '/api/register/states',
          payload: { code: 'XA', name: 'Xa' },
        })
      ).statusCode,
      201,
    );
    const authority = await node.as(admin, {
      method: 'POST',
      url: '/api/register/states/XA/authorities',
      payload: { type: 'poc_24_7', name: '24/7', timezone: 'Europe/Vienna' },
    });
    ids.authorityId = authority.json().id;
  });

  for (const c of CASES) {
    test(`${c.name} → ${c.status} ${c.code}`, async () => {
      const before = await snapshot(t.database);
      const url = typeof c.url === 'function' ? c.url(ids) : c.url;
      const res = await node.as(admin, {
        method: c.method,
        url,
        ...(c.rawBody !== undefined
          ? { body: c.rawBody, headers: { 'content-type': c.contentType ?? 'application/json' } }
          : c.payload !== undefined
            ? { payload: c.payload as Record<string, unknown> }
            : {}),
      });
      assert.equal(res.statusCode, c.status, res.body);
      assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
      const problem = res.json() as {
        code: string;
        type: string;
        errors?: Array<{ path: string }>;
        detail: string;
      };
      assert.equal(problem.code, c.code);
      assert.equal(problem.type, `urn:comity:problem:${c.code}`);
      if (c.detail) assert.match(problem.detail, c.detail);
      if (c.field)
        assert.ok(
          problem.errors?.some((e) => e.path === c.field),
          `expected ${c.field} in ${JSON.stringify(problem.errors)}`,
        );
      assert.deepEqual(await snapshot(t.database), before);
    });
  }

  test('teardown', async () => {
    await node.app.close();
  });
});
