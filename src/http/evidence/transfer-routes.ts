import { Type } from 'typebox';
import type { RegimeRegistry } from '../../core/legal/regimes/registry.js';
import { callerOf } from '../guard.js';
import { contextOf } from '../context.js';
import type { AppDeps } from '../../app/deps.js';
import { listTransfers } from '../../app/evidence/transfer/list-transfers.js';
import { startEvidenceTransfers } from '../../app/evidence/transfer/start-transfer.js';
import { requireFederation } from '../federation/wire-routes.js';
import { errorResponses, Id, IdParams, Strict, StringEnum, type App } from '../schemas.js';

const TransferSchema = Type.Object({
  id: Type.String(),
  direction: StringEnum(['outgoing', 'incoming'] as const),
  requestId: Type.String(),
  peer: Type.String(),
  evidenceId: Type.Union([Type.String(), Type.Null()]),
  remoteEvidenceId: Type.Union([Type.String(), Type.Null()]),
  filename: Type.String(),
  size: Type.Integer(),
  sha256: Type.String(),
  chunkCount: Type.Integer(),
  chunksQueued: Type.Union([Type.Integer(), Type.Null()]),
  chunksAcknowledged: Type.Union([Type.Integer(), Type.Null()]),
  chunksReceived: Type.Union([Type.Integer(), Type.Null()]),
  status: Type.String({
    description:
      'outgoing: sending, sent, verified, rejected, failed; incoming: receiving, complete, verified, rejected',
  }),
  verified: Type.Boolean(),
  reason: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

export function evidenceTransferRoutes(app: App, deps: AppDeps, registry: RegimeRegistry): void {
  const tags = ['evidence'];
  app.post(
    '/api/requests/:id/evidence-transfers',
    {
      config: { policy: 'evidence.transmit' },
      schema: {
        tags,
        summary:
          'Send evidence filed against a request to the requesting State, in chunks through the federation (requested side, once executed)',
        params: IdParams,
        body: Strict({ evidenceIds: Type.Array(Id, { minItems: 1, maxItems: 100 }) }),
        response: { 202: Type.Array(TransferSchema), ...errorResponses(404, 409, 503) },
      },
    },
    async (request, reply) => {
      const id = request.params.id;
      const principal = callerOf(request).principal;
      await startEvidenceTransfers(
        { database: deps.database, registry, courier: requireFederation(deps) },
        contextOf(request, deps),
        principal,
        id,
        request.body.evidenceIds,
      );
      return reply.status(202).send(await listTransfers(deps.database, principal, id));
    },
  );
  app.get(
    '/api/requests/:id/evidence-transfers',
    {
      config: { policy: 'evidence.read' },
      schema: {
        tags,
        summary: 'Evidence transfers of a request, sent and received, with their progress and verification',
        params: IdParams,
        response: { 200: Type.Array(TransferSchema), ...errorResponses(404) },
      },
    },
    async (request) => listTransfers(deps.database, callerOf(request).principal, request.params.id),
  );
}
