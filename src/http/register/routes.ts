import { Type } from 'typebox';
import {
  AUTHORITY_TYPES,
  DECLARATION_KINDS,
  LANGUAGE_PATTERN,
  REGIME_IDS,
  STATE_CODE_PATTERN,
} from '../../core/register/register.js';
import {
  addContact,
  createAuthority,
  deleteAuthority,
  getAuthority,
  removeContact,
  updateAuthority,
} from '../../app/register/authorities.js';
import { createState, deleteState, getState, listStates, updateState } from '../../app/register/states.js';
import { contextOf } from '../context.js';
import type { AppDeps } from '../../app/deps.js';
import { errorResponses, IdParams, Strict, StringEnum, type App, NoContent } from '../schemas.js';

const StateCode = Type.String({ pattern: STATE_CODE_PATTERN, description: 'ISO 3166-1 alpha-2 code' });
const CodeParams = Strict({ code: StateCode });
const Languages = Type.Array(Type.String({ pattern: LANGUAGE_PATTERN }), { maxItems: 50, uniqueItems: true });
const Url = Type.String({ format: 'uri', pattern: '^https?://', maxLength: 500 });
const Declaration = Strict({
  kind: StringEnum(DECLARATION_KINDS),
  article: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  text: Type.String({ minLength: 1, maxLength: 5000 }),
});
const StateFields = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  nodeUrl: Type.Optional(Type.Union([Url, Type.Null()])),
  languages: Type.Optional(Languages),
  regimes: Type.Optional(Type.Array(StringEnum(REGIME_IDS), { uniqueItems: true })),
  declarations: Type.Optional(Type.Array(Declaration, { maxItems: 200 })),
};
const TimeZone = Type.String({
  minLength: 1,
  maxLength: 64,
  description: 'IANA time zone, e.g. Europe/Vienna',
});

