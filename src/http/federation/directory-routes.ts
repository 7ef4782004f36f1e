/**
 * Directories of nodes over HTTP. The wire routes are public, like a peer card: a directory is
 * a public register, every part of it is signed, and any node may mirror it. The
 * administrator's routes add a directory (with the directory key's fingerprint), refresh and
 * watch it, and, on an operator's node, create one and append to it.
 */
import { Type } from 'typebox';
import {
  appendToDirectory,
  acceptCosignature,
  collectListedCards,
  createDirectory,
} from '../../app/directory/operated.js';
import { directoryDocument, headReport, inclusionFor } from '../../app/directory/mirror.js';
import {
  addDirectory,
  gossipDirectory,
  refreshDirectory,
  resolveDirectoryAlerts,
} from '../../app/directory/trusted.js';
import { directoryDetail, directorySummaries } from '../../app/directory/view.js';
import type { AppDeps } from '../../app/deps.js';
import type { InclusionBundle, HeadReport } from '../../federation/directory/proofs.js';
import { DIRECTORIES_PATH } from '../../federation/directory/paths.js';
import { contextOf } from '../context.js';
import { type App, errorResponses, Strict } from '../schemas.js';
import {
  CosignatureBody,
  DirectoryDetailSchema,
  DirectoryDocumentSchema,
  DirectoryIdParams,
  DirectorySummarySchema,
  HeadReportSchema,
  InclusionSchema,
  OutcomeSchema,
} from './directory-schemas.js';

const Fingerprint = Type.String({ minLength: 16, maxLength: 200 });
const CardText = Type.String({ minLength: 10, maxLength: 65_536 });

