/** The audit log, page by page, and the verification of its hash chain. */
import { type Static, Type } from 'typebox';
import type { AppDeps } from '../../app/deps.js';
import type { AuditEvent } from '../../core/audit/chain.js';
import { listAudit, verifyAuditLog } from '../../storage/audit/audit-log.js';
import { type App, errorResponses } from '../schemas.js';

const AuditEventSchema = Type.Object({
  seq: Type.Integer(),
  id: Type.String(),
  at: Type.String(),
  actorType: Type.String(),
  actorId: Type.String(),
  action: Type.String(),
  subjectType: Type.String(),
  subjectId: Type.String(),
  legalBasis: Type.Union([Type.String(), Type.Null()]),
  requestId: Type.Union([Type.String(), Type.Null()]),
  details: Type.Record(Type.String(), Type.Unknown()),
  prevHash: Type.String(),
  hash: Type.String(),
});

/** An event as the API shows it (the stored canonical text of its details stays inside). */
function presentEvent(e: AuditEvent): Static<typeof AuditEventSchema> {
  return {
    seq: e.seq,
    id: e.id,
    at: e.at,
    actorType: e.actorType,
    actorId: e.actorId,
    action: e.action,
    subjectType: e.subjectType,
    subjectId: e.subjectId,
    legalBasis: e.legalBasis,
    requestId: e.requestId,
    details: { ...e.details },
    prevHash: e.prevHash,
    hash: e.hash,
  };
}

export function auditRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/api/audit',
    {
      config: { policy: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'Audit events in order, paged by sequence number',
        querystring: Type.Object(
          {
            afterSeq: Type.Optional(Type.Integer({ minimum: 0 })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
            subjectType: Type.Optional(Type.String({ maxLength: 64 })),
            subjectId: Type.Optional(Type.String({ maxLength: 200 })),
            action: Type.Optional(Type.String({ maxLength: 100 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            events: Type.Array(AuditEventSchema),
            nextAfterSeq: Type.Union([Type.Integer(), Type.Null()]),
          }),
          ...errorResponses(),
        },
      },
    },
    async (request) => {
      const events = await listAudit(deps.database, request.query);
      const limit = request.query.limit ?? 100;
      return {
        events: events.map(presentEvent),
        nextAfterSeq: events.length === limit ? events.at(-1)!.seq : null,
      };
    },
  );
  app.get(
    '/api/audit/verify',
    {
      config: { policy: 'audit.verify' },
      schema: {
        tags: ['audit'],
        summary: 'Walk the hash chain; names the first bad event',
        response: {
          200: Type.Object({
            ok: Type.Boolean(),
            checked: Type.Integer(),
            problem: Type.Optional(Type.String()),
            seq: Type.Optional(Type.Integer()),
            eventId: Type.Optional(Type.Union([Type.String(), Type.Null()])),
            message: Type.Optional(Type.String()),
            head: Type.Optional(
              Type.Union([Type.Object({ seq: Type.Integer(), hash: Type.String() }), Type.Null()]),
            ),
          }),
          ...errorResponses(),
        },
      },
    },
    async () => verifyAuditLog(deps.database),
  );
}
