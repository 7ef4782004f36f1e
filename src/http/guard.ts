/**
 * Every API route declares either `config.policy` (a policy name from core) or
 * `config.public: true`; the guard runs before body parsing, so an unauthenticated call gets
 * 401 and a forbidden one 403 whatever its body. Cookie-authenticated writes must echo the
 * session's CSRF token in the X-CSRF-Token header.
 */
import { timingSafeEqual } from 'node:crypto';
import '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { allows, isPolicyName, type PolicyName } from '../core/accounts/policies.js';
import { ForbiddenError, UnauthenticatedError } from '../core/errors.js';
import type { AppDeps } from '../app/deps.js';
import { CSRF_HEADER, SESSION_COOKIE } from '../app/accounts/credentials.js';
import { type ResolvedCaller, resolveSession, resolveToken } from '../app/accounts/principal.js';

export interface RouteAccess {
  policy?: PolicyName;
  public?: boolean;
  /** Which route parameter names the user a `users.read`-style policy is about. */
  subjectUserParam?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    caller: ResolvedCaller | null;
  }
  interface FastifyContextConfig extends RouteAccess {}
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Routes a user who must change their password may still call. */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set<PolicyName>(['self.manage']);

/** Every route and the access it declared, for the role-matrix test and the docs. */
export interface DeclaredRoute {
  readonly method: string;
  readonly url: string;
  readonly access: RouteAccess;
  /** The status codes its response schema describes. */
  readonly responses: readonly string[];
  /** Hidden from the OpenAPI document (the document itself, the docs UI). */
  readonly hidden: boolean;
}

const declaredRoutes = new WeakMap<FastifyInstance, DeclaredRoute[]>();

export function declaredRoutesOf(app: FastifyInstance): readonly DeclaredRoute[] {
  return declaredRoutes.get(app) ?? [];
}

export function installGuard(app: FastifyInstance, deps: AppDeps): void {
  app.decorateRequest('caller', null);
  const routes: DeclaredRoute[] = [];
  declaredRoutes.set(app, routes);
  app.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as RouteAccess;
    const schema = (route.schema ?? {}) as { response?: Record<string, unknown>; hide?: boolean };
    const responses = Object.keys(schema.response ?? {});
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD')
        routes.push({
          method,
          url: route.url,
          access: { ...config },
          responses,
          hidden: schema.hide === true,
        });
    }
    const isApi = route.url.startsWith('/api/') || route.url.startsWith('/federation/');
    const isDocs = route.url.startsWith('/api/docs') || route.url === '/api/openapi.json';
    if (isApi && !isDocs && !config.public && !isPolicyName(config.policy)) {
      throw new RouteDeclarationError(`route ${route.method} ${route.url} declares no authorisation policy`);
    }
  });
  app.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    const config = request.routeOptions.config as RouteAccess;
    if (config.public || !config.policy) return;
    const caller = await authenticate(request, deps);
    if (!caller) throw new UnauthenticatedError();
    request.caller = caller;
    if (caller.csrfToken && UNSAFE.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !safeEqual(sent, caller.csrfToken)) {
        throw new ForbiddenError(
          'csrf_token_invalid',
          `cookie-authenticated writes must send the session's CSRF token in ${CSRF_HEADER}`,
        );
      }
    }
    if (caller.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(config.policy)) {
      throw new ForbiddenError(
        'password_change_required',
        'change your one-time password first (POST /api/auth/password)',
      );
    }
    const params = request.params as Record<string, string | undefined>;
    const subject = config.subjectUserParam ? { userId: params[config.subjectUserParam] } : undefined;
    if (!allows(config.policy, caller.principal, subject as { userId?: string })) {
      throw new ForbiddenError(
        'forbidden',
        `your roles (${caller.principal.roles.join(', ') || 'none'}) do not allow ${config.policy}`,
        {
          policy: config.policy,
        },
      );
    }
  });
}

async function authenticate(request: FastifyRequest, deps: AppDeps): Promise<ResolvedCaller | null> {
  const now = deps.clock.now();
  const authorization = request.headers.authorization;
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match)
      throw new UnauthenticatedError('bad_authorization_header', 'use "Authorization: Bearer <token>"');
    const caller = await resolveToken(deps.database, match[1]!, now);
    if (!caller)
      throw new UnauthenticatedError('invalid_token', 'the API token is unknown, revoked or expired');
    return caller;
  }
  const secret = request.cookies?.[SESSION_COOKIE];
  if (!secret) return null;
  return resolveSession(deps.database, secret, now);
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The authenticated principal inside a handler (the guard guarantees it). */
export function callerOf(request: FastifyRequest): ResolvedCaller {
  if (!request.caller) throw new UnauthenticatedError();
  return request.caller;
}

/** A route registered without what every route must declare: a mistake in the code, found at start. */
export class RouteDeclarationError extends Error {
  override readonly name = 'RouteDeclarationError';
}