export function directoryRoutes(app: App, deps: AppDeps): void {
  app.get(
    `${DIRECTORIES_PATH}/:id`,
    {
      config: { public: true },
      schema: {
        tags: ['federation'],
        summary: 'A whole copy of a directory this node operates or mirrors (docs/FEDERATION.md §17.4)',
        params: DirectoryIdParams,
        response: { 200: DirectoryDocumentSchema, ...errorResponses(404) },
      },
    },
    async (request) => directoryDocument(deps, request.params.id),
  );

  app.get(
    `${DIRECTORIES_PATH}/:id/head`,
    {
      config: { public: true },
      schema: {
        tags: ['federation'],
        summary: 'The head held, with a consistency proof from the size given (gossip, §17.5)',
        params: DirectoryIdParams,
        querystring: Type.Object(
          { from: Type.Optional(Type.Integer({ minimum: 0 })) },
          { additionalProperties: false },
        ),
        response: { 200: HeadReportSchema, ...errorResponses(404) },
      },
    },
    async (request): Promise<HeadReport> => headReport(deps, request.params.id, request.query.from),
  );

  app.get(
    `${DIRECTORIES_PATH}/:id/proof`,
    {
      config: { public: true },
      schema: {
        tags: ['federation'],
        summary: "The inclusion proof of a node's latest entry in the head held (§17.5)",
        params: DirectoryIdParams,
        querystring: Type.Object(
          { node: Type.String({ minLength: 1, maxLength: 256 }) },
          { additionalProperties: false },
        ),
        response: { 200: InclusionSchema, ...errorResponses(404) },
      },
    },
    async (request): Promise<InclusionBundle> => inclusionFor(deps, request.params.id, request.query.node),
  );

  app.post(
    `${DIRECTORIES_PATH}/:id/cosignatures`,
    {
      config: { public: true },
      bodyLimit: 128 * 1024,
      schema: {
        tags: ['federation'],
        summary: "A witness's cosignature of the current head, kept with it (§17.3)",
        params: DirectoryIdParams,
        body: CosignatureBody,
        response: {
          202: Type.Object({ witness: Type.String(), count: Type.Integer() }),
          ...errorResponses(404, 409),
        },
      },
    },
    async (request, reply) =>
      reply
        .status(202)
        .send(
          await acceptCosignature(
            deps,
            contextOf(request, deps),
            request.params.id,
            request.body.cosignature,
          ),
        ),
  );

  app.get(
    '/api/directories',
    {
      config: { policy: 'federation.read' },
      schema: {
        tags: ['federation'],
        summary: 'Directories this node trusts or operates',
        response: {
          200: Type.Object({ directories: Type.Array(DirectorySummarySchema) }),
          ...errorResponses(),
        },
      },
    },
    async () => ({ directories: await directorySummaries(deps) }),
  );

  app.post(
    '/api/directories',
    {
      config: { policy: 'federation.manage' },
      schema: {
        tags: ['federation'],
        summary: "Trust a directory from its URL and its key's fingerprint, confirmed out of band",
        body: Strict({
          source: Type.String({ minLength: 8, maxLength: 2048, description: "the directory document's URL" }),
          fingerprint: Fingerprint,
          witnesses: Type.Optional(Type.Array(Fingerprint, { maxItems: 32 })),
          quorum: Type.Optional(Type.Integer({ minimum: 0, maximum: 32 })),
          cosign: Type.Optional(Type.Boolean()),
        }),
        response: { 201: DirectoryDetailSchema, ...errorResponses(409, 422, 503) },
      },
    },
    async (request, reply) => {
      const { directory } = await addDirectory(deps, contextOf(request, deps), request.body);
      return reply.status(201).send(await directoryDetail(deps, directory.id));
    },
  );

  app.post(
    '/api/directories/operated',
    {
      config: { policy: 'federation.manage' },
      schema: {
        tags: ['federation'],
        summary: 'Create a directory this node operates, with its own signing key',
        body: Strict({
          id: Type.String({ minLength: 1, maxLength: 63 }),
          name: Type.String({ minLength: 1, maxLength: 200 }),
        }),
        response: { 201: DirectoryDetailSchema, ...errorResponses(409, 503) },
      },
    },
    async (request, reply) => {
      const { directory } = await createDirectory(deps, contextOf(request, deps), request.body);
      return reply.status(201).send(await directoryDetail(deps, directory.id));
    },
  );

  app.get(
    '/api/directories/:id',
    {
      config: { policy: 'federation.read' },
      schema: {
        tags: ['federation'],
        summary: 'One directory: the nodes it lists, what this node made of each, and its alerts',
        params: DirectoryIdParams,
        response: { 200: DirectoryDetailSchema, ...errorResponses(404) },
      },
    },
    async (request) => directoryDetail(deps, request.params.id),
  );

  app.post(
    '/api/directories/:id/entries',
    {
      config: { policy: 'federation.manage' },
      schema: {
        tags: ['federation'],
        summary: 'Append cards and revocations to a directory this node operates, and sign the new head',
        params: DirectoryIdParams,
        body: Strict({
          cards: Type.Optional(
            Type.Array(Strict({ card: CardText, fingerprint: Type.Optional(Fingerprint) }), {
              maxItems: 500,
            }),
          ),
          revocations: Type.Optional(
            Type.Array(
              Strict({
                nodeId: Type.String({ minLength: 1, maxLength: 256 }),
                reason: Type.String({ minLength: 1, maxLength: 500 }),
              }),
              { maxItems: 500 },
            ),
          ),
          collect: Type.Optional(
            Type.Boolean({
              description: "also fetch every listed node's current card and append those that changed",
            }),
          ),
        }),
        response: {
          200: Type.Object({
            appended: Type.Integer(),
            failed: Type.Array(Type.Object({ nodeId: Type.String(), reason: Type.String() })),
            directory: DirectoryDetailSchema,
          }),
          ...errorResponses(404, 409),
        },
      },
    },
    async (request) => {
      const ctx = contextOf(request, deps);
      const { id } = request.params;
      const { appended } = await appendToDirectory(deps, ctx, id, request.body);
      const collected = request.body.collect
        ? await collectListedCards(deps, ctx, id)
        : { appended: 0, failed: [] };
      return {
        appended: appended + collected.appended,
        failed: collected.failed,
        directory: await directoryDetail(deps, id),
      };
    },
  );

  app.post(
    '/api/directories/:id/refresh',
    {
      config: { policy: 'federation.manage' },
      schema: {
        tags: ['federation'],
        summary: 'Fetch and verify the directory now, then ask peers which head they hold',
        params: DirectoryIdParams,
        response: { 200: OutcomeSchema, ...errorResponses(404, 503) },
      },
    },
    async (request) => {
      const ctx = contextOf(request, deps);
      const { id } = request.params;
      const outcome = await refreshDirectory(deps, ctx, id);
      const gossip = await gossipDirectory(deps, ctx, id);
      return outcome.ok
        ? {
            ok: true,
            size: outcome.size,
            grew: outcome.grew,
            source: outcome.source,
            added: [...outcome.changes.added],
            updated: [...outcome.changes.updated],
            revoked: [...outcome.changes.revoked],
            conflicts: [...outcome.changes.conflicts],
            splitViews: [...gossip.splitViews],
          }
        : {
            ok: false,
            reason: outcome.reason,
            detail: outcome.detail,
            source: outcome.source,
            splitViews: [...gossip.splitViews],
          };
    },
  );

  app.post(
    '/api/directories/:id/alerts/resolve',
    {
      config: { policy: 'federation.manage' },
      schema: {
        tags: ['federation'],
        summary: "Close a directory's open alerts once they have been looked into",
        params: DirectoryIdParams,
        response: { 200: Type.Object({ closed: Type.Integer() }), ...errorResponses(404) },
      },
    },
    async (request) => ({
      closed: await resolveDirectoryAlerts(deps, contextOf(request, deps), request.params.id),
    }),
  );
}
