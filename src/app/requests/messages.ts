/**
 * The federation messages of cooperation requests (docs/FEDERATION.md §15 and §16): the event
 * log replicated between the two nodes, requesting-side actions forwarded to the requested node
 * (the single writer once a request is submitted), and status-and-progress queries.
 */
import { type Static, Type } from 'typebox';
import type { RequestCommand } from '../../core/legal/lifecycle/decide.js';
import type { RequestEvent } from '../../core/legal/lifecycle/events.js';
import type { StatusReport } from '../../core/legal/lifecycle/status-report.js';
import { messageType } from '../../federation/messages/message-type.js';

const RequestId = Type.String({ minLength: 1, maxLength: 100 });
const StateCode = Type.String({ minLength: 1, maxLength: 8, description: 'ISO 3166-1 alpha-2' });
const Instant = Type.String({ minLength: 1, maxLength: 40, description: 'ISO-8601 UTC instant' });

/** One event of the shared log; the legal core's fold decides what it means. */
const WireEvent = Type.Unsafe<RequestEvent>(
  Type.Object(
    {
      type: Type.String({ minLength: 1, maxLength: 64 }),
      requestId: RequestId,
      at: Instant,
    },
    { additionalProperties: true },
  ),
);

const REVIEW_STARTED: RequestEvent = {
  type: 'review_started',
  requestId: '0b6c1a52-6f1e-4a43-9d11-2c3a4e5f6071',
  at: '2026-05-04T08:04:10.000Z',
  actor: { role: 'poc_officer', side: 'requested', userId: 'u-4' },
};

export const REQUEST_EVENTS = messageType({
  type: 'request.events',
  summary:
    "New events of a request's log, sent by whichever node appended them. `fromVersion` is the version they extend (0 with the whole log, when the request first crosses at submission); the receiver appends only the next version and acknowledges duplicates without effect.",
  schema: Type.Object({
    requestId: RequestId,
    requestingState: StateCode,
    requestedState: StateCode,
    fromVersion: Type.Integer({ minimum: 0 }),
    events: Type.Array(WireEvent, { maxItems: 10_000 }),
  }),
  example: {
    requestId: '0b6c1a52-6f1e-4a43-9d11-2c3a4e5f6071',
    requestingState: 'XB',
    requestedState: 'XA',
    fromVersion: 3,
    events: [REVIEW_STARTED],
  },
});

export const REQUEST_COMMAND = messageType({
  type: 'request.command',
  summary:
    'An action of the requesting side (withdraw, provide information, agree to conditions, extend a preservation), sent to the requested node, which decides it with the legal core exactly as a local action and answers with `request.events` or `request.command_refused`.',
  schema: Type.Object({
    requestId: RequestId,
    requestingState: StateCode,
    requestedState: StateCode,
    command: Type.Unsafe<RequestCommand>(
      Type.Object({ type: Type.String({ minLength: 1, maxLength: 64 }) }, { additionalProperties: true }),
    ),
    actor: Type.Object({
      role: Type.String({ minLength: 1, maxLength: 32 }),
      userId: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    }),
  }),
  example: {
    requestId: '0b6c1a52-6f1e-4a43-9d11-2c3a4e5f6071',
    requestingState: 'XB',
    requestedState: 'XA',
    command: {
      type: 'withdraw',
      reason: 'the suspect was identified domestically',
    } as unknown as RequestCommand,
    actor: { role: 'central_authority', userId: 'u-17' },
  },
});

export const REQUEST_COMMAND_REFUSED = messageType({
  type: 'request.command_refused',
  summary:
    "The requested node's answer when the legal core refuses a forwarded action: the domain error's stable code and its words, so the refusal joins the requesting node's audit trail.",
  schema: Type.Object({
    requestId: RequestId,
    commandMessageId: Type.String({ minLength: 1, maxLength: 100 }),
    command: Type.String({ minLength: 1, maxLength: 64 }),
    code: Type.String({ minLength: 1, maxLength: 64 }),
    detail: Type.String({ maxLength: 2000 }),
  }),
  example: {
    requestId: '0b6c1a52-6f1e-4a43-9d11-2c3a4e5f6071',
    commandMessageId: '5d0e3c1b-8a7f-4e2d-b9c6-1f2e3d4c5b6a',
    command: 'withdraw',
    code: 'illegal_transition',
    detail: 'a closed request cannot be withdrawn',
  },
});

