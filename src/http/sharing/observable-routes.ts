/** Correlation lookup, and observables a request cites as the data it asks for. */
import { Type } from 'typebox';
import { callerOf } from '../guard.js';
import { contextOf } from '../context.js';
import type { AppDeps } from '../../app/deps.js';
import { sharingDepsOf } from '../../app/sharing/deps.js';
import { lookupValue } from '../../app/sharing/lookup.js';
import { citeObservables } from '../../app/sharing/request-observables.js';
import { type App, errorResponses, Id, IdParams, Strict } from '../schemas.js';
import { CitedObservablesSchema, LookupSchema } from './schemas.js';

export function observableRoutes(app: App, deps: AppDeps): void {
  const sharing = sharingDepsOf(deps);
  app.get(
    '/api/observables',
    {
      config: { policy: 'observables.lookup' },
      schema: {
        tags: ['incidents'],
        summary:
          'What a value is, whether it is on a warning list, and where it occurs among what you may see',
        querystring: Type.Object(
          { value: Type.String({ minLength: 1, maxLength: 2000 }) },
          { additionalProperties: false },
        ),
        response: { 200: LookupSchema, ...errorResponses() },
      },
    },
    async (request) => lookupValue(sharing, callerOf(request).principal, request.query.value),
  );
  app.put(
    '/api/requests/:id/observables',
    {
      config: { policy: 'requests.draft' },
      schema: {
        tags: ['requests'],
        summary: 'Cite observables of an incident as the data the request asks for (indexed for correlation)',
        params: IdParams,
        body: Strict({
          incidentId: Id,
          observables: Type.Array(
            Strict({
              kind: Type.String({ minLength: 1, maxLength: 40 }),
              value: Type.String({ minLength: 1, maxLength: 2000 }),
              itemId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
            }),
            { minItems: 1, maxItems: 500 },
          ),
        }),
        response: { 200: CitedObservablesSchema, ...errorResponses(404) },
      },
    },
    async (request) =>
      citeObservables(
        sharing,
        contextOf(request, deps),
        callerOf(request).principal,
        request.params.id,
        request.body,
      ),
  );
}
