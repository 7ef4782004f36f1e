/**
 * STIX objects and bundles for people: every read filtered for the caller under the object's
 * markings and share context; revocation and sightings; bundle import (streamed) and export.
 */
import { Type } from 'typebox';
import { userAudience, localContext } from '../../core/sharing/incidents/audiences.js';
import { TLP_LEVELS } from '../../core/sharing/markings/tlp.js';
import { parsePattern } from '../../core/sharing/stix/pattern.js';
import { exportStixBundle } from '../../interop/stix/export.js';
import { importStix } from '../../interop/stix/import.js';
import { callerOf } from '../guard.js';
import { contextOf } from '../context.js';
import type { AppDeps } from '../../app/deps.js';
import { sharingDepsOf } from '../../app/sharing/deps.js';
import { correlateImported } from '../../app/sharing/correlate-import.js';
import { decideSharedDataUse } from '../../app/sharing/data-use.js';
import { exportableIds, stixObjectFor } from '../../app/sharing/read-incidents.js';
import { recordSighting } from '../../app/sharing/record-sighting.js';
import { revokeObject } from '../../app/sharing/revoke-object.js';
import { viewerFor } from '../../app/sharing/viewer.js';
import { DataUseProposal, DataUseSchema } from '../requests/schemas.js';
import {
  type App,
  errorResponses,
  Id,
  JsonObject,
  PreSerialized,
  Strict,
  StringEnum,
  typed,
} from '../schemas.js';
import { streamBody } from '../stream-body.js';
import { ImportReportSchema, StixObjectSchema, VisibleObjectSchema } from './schemas.js';

const StixIdParams = Type.Object(
  { id: Type.String({ minLength: 3, maxLength: 250, pattern: '^[a-z0-9-]+--[0-9a-fA-F-]{36}$' }) },
  { additionalProperties: false },
);

