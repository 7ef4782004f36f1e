/**
 * The TAXII 2.1 server at `/taxii2/` (docs/TAXII.md): discovery, one API root (`/taxii2/api/`),
 * its collections, their objects, manifest and versions, writes with their status, deletes.
 * Handlers stay thin as everywhere else: parse the query (core/taxii) → authenticate (HTTP
 * Basic or an API token) → the application's read or command (app/taxii) → present as TAXII
 * JSON. TAXII speaks its own media type and error format, so this is a scope of its own with
 * its own body parser, error and not-found handlers.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { NotFoundError } from '../../core/errors.js';
import {
  acceptsTaxii,
  isTaxiiContentType,
  STIX_MEDIA_TYPE,
  TAXII_MEDIA_TYPE,
} from '../../core/taxii/media-types.js';
import { parseTaxiiQuery, type TaxiiEndpoint, type TaxiiQuery } from '../../core/taxii/query.js';
import { taxiiTimestamp } from '../../core/taxii/timestamps.js';
import type { AppDeps } from '../../app/deps.js';
import { basicCredentials, resolveBasic } from '../../app/accounts/basic-auth.js';
import { type ResolvedCaller, resolveToken } from '../../app/accounts/principal.js';
import { sharingDepsOf } from '../../app/sharing/deps.js';
import { viewerFor } from '../../app/sharing/viewer.js';
import { collectionsFor, findCollection, type TaxiiCollection } from '../../app/taxii/collections.js';
import { deleteObject } from '../../app/taxii/delete-object.js';
import { postObjects } from '../../app/taxii/post-objects.js';
import { type CollectionPage, readCollection } from '../../app/taxii/read-collection.js';
import { statusFor } from '../../app/taxii/status.js';
import type { TaxiiStatusRecord } from '../../storage/taxii/status-rows.js';
import { contextOf } from '../context.js';
import { typed } from '../schemas.js';
import { sendTaxiiError, TaxiiHttpError, taxiiErrorHandler } from './taxii-errors.js';

export const TAXII_PREFIX = '/taxii2';
export const API_ROOT = 'api';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Routes of the TAXII scope: authenticated there, not by the API guard. */
    taxii?: boolean;
  }
}

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

