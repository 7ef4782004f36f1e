/**
 * A logged-in user of a test node, calling its API in process (session cookie + CSRF token).
 * Tests move the shared clock by days or months; a session that expired meanwhile logs in
 * again on the 401 and the call is repeated once.
 */
import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import type { NetworkNode } from './network.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type SessionCall = (
  method: Method,
  url: string,
  payload?: unknown,
  headers?: Record<string, string>,
) => Promise<LightMyRequestResponse>;

export interface Session {
  readonly call: SessionCall;
  /** The current session cookie (`comity_session=…`), for raw requests such as downloads. */
  cookie(): string;
}

export async function logIn(
  node: Pick<NetworkNode, 'app'>,
  username: string,
  password: string,
): Promise<Session> {
  let headers: Record<string, string> = {};
  const login = async () => {
    const res = await node.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password },
    });
    assert.equal(res.statusCode, 200, res.body);
    const cookie = res.cookies.find((c) => c.name === 'comity_session')!;
    headers = {
      cookie: `comity_session=${cookie.value}`,
      'x-csrf-token': (res.json() as { csrfToken: string }).csrfToken,
    };
  };
  await login();
  const send: SessionCall = (method, url, payload, extra = {}) =>
    node.app.inject({
      method,
      url,
      headers: { ...headers, ...extra },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
  return {
    async call(method, url, payload, extra) {
      const res = await send(method, url, payload, extra);
      if (res.statusCode !== 401) return res;
      await login();
      return send(method, url, payload, extra);
    },
    cookie: () => headers.cookie!,
  };
}
