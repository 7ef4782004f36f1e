/**
 * The node-to-node routes: `GET /federation/v1/card` serves this node's signed card and
 * `POST /federation/v1/inbox` takes batches. Both are public at the HTTP layer: the inbox
 * authenticates each request by its RFC 9421 signature, inside the federation module. The
 * inbox reads the raw body (its digest is signed), so it lives in a scope with its own parser.
 */
import { requireFederation } from '../../app/require-federation.js';
import { CARD_PATH, DEFAULT_MAX_BATCH_BYTES, INBOX_PATH } from '../../federation/transport/batch.js';
import type { AppDeps } from '../../app/deps.js';
import { problemFor, sendProblem } from '../errors.js';
import { type App, ProblemSchema, typed } from '../schemas.js';
import { BatchResponseSchema, CardSchema } from './schemas.js';

export { requireFederation };

export function federationWireRoutes(app: App, deps: AppDeps): void {
  app.get(
    CARD_PATH,
    {
      config: { public: true },
      schema: {
        tags: ['federation'],
        summary: "This node's signed peer card",
        response: { 200: CardSchema, 503: ProblemSchema },
      },
    },
    async () => {
      const federation = requireFederation(deps);
      const card = await federation.card();
      const announcements = federation.keyring.announcements;
      return {
        card: card.compact,
        fingerprint: card.fingerprint,
        ...(announcements.length > 0 ? { announcements: [...announcements] } : {}),
      };
    },
  );

  app.register(async (plain) => {
    const scope = typed(plain);
    // Every content type is read as bytes here; the inbox itself refuses the wrong ones with a reason.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
    scope.post(
      INBOX_PATH,
      {
        config: { public: true },
        bodyLimit: 2 * DEFAULT_MAX_BATCH_BYTES,
        schema: {
          tags: ['federation'],
          summary: 'Receive a signed batch of envelopes from a peer (docs/FEDERATION.md §5)',
          response: {
            200: BatchResponseSchema,
            400: ProblemSchema,
            401: ProblemSchema,
            409: ProblemSchema,
            413: ProblemSchema,
            415: ProblemSchema,
            429: ProblemSchema,
            503: ProblemSchema,
          },
        },
      },
      async (request, reply) => {
        const federation = requireFederation(deps);
        const headers = new Headers();
        for (const [name, value] of Object.entries(request.headers)) {
          if (typeof value === 'string') headers.set(name, value);
          else if (Array.isArray(value)) headers.set(name, value.join(', '));
        }
        const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const origin = new URL(federation.identity.url).origin;
        const reply_ = await federation.receive({
          method: 'POST',
          url: `${origin}${request.url}`,
          headers,
          body,
        });
        if ('body' in reply_) return reply.status(200).type('application/json').send(reply_.body);
        const { code, reason, detail, ...rest } = reply_.problem;
        if (rest.retryAfter !== undefined) reply.header('retry-after', String(rest.retryAfter));
        return sendProblem(reply, problemFor(reply_.status, code, detail, request, { reason, ...rest }));
      },
    );
  });
}
