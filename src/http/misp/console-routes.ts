/**
 * The console's view of MISP: where to point PyMISP (`GET /api/misp`), the imports with their
 * reports, an event file dropped in the browser (streamed), a feed pulled by an administrator
 * with its progress, and an event downloaded in MISP's format. The MISP API is at `/misp/`.
 */
import { Type } from 'typebox';
import { type AppDeps, publicUrlOf } from '../../app/deps.js';
import { requireEvent, viewerSieve } from '../../app/misp/events.js';
import { FeedJobs, type FeedJob } from '../../app/misp/feed-jobs.js';
import { importDetail, importUpload, recentImports } from '../../app/misp/imports.js';
import { nodeOrganisation } from '../../app/misp/organisation.js';
import { sharingDepsOf } from '../../app/sharing/deps.js';
import { viewerFor } from '../../app/sharing/viewer.js';
import { NotFoundError, ValidationError } from '../../core/errors.js';
import { contextOf } from '../context.js';
import { callerOf } from '../guard.js';
import { type App, errorResponses, JsonObject, typed } from '../schemas.js';
import { streamBody } from '../stream-body.js';
import { MISP_PREFIX } from './routes.js';
import { FeedJobSchema, MispImportDetailSchema, MispImportsSchema, MispOverviewSchema } from './schemas.js';

export function mispConsoleRoutes(app: App, deps: AppDeps): void {
  const tags = ['misp'];
  const sharing = sharingDepsOf(deps);
  const jobs = new FeedJobs(sharing);
  const id = Type.Object({ id: Type.String({ maxLength: 200 }) });

  app.get(
    '/api/misp',
    {
      config: { policy: 'stix.read' },
      schema: {
        tags,
        summary: 'Where a MISP client points, and the largest event it may send',
        response: { 200: MispOverviewSchema, ...errorResponses() },
      },
    },
    async () => ({
      apiUrl: `${publicUrlOf(deps)}${MISP_PREFIX}/`,
      maxContentLength: deps.config.mispMaxContentLength,
    }),
  );
  app.get(
    '/api/misp/imports',
    {
      config: { policy: 'stix.read' },
      schema: {
        tags,
        summary: 'MISP imports, newest first (uploads, API, feeds, command line)',
        response: { 200: MispImportsSchema, ...errorResponses() },
      },
    },
    async () => recentImports(deps.database.db),
  );
  app.get(
    '/api/misp/imports/:id',
    {
      config: { policy: 'stix.read' },
      schema: {
        tags,
        summary: 'One MISP import with its report',
        params: id,
        response: { 200: MispImportDetailSchema, ...errorResponses() },
      },
    },
    async (request) => importDetail(deps.database.db, request.params.id),
  );
  app.get(
    '/api/misp/events/:id',
    {
      config: { policy: 'stix.read' },
      schema: {
        tags,
        summary: 'An event (a report id, its uuid or MISP number) in MISP format, as you may see it',
        params: id,
        response: { 200: Type.Object({ Event: JsonObject }), ...errorResponses() },
      },
    },
    async (request) => {
      const sieve = viewerSieve(deps.database, await viewerFor(sharing, callerOf(request).principal));
      const held = await requireEvent(
        deps.database,
        sieve,
        request.params.id,
        await nodeOrganisation(sharing),
      );
      return { Event: held.event };
    },
  );
  app.post(
    '/api/misp/feed-pulls',
    {
      config: { policy: 'misp.feeds.pull' },
      schema: {
        tags,
        summary: 'Pull a MISP feed by URL in the background: only events newer than last time',
        body: Type.Object({
          url: Type.String({ maxLength: 2000, description: 'the feed address (where manifest.json is)' }),
          authorization: Type.Optional(
            Type.String({ maxLength: 2000, description: 'an Authorization header for the feed' }),
          ),
        }),
        response: { 202: FeedJobSchema, ...errorResponses() },
      },
    },
    async (request, reply) => {
      const { url, authorization } = request.body;
      let parsed: URL | undefined;
      try {
        parsed = new URL(url);
      } catch {
        parsed = undefined;
      }
      if (!parsed || !['http:', 'https:'].includes(parsed.protocol))
        throw new ValidationError('the feed address must be an http or https URL', [
          { path: '/body/url', message: 'http(s) URL' },
        ]);
      const job = jobs.start(
        contextOf(request, deps),
        url,
        authorization ? { Authorization: authorization } : {},
        callerOf(request).principal.userId,
      );
      return reply.status(202).send(present(job));
    },
  );
  app.get(
    '/api/misp/feed-pulls/:id',
    {
      config: { policy: 'misp.feeds.pull' },
      schema: {
        tags,
        summary: 'A feed pull you started: its progress, then its result',
        params: id,
        response: { 200: FeedJobSchema, ...errorResponses() },
      },
    },
    async (request) => {
      const job = jobs.get(request.params.id, callerOf(request).principal.userId);
      if (!job) throw new NotFoundError('misp_import', request.params.id);
      return present(job);
    },
  );
  app.register(async (plain) => {
    const scope = typed(plain);
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
    scope.post(
      '/api/misp/events',
      {
        config: { policy: 'stix.write' },
        schema: {
          tags,
          summary: 'Import a MISP event file (streamed; the file name in X-File-Name): its report',
          response: { 200: MispImportDetailSchema, ...errorResponses() },
        },
      },
      async (request) => {
        const name = String(request.headers['x-file-name'] ?? 'event.json').slice(0, 300);
        return importUpload(
          sharing,
          contextOf(request, deps),
          callerOf(request).principal,
          decodeURIComponentSafe(name),
          streamBody(request),
          deps.config.mispMaxContentLength,
        );
      },
    );
  });
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function present(job: FeedJob) {
  return {
    id: job.id,
    url: job.url,
    state: job.state,
    startedAt: job.startedAt,
    ...(job.finishedAt ? { finishedAt: job.finishedAt } : {}),
    progress: job.progress,
    ...(job.result
      ? {
          result: {
            feed: job.result.feed,
            listed: job.result.listed,
            upToDate: job.result.upToDate,
            imported: job.result.imported.length,
            failed: job.result.failed,
            attributes: job.result.attributes,
            stored: job.result.stored,
            alerts: job.result.alerts,
          },
        }
      : {}),
    ...(job.problem ? { problem: job.problem } : {}),
  };
}
