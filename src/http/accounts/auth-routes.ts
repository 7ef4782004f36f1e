import { Type } from 'typebox';
import { ApiTokenSchema, UserSchema } from './schemas.js';
import { createApiToken, listApiTokens, revokeApiToken } from '../../app/accounts/api-tokens.js';
import { LoginRateLimiter, login, logout } from '../../app/accounts/login.js';
import { beginTotpEnrolment, confirmTotpEnrolment, disableTotp } from '../../app/accounts/totp-enrolment.js';
import { changeOwnPassword, getUser, setOwnLanguage } from '../../app/accounts/users.js';
import { UN_LANGUAGES } from '../../core/accounts/languages.js';
import { POLICIES, type PolicyName, allows } from '../../core/accounts/policies.js';
import { SESSION_COOKIE } from '../../app/accounts/credentials.js';
import { callerOf } from '../guard.js';
import { contextOf } from '../context.js';
import type { AppDeps } from '../../app/deps.js';
import { type App, errorResponses, IdParams, NoContent, Strict, StringEnum } from '../schemas.js';

const Credentials = Strict({
  username: Type.String({ minLength: 1, maxLength: 64 }),
  password: Type.String({ minLength: 1, maxLength: 256 }),
  totp: Type.Optional(Type.String({ pattern: '^[0-9]{6}$' })),
});

const POLICY_NAMES = Object.keys(POLICIES) as PolicyName[];