export function stixRoutes(app: App, deps: AppDeps): void {
  const tags = ['stix'];
  const sharing = sharingDepsOf(deps);

  app.post(
    '/api/stix/patterns/check',
    {
      config: { policy: 'stix.read' },
      schema: {
        tags,
        summary:
          'Check a STIX 2.1 pattern as it is typed: valid (with its comparisons), or the problem and where it starts',
        body: Strict({ pattern: Type.String({ maxLength: 20_000 }) }),
        response: {
          200: Type.Union([
            Type.Object({ valid: Type.Literal(true), comparisons: Type.Integer() }),
            Type.Object({
              valid: Type.Literal(false),
              reason: Type.String(),
              offset: Type.Integer({ description: 'the character where the problem starts' }),
            }),
          ]),
          ...errorResponses(),
        },
      },
    },
    async (request) => {
      // Pure and bounded (the parser limits nesting): a check, not a command, so nothing is audited.
      const parsed = parsePattern(request.body.pattern);
      return parsed.ok
        ? { valid: true as const, comparisons: parsed.comparisons.length }
        : { valid: false as const, reason: parsed.reason, offset: parsed.offset };
    },
  );
  app.get(
    '/api/stix/objects/:id',
    {
      config: { policy: 'stix.read' },
      schema: {
        tags,
        summary: 'The current version, if its markings let you see it (redacted for you)',
        params: StixIdParams,
        response: { 200: VisibleObjectSchema, ...errorResponses(404) },
      },
    },
    async (request) => stixObjectFor(sharing, callerOf(request).principal, request.params.id),
  );
  app.post(
    '/api/stix/objects/:id/revoke',
    {
      config: { policy: 'stix.write' },
      schema: {
        tags,
        summary:
          'Revoke an object this node originated; the revoked version follows it to every peer that has it',
        params: StixIdParams,
        body: Type.Optional(Strict({ reason: Type.Optional(Type.String({ maxLength: 2000 })) })),
        response: {
          200: Type.Object({ id: Type.String(), modified: Type.String(), revoked: Type.Literal(true) }),
          ...errorResponses(404, 409),
        },
      },
    },
    async (request) =>
      revokeObject(
        sharing,
        contextOf(request, deps),
        callerOf(request).principal,
        request.params.id,
        request.body?.reason,
      ),
  );
  app.post(
    '/api/stix/objects/:id/data-use',
    {
      config: { policy: 'stix.read' },
      schema: {
        tags,
        summary:
          'Ask before reusing an object received from another State or passing it on: allowed with the basis cited, or 403 citing its conditions',
        params: StixIdParams,
        body: Strict(DataUseProposal),
        response: { 200: DataUseSchema, ...errorResponses(403, 404, 409) },
      },
    },
    async (request) =>
      decideSharedDataUse(
        sharing,
        contextOf(request, deps),
        callerOf(request).principal,
        request.params.id,
        request.body,
      ),
  );
  app.post(
    '/api/stix/objects/:id/sightings',
    {
      config: { policy: 'stix.write' },
      schema: {
        tags,
        summary: 'Record a sighting; a sighting of a received object goes back to the node it came from',
        params: StixIdParams,
        body: Strict({
          count: Type.Optional(Type.Integer({ minimum: 0, maximum: 999_999_999 })),
          firstSeen: Type.Optional(Type.String({ format: 'date-time' })),
          lastSeen: Type.Optional(Type.String({ format: 'date-time' })),
          description: Type.Optional(Type.String({ maxLength: 10_000 })),
          tlp: Type.Optional(StringEnum(TLP_LEVELS)),
        }),
        response: {
          201: Type.Object({
            sighting: JsonObject,
            sentTo: Type.Array(Type.String(), { description: 'the node it went back to, if any' }),
          }),
          ...errorResponses(404),
        },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await recordSighting(
            sharing,
            contextOf(request, deps),
            callerOf(request).principal,
            request.params.id,
            request.body,
          ),
        ),
  );
  app.get(
    '/api/stix/bundles',
    {
      config: { policy: 'stix.read' },
      schema: {
        tags,
        summary: "A bundle of an incident's objects as you may see them",
        querystring: Type.Object({ incident: Id }, { additionalProperties: false }),
        produces: ['application/stix+json;version=2.1'],
        response: {
          200: PreSerialized(
            Type.Object({
              type: Type.Literal('bundle'),
              id: Type.String(),
              objects: Type.Array(StixObjectSchema),
            }),
          ),
          ...errorResponses(404),
        },
      },
    },
    async (request, reply) => {
      const principal = callerOf(request).principal;
      const incident = request.query.incident;
      const ids = await exportableIds(sharing, principal, incident);
      const viewer = await viewerFor(sharing, principal);
      // exportableIds chose what this caller may read; the exporter applies the rules and redactions.
      const { bundle, summary } = await exportStixBundle(deps.database, {
        selection: { ids },
        audience: userAudience({
          username: principal.username,
          nodeId: viewer.nodeId,
          state: viewer.state,
          needToKnow: true,
        }),
        localContext: localContext(viewer.nodeId, viewer.state),
      });
      reply.header('x-comity-withheld', String(summary.withheld));
      return reply.type('application/stix+json;version=2.1').send(bundle);
    },
  );
  app.register(async (plain) => {
    const scope = typed(plain);
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
    scope.post(
      '/api/stix/bundles',
      {
        config: { policy: 'stix.write' },
        schema: {
          tags,
          summary: 'Import a STIX bundle (streamed): each object validated and reported on its own',
          response: {
            200: Type.Intersect([
              ImportReportSchema,
              Type.Object({ correlationAlerts: Type.Integer({ description: 'alerts the import raised' }) }),
            ]),
            ...errorResponses(),
          },
        },
      },
      async (request) => {
        const ctx = contextOf(request, deps);
        const report = await importStix(deps.database, streamBody(request), { ctx });
        return { ...report, correlationAlerts: await correlateImported(deps.database, ctx, report) };
      },
    );
  });
}
