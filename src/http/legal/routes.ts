/** The law as the console reads it: regime packs, the instruments in force between two States, offences. */
import { Type } from 'typebox';
import type { AppDeps } from '../../app/deps.js';
import { instrumentsTo } from '../../app/legal/instruments.js';
import { OffenceCatalogueSchema } from '../../core/legal/regimes/data-schemas.js';
import {
  GroundSchema,
  InstrumentSchema,
  ScreeningQuestionSchema,
} from '../../core/legal/regimes/pack-schema.js';
import { type App, errorResponses, Nullable } from '../schemas.js';
import { ProvenanceProps } from '../../core/legal/regimes/schema-parts.js';

const RegimeSummary = Type.Object({
  regime: Type.String(),
  version: Type.String(),
  title: Type.String(),
  legalBasis: Type.String(),
  ...ProvenanceProps,
  grounds: Type.Array(GroundSchema),
  discriminationScreening: Type.Array(ScreeningQuestionSchema),
});

const AvailableInstrumentSchema = Type.Object({
  regime: Type.String(),
  regimeTitle: Type.String(),
  instrument: Type.String(),
  spec: InstrumentSchema,
  bilateral: Nullable(Type.String({ description: 'the bilateral agreement that adjusts it' })),
});

export function legalRoutes(app: App, deps: AppDeps): void {
  const tags = ['regimes'];
  app.get(
    '/api/regimes',
    {
      config: { policy: 'regimes.read' },
      schema: {
        tags,
        summary:
          'The regime packs this node applies: grounds of refusal and postponement, screening questions',
        response: { 200: Type.Array(RegimeSummary), ...errorResponses() },
      },
    },
    async () =>
      deps.registry.regimeIds().map((id) => {
        const p = deps.registry.regime(id)!;
        return {
          regime: p.regime,
          version: p.version,
          title: p.title,
          legalBasis: p.legalBasis,
          source: p.source,
          confidence: p.confidence,
          ...(p.note === undefined ? {} : { note: p.note }),
          grounds: p.grounds,
          discriminationScreening: p.discriminationScreening,
        };
      }),
  );
  app.get(
    '/api/regimes/instruments',
    {
      config: { policy: 'regimes.read' },
      schema: {
        tags,
        summary:
          "The instruments in force from this node's State to another, each as it applies between the two (fields, deadlines, grounds, sources)",
        querystring: Type.Object(
          { requestedState: Type.String({ pattern: '^[A-Z]{2}$' }) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(AvailableInstrumentSchema), ...errorResponses(409) },
      },
    },
    async (request) => instrumentsTo(deps.database, deps.registry, request.query.requestedState),
  );
  app.get(
    '/api/offences',
    {
      config: { policy: 'regimes.read' },
      schema: {
        tags,
        summary: "The offence catalogue (the Convention's offences and evidence-only codes)",
        response: { 200: OffenceCatalogueSchema, ...errorResponses() },
      },
    },
    async () => deps.registry.catalogue,
  );
}
