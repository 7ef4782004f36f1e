/** Incidents: facts, objects, timeline, assignees, shares and onward-transfer consents. */
import { Type } from 'typebox';
import { INCIDENT_STATUSES, SHARING_LEGAL_BASES } from '../../core/sharing/incidents/facts.js';
import { ONWARD_TRANSFER } from '../../core/sharing/incidents/transfer-conditions.js';
import { TLP_LEVELS } from '../../core/sharing/markings/tlp.js';
import { callerOf } from '../guard.js';
import { contextOf } from '../context.js';
import type { AppDeps } from '../../app/deps.js';
import { addObjects, importIntoIncident } from '../../app/sharing/add-objects.js';
import { createIncident } from '../../app/sharing/create-incident.js';
import { sharingDepsOf } from '../../app/sharing/deps.js';
import {
  getIncident,
  incidentObjectsFor,
  listAlerts,
  listIncidents,
  listShares,
} from '../../app/sharing/read-incidents.js';
import { previewShare, shareIncident } from '../../app/sharing/share-incident.js';
import { addTimelineNote, recordOnwardConsent } from '../../app/sharing/timeline-note.js';
import { assignIncident, updateIncident } from '../../app/sharing/update-incident.js';
import { type App, errorResponses, IdParams, Strict, StringEnum, typed } from '../schemas.js';
import { streamBody } from '../stream-body.js';
import {
  CorrelationAlertSchema,
  ImportReportSchema,
  IncidentDetailSchema,
  IncidentSchema,
  ObjectReportSchema,
  OnwardConsentSchema,
  ShareOutcomeSchema,
  ShareRecordSchema,
  TimelineEntrySchema,
  VisibleObjectsSchema,
} from './schemas.js';

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

/** Whom to share with and under which conditions: the same for a share and its preview. */
const ShareBody = Strict({
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
});

export function incidentRoutes(app: App, deps: AppDeps): void {
  const tags = ['incidents'];
  const sharing = sharingDepsOf(deps);
  const who = (request: Parameters<typeof contextOf>[0]) => ({
    ctx: contextOf(request, deps),
    principal: callerOf(request).principal,
  });

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
        response: {
          201: Type.Object({ incident: IncidentSchema, objects: Type.Array(ObjectReportSchema) }),
          ...errorResponses(404, 409),
        },
      },
    },
    async (request, reply) => {
      const { ctx, principal } = who(request);
      return reply.status(201).send(await createIncident(sharing, ctx, principal, request.body));
    },
  );
  app.get(
    '/api/incidents',
    {
      config: { policy: 'incidents.read' },
      schema: {
        tags,
        summary: 'Incidents held by this node, local and received, that you may see',
        response: { 200: Type.Array(IncidentSchema), ...errorResponses() },
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
        response: { 200: IncidentDetailSchema, ...errorResponses(404) },
      },
    },
    async (request) => getIncident(sharing, callerOf(request).principal, request.params.id),
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
        response: { 200: IncidentSchema, ...errorResponses(404) },
      },
    },
    async (request) => {
      const { ctx, principal } = who(request);
      return updateIncident(sharing, ctx, principal, request.params.id, request.body);
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
        response: { 200: IncidentSchema, ...errorResponses(404) },
      },
    },
    async (request) => {
      const { ctx, principal } = who(request);
      return assignIncident(sharing, ctx, principal, request.params.id, request.body.usernames);
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
        response: {
          200: Type.Object({ incidentId: Type.String(), objects: Type.Array(ObjectReportSchema) }),
          ...errorResponses(404),
        },
      },
    },
    async (request) => {
      const { ctx, principal } = who(request);
      return addObjects(sharing, ctx, principal, request.params.id, request.body.objects);
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
        response: { 200: VisibleObjectsSchema, ...errorResponses(404) },
      },
    },
    async (request) => incidentObjectsFor(sharing, callerOf(request).principal, request.params.id),
  );
  app.register(async (plain) => {
    const scope = typed(plain);
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
          response: { 200: ImportReportSchema, ...errorResponses(404) },
        },
      },
      async (request) => {
        const { ctx, principal } = who(request);
        return importIntoIncident(sharing, ctx, principal, request.params.id, streamBody(request));
      },
    );
  });
  app.get(
    '/api/incidents/:id/timeline',
    {
      config: { policy: 'incidents.read' },
      schema: {
        tags,
        summary: 'The incident timeline',
        params: IdParams,
        response: { 200: Type.Array(TimelineEntrySchema), ...errorResponses(404) },
      },
    },
    async (request) => (await getIncident(sharing, callerOf(request).principal, request.params.id)).timeline,
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
        response: { 201: TimelineEntrySchema, ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      const { ctx, principal } = who(request);
      return reply
        .status(201)
        .send(await addTimelineNote(sharing, ctx, principal, request.params.id, request.body));
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
        body: ShareBody,
        response: { 201: ShareOutcomeSchema, ...errorResponses(404, 409) },
      },
    },
    async (request, reply) => {
      const { ctx, principal } = who(request);
      return reply
        .status(201)
        .send(await shareIncident(sharing, ctx, principal, request.params.id, request.body));
    },
  );
  app.post(
    '/api/incidents/:id/shares/preview',
    {
      config: { policy: 'incidents.share' },
      schema: {
        tags,
        summary:
          'What a share would send, written nowhere: per peer, the objects that would go and those withheld, and why',
        params: IdParams,
        body: ShareBody,
        response: { 200: ShareOutcomeSchema, ...errorResponses(404, 409) },
      },
    },
    async (request) => previewShare(sharing, request.params.id, request.body),
  );
  app.get(
    '/api/incidents/:id/shares',
    {
      config: { policy: 'incidents.read' },
      schema: {
        tags,
        summary: 'Shares sent and received for the incident',
        params: IdParams,
        response: { 200: Type.Array(ShareRecordSchema), ...errorResponses(404) },
      },
    },
    async (request) => listShares(sharing, callerOf(request).principal, request.params.id),
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
        response: { 201: OnwardConsentSchema, ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      const { ctx, principal } = who(request);
      return reply
        .status(201)
        .send(await recordOnwardConsent(sharing, ctx, principal, request.params.id, request.body));
    },
  );
  app.get(
    '/api/correlation-alerts',
    {
      config: { policy: 'incidents.read' },
      schema: {
        tags,
        summary: 'Correlation alerts raised on this node, where you may see both sides of the match',
        response: { 200: Type.Array(CorrelationAlertSchema), ...errorResponses() },
      },
    },
    async (request) => listAlerts(sharing, callerOf(request).principal),
  );
}
