import { Type } from 'typebox';
import { RoleSchema, UserSchema } from './schemas.js';
import {
  createUser,
  getUser,
  listUsers,
  resetPassword,
  resetSecondFactor,
  updateUser,
} from '../../app/accounts/users.js';
import { contextOf } from '../context.js';
import type { AppDeps } from '../../app/deps.js';
import { type App, errorResponses, Id, IdParams, Strict } from '../schemas.js';

const Username = Type.String({
  minLength: 2,
  maxLength: 64,
  pattern: '^[a-z0-9][a-z0-9._-]*$',
  description: 'lower-case letters, digits, . _ -',
});
const Email = Type.String({ format: 'email', maxLength: 254 });

export function userRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/api/users',
    {
      config: { policy: 'users.list' },
      schema: {
        tags: ['users'],
        summary: 'List users',
        response: { 200: Type.Array(UserSchema), ...errorResponses() },
      },
    },
    async () => listUsers(deps.database),
  );

  app.post(
    '/api/users',
    {
      config: { policy: 'users.create' },
      schema: {
        tags: ['users'],
        summary: 'Create a user; without a password a one-time password is generated and returned once',
        body: Strict({
          username: Username,
          displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
          email: Type.Optional(Type.Union([Email, Type.Null()])),
          roles: Type.Array(RoleSchema, { minItems: 1, maxItems: 7, uniqueItems: true }),
          authorityId: Type.Optional(Type.Union([Id, Type.Null()])),
          password: Type.Optional(Type.String({ minLength: 1, maxLength: 256 })),
        }),
        response: {
          201: Type.Object({ user: UserSchema, oneTimePassword: Type.Union([Type.String(), Type.Null()]) }),
          ...errorResponses(409),
        },
      },
    },
    async (request, reply) => {
      const result = await createUser(
        deps.database,
        contextOf(request, deps),
        request.body,
        deps.passwordCost,
      );
      return reply.status(201).send(result);
    },
  );

  app.get(
    '/api/users/:id',
    {
      config: { policy: 'users.read', subjectUserParam: 'id' },
      schema: {
        tags: ['users'],
        summary: 'One user (admins, or the user themself)',
        params: IdParams,
        response: { 200: UserSchema, ...errorResponses(404) },
      },
    },
    async (request) => getUser(deps.database, request.params.id),
  );

  app.patch(
    '/api/users/:id',
    {
      config: { policy: 'users.update' },
      schema: {
        tags: ['users'],
        summary: 'Change roles, authority, contact details, or disable a user',
        params: IdParams,
        body: Strict({
          displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
          email: Type.Optional(Type.Union([Email, Type.Null()])),
          roles: Type.Optional(Type.Array(RoleSchema, { minItems: 1, maxItems: 7, uniqueItems: true })),
          authorityId: Type.Optional(Type.Union([Id, Type.Null()])),
          disabled: Type.Optional(Type.Boolean()),
        }),
        response: { 200: UserSchema, ...errorResponses(404, 409) },
      },
    },
    async (request) => updateUser(deps.database, contextOf(request, deps), request.params.id, request.body),
  );

  app.post(
    '/api/users/:id/reset-password',
    {
      config: { policy: 'users.reset_password' },
      schema: {
        tags: ['users'],
        summary: 'Issue a new one-time password, unlock the account and end its sessions',
        params: IdParams,
        response: {
          200: Type.Object({ user: UserSchema, oneTimePassword: Type.String() }),
          ...errorResponses(404),
        },
      },
    },
    async (request) =>
      resetPassword(deps.database, contextOf(request, deps), request.params.id, deps.passwordCost),
  );

  app.post(
    '/api/users/:id/reset-second-factor',
    {
      config: { policy: 'users.reset_second_factor' },
      schema: {
        tags: ['users'],
        summary: 'Clear the second factor of a person who lost it (they enrol again) and end their sessions',
        params: IdParams,
        response: { 200: UserSchema, ...errorResponses(404) },
      },
    },
    async (request) => resetSecondFactor(deps.database, contextOf(request, deps), request.params.id),
  );
}
