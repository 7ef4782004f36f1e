/** Incidents: facts, objects, timeline, assignees, shares and onward-transfer consents. */
import type { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { INCIDENT_STATUSES, SHARING_LEGAL_BASES } from '../../core/sharing/incidents/facts.js';
import { ONWARD_TRANSFER } from '../../core/sharing/incidents/transfer-conditions.js';
import { TLP_LEVELS } from '../../core/sharing/markings/tlp.js';
import { callerOf } from '../guard.js';
import { contextOf } from '../context.js';
import type { AppDeps } from '../../app/deps.js';
import { addObjects, importIntoIncident } from '../../app/sharing/add-objects.js';
import { createIncident, type NewIncident } from '../../app/sharing/create-incident.js';
import { sharingDepsOf } from '../../app/sharing/deps.js';
import {
  getIncident,
  incidentObjectsFor,
  listAlerts,
  listIncidents,
  listShares,
} from '../../app/sharing/read-incidents.js';
import { type ShareInput, shareIncident } from '../../app/sharing/share-incident.js';
import { addTimelineNote, recordOnwardConsent } from '../../app/sharing/timeline-note.js';
import { assignIncident, type IncidentChanges, updateIncident } from '../../app/sharing/update-incident.js';
import { errorResponses, IdParams, Strict, StringEnum } from '../schemas.js';

const StateCode = Type.String({ pattern: '^[A-Z]{2}$' });
const Facts = {
  title: Type.String({ minLength: 1, maxLength: 300 }),
  status: StringEnum(INCIDENT_STATUSES),
  affectedStates: Type.Array(StateCode, { maxItems: 200 }),
  sectors: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 50 }),
  legalBasis: StringEnum(SHARING_LEGAL_BASES),
};
const StixList = Type.Array(Type.Unknown(), {
  maxItems: 1000,
  description: 'STIX 2.1 objects, each checked on its own',
});