export function taxiiRoutes(app: FastifyInstance, deps: AppDeps): void {
  const sharing = sharingDepsOf(deps);
  const loginPolicy = {
    maxAttempts: deps.config.loginMaxAttempts,
    lockoutMinutes: deps.config.loginLockoutMinutes,
    sessionTtlHours: deps.config.sessionTtlHours,
  };

  app.register(
    async (scope) => {
      const api = typed(scope);
      scope.setErrorHandler(taxiiErrorHandler);
      scope.setNotFoundHandler((request, reply) =>
        sendTaxiiError(
          request,
          reply,
          404,
          'route_not_found',
          `no TAXII resource at ${request.url.split('?')[0]}`,
        ),
      );
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser(
        '*',
        { parseAs: 'buffer', bodyLimit: deps.config.taxiiMaxContentLength },
        (_request, body, done) => done(null, body),
      );

      const callers = new WeakMap<FastifyRequest, ResolvedCaller>();
      scope.addHook('onRequest', async (request) => {
        if (!acceptsTaxii(request.headers.accept))
          throw new TaxiiHttpError(
            406,
            'not_acceptable',
            `this server answers in ${TAXII_MEDIA_TYPE}; ask for it in Accept`,
          );
        const caller = await authenticate(request);
        if (caller.mustChangePassword)
          throw new TaxiiHttpError(
            403,
            'password_change_required',
            'change your one-time password in the console first',
          );
        callers.set(request, caller);
        // The audit trail names the caller of a write (contextOf reads it here).
        request.caller = caller;
      });
      // Before the body is read: a wrong media type is refused without reading megabytes.
      scope.addHook('preParsing', async (request, _reply, payload) => {
        if (request.method === 'POST' && !isTaxiiContentType(request.headers['content-type']))
          throw new TaxiiHttpError(415, 'unsupported_media_type', `send the body as ${TAXII_MEDIA_TYPE}`);
        return payload;
      });

      async function authenticate(request: FastifyRequest): Promise<ResolvedCaller> {
        const header = request.headers.authorization;
        if (!header)
          throw new TaxiiHttpError(401, 'unauthenticated', 'send HTTP Basic credentials or an API token');
        const bearer = /^Bearer\s+(\S+)$/i.exec(header);
        if (bearer) {
          const caller = await resolveToken(deps.database, bearer[1]!, deps.clock.now());
          if (!caller)
            throw new TaxiiHttpError(401, 'invalid_token', 'the API token is unknown, revoked or expired');
          return caller;
        }
        const basic = basicCredentials(header);
        if (!basic)
          throw new TaxiiHttpError(401, 'bad_authorization_header', 'use HTTP Basic or "Bearer <token>"');
        return resolveBasic(deps.database, contextOf(request, deps), loginPolicy, basic);
      }
      const principalOf = (request: FastifyRequest) => {
        const caller = callers.get(request);
        if (!caller)
          throw new TaxiiHttpError(401, 'unauthenticated', 'send HTTP Basic credentials or an API token');
        return caller.principal;
      };
      const send = (reply: FastifyReply, body: unknown, status = 200) =>
        reply
          .status(status)
          .type(TAXII_MEDIA_TYPE)
          .header('cache-control', 'no-store')
          // A Buffer, because Fastify rewrites the media type of a string answer (quoting the
          // version, adding a charset) and TAXII clients compare it as TAXII writes it.
          .send(Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)));
      const config = { taxii: true };
      // TAXII is its own specification (docs/TAXII.md), not part of the node's OpenAPI document.
      const schema = { hide: true };
      const inCollection = {
        hide: true,
        params: Type.Object({ collectionId: Type.String({ maxLength: 300 }) }),
      };
      const forObject = {
        hide: true,
        params: Type.Object({
          collectionId: Type.String({ maxLength: 300 }),
          objectId: Type.String({ maxLength: 300 }),
        }),
      };
      const forStatus = { hide: true, params: Type.Object({ statusId: Type.String({ maxLength: 300 }) }) };
      const root = `/${API_ROOT}`;

      /** The collection in the path, if the caller may see it (404 otherwise, whether or not it exists). */
      async function collectionOf(request: FastifyRequest, collectionId: string): Promise<TaxiiCollection> {
        const found = await findCollection(sharing, principalOf(request), collectionId);
        if (!found) throw new NotFoundError('taxii_collection', collectionId);
        return found;
      }
      function queryOf(request: FastifyRequest, endpoint: TaxiiEndpoint): TaxiiQuery {
        const raw = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
        const parsed = parseTaxiiQuery(endpoint, new URLSearchParams(raw));
        if (!parsed.ok) throw new TaxiiHttpError(400, 'taxii_bad_query', parsed.problem);
        return parsed.query;
      }
      async function page(
        request: FastifyRequest,
        collectionId: string,
        endpoint: TaxiiEndpoint,
        objectId?: string,
      ) {
        const collection = await collectionOf(request, collectionId);
        if (!collection.canRead)
          throw new TaxiiHttpError(
            403,
            'taxii_not_readable',
            `you may write to ${collection.alias} but not read it`,
          );
        const query = queryOf(request, endpoint);
        const viewer = await viewerFor(sharing, principalOf(request));
        const result = await readCollection(
          deps.database,
          viewer,
          collection,
          { endpoint, query, ...(objectId === undefined ? {} : { objectId }) },
          deps.clock.now(),
        );
        // An object that is not in the collection (or hidden from the caller) is unknown; one
        // whose versions the filters leave out answers an empty page, as a later page may.
        if (objectId !== undefined && result.items.length === 0 && query.next === undefined) {
          const any = await readCollection(
            deps.database,
            viewer,
            collection,
            { endpoint, query: { versions: { kind: 'all' }, limit: 1 }, objectId },
            deps.clock.now(),
          );
          if (any.items.length === 0) throw new NotFoundError('taxii_object', objectId);
        }
        return result;
      }
      const dated = (reply: FastifyReply, result: CollectionPage) => {
        const first = result.items[0];
        const last = result.items.at(-1);
        if (first && last) {
          reply.header('x-taxii-date-added-first', first.dateAdded);
          reply.header('x-taxii-date-added-last', last.dateAdded);
        }
        return reply;
      };

      scope.get('/', { config, schema }, async (_request, reply) =>
        send(reply, {
          title: `Comity node ${deps.config.nodeId}`,
          description:
            'TAXII 2.1 server of a Comity node: incident and threat information shared under the UN Convention against Cybercrime, each object filtered by its markings for the caller.',
          default: `${TAXII_PREFIX}${root}/`,
          api_roots: [`${TAXII_PREFIX}${root}/`],
        }),
      );
      scope.get(`${root}/`, { config, schema }, async (_request, reply) =>
        send(reply, {
          title: 'Comity',
          description:
            'Collections of this node: public (TLP:CLEAR), the federation community (TLP:GREEN), the inbox for posting objects, and one per incident you may see.',
          versions: [TAXII_MEDIA_TYPE],
          max_content_length: deps.config.taxiiMaxContentLength,
        }),
      );
      api.get(`${root}/status/:statusId/`, { config, schema: forStatus }, async (request, reply) => {
        const { statusId } = request.params;
        if (!new RegExp(`^${UUID}$`).test(statusId)) throw new NotFoundError('taxii_status', statusId);
        const status = await statusFor(deps.database.db, principalOf(request), statusId, deps.clock.now());
        return send(reply, presentStatus(status));
      });
      scope.get(`${root}/collections/`, { config, schema }, async (request, reply) => {
        const collections = await collectionsFor(sharing, principalOf(request));
        return send(reply, collections.length > 0 ? { collections: collections.map(presentCollection) } : {});
      });
      api.get(
        `${root}/collections/:collectionId/`,
        { config, schema: inCollection },
        async (request, reply) =>
          send(reply, presentCollection(await collectionOf(request, request.params.collectionId))),
      );
      api.get(
        `${root}/collections/:collectionId/manifest/`,
        { config, schema: inCollection },
        async (request, reply) => {
          const result = await page(request, request.params.collectionId, 'manifest');
          return send(
            dated(reply, result),
            envelope(result, 'objects', (items) =>
              items.map((i) => ({
                id: i.id,
                date_added: i.dateAdded,
                version: i.version,
                media_type: STIX_MEDIA_TYPE,
              })),
            ),
          );
        },
      );
      api.get(
        `${root}/collections/:collectionId/objects/`,
        { config, schema: inCollection },
        async (request, reply) => {
          const result = await page(request, request.params.collectionId, 'objects');
          return send(dated(reply, result), objectsEnvelope(result));
        },
      );
      api.post(
        `${root}/collections/:collectionId/objects/`,
        { config, schema: inCollection },
        async (request, reply) => {
          const collection = await collectionOf(request, request.params.collectionId);
          const body = request.body;
          if (!Buffer.isBuffer(body))
            throw new TaxiiHttpError(422, 'taxii_bad_envelope', 'the body is empty');
          const status = await postObjects(
            sharing,
            contextOf(request, deps),
            principalOf(request),
            collection,
            body,
          );
          return send(reply, presentStatus(status), 202);
        },
      );
      api.get(
        `${root}/collections/:collectionId/objects/:objectId/`,
        { config, schema: forObject },
        async (request, reply) => {
          const { collectionId, objectId } = request.params;
          const result = await page(request, collectionId, 'object', objectId);
          return send(dated(reply, result), objectsEnvelope(result));
        },
      );
      api.delete(
        `${root}/collections/:collectionId/objects/:objectId/`,
        { config, schema: forObject },
        async (request, reply) => {
          const { collectionId, objectId } = request.params;
          const collection = await collectionOf(request, collectionId);
          const query = queryOf(request, 'delete');
          const viewer = await viewerFor(sharing, principalOf(request));
          await deleteObject(sharing, contextOf(request, deps), viewer, collection, objectId, query);
          return reply
            .status(200)
            .type(TAXII_MEDIA_TYPE)
            .header('cache-control', 'no-store')
            .send(Buffer.alloc(0));
        },
      );
      api.get(
        `${root}/collections/:collectionId/objects/:objectId/versions/`,
        { config, schema: forObject },
        async (request, reply) => {
          const { collectionId, objectId } = request.params;
          const result = await page(request, collectionId, 'versions', objectId);
          return send(
            dated(reply, result),
            envelope(result, 'versions', (items) => items.map((i) => i.version)),
          );
        },
      );
    },
    { prefix: TAXII_PREFIX },
  );

  function presentCollection(c: TaxiiCollection) {
    return {
      id: c.id,
      title: c.title,
      description: c.description,
      alias: c.alias,
      can_read: c.canRead,
      can_write: c.canWrite,
      media_types: [STIX_MEDIA_TYPE],
    };
  }
}