export function authRoutes(app: App, deps: AppDeps): void {
  const limiter = new LoginRateLimiter();
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: deps.config.secureCookies,
  };

  app.post(
    '/api/auth/login',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'Log in with username, password and (when enabled) a TOTP code; sets the session cookie',
        body: Credentials,
        response: {
          200: Type.Object({ user: UserSchema, csrfToken: Type.String(), expiresAt: Type.String() }),
          ...errorResponses(429),
        },
      },
    },
    async (request, reply) => {
      const now = deps.clock.now().getTime();
      limiter.check(request.ip, now);
      const body = request.body;
      const result = await login(
        deps.database,
        contextOf(request, deps),
        {
          maxAttempts: deps.config.loginMaxAttempts,
          lockoutMinutes: deps.config.loginLockoutMinutes,
          sessionTtlHours: deps.config.sessionTtlHours,
        },
        body,
      ).catch((error: unknown) => {
        limiter.recordFailure(request.ip, now);
        throw error;
      });
      reply.setCookie(SESSION_COOKIE, result.sessionSecret, {
        ...cookieOptions,
        expires: new Date(result.expiresAt),
      });
      return { user: result.user, csrfToken: result.csrfToken, expiresAt: result.expiresAt };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { policy: 'self.manage' },
      schema: {
        tags: ['auth'],
        summary: 'End this session',
        response: { 204: NoContent, ...errorResponses() },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      if (caller.sessionHash)
        await logout(deps.database, contextOf(request, deps), caller.sessionHash, caller.principal.userId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: { policy: 'self.manage' },
      schema: {
        tags: ['auth'],
        summary: 'The calling user, and the CSRF token to send with cookie-authenticated writes',
        response: {
          200: Type.Object({
            user: UserSchema,
            csrfToken: Type.Union([Type.String(), Type.Null()]),
            permissions: Type.Array(StringEnum(POLICY_NAMES), {
              description:
                'the policies the caller holds, so a client offers only what the node would allow (the node still checks every call)',
            }),
          }),
          ...errorResponses(),
        },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      return {
        user: await getUser(deps.database, caller.principal.userId),
        csrfToken: caller.csrfToken,
        permissions: POLICY_NAMES.filter((name) => allows(name, caller.principal)),
      };
    },
  );

  app.put(
    '/api/auth/language',
    {
      config: { policy: 'self.manage' },
      schema: {
        tags: ['auth'],
        summary:
          'Choose the language of your console (one of the six UN languages); it follows you to every device',
        body: Strict({ language: StringEnum(UN_LANGUAGES) }),
        response: { 200: UserSchema, ...errorResponses() },
      },
    },
    async (request) =>
      setOwnLanguage(
        deps.database,
        contextOf(request, deps),
        callerOf(request).principal.userId,
        request.body.language,
      ),
  );

  app.post(
    '/api/auth/password',
    {
      config: { policy: 'self.manage' },
      schema: {
        tags: ['auth'],
        summary: 'Change your own password (required after a one-time password)',
        body: Strict({
          currentPassword: Type.String({ minLength: 1, maxLength: 256 }),
          newPassword: Type.String({ minLength: 1, maxLength: 256 }),
        }),
        response: { 204: NoContent, ...errorResponses() },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const body = request.body;
      await changeOwnPassword(
        deps.database,
        contextOf(request, deps),
        caller.principal.userId,
        body.currentPassword,
        body.newPassword,
        caller.sessionHash,
        deps.passwordCost,
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/totp/setup',
    {
      config: { policy: 'self.manage' },
      schema: {
        tags: ['auth'],
        summary: 'Start second-factor enrolment: returns the secret and otpauth URI',
        response: { 200: Type.Object({ secret: Type.String(), uri: Type.String() }), ...errorResponses(409) },
      },
    },
    async (request) =>
      beginTotpEnrolment(deps.database, contextOf(request, deps), callerOf(request).principal.userId),
  );

  app.post(
    '/api/auth/totp/enable',
    {
      config: { policy: 'self.manage' },
      schema: {
        tags: ['auth'],
        summary: 'Confirm enrolment with a current code',
        body: Strict({ code: Type.String({ pattern: '^[0-9]{6}$' }) }),
        response: { 204: NoContent, ...errorResponses(409) },
      },
    },
    async (request, reply) => {
      await confirmTotpEnrolment(
        deps.database,
        contextOf(request, deps),
        callerOf(request).principal.userId,
        request.body.code,
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/totp/disable',
    {
      config: { policy: 'self.manage' },
      schema: {
        tags: ['auth'],
        summary: 'Turn the second factor off (needs the password)',
        body: Strict({ password: Type.String({ minLength: 1, maxLength: 256 }) }),
        response: { 204: NoContent, ...errorResponses() },
      },
    },
    async (request, reply) => {
      await disableTotp(
        deps.database,
        contextOf(request, deps),
        callerOf(request).principal.userId,
        request.body.password,
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/tokens',
    {
      config: { policy: 'self.tokens' },
      schema: {
        tags: ['auth'],
        summary: 'Your API tokens (never the secrets)',
        response: { 200: Type.Array(ApiTokenSchema), ...errorResponses() },
      },
    },
    async (request) => listApiTokens(deps.database, callerOf(request).principal.userId),
  );

  app.post(
    '/api/auth/tokens',
    {
      config: { policy: 'self.tokens' },
      schema: {
        tags: ['auth'],
        summary: 'Create a personal API token; the token is shown in this response only',
        body: Strict({
          name: Type.String({ minLength: 1, maxLength: 100 }),
          expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
        }),
        response: {
          201: Type.Object({ token: Type.String(), apiToken: ApiTokenSchema }),
          ...errorResponses(),
        },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const { token, view } = await createApiToken(
        deps.database,
        contextOf(request, deps),
        callerOf(request).principal.userId,
        body,
      );
      return reply.status(201).send({ token, apiToken: view });
    },
  );

  app.delete(
    '/api/auth/tokens/:id',
    {
      config: { policy: 'self.tokens' },
      schema: {
        tags: ['auth'],
        summary: 'Revoke one of your API tokens',
        params: IdParams,
        response: { 200: ApiTokenSchema, ...errorResponses(404) },
      },
    },
    async (request) =>
      revokeApiToken(
        deps.database,
        contextOf(request, deps),
        callerOf(request).principal.userId,
        request.params.id,
      ),
  );
}
