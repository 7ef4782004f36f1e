/**
 * Builds the HTTP face of a node from the application's dependencies, without listening: the
 * composition root (src/node) binds it to a port, and tests drive it with `inject()`. Handlers
 * stay thin: validate (schema) → authorise (guard) → command → present.
 */
import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { Ajv, type Options as AjvOptions } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyServerOptions } from 'fastify';
import type { App } from './schemas.js';
import { installGuard } from './guard.js';
import { installJsonBodyParser } from './json-body.js';
import type { AppDeps } from '../app/deps.js';
import { errorHandler, problemFor, sendProblem } from './errors.js';
import { auditRoutes } from './audit/routes.js';
import { authRoutes } from './accounts/auth-routes.js';
import { federationRoutes } from './federation/routes.js';
import { caseRoutes } from './cases/routes.js';
import { evidenceRoutes } from './evidence/routes.js';
import { evidenceTransferRoutes } from './evidence/transfer-routes.js';
import { incidentRoutes } from './sharing/incident-routes.js';
import { observableRoutes } from './sharing/observable-routes.js';
import { stixRoutes } from './sharing/stix-routes.js';
import { notificationRoutes } from './notifications/routes.js';
import { requestRoutes } from './requests/routes.js';
import { requestStatusQueryRoutes } from './requests/status-query-routes.js';
import { healthRoutes } from './health-routes.js';
import { legalRoutes } from './legal/routes.js';
import { liveRoutes } from './live/routes.js';
import { uploadRoutes } from './evidence/upload-routes.js';
import { nodeRoutes } from './register/node-routes.js';
import { registerRoutes } from './register/routes.js';
import { userRoutes } from './accounts/user-routes.js';
import { DEFAULT_CONSOLE_DIR } from './console/bundle.js';
import { consoleFallback, consoleRoutes } from './console/routes.js';
import { taxiiConsoleRoutes } from './taxii/console-routes.js';
import { taxiiSubscriptionRoutes } from './taxii/subscription-routes.js';
import { taxiiRoutes } from './taxii/routes.js';
import { alertRoutes } from './alerts/routes.js';
import { mispConsoleRoutes } from './misp/console-routes.js';
import { mispRoutes } from './misp/routes.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

export const API_VERSION = '0.1.0';

export interface BuildOptions {
  /** A pino logger configuration, or false for silence (tests). */
  readonly logger?: FastifyServerOptions['logger'];
  /**
   * Tests: fail a response whose schema would drop or change a field of what the handler
   * returned, so a response schema can never silently hide data from a client.
   */
  readonly checkResponses?: boolean;
}

function makeAjv(options: AjvOptions): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, useDefaults: true, ...options });
  addFormats(ajv);
  return ajv;
}

/** A request id from the caller is kept when it is short and plain; otherwise a new one. */
function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && /^[A-Za-z0-9._:-]{1,64}$/.test(header) ? header : randomUUID();
}

export async function buildHttpServer(deps: AppDeps, options: BuildOptions = {}): Promise<App> {
  const registry = deps.registry;
  const app: App = Fastify({
    logger: options.logger ?? { level: deps.config.logLevel },
    bodyLimit: deps.config.bodyLimitBytes,
    trustProxy: deps.config.trustProxy,
    genReqId: (req) => requestIdFrom(req.headers['x-request-id']),
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    routerOptions: { maxParamLength: 200 },
  }).withTypeProvider<TypeBoxTypeProvider>();
  if (options.checkResponses) checkResponsesAgainstSchemas(app);

  // Bodies: no type coercion and no silent removal of unknown fields, so a wrong type or an
  // unknown field is an error naming it. Query strings are text, so they are coerced.
  const strictAjv = makeAjv({ coerceTypes: false, removeAdditional: false });
  const queryAjv = makeAjv({ coerceTypes: true, removeAdditional: false });
  app.setValidatorCompiler(({ schema, httpPart }) =>
    httpPart === 'body' ? strictAjv.compile(schema) : queryAjv.compile(schema),
  );

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('cross-origin-resource-policy', 'same-origin');
    if (!request.url.startsWith('/api/docs') && !reply.hasHeader('content-security-policy')) {
      reply.header('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
    }
    if (deps.config.secureCookies)
      reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control'))
      reply.header('cache-control', 'no-store');
    return payload;
  });

  installJsonBodyParser(app);
  app.setErrorHandler(errorHandler);
  const consoleDir = deps.config.consoleDir ?? DEFAULT_CONSOLE_DIR;
  app.setNotFoundHandler((request, reply) => {
    if (consoleFallback(request, reply, consoleDir)) return;
    sendProblem(
      reply,
      problemFor(404, 'route_not_found', `no route ${request.method} ${request.url.split('?')[0]}`, request),
    );
  });

  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Comity node API',
        version: API_VERSION,
        description:
          'REST API of a Comity node: cooperation under the UN Convention against Cybercrime. Errors are RFC 9457 problem+json with a stable `code`.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'comity_session' },
          token: { type: 'http', scheme: 'bearer', description: 'Personal API token (cmty_…)' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  installGuard(app, deps);

  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  healthRoutes(app, deps);
  authRoutes(app, deps);
  userRoutes(app, deps);
  nodeRoutes(app, deps);
  registerRoutes(app, deps);
  auditRoutes(app, deps);
  federationRoutes(app, deps);
  caseRoutes(app, deps);
  requestRoutes(app, deps, registry);
  legalRoutes(app, deps);
  liveRoutes(app, deps);
  requestStatusQueryRoutes(app, deps, registry);
  notificationRoutes(app, deps);
  evidenceRoutes(app, deps);
  uploadRoutes(app, deps);
  incidentRoutes(app, deps);
  stixRoutes(app, deps);
  observableRoutes(app, deps);
  evidenceTransferRoutes(app, deps, registry);
  taxiiConsoleRoutes(app, deps);
  taxiiSubscriptionRoutes(app, deps);
  taxiiRoutes(app, deps);
  alertRoutes(app, deps);
  mispConsoleRoutes(app, deps);
  mispRoutes(app, deps);
  consoleRoutes(app, consoleDir);

  await app.ready();
  return app;
}

const unserialized = new WeakMap<object, string>();

/**
 * Compares each JSON response as serialized by its schema with the handler's value: a field the
 * schema does not declare would otherwise vanish from the answer without a trace.
 */
function checkResponsesAgainstSchemas(app: App): void {
  app.addHook('preSerialization', async (request, _reply, payload) => {
    if (payload !== null && typeof payload === 'object') unserialized.set(request, JSON.stringify(payload));
    return payload;
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const expected = unserialized.get(request);
    if (expected === undefined || typeof payload !== 'string' || reply.statusCode >= 400) return payload;
    if (!sameJson(JSON.parse(expected), JSON.parse(payload))) {
      if (process.env['COMITY_DEBUG_RESPONSES'])
        process.stderr.write(
          `MISMATCH ${request.method} ${request.routeOptions.url}\n${expected.slice(0, 600)}\n${payload.slice(0, 600)}\n`,
        );
      throw new ResponseSchemaMismatch(
        `${request.method} ${request.routeOptions.url}: the response schema changes the answer: ${expected.slice(0, 400)} became ${payload.slice(0, 400)}`,
      );
    }
    return payload;
  });
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** A response schema that drops or alters a field the handler returned (tests only). */
class ResponseSchemaMismatch extends Error {
  override readonly name = 'ResponseSchemaMismatch';
}
