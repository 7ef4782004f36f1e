/** Response schemas of the console's view of the TAXII server (`/api/taxii`). */
import { Type } from 'typebox';
import type { PostView, TaxiiOverview } from '../../app/taxii/overview.js';
import { Describing, Instant, StringEnum } from '../schemas.js';

const Detail = Type.Object({
  id: Type.String(),
  version: Type.String({ description: 'TAXII timestamp of the version' }),
  message: Type.Optional(Type.String()),
});

export const TaxiiOverviewSchema = Describing<TaxiiOverview>(
  Type.Object({
    discoveryUrl: Type.String({ description: 'what a TAXII client is given as the server' }),
    apiRootUrl: Type.String(),
    maxContentLength: Type.Integer({ description: 'largest body a client may POST, in bytes' }),
    basicAllowed: Type.Boolean({
      description: 'false when the account has a second factor: a client must use an API token',
    }),
    statusDays: Type.Integer({ description: 'days the status of a POST is kept' }),
    collections: Type.Array(
      Type.Object({
        id: Type.String(),
        alias: Type.String(),
        kind: StringEnum(['public', 'community', 'inbox', 'incident'] as const),
        incidentTitle: Type.Optional(Type.String()),
        incidentId: Type.Optional(Type.String()),
        canRead: Type.Boolean(),
        canWrite: Type.Boolean(),
        objectsUrl: Type.String(),
      }),
    ),
  }),
);

export const TaxiiPostsSchema = Describing<PostView[]>(
  Type.Array(
    Type.Object({
      id: Type.String(),
      collectionId: Type.String(),
      collectionAlias: Type.Optional(
        Type.String({ description: 'absent when you no longer see the collection' }),
      ),
      userId: Type.String(),
      status: StringEnum(['pending', 'complete'] as const),
      requestTimestamp: Instant,
      completedAt: Type.Union([Instant, Type.Null()]),
      successes: Type.Array(Detail),
      failures: Type.Array(Detail),
      pendings: Type.Array(Detail),
    }),
  ),
);
