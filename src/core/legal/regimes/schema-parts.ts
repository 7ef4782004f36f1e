import Type, { type TSchema } from 'typebox';
import { CONFIDENCES } from '../provenance.js';
import { ROLES } from '../roles.js';

/** Shared building blocks of every data-file schema: provenance on every value. */
export const ProvenanceProps = {
  source: Type.String({ minLength: 1 }),
  confidence: Type.Enum([...CONFIDENCES]),
  note: Type.Optional(Type.String()),
};

/** `{ value, source, confidence, note? }` around any value schema. */
export function SourcedOf<T extends TSchema>(value: T) {
  return Type.Object({ value, ...ProvenanceProps }, { additionalProperties: false });
}

export const RoleSchema = Type.Enum([...ROLES]);

export const TIME_UNITS = ['calendar_days', 'working_days', 'hours'] as const;
export const TimeUnitSchema = Type.Enum([...TIME_UNITS]);

export const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
export const Code = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$' });
