/**
 * The console's only way to the node: the HTTP API, through a client typed from the OpenAPI
 * document (schema.d.ts, generated). Same origin, the session cookie, and the CSRF token echoed
 * on every write. A problem+json answer becomes an ApiProblem naming its fields; a 401 on any
 * call but the login tells the shell the session expired, so it can ask the person to sign in
 * again over what they were doing, without losing it.
 */
import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

/** An RFC 9457 problem from the node. */
export class ApiProblem extends Error {
  override readonly name = 'ApiProblem';
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly errors: readonly FieldIssue[] = [],
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(detail);
  }
}

/** The node could not be reached (the connection was lost): nothing was changed, retry. */
export class ConnectionLost extends Error {
  override readonly name = 'ConnectionLost';
}

let csrfToken: string | null = null;
const expiredListeners = new Set<() => void>();

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The token for writes made outside the typed client (the raw chunk uploads). */
export function currentCsrfToken(): string {
  return csrfToken ?? '';
}

export function onSessionExpired(listener: () => void): () => void {
  expiredListeners.add(listener);
  return () => expiredListeners.delete(listener);
}

export const api = createClient<paths>({ baseUrl: globalThis.location?.origin ?? '' });

api.use({
  onRequest({ request }) {
    if (csrfToken && request.method !== 'GET') request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
});

/** What a problem body looks like on the wire. */
interface ProblemBody {
  code?: string;
  detail?: string;
  errors?: FieldIssue[];
  details?: Record<string, unknown>;
}

/**
 * Awaits a call and returns its data, or throws an ApiProblem (with the fields it names) or a
 * ConnectionLost. `login: true` keeps a 401 from announcing an expired session.
 */
export async function call<T>(
  pending: Promise<{ data?: T; error?: unknown; response: Response }>,
  options: { login?: boolean } = {},
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await pending;
  } catch (error) {
    throw new ConnectionLost((error as Error).message);
  }
  const { data, error, response } = result;
  if (response.ok) return data as T;
  const body = (error ?? {}) as ProblemBody;
  if (response.status === 401 && !options.login) for (const listener of expiredListeners) listener();
  throw new ApiProblem(
    response.status,
    body.code ?? 'http_error',
    body.detail ?? response.statusText,
    body.errors ?? [],
    body.details ?? {},
  );
}

/** The problems naming one field (`/body/reasons` and `/reasons` both name `reasons`). */
export function issuesFor(problem: unknown, field: string): FieldIssue[] {
  if (!(problem instanceof ApiProblem)) return [];
  return problem.errors.filter((e) => {
    const parts = e.path.split('/').filter(Boolean);
    return parts.at(-1) === field || parts.slice(-2).join('.') === field;
  });
}
