/**
 * The MISP-compatible API at `/misp/` (docs/MISP.md): the routes PyMISP and MISP's own tools
 * call most, with the JSON shapes they expect, so a CERT's scripts talk to Comity without a
 * plugin. The MISP `Authorization: <key>` header carries a Comity API token (`Bearer <key>`
 * works too). Every read passes the caller's marking decision, every write goes through the
 * lenient import with its audit. A scope of its own, as TAXII's: its own body limit, and
 * errors in MISP's shape (`name`, `message`, `url`) with Comity's stable code beside them.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { allows, type PolicyName } from '../../core/accounts/policies.js';
import { DomainError, ForbiddenError, NotFoundError, UnauthenticatedError } from '../../core/errors.js';
import { describeInvalidUtf8, firstInvalidUtf8 } from '../../core/text/utf8.js';
import type { AppDeps } from '../../app/deps.js';
import { type ResolvedCaller, resolveToken } from '../../app/accounts/principal.js';
import { addAttributes, addEvent, deleteEvent, editEvent } from '../../app/misp/change-event.js';
import {
  eventOf,
  indexEntry,
  manifestEntry,
  requireEvent,
  type Sieve,
  viewerSieve,
  visibleReports,
} from '../../app/misp/events.js';
import { nodeOrganisation } from '../../app/misp/organisation.js';
import { searchAttributes, searchEvents } from '../../app/misp/search.js';
import { addTag, tagIndex } from '../../app/misp/tags.js';
import { md5, valuesOf } from '../../app/misp/write-feed.js';
import { sharingDepsOf } from '../../app/sharing/deps.js';
import { viewerFor } from '../../app/sharing/viewer.js';
import { mispNumber, tagNumber } from '../../interop/misp/misp-shape.js';
import { parseMispSearch } from '../../interop/misp/search-query.js';
import { STATUS } from '../errors.js';
import { contextOf } from '../context.js';
import { typed } from '../schemas.js';

export const MISP_PREFIX = '/misp';

/** The MISP API version whose shapes these routes follow. */
export const MISP_API_VERSION = '2.4.190';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Routes of the MISP scope: authenticated there, by the MISP key header. */
    misp?: PolicyName;
  }
}

