/**
 * Schema helpers shared by the route modules (JSON Schema via TypeBox: fastify validates with
 * them, the type provider types handlers from them, and they make the OpenAPI document).
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { Readable } from 'node:stream';
import { type TProperties, type TSchema, type TUnsafe, Type } from 'typebox';

/** The HTTP application as route modules see it: bodies, params, queries and replies typed from schemas. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** A plugin scope (`app.register(async (scope) => …)`) with the same typed routes as the app. */
export function typed(scope: FastifyInstance): App {
  return scope.withTypeProvider<TypeBoxTypeProvider>();
}

/** A string enum that validates with a plain `enum` (clear "must be one of" messages). */
export function StringEnum<const T extends readonly string[]>(
  values: T,
  options: Record<string, unknown> = {},
): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}

export const Id = Type.String({
  minLength: 1,
  maxLength: 64,
  pattern: '^[A-Za-z0-9_-]+$',
  description: 'Identifier',
});
export const IdParams = Type.Object({ id: Id }, { additionalProperties: false });

/** Problem+json as documented in every route's error responses. */
export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    instance: Type.String(),
    code: Type.String(),
    requestId: Type.String(),
    errors: Type.Optional(
      Type.Array(
        Type.Object({
          path: Type.String({ description: 'JSON Pointer of the field' }),
          message: Type.String(),
          rule: Type.Optional(
            Type.String({ description: 'the schema rule broken, e.g. required, maxLength' }),
          ),
          limit: Type.Optional(Type.Union([Type.String(), Type.Number()])),
        }),
      ),
    ),
  },
  { additionalProperties: true },
);

export function errorResponses(...statuses: number[]): Record<number, TSchema> {
  const out: Record<number, TSchema> = {};
  for (const status of [400, 401, 403, ...statuses]) out[status] = ProblemSchema;
  return out;
}

/** Strict object: unknown fields are refused, not silently dropped. */
export function Strict<T extends TProperties>(properties: T) {
  return Type.Object(properties, { additionalProperties: false });
}

/** A value or null. */
export function Nullable<T extends TSchema>(schema: T) {
  return Type.Union([schema, Type.Null()]);
}

/** An ISO-8601 UTC instant, as every time in the API is written. */
export const Instant = Type.String({ description: 'ISO-8601 UTC instant' });

/** A JSON object whose shape another standard defines (a STIX object, a JWK): passed through whole. */
export const JsonObject = Type.Record(Type.String(), Type.Unknown());

/** A 204 answer: nothing in the body. */
export const NoContent = Type.Null({ description: 'No content' });

/**
 * The schema of a domain type `T` the API returns as it is: handlers are typed with `T` itself
 * (readonly included), and the response check in the tests fails if the schema would drop or
 * alter any field a handler returns.
 */
export function Describing<T>(schema: TSchema): TUnsafe<T> {
  return Type.Unsafe<T>(schema);
}

/** Raw bytes streamed to the client (evidence content, exports); sent as they come, never serialized. */
export const BinaryContent = Type.Unsafe<Readable>({
  type: 'string',
  format: 'binary',
  description: 'the bytes of the file, streamed',
});

/**
 * A body the handler writes itself (a STIX bundle assembled as text while it streams from the
 * store): described for the OpenAPI document, sent as the handler's string.
 */
export function PreSerialized(schema: TSchema): TUnsafe<string> {
  return Type.Unsafe<string>(schema);
}
