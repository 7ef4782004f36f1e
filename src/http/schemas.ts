/** Schema helpers shared by the route modules (JSON Schema via TypeBox, shown in OpenAPI). */
import { type TSchema, type TUnsafe, Type } from 'typebox';

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
    errors: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() }))),
  },
  { additionalProperties: true },
);

export function errorResponses(...statuses: number[]): Record<number, TSchema> {
  const out: Record<number, TSchema> = {};
  for (const status of [400, 401, 403, ...statuses]) out[status] = ProblemSchema;
  return out;
}

/** Strict object: unknown fields are refused, not silently dropped. */
export function Strict<T extends Record<string, TSchema>>(properties: T) {
  return Type.Object(properties, { additionalProperties: false });
}
