/**
 * `GET /api/events`: a server-sent event stream of the changes the caller may see (requests,
 * cases), so the 24/7 desk updates by itself. Each event's id is its audit position; a client
 * that reconnects (EventSource does so by itself, also after the node restarts) sends the last
 * one in `Last-Event-ID` and resumes exactly after it.
 */
import { Type } from 'typebox';
import { changesAfter, latestSeq } from '../../app/live/changes.js';
import type { AppDeps } from '../../app/deps.js';
import { callerOf } from '../guard.js';
import { type App, errorResponses } from '../schemas.js';

const HEARTBEAT_MS = 20_000;
const POLL_MS = 2_000;

export function liveRoutes(app: App, deps: AppDeps): void {
  // Open streams end when the server closes, or a graceful shutdown would wait for them.
  const streams = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of streams) end();
  });
  app.get(
    '/api/events',
    {
      config: { policy: 'events.read' },
      schema: {
        tags: ['live'],
        summary:
          'Server-sent events: `change` events `{kind, id, action, at}` for requests and cases you may see, id = audit position (resume with Last-Event-ID)',
        headers: Type.Object({ 'last-event-id': Type.Optional(Type.String({ pattern: '^[0-9]{1,15}$' })) }),
        querystring: Type.Object(
          { after: Type.Optional(Type.Integer({ minimum: 0 })) },
          { additionalProperties: false },
        ),
        produces: ['text/event-stream'],
        response: {
          200: Type.String({ description: 'text/event-stream: `id`, `event: change`, `data` as JSON' }),
          ...errorResponses(),
        },
      },
    },
    async (request, reply) => {
      const principal = callerOf(request).principal;
      const header = request.headers['last-event-id'];
      let position =
        header !== undefined ? Number(header) : (request.query.after ?? (await latestSeq(deps.database)));
      const seen = new Map<string, boolean>();
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
        'x-request-id': String(request.id),
      });
      res.write(`retry: 1000\n: position ${position}\n\n`);
      let wake: (() => void) | undefined;
      const stopHere = deps.database.onCommitted(() => wake?.());
      // A change committed by another instance of this node reaches a user connected here too.
      const stopThere = deps.database.onOtherInstanceCommitted(() => wake?.());
      const stopListening = () => {
        stopHere();
        stopThere();
      };
      let open = true;
      const end = () => {
        open = false;
        wake?.();
      };
      streams.add(end);
      request.raw.on('close', end);
      let lastWrite = Date.now();
      try {
        while (open) {
          const { changes, upTo } = await changesAfter(deps.database, principal, position, seen);
          for (const c of changes)
            res.write(
              `id: ${c.seq}\nevent: change\ndata: ${JSON.stringify({ kind: c.kind, id: c.id, action: c.action, at: c.at })}\n\n`,
            );
          if (changes.length > 0) lastWrite = Date.now();
          const moved = upTo !== position;
          position = upTo;
          if (moved) continue;
          if (Date.now() - lastWrite > HEARTBEAT_MS) {
            res.write(`: heartbeat ${position}\n\n`);
            lastWrite = Date.now();
          }
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, POLL_MS);
            wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
          wake = undefined;
        }
      } catch (error) {
        request.log.error({ err: error }, 'event stream failed');
      } finally {
        streams.delete(end);
        stopListening();
        res.end();
      }
    },
  );
}