/** `{more, next?, <key>?}` with the list left out when empty (TAXII never sends empty lists). */
function envelope<T>(result: CollectionPage, key: string, map: (items: CollectionPage['items']) => T[]) {
  return {
    more: result.more,
    ...(result.next ? { next: result.next } : {}),
    ...(result.items.length > 0 ? { [key]: map(result.items) } : {}),
  };
}

/** The objects envelope, written from each object's stored JSON text rather than re-serialized. */
function objectsEnvelope(result: CollectionPage): string {
  const head = `{"more":${result.more}${result.next ? `,"next":${JSON.stringify(result.next)}` : ''}`;
  if (result.items.length === 0) return `${head}}`;
  return `${head},"objects":[${result.items.map((i) => i.json).join(',')}]}`;
}

function presentStatus(status: TaxiiStatusRecord) {
  const list = (key: string, items: TaxiiStatusRecord['successes']) =>
    items.length > 0 ? { [key]: items } : {};
  return {
    id: status.id,
    status: status.status,
    request_timestamp: taxiiTimestamp(status.requestTimestamp),
    total_count: status.successes.length + status.failures.length + status.pendings.length,
    success_count: status.successes.length,
    ...list('successes', status.successes),
    failure_count: status.failures.length,
    ...list('failures', status.failures),
    pending_count: status.pendings.length,
    ...list('pendings', status.pendings),
  };
}
