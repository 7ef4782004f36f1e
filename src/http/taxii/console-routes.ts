/**
 * The console's view of the TAXII server: where to point a client and the collections one sees
 * (`GET /api/taxii`), and what one's tools posted (`GET /api/taxii/posts`). The TAXII protocol
 * itself is at `/taxii2/` (routes.ts).
 */
import { type AppDeps, publicUrlOf } from '../../app/deps.js';
import { sharingDepsOf } from '../../app/sharing/deps.js';
import { recentPosts, taxiiOverview } from '../../app/taxii/overview.js';
import { callerOf } from '../guard.js';
import { type App, errorResponses } from '../schemas.js';
import { API_ROOT, TAXII_PREFIX } from './routes.js';
import { TaxiiOverviewSchema, TaxiiPostsSchema } from './schemas.js';

export function taxiiConsoleRoutes(app: App, deps: AppDeps): void {
  const tags = ['taxii'];
  const sharing = sharingDepsOf(deps);
  app.get(
    '/api/taxii',
    {
      config: { policy: 'stix.read' },
      schema: {
        tags,
        summary: "The TAXII server's addresses, how to sign in to it, and the collections you see",
        response: { 200: TaxiiOverviewSchema, ...errorResponses() },
      },
    },
    async (request) =>
      taxiiOverview(sharing, callerOf(request).principal, {
        publicUrl: publicUrlOf(deps),
        discoveryPath: `${TAXII_PREFIX}/`,
        apiRootPath: `${TAXII_PREFIX}/${API_ROOT}/`,
        maxContentLength: deps.config.taxiiMaxContentLength,
      }),
  );
  app.get(
    '/api/taxii/posts',
    {
      config: { policy: 'stix.read' },
      schema: {
        tags,
        summary:
          'What your TAXII clients posted in the days statuses are kept, newest first, object by object',
        response: { 200: TaxiiPostsSchema, ...errorResponses() },
      },
    },
    async (request) => recentPosts(sharing, callerOf(request).principal),
  );
}