export const STATUS_QUERY = messageType({
  type: 'request.status_query',
  summary:
    'The requesting node asks how a request stands; the requested node records the query and answers at once from its log with `request.status_answer`.',
  schema: Type.Object({
    queryId: Type.String({ minLength: 1, maxLength: 100 }),
    requestId: RequestId,
    requestingState: StateCode,
    requestedState: StateCode,
    askedAt: Instant,
    askedBy: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    question: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
  }),
  example: {
    queryId: '7f3e2d1c-0b9a-4876-a5b4-c3d2e1f0a9b8',
    requestId: '0b6c1a52-6f1e-4a43-9d11-2c3a4e5f6071',
    requestingState: 'XB',
    requestedState: 'XA',
    askedAt: '2026-05-06T09:30:00.000Z',
    askedBy: 'u-17',
    question: 'Has the provider confirmed the preservation?',
  },
});

const Report = Type.Unsafe<StatusReport>(
  Type.Object(
    {
      requestId: RequestId,
      version: Type.Integer({ minimum: 1 }),
      status: Type.String({ minLength: 1, maxLength: 40 }),
      lastEventAt: Instant,
      items: Type.Array(
        Type.Object({ id: Type.String(), status: Type.String() }, { additionalProperties: true }),
      ),
      deadlines: Type.Array(Type.Object({ id: Type.String() }, { additionalProperties: true })),
    },
    { additionalProperties: true },
  ),
);

export const STATUS_ANSWER = messageType({
  type: 'request.status_answer',
  summary:
    "The requested node's answer to a status query: a report derived from its log (version, status, per-item progress, running deadlines, last event), automatic or with an officer's note. The report may be ahead of the asker's replica.",
  schema: Type.Object({
    queryId: Type.String({ minLength: 1, maxLength: 100 }),
    requestId: RequestId,
    answeredAt: Instant,
    automatic: Type.Boolean(),
    note: Type.Optional(Type.String({ minLength: 1, maxLength: 4000 })),
    answeredBy: Type.Optional(Type.Object({ role: Type.String({ minLength: 1, maxLength: 32 }) })),
    report: Report,
  }),
  example: {
    queryId: '7f3e2d1c-0b9a-4876-a5b4-c3d2e1f0a9b8',
    requestId: '0b6c1a52-6f1e-4a43-9d11-2c3a4e5f6071',
    answeredAt: '2026-05-06T09:30:02.000Z',
    automatic: true,
    report: {
      requestId: '0b6c1a52-6f1e-4a43-9d11-2c3a4e5f6071',
      version: 4,
      status: 'in_execution',
      preservation: 'active',
      lastEventAt: '2026-05-05T14:12:00.000Z',
      items: [{ id: 'subscriber', status: 'pending' }],
      progress: { total: 1, executed: 0, refused: 0, pending: 1 },
      deadlines: [],
      openInformationRequests: [],
    },
  },
});

export type RequestEventsPayload = Static<typeof REQUEST_EVENTS.schema>;
export type RequestCommandPayload = Static<typeof REQUEST_COMMAND.schema>;
export type StatusQueryPayload = Static<typeof STATUS_QUERY.schema>;
export type StatusAnswerPayload = Static<typeof STATUS_ANSWER.schema>;

/** Every request message type, for the catalogue and the protocol document. */
export const REQUEST_MESSAGES = [
  REQUEST_EVENTS,
  REQUEST_COMMAND,
  REQUEST_COMMAND_REFUSED,
  STATUS_QUERY,
  STATUS_ANSWER,
] as const;
