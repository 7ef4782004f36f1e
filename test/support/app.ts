/**
 * A node's HTTP app on a fresh database, driven through `app.inject()`, with helpers to create
 * users of any role and call the API as them (session cookie + CSRF, or bearer token).
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Role } from '../../src/core/accounts/roles.js';
import { ManualClock } from '../../src/core/clock.js';
import { SYSTEM_ACTOR } from '../../src/core/context.js';
import type { Database } from '../../src/storage/database.js';
import { createUser } from '../../src/app/accounts/users.js';
import { loadConfig } from '../../src/app/config/config.js';
import type { AppDeps } from '../../src/app/deps.js';
import { openNode } from '../../src/node/open-node.js';

export const TEST_PASSWORD_COST = { log2N: 10, r: 8, p: 1 };

export interface Session {
  cookie: string;
  csrfToken: string;
  userId: string;
}

export interface TestApp {
  app: FastifyInstance;
  deps: AppDeps;
  clock: ManualClock;
  /** Creates a user with the given roles and a known password, logs in, returns the session. */
  sessionFor(roles: Role[], username?: string, authorityId?: string): Promise<Session>;
  /** Calls the API as that session (CSRF header added to writes). */
  as(session: Session | null, options: InjectOptions): Promise<LightMyRequestResponse>;
}

let counter = 0;

export async function createTestApp(database: Database, env: Record<string, string> = {}): Promise<TestApp> {
  const clock = new ManualClock('2026-05-04T08:00:00.000Z');
  const config = loadConfig({ COMITY_DATA_DIR: '/nonexistent', COMITY_LOG_LEVEL: 'silent', ...env });
  const node = await openNode({
    config,
    database,
    clock,
    federation: 'off',
    passwordCost: TEST_PASSWORD_COST,
    logger: false,
    checkResponses: true,
  });
  const { http: app, deps } = node;
  const password = 'a long test password 42';
  return {
    app,
    deps,
    clock,
    async sessionFor(roles, username, authorityId) {
      const name = username ?? `${roles.join('-').replaceAll('_', '-')}-${++counter}`;
      const { user } = await createUser(
        database,
        { actor: SYSTEM_ACTOR, requestId: null, clock },
        { username: name, roles, password, authorityId: authorityId ?? null },
        TEST_PASSWORD_COST,
      );
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: name, password },
      });
      if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'comity_session');
      return {
        cookie: `comity_session=${cookie!.value}`,
        csrfToken: (res.json() as { csrfToken: string }).csrfToken,
        userId: user.id,
      };
    },
    async as(session, options) {
      const headers: Record<string, string> = { ...(options.headers as Record<string, string>) };
      if (session) {
        headers.cookie = session.cookie;
        if (options.method && options.method !== 'GET') headers['x-csrf-token'] = session.csrfToken;
      }
      return app.inject({ ...options, headers });
    },
  };
}