const ContactSchema = Type.Object({
  id: Type.String(),
  authorityId: Type.String(),
  name: Type.String(),
  role: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
  timezone: Type.Union([Type.String(), Type.Null()]),
  available24x7: Type.Boolean(),
});
const AuthoritySchema = Type.Object({
  id: Type.String(),
  stateCode: Type.String(),
  type: StringEnum(AUTHORITY_TYPES),
  name: Type.String(),
  languages: Type.Array(Type.String()),
  timezone: Type.String(),
  contacts: Type.Array(ContactSchema),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
const StateSchema = Type.Object({
  code: Type.String(),
  name: Type.String(),
  nodeUrl: Type.Union([Type.String(), Type.Null()]),
  languages: Type.Array(Type.String()),
  regimes: Type.Array(Type.String()),
  declarations: Type.Array(
    Type.Object({ kind: Type.String(), article: Type.Optional(Type.String()), text: Type.String() }),
  ),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

export function registerRoutes(app: App, deps: AppDeps): void {
  const tags = ['register'];
  app.get(
    '/api/register/states',
    {
      config: { policy: 'register.read' },
      schema: {
        tags,
        summary: 'States in the register',
        response: { 200: Type.Array(StateSchema), ...errorResponses() },
      },
    },
    async () => listStates(deps.database),
  );
  app.post(
    '/api/register/states',
    {
      config: { policy: 'register.write' },
      schema: {
        tags,
        summary: 'Add a State',
        body: Strict({ code: StateCode, ...StateFields }),
        response: { 201: StateSchema, ...errorResponses(409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createState(deps.database, contextOf(request, deps), request.body)),
  );
  app.get(
    '/api/register/states/:code',
    {
      config: { policy: 'register.read' },
      schema: {
        tags,
        summary: 'A State with its authorities and contacts',
        params: CodeParams,
        response: {
          200: Type.Intersect([StateSchema, Type.Object({ authorities: Type.Array(AuthoritySchema) })]),
          ...errorResponses(404),
        },
      },
    },
    async (request) => getState(deps.database, request.params.code),
  );
  app.patch(
    '/api/register/states/:code',
    {
      config: { policy: 'register.write' },
      schema: {
        tags,
        summary: 'Change a State',
        params: CodeParams,
        body: Type.Partial(Strict(StateFields), { additionalProperties: false, minProperties: 1 }),
        response: { 200: StateSchema, ...errorResponses(404) },
      },
    },
    async (request) =>
      updateState(deps.database, contextOf(request, deps), request.params.code, request.body),
  );
  app.delete(
    '/api/register/states/:code',
    {
      config: { policy: 'register.write' },
      schema: {
        tags,
        summary: 'Remove a State that has no authorities left',
        params: CodeParams,
        response: { 204: NoContent, ...errorResponses(404, 409) },
      },
    },
    async (request, reply) => {
      await deleteState(deps.database, contextOf(request, deps), request.params.code);
      return reply.status(204).send(null);
    },
  );

  const AuthorityFields = {
    type: StringEnum(AUTHORITY_TYPES),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    languages: Type.Optional(Languages),
    timezone: TimeZone,
  };
  app.post(
    '/api/register/states/:code/authorities',
    {
      config: { policy: 'register.write' },
      schema: {
        tags,
        summary: 'Add an authority to a State',
        params: CodeParams,
        body: Strict(AuthorityFields),
        response: { 201: AuthoritySchema, ...errorResponses(404) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createAuthority(deps.database, contextOf(request, deps), request.params.code, request.body),
        ),
  );
  app.get(
    '/api/register/authorities/:id',
    {
      config: { policy: 'register.read' },
      schema: {
        tags,
        summary: 'An authority with its contacts',
        params: IdParams,
        response: { 200: AuthoritySchema, ...errorResponses(404) },
      },
    },
    async (request) => getAuthority(deps.database, request.params.id),
  );
  app.patch(
    '/api/register/authorities/:id',
    {
      config: { policy: 'register.write' },
      schema: {
        tags,
        summary: 'Change an authority',
        params: IdParams,
        body: Type.Partial(Strict(AuthorityFields), { additionalProperties: false, minProperties: 1 }),
        response: { 200: AuthoritySchema, ...errorResponses(404) },
      },
    },
    async (request) =>
      updateAuthority(deps.database, contextOf(request, deps), request.params.id, request.body),
  );
  app.delete(
    '/api/register/authorities/:id',
    {
      config: { policy: 'register.write' },
      schema: {
        tags,
        summary: 'Remove an authority no user or node identity refers to',
        params: IdParams,
        response: { 204: NoContent, ...errorResponses(404, 409) },
      },
    },
    async (request, reply) => {
      await deleteAuthority(deps.database, contextOf(request, deps), request.params.id);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/register/authorities/:id/contacts',
    {
      config: { policy: 'register.write' },
      schema: {
        tags,
        summary: 'Add a contact (e.g. the 24/7 duty officer) to an authority',
        params: IdParams,
        body: Strict({
          name: Type.String({ minLength: 1, maxLength: 200 }),
          role: Type.String({ minLength: 1, maxLength: 200 }),
          email: Type.Optional(Type.Union([Type.String({ format: 'email', maxLength: 254 }), Type.Null()])),
          phone: Type.Optional(Type.Union([Type.String({ pattern: '^\\+?[0-9 ()-]{4,32}$' }), Type.Null()])),
          timezone: Type.Optional(Type.Union([TimeZone, Type.Null()])),
          available24x7: Type.Optional(Type.Boolean()),
        }),
        response: { 201: ContactSchema, ...errorResponses(404) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addContact(deps.database, contextOf(request, deps), request.params.id, request.body)),
  );
  app.delete(
    '/api/register/contacts/:id',
    {
      config: { policy: 'register.write' },
      schema: {
        tags,
        summary: 'Remove a contact',
        params: IdParams,
        response: { 204: NoContent, ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      await removeContact(deps.database, contextOf(request, deps), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
