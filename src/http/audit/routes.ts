/** The audit log, filtered and paged, exported, and the verification of its hash chain. */
import { Readable } from 'node:stream';
import { type Static, Type } from 'typebox';
import {
  type AuditEventView,
  type AuditSearch,
  exportAudit,
  searchAudit,
  verifyAudit,
} from '../../app/audit/trail.js';
import type { AppDeps } from '../../app/deps.js';
import { contextOf } from '../context.js';
import { type App, BinaryContent, StringEnum, errorResponses } from '../schemas.js';

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
  actorName: Type.Union([Type.String(), Type.Null()]),
});

const Filters = {
  subjectType: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  subjectId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  action: Type.Optional(
    Type.String({ minLength: 1, maxLength: 100, description: 'One action, or a prefix ending in `*`' }),
  ),
  actor: Type.Optional(
    Type.String({ minLength: 1, maxLength: 200, description: "A username, or an actor's id" }),
  ),
  from: Type.Optional(Type.String({ maxLength: 40, description: 'ISO-8601 instant, inclusive' })),
  to: Type.Optional(Type.String({ maxLength: 40, description: 'ISO-8601 instant, exclusive' })),
  order: Type.Optional(StringEnum(['oldest', 'newest'] as const, { description: 'Default: oldest first' })),
};

/** Query strings carry only the filters given; the app takes them as they are. */
function searchOf(query: Partial<Record<keyof typeof Filters, string>>): AuditSearch {
  return Object.fromEntries(
    Object.entries(query).filter(([, v]) => v !== undefined && v !== ''),
  ) as AuditSearch;
}

/** An event as the API shows it. */
function presentEvent(e: AuditEventView): Static<typeof AuditEventSchema> {
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
    actorName: e.actorName,
  };
}

export function auditRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/api/audit',
    {
      config: { policy: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'Audit events, filtered, oldest or newest first, paged by sequence number',
        querystring: Type.Object(
          {
            ...Filters,
            cursor: Type.Optional(Type.Integer({ minimum: 0, description: "The previous page's `next`" })),
            afterSeq: Type.Optional(
              Type.Integer({ minimum: 0, description: 'Oldest first, after this event' }),
            ),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            events: Type.Array(AuditEventSchema),
            next: Type.Union([Type.Integer(), Type.Null()]),
            nextAfterSeq: Type.Union([Type.Integer(), Type.Null()], {
              description: '`next` when oldest first (kept for clients that page with afterSeq)',
            }),
          }),
          ...errorResponses(),
        },
      },
    },
    async (request) => {
      const { cursor, afterSeq, limit, ...filters } = request.query;
      const search = searchOf(filters);
      const page = await searchAudit(deps.database, {
        ...search,
        ...(afterSeq === undefined ? {} : { order: 'oldest' as const, cursor: afterSeq }),
        ...(cursor === undefined ? {} : { cursor }),
        ...(limit === undefined ? {} : { limit }),
      });
      const oldestFirst = search.order !== 'newest' || afterSeq !== undefined;
      return {
        events: page.events.map(presentEvent),
        next: page.next,
        nextAfterSeq: oldestFirst ? page.next : null,
      };
    },
  );
  app.get(
    '/api/audit/export',
    {
      config: { policy: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'Every event that matches the filters, as CSV or JSON Lines (the export is recorded)',
        querystring: Type.Object(
          {
            ...Filters,
            format: Type.Optional(StringEnum(['csv', 'jsonl'] as const, { description: 'Default: csv' })),
          },
          { additionalProperties: false },
        ),
        produces: ['text/csv', 'application/jsonl'],
        response: { 200: BinaryContent, ...errorResponses() },
      },
    },
    async (request, reply) => {
      const { format = 'csv', ...filters } = request.query;
      const lines = await exportAudit(deps.database, contextOf(request, deps), searchOf(filters), format);
      const day = deps.clock.now().toISOString().slice(0, 10);
      reply.header(
        'content-type',
        format === 'csv' ? 'text/csv; charset=utf-8' : 'application/jsonl; charset=utf-8',
      );
      reply.header('content-disposition', `attachment; filename="comity-audit-${day}.${format}"`);
      reply.header('cache-control', 'no-store');
      return reply.send(Readable.from(lines));
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
    async () => verifyAudit(deps.database),
  );
}