export function mispRoutes(app: FastifyInstance, deps: AppDeps): void {
  const sharing = sharingDepsOf(deps);
  app.register(
    async (scope) => {
      const api = typed(scope);
      scope.setErrorHandler((error, request, reply) => sendMispError(request, reply, error));
      scope.setNotFoundHandler((request, reply) =>
        sendMispError(
          request,
          reply,
          new DomainError('route_not_found', `no MISP route at ${request.url.split('?')[0]}`),
        ),
      );
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser(
        '*',
        { parseAs: 'buffer', bodyLimit: deps.config.mispMaxContentLength },
        (_request, body, done) => done(null, body),
      );
      scope.addHook('onRequest', async (request) => {
        const policy = request.routeOptions.config.misp;
        if (!policy) return;
        const caller = await authenticate(request);
        if (caller.mustChangePassword)
          throw new ForbiddenError(
            'password_change_required',
            'change your one-time password in the console first',
          );
        if (!allows(policy, caller.principal))
          throw new ForbiddenError(
            'forbidden',
            `your roles (${caller.principal.roles.join(', ') || 'none'}) do not allow ${policy}`,
          );
        request.caller = caller;
      });

      async function authenticate(request: FastifyRequest): Promise<ResolvedCaller> {
        const header = request.headers.authorization?.trim();
        if (!header)
          throw new UnauthenticatedError('unauthenticated', 'send your API key in the Authorization header');
        const key = /^Bearer\s+(\S+)$/i.exec(header)?.[1] ?? header;
        const caller = await resolveToken(deps.database, key, deps.clock.now());
        if (!caller)
          throw new UnauthenticatedError('invalid_token', 'the API key is unknown, revoked or expired');
        return caller;
      }
      const principalOf = (request: FastifyRequest) => {
        if (!request.caller) throw new UnauthenticatedError();
        return request.caller.principal;
      };
      const sieveOf = async (request: FastifyRequest): Promise<Sieve> =>
        viewerSieve(deps.database, await viewerFor(sharing, principalOf(request)));
      const json = (request: FastifyRequest): Record<string, unknown> => {
        const body = request.body;
        if (!Buffer.isBuffer(body) || body.length === 0) return {};
        const bad = firstInvalidUtf8(body);
        if (bad >= 0) throw new DomainError('malformed_body', describeInvalidUtf8(body, bad));
        let value: unknown;
        try {
          value = JSON.parse(body.toString('utf8'));
        } catch (error) {
          throw new DomainError('malformed_body', `the body is not JSON: ${(error as Error).message}`);
        }
        if (value === null || typeof value !== 'object')
          throw new DomainError('malformed_body', 'the body must be a JSON object or list');
        return value as Record<string, unknown>;
      };
      const queryOf = (request: FastifyRequest) =>
        Object.fromEntries(new URL(request.url, 'http://x').searchParams.entries());
      const read = { misp: 'stix.read' as const };
      const write = { misp: 'stix.write' as const };
      const schema = { hide: true };
      const withId = { hide: true, params: Type.Object({ id: Type.String({ maxLength: 200 }) }) };
      const org = () => nodeOrganisation(sharing);
      const viewed = async (request: FastifyRequest, id: string) => {
        const held = await requireEvent(deps.database, await sieveOf(request), id, await org());
        return { Event: held.event };
      };

      for (const path of ['/servers/getVersion', '/servers/getVersion.json'])
        scope.get(path, { config: read, schema }, async () => ({
          version: MISP_API_VERSION,
          perm_sync: false,
          perm_sighting: false,
          perm_galaxy_editor: false,
          request_encoding: [],
          filter_sightings: true,
          product: `Comity node ${deps.config.nodeId}`,
        }));
      scope.get('/servers/getPyMISPVersion.json', { config: read, schema }, async () => ({
        version: MISP_API_VERSION,
      }));
      scope.get('/users/view/me', { config: read, schema }, async (request) => {
        const p = principalOf(request);
        const o = await org();
        return {
          User: {
            id: String(tagNumber(p.userId)),
            email: p.username,
            org_id: String(mispNumber(o.uuid)),
            role_id: '3',
            disabled: false,
          },
          Role: {
            id: '3',
            name: p.roles.join(', '),
            perm_add: allows('stix.write', p),
            perm_modify: allows('stix.write', p),
            perm_tagger: allows('stix.write', p),
            perm_site_admin: false,
            perm_sync: false,
          },
          Organisation: { id: String(mispNumber(o.uuid)), ...o },
          UserSetting: [],
        };
      });

      for (const method of ['GET', 'POST'] as const)
        scope.route({
          method,
          url: '/events/index',
          config: read,
          schema,
          handler: async (request) => {
            const params = { ...queryOf(request), ...(method === 'POST' ? json(request) : {}) };
            const limit = Math.min(Number(params.limit ?? 10_000) || 10_000, 10_000);
            const page = Math.max(Number(params.page ?? 1) || 1, 1);
            const sieve = await sieveOf(request);
            const o = await org();
            const out: Record<string, unknown>[] = [];
            let seen = 0;
            for await (const report of visibleReports(deps.database, sieve)) {
              if (seen++ < (page - 1) * limit) continue;
              out.push(indexEntry(report.object, o));
              if (out.length >= limit) break;
            }
            return out;
          },
        });
      api.get('/events/view/:id', { config: read, schema: withId }, async (request) =>
        viewed(request, request.params.id),
      );
      api.get('/events/:id', { config: read, schema: withId }, async (request) =>
        viewed(request, request.params.id),
      );
      scope.post('/events/add', { config: write, schema }, async (request, reply) => {
        const body = request.body;
        if (!Buffer.isBuffer(body) || body.length === 0)
          throw new DomainError('misp_bad_event', 'the body is empty');
        const recorded = await addEvent(
          sharing,
          contextOf(request, deps),
          principalOf(request),
          body,
          uuidIn,
        );
        return reply.status(200).send(await viewed(request, recorded.result.event.uuid));
      });
      for (const method of ['POST', 'PUT'] as const)
        api.route({
          method,
          url: '/events/edit/:id',
          config: write,
          schema: withId,
          handler: async (request) => {
            const body = json(request);
            const event = (body.Event ?? body) as Record<string, unknown>;
            const recorded = await editEvent(
              sharing,
              contextOf(request, deps),
              principalOf(request),
              await sieveOf(request),
              request.params.id,
              event,
            );
            return viewed(request, recorded.result.event.uuid);
          },
        });
      for (const method of ['POST', 'DELETE'] as const)
        api.route({
          method,
          url: '/events/delete/:id',
          config: write,
          schema: withId,
          handler: async (request) => {
            const { id } = request.params;
            const result = await deleteEvent(sharing, contextOf(request, deps), await sieveOf(request), id);
            return {
              saved: true,
              success: true,
              name: 'Event deleted.',
              message: `Event deleted: ${result.revoked} object(s) revoked.`,
              url: `/events/delete/${id}`,
              id,
            };
          },
        });
      for (const method of ['GET', 'POST'] as const) {
        scope.route({
          method,
          url: '/events/restSearch',
          config: read,
          schema,
          handler: async (request) => {
            const search = parseMispSearch({ ...queryOf(request), ...json(request) }, deps.clock.now());
            const found = await searchEvents(deps.database, await sieveOf(request), search, await org());
            return { response: found.map((held) => ({ Event: held.event })) };
          },
        });
        scope.route({
          method,
          url: '/attributes/restSearch',
          config: read,
          schema,
          handler: async (request) => {
            const search = parseMispSearch({ ...queryOf(request), ...json(request) }, deps.clock.now());
            const found = await searchAttributes(deps.database, await sieveOf(request), search, await org());
            return { response: { Attribute: found } };
          },
        });
      }
      api.post('/attributes/add/:id', { config: write, schema: withId }, async (request) => {
        const body = json(request);
        const many = Array.isArray(body);
        const given = many ? (body as unknown[]) : [(body as { Attribute?: unknown }).Attribute ?? body];
        const list = given.map((a) => (a as { Attribute?: unknown } | null)?.Attribute ?? a);
        const recorded = await addAttributes(
          sharing,
          contextOf(request, deps),
          principalOf(request),
          await sieveOf(request),
          request.params.id,
          list,
        );
        const { Event } = await viewed(request, recorded.result.event.uuid);
        const uuids = new Set(
          list.map((a) => String((a as { uuid?: unknown } | null)?.uuid ?? '').toLowerCase()),
        );
        const all = [
          ...((Event.Attribute as Record<string, unknown>[]) ?? []),
          ...((Event.Object as Array<{ Attribute: Record<string, unknown>[] }>) ?? []).flatMap(
            (o) => o.Attribute,
          ),
        ];
        const added = all.filter((a) => uuids.has(String(a.uuid).toLowerCase()));
        return { Attribute: many ? added : (added[0] ?? null) };
      });
      // The node as a MISP feed source for the caller: a MISP instance adds
      // `<node>/misp/feed/` as a feed with its key in an Authorization header.
      scope.get('/feed/manifest.json', { config: read, schema }, async (request) => {
        const sieve = await sieveOf(request);
        const o = await org();
        const manifest: Record<string, unknown> = {};
        for await (const report of visibleReports(deps.database, sieve))
          manifest[report.id.slice('report--'.length)] = manifestEntry(report.object, o);
        return manifest;
      });
      scope.get('/feed/hashes.csv', { config: read, schema }, async (request, reply) => {
        const sieve = await sieveOf(request);
        const o = await org();
        const lines: string[] = [];
        for await (const report of visibleReports(deps.database, sieve)) {
          const held = await eventOf(deps.database, sieve, report, o);
          if (!held) continue;
          for (const value of valuesOf(held)) lines.push(`${md5(value)},${held.event.uuid}`);
        }
        return reply.type('text/csv').send(lines.length > 0 ? `${lines.join('\n')}\n` : '');
      });
      api.get(
        '/feed/:file',
        {
          config: read,
          schema: { hide: true, params: Type.Object({ file: Type.String({ maxLength: 200 }) }) },
        },
        async (request) => {
          const uuid = /^([0-9a-fA-F-]{36})\.json$/.exec(request.params.file)?.[1];
          if (!uuid) throw new NotFoundError('misp_event', request.params.file);
          return viewed(request, uuid);
        },
      );
      scope.get('/tags/index', { config: read, schema }, async () => ({
        Tag: await tagIndex(deps.database),
      }));
      scope.post('/tags/add', { config: write, schema }, async (request) => {
        const body = json(request);
        const tag = (body.Tag ?? body) as { name?: unknown; colour?: unknown; exportable?: unknown };
        return { Tag: await addTag(deps.database, contextOf(request, deps), tag) };
      });
    },
    { prefix: MISP_PREFIX },
  );
}