export function incidentRoutes(app: FastifyInstance, deps: AppDeps): void {
  const tags = ['incidents'];
  const sharing = sharingDepsOf(deps);
  const who = (request: Parameters<typeof contextOf>[0]) => ({
    ctx: contextOf(request, deps),
    principal: callerOf(request).principal,
  });
  const idOf = (request: { params: unknown }) => (request.params as { id: string }).id;

  app.post(
    '/api/incidents',
    {
      config: { policy: 'incidents.write' },
      schema: {
        tags,
        summary: 'Open an incident (its STIX incident object is created), optionally with objects',
        body: Strict({
          title: Facts.title,
          description: Type.Optional(Type.String({ maxLength: 20_000 })),
          status: Type.Optional(Facts.status),
          caseId: Type.Optional(Type.String({ maxLength: 64 })),
          affectedStates: Type.Optional(Facts.affectedStates),
          sectors: Type.Optional(Facts.sectors),
          legalBasis: Facts.legalBasis,
          tlp: Type.Optional(StringEnum(TLP_LEVELS)),
          objects: Type.Optional(StixList),
        }),
        response: { ...errorResponses(404, 409) },
      },
    },
    async (request, reply) => {
      const { ctx, principal } = who(request);
      return reply
        .status(201)
        .send(await createIncident(sharing, ctx, principal, request.body as NewIncident));
    },
  );
  app.get(
    '/api/incidents',
    {
      config: { policy: 'incidents.read' },
      schema: {
        tags,
        summary: 'Incidents held by this node, local and received',
        response: errorResponses(),
      },
    },
    async (request) => listIncidents(sharing, callerOf(request).principal),
  );
  app.get(
    '/api/incidents/:id',
    {
      config: { policy: 'incidents.read' },
      schema: {
        tags,
        summary: 'An incident: facts, timeline and requests citing it',
        params: IdParams,
        response: errorResponses(404),
      },
    },
    async (request) => getIncident(sharing, callerOf(request).principal, idOf(request)),
  );
  app.patch(
    '/api/incidents/:id',
    {
      config: { policy: 'incidents.write' },
      schema: {
        tags,
        summary: 'Change the facts of an incident',
        params: IdParams,
        body: Type.Object(
          {
            title: Type.Optional(Facts.title),
            status: Type.Optional(Facts.status),
            caseId: Type.Optional(Type.Union([Type.String({ maxLength: 64 }), Type.Null()])),
            affectedStates: Type.Optional(Facts.affectedStates),
            sectors: Type.Optional(Facts.sectors),
            legalBasis: Type.Optional(Facts.legalBasis),
          },
          { additionalProperties: false, minProperties: 1 },
        ),
        response: errorResponses(404),
      },
    },
    async (request) => {
      const { ctx, principal } = who(request);
      return updateIncident(sharing, ctx, principal, idOf(request), request.body as IncidentChanges);
    },
  );
  app.put(
    '/api/incidents/:id/assignees',
    {
      config: { policy: 'incidents.write' },
      schema: {
        tags,
        summary: 'Assign local users (they then have need to know for its objects)',
        params: IdParams,
        body: Strict({
          usernames: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 100 }),
        }),
        response: errorResponses(404),
      },
    },
    async (request) => {
      const { ctx, principal } = who(request);
      return assignIncident(
        sharing,
        ctx,
        principal,
        idOf(request),
        (request.body as { usernames: string[] }).usernames,
      );
    },
  );
  app.post(
    '/api/incidents/:id/objects',
    {
      config: { policy: 'incidents.write' },
      schema: {
        tags,
        summary: 'Add STIX objects; each is validated and reported on its own, the valid ones stored',
        params: IdParams,
        body: Strict({ objects: StixList }),
        response: errorResponses(404),
      },
    },
    async (request) => {
      const { ctx, principal } = who(request);
      return addObjects(
        sharing,
        ctx,
        principal,
        idOf(request),
        (request.body as { objects: unknown[] }).objects,
      );
    },
  );
  app.get(
    '/api/incidents/:id/objects',
    {
      config: { policy: 'incidents.read' },
      schema: {
        tags,
        summary: 'The incident object and members you may see under their markings, redacted for you',
        params: IdParams,
        response: errorResponses(404),
      },
    },
    async (request) => incidentObjectsFor(sharing, callerOf(request).principal, idOf(request)),
  );
  app.register(async (scope) => {
    // The bundle streams into the importer: it is never held whole in memory.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
    scope.post(
      '/api/incidents/:id/bundles',
      {
        config: { policy: 'incidents.write' },
        schema: {
          tags,
          summary: 'Import a STIX bundle into the incident (streamed; per-object report)',
          params: IdParams,
          response: errorResponses(404),
        },
      },
      async (request) => {
        const { ctx, principal } = who(request);
        return importIntoIncident(sharing, ctx, principal, idOf(request), request.body as Readable);
      },
    );
  });
  app.get(
    '/api/incidents/:id/timeline',
    {
      config: { policy: 'incidents.read' },
      schema: { tags, summary: 'The incident timeline', params: IdParams, response: errorResponses(404) },
    },
    async (request) => (await getIncident(sharing, callerOf(request).principal, idOf(request))).timeline,
  );
  app.post(
    '/api/incidents/:id/timeline',
    {
      config: { policy: 'incidents.write' },
      schema: {
        tags,
        summary: 'Add a timeline entry',
        params: IdParams,
        body: Strict({
          text: Type.String({ minLength: 1, maxLength: 10_000 }),
          at: Type.Optional(Type.String({ format: 'date-time' })),
          kind: Type.Optional(Type.String({ pattern: '^[a-z_]{1,40}$' })),
        }),
        response: errorResponses(404),
      },
    },
    async (request, reply) => {
      const { ctx, principal } = who(request);
      return reply
        .status(201)
        .send(
          await addTimelineNote(sharing, ctx, principal, idOf(request), request.body as { text: string }),
        );
    },
  );
  app.post(
    '/api/incidents/:id/shares',
    {
      config: { policy: 'incidents.share' },
      schema: {
        tags,
        summary:
          'Share with the nodes of other States; per peer, which objects go and which are withheld, and why',
        params: IdParams,
        body: Strict({
          targetStates: Type.Array(StateCode, { minItems: 1, maxItems: 50 }),
          namedRecipients: Type.Optional(
            Type.Array(
              Type.String({ minLength: 1, maxLength: 200, description: '<username>@<nodeId> or <nodeId>' }),
              { maxItems: 200 },
            ),
          ),
          recipientOrganisations: Type.Optional(
            Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 200 }),
          ),
          conditions: Strict({
            purpose: Type.String({ minLength: 1, maxLength: 2000 }),
            retentionUntil: Type.String({ format: 'date' }),
            onwardTransfer: StringEnum(ONWARD_TRANSFER),
          }),
        }),
        response: errorResponses(404, 409),
      },
    },
    async (request, reply) => {
      const { ctx, principal } = who(request);
      return reply
        .status(201)
        .send(await shareIncident(sharing, ctx, principal, idOf(request), request.body as ShareInput));
    },
  );
  app.get(
    '/api/incidents/:id/shares',
    {
      config: { policy: 'incidents.read' },
      schema: {
        tags,
        summary: 'Shares sent and received for the incident',
        params: IdParams,
        response: errorResponses(404),
      },
    },
    async (request) => listShares(sharing, idOf(request)),
  );
  app.post(
    '/api/incidents/:id/onward-consents',
    {
      config: { policy: 'incidents.share' },
      schema: {
        tags,
        summary: "Record the originator's consent to passing the incident on to a State",
        params: IdParams,
        body: Strict({ state: StateCode, reference: Type.String({ minLength: 1, maxLength: 500 }) }),
        response: errorResponses(404),
      },
    },
    async (request, reply) => {
      const { ctx, principal } = who(request);
      return reply
        .status(201)
        .send(
          await recordOnwardConsent(
            sharing,
            ctx,
            principal,
            idOf(request),
            request.body as { state: string; reference: string },
          ),
        );
    },
  );
  app.get(
    '/api/correlation-alerts',
    {
      config: { policy: 'incidents.read' },
      schema: { tags, summary: 'Correlation alerts raised on this node', response: errorResponses() },
    },
    async (request) => listAlerts(sharing, callerOf(request).principal),
  );
}
