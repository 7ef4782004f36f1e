/**
 * The law as the console shows it: the instruments in force from this node's State to another
 * (each as it applies between the two, bilateral overrides included), the regime packs'
 * grounds and screening questions, and the offence catalogue.
 */
import { DomainError } from '../../core/errors.js';
import type { Instrument } from '../../core/legal/regimes/pack-schema.js';
import { INSTRUMENT_IDS } from '../../core/legal/regimes/pack-schema.js';
import type { RegimeRegistry } from '../../core/legal/regimes/registry.js';
import type { Database } from '../../storage/database.js';
import { readNodeIdentity } from '../register/node-identity.js';

export interface AvailableInstrument {
  readonly regime: string;
  readonly regimeTitle: string;
  readonly instrument: string;
  /** The instrument as it applies between the two States. */
  readonly spec: Instrument;
  /** The bilateral agreement that adjusts it, if any. */
  readonly bilateral: string | null;
}

/** Every instrument available from this node's State to `requestedState`, regime by regime. */
export async function instrumentsTo(
  database: Database,
  registry: RegimeRegistry,
  requestedState: string,
): Promise<AvailableInstrument[]> {
  const identity = await readNodeIdentity(database);
  if (!identity)
    throw new DomainError('node_not_configured', "this node's State is not set yet (PUT /api/node/identity)");
  const out: AvailableInstrument[] = [];
  for (const regimeId of registry.regimeIds())
    for (const id of INSTRUMENT_IDS) {
      try {
        const resolved = registry.resolve(regimeId, id, identity.stateCode, requestedState);
        out.push({
          regime: regimeId,
          regimeTitle: resolved.regime.title,
          instrument: id,
          spec: resolved.instrument,
          bilateral: resolved.bilateral?.id ?? null,
        });
      } catch (error) {
        // Not in force, not provided, excluded: not offered.
        if (!(error instanceof DomainError)) throw error;
      }
    }
  return out;
}
