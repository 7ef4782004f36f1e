import Type from 'typebox';
import { Code, IsoDate, ProvenanceProps, SourcedOf } from './schema-parts.js';

/** One optional element a State may add to an offence by declaration (e.g. UNCC art. 7(2)). */
export const OptionalElementSchema = Type.Object(
  { id: Code, label: Type.String(), declaration: Code, ...ProvenanceProps },
  { additionalProperties: false },
);

export const EquivalentSchema = Type.Object(
  { regime: Code, code: Code, provision: Type.String(), ...ProvenanceProps },
  { additionalProperties: false },
);

export const CatalogueOffenceSchema = Type.Object(
  {
    code: Code,
    article: Type.String(),
    title: Type.String(),
    /** Convention offences (arts 7–17) versus evidence-only codes such as UNCC-SC. */
    conventionOffence: Type.Boolean(),
    keyElements: Type.Array(Type.String(), { minItems: 1 }),
    optionalElements: Type.Array(OptionalElementSchema),
    minPenaltyYears: Type.Optional(Type.Integer({ minimum: 0 })),
    equivalents: Type.Array(EquivalentSchema),
    /** Whether the conduct falls in an EU listed category (EPOR Annex IV / EIO Annex D). */
    euListedCategory: SourcedOf(Type.Boolean()),
    ...ProvenanceProps,
  },
  { additionalProperties: false },
);

export const OffenceCatalogueSchema = Type.Object(
  {
    version: Type.String(),
    ...ProvenanceProps,
    offences: Type.Array(CatalogueOffenceSchema, { minItems: 1 }),
  },
  { additionalProperties: false },
);

export const NationalOffenceSchema = Type.Object(
  {
    id: Code,
    title: Type.String(),
    provision: Type.String(),
    catalogue: Type.Array(Code, { minItems: 1 }),
    /** For evidence-only codes, the kinds of conduct the provision covers (e.g. "extortion"). */
    conduct: Type.Optional(Type.Array(Type.String())),
    maxPenaltyYears: Type.Number({ minimum: 0 }),
    ...ProvenanceProps,
  },
  { additionalProperties: false },
);

export const DeclarationSchema = Type.Object(
  {
    code: Code,
    regime: Code,
    article: Type.String(),
    /** Optional offence elements the State requires (ids from the catalogue). */
    requiresElements: Type.Optional(Type.Array(Code)),
    effect: Type.String(),
    ...ProvenanceProps,
  },
  { additionalProperties: false },
);

export const StateProfileSchema = Type.Object(
  {
    code: Type.String({ pattern: '^[A-Z]{2}$' }),
    name: Type.String(),
    fictional: Type.Boolean(),
    timeZone: Type.String({ minLength: 1 }),
    calendar: Code,
    languages: SourcedOf(Type.Array(Type.String())),
    regimes: Type.Array(
      Type.Object(
        {
          regime: Code,
          inForce: Type.Boolean(),
          since: Type.Union([IsoDate, Type.Null()]),
          ...ProvenanceProps,
        },
        { additionalProperties: false },
      ),
    ),
    dualCriminality: Type.Object(
      {
        policy: Type.Enum(['never', 'coercive_only', 'always']),
        preservationReservation: Type.Boolean(),
        ...ProvenanceProps,
      },
      { additionalProperties: false },
    ),
    /** True when every national offence relevant to the catalogue is listed, so "none found" means "not criminal". */
    offenceMappingComplete: SourcedOf(Type.Boolean()),
    declarations: Type.Array(DeclarationSchema),
    offences: Type.Array(NationalOffenceSchema),
  },
  { additionalProperties: false },
);

export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

export const CalendarSchema = Type.Object(
  {
    id: Code,
    timeZone: Type.String({ minLength: 1 }),
    weekend: Type.Array(Type.Enum([...WEEKDAYS])),
    holidays: Type.Array(
      Type.Object({ date: IsoDate, name: Type.String() }, { additionalProperties: false }),
    ),
    ...ProvenanceProps,
  },
  { additionalProperties: false },
);

export const BilateralSchema = Type.Object(
  {
    id: Code,
    states: Type.Array(Type.String({ pattern: '^[A-Z]{2}$' }), { minItems: 2, maxItems: 2 }),
    regime: Code,
    title: Type.String(),
    fictional: Type.Boolean(),
    ...ProvenanceProps,
    excludedInstruments: Type.Array(Code),
    overrides: Type.Array(
      Type.Object(
        {
          instrument: Code,
          /** Slash path inside the instrument; array entries are picked by id/name/code. */
          path: Type.String({ minLength: 1 }),
          value: Type.Unknown(),
          ...ProvenanceProps,
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export type CatalogueOffence = Type.Static<typeof CatalogueOffenceSchema>;
export type OffenceCatalogue = Type.Static<typeof OffenceCatalogueSchema>;
export type NationalOffence = Type.Static<typeof NationalOffenceSchema>;
export type Declaration = Type.Static<typeof DeclarationSchema>;
export type StateProfile = Type.Static<typeof StateProfileSchema>;
export type Calendar = Type.Static<typeof CalendarSchema>;
export type BilateralAgreement = Type.Static<typeof BilateralSchema>;