/** The event's uuid as the body states it, found without reading the whole body. */
function uuidIn(body: Buffer): string | undefined {
  const head = body.subarray(0, 64 * 1024).toString('utf8');
  return /"uuid"\s*:\s*"([0-9a-fA-F-]{36})"/.exec(head)?.[1];
}

/** Errors as MISP writes them (`name`, `message`, `url`), with the status and stable code. */
function sendMispError(request: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply {
  let status = 500;
  let code = 'internal_error';
  let message = `an unexpected error occurred; quote error id ${request.id} to the administrator`;
  if (error instanceof DomainError) {
    status = STATUS[error.kind];
    code = error.code;
    message = error.message;
  } else {
    const fe = error as { code?: string; statusCode?: number; message?: string };
    if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      status = 413;
      code = 'payload_too_large';
      message = 'the body is larger than COMITY_MISP_MAX_CONTENT_LENGTH allows';
    } else if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
      status = fe.statusCode;
      code = 'bad_request';
      message = fe.message ?? 'bad request';
    }
  }
  if (status >= 500) request.log.error({ err: error }, 'MISP API request failed');
  const url = request.url.split('?')[0]!.slice(MISP_PREFIX.length);
  return reply
    .status(status)
    .header('cache-control', 'no-store')
    .send({ name: message, message, url, errors: [message], code, error_id: String(request.id) });
}
