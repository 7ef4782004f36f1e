import { Type } from 'typebox';
import { STATE_CODE_PATTERN } from '../../core/register/register.js';
import { readNodeIdentity, setNodeIdentity } from '../../app/register/node-identity.js';
import { contextOf } from '../context.js';
import { type AppDeps, publicUrlOf } from '../../app/deps.js';
import { describeConfiguration, type Setting } from '../../app/config/describe.js';
import { Describing, errorResponses, Id, Nullable, Strict, type App } from '../schemas.js';

const Identity = Type.Object({
  stateCode: Type.String(),
  authorityId: Type.String(),
  configuredAt: Type.String(),
});

export function nodeRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/api/node',
    {
      config: { policy: 'node.read' },
      schema: {
        tags: ['node'],
        summary: 'This node: public URL, database engine, and which State and authority it serves',
        response: {
          200: Type.Object({
            publicUrl: Type.String(),
            database: Type.String(),
            configured: Type.Boolean(),
            identity: Type.Union([Identity, Type.Null()]),
          }),
          ...errorResponses(),
        },
      },
    },
    async () => {
      const identity = await readNodeIdentity(deps.database);
      return {
        publicUrl: publicUrlOf(deps),
        database: deps.database.dialect,
        configured: identity !== null,
        identity,
      };
    },
  );
  app.get(
    '/api/node/configuration',
    {
      config: { policy: 'node.configuration' },
      schema: {
        tags: ['node'],
        summary: 'The configuration in effect: every documented variable and its value, secrets masked',
        response: {
          200: Type.Array(
            Describing<Setting>(
              Type.Object({
                variable: Type.String(),
                value: Nullable(Type.String({ description: 'null when unset: the default applies' })),
                secret: Type.Boolean({ description: 'masked: a password is never shown' }),
                default: Type.String(),
                description: Type.String(),
              }),
            ),
          ),
          ...errorResponses(),
        },
      },
    },
    async () => describeConfiguration(deps.config),
  );
  app.put(
    '/api/node/identity',
    {
      config: { policy: 'node.configure' },
      schema: {
        tags: ['node'],
        summary: 'Initial setup: which registered State and authority this node serves',
        body: Strict({ stateCode: Type.String({ pattern: STATE_CODE_PATTERN }), authorityId: Id }),
        response: { 200: Identity, ...errorResponses(404) },
      },
    },
    async (request) => {
      const body = request.body;
      return setNodeIdentity(deps.database, contextOf(request, deps), body.stateCode, body.authorityId);
    },
  );
}
