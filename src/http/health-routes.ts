import { Type } from 'typebox';
import type { AppDeps } from '../app/deps.js';
import { ProblemSchema, type App } from './schemas.js';

/** Liveness (the process answers) and readiness (the database answers and is migrated). */
export function healthRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/healthz',
    {
      config: { public: true },
      schema: {
        tags: ['health'],
        summary: 'Liveness',
        response: { 200: Type.Object({ status: Type.Literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/readyz',
    {
      config: { public: true },
      schema: {
        tags: ['health'],
        summary: 'Readiness: database reachable and migrated',
        response: {
          200: Type.Object({ status: Type.Literal('ready'), database: Type.String() }),
          503: ProblemSchema,
        },
      },
    },
    async () => {
      await deps.database.ping();
      const pending = await deps.database.pendingMigrations();
      if (pending.length > 0) {
        const { DomainError } = await import('../core/errors.js');
        throw new DomainError(
          'migrations_pending',
          `migrations not applied: ${pending.join(', ')} (run comity migrate)`,
        );
      }
      return { status: 'ready' as const, database: deps.database.dialect };
    },
  );
}
