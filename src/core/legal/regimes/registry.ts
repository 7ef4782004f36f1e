import { ConflictError, NotFoundError } from '../../errors.js';
import type {
  BilateralAgreement,
  Calendar,
  CatalogueOffence,
  OffenceCatalogue,
  StateProfile,
} from './data-schemas.js';
import { applyOverrides } from './overrides.js';
import type { GroundSpec, Instrument, InstrumentId, RegimePack } from './pack-schema.js';

/** An instrument as it applies between two States: base pack plus bilateral overrides. */
export interface ResolvedInstrument {
  readonly regime: RegimePack;
  readonly id: InstrumentId;
  readonly instrument: Instrument;
  readonly requestingState: StateProfile;
  readonly requestedState: StateProfile;
  readonly bilateral?: BilateralAgreement;
}

export interface RegistryContents {
  readonly packs: readonly RegimePack[];
  readonly offences: OffenceCatalogue;
  readonly states: readonly StateProfile[];
  readonly calendars: readonly Calendar[];
  readonly bilateral: readonly BilateralAgreement[];
}

/** Everything the legal core knows, looked up by id; immutable once built. */
export class RegimeRegistry {
  readonly #packs = new Map<string, RegimePack>();
  readonly #states = new Map<string, StateProfile>();
  readonly #calendars = new Map<string, Calendar>();
  readonly #offences = new Map<string, CatalogueOffence>();
  readonly #bilateral: readonly BilateralAgreement[];
  // The registry never changes, so a resolved instrument (overrides applied) can be reused.
  readonly #resolved = new Map<string, ResolvedInstrument>();
  readonly catalogue: OffenceCatalogue;

  constructor(contents: RegistryContents) {
    for (const p of contents.packs) this.#packs.set(p.regime, p);
    for (const s of contents.states) this.#states.set(s.code, s);
    for (const c of contents.calendars) this.#calendars.set(c.id, c);
    for (const o of contents.offences.offences) this.#offences.set(o.code, o);
    this.#bilateral = contents.bilateral;
    this.catalogue = contents.offences;
  }

  regimeIds(): string[] {
    return [...this.#packs.keys()].sort();
  }

  regime(id: string): RegimePack | undefined {
    return this.#packs.get(id);
  }

  /** The pack's own instrument, without bilateral overrides. */
  instrument(regimeId: string, instrumentId: string): Instrument | undefined {
    return (this.#packs.get(regimeId)?.instruments as Record<string, Instrument | undefined> | undefined)?.[
      instrumentId
    ];
  }

  ground(regimeId: string, code: string): GroundSpec | undefined {
    return this.#packs.get(regimeId)?.grounds.find((g) => g.code === code);
  }

  stateCodes(): string[] {
    return [...this.#states.keys()].sort();
  }

  state(code: string): StateProfile | undefined {
    return this.#states.get(code);
  }

  calendar(id: string): Calendar | undefined {
    return this.#calendars.get(id);
  }

  /** The working-day calendar of a State (its profile names it). */
  calendarOf(stateCode: string): Calendar | undefined {
    const s = this.#states.get(stateCode);
    return s ? this.#calendars.get(s.calendar) : undefined;
  }

  offence(code: string): CatalogueOffence | undefined {
    return this.#offences.get(code);
  }

  bilateralFor(a: string, b: string, regimeId: string): BilateralAgreement | undefined {
    return this.#bilateral.find(
      (x) => x.regime === regimeId && x.states.includes(a) && x.states.includes(b) && a !== b,
    );
  }

  allBilateral(): readonly BilateralAgreement[] {
    return this.#bilateral;
  }

  /**
   * The instrument as it applies from `requesting` to `requested`, or an `instrument_not_available`
   * error naming exactly why (unknown regime or State, regime not in force, instrument absent or
   * excluded by a bilateral agreement).
   */
  resolve(regimeId: string, instrumentId: string, requesting: string, requested: string): ResolvedInstrument {
    const key = `${regimeId}|${instrumentId}|${requesting}|${requested}`;
    const hit = this.#resolved.get(key);
    if (hit) return hit;
    const resolved = this.#resolveUncached(regimeId, instrumentId, requesting, requested);
    this.#resolved.set(key, resolved);
    return resolved;
  }

  #resolveUncached(
    regimeId: string,
    instrumentId: string,
    requesting: string,
    requested: string,
  ): ResolvedInstrument {
    const regime = this.#packs.get(regimeId);
    if (!regime) throw new NotFoundError('regime', regimeId);
    const fail = (reason: string): never => {
      throw new ConflictError(
        'instrument_not_available',
        `${regimeId}/${instrumentId} from ${requesting} to ${requested}: ${reason}`,
        {
          regime: regimeId,
          instrument: instrumentId,
          requestingState: requesting,
          requestedState: requested,
          reason,
        },
      );
    };
    const base = this.instrument(regimeId, instrumentId);
    if (!base) return fail(`the regime has no instrument '${instrumentId}'`);
    if (!base.available.value)
      return fail(`the regime does not provide this instrument (${base.available.source})`);
    if (requesting === requested) return fail('requesting and requested State are the same');
    const from = this.#states.get(requesting);
    const to = this.#states.get(requested);
    if (!from) return fail(`unknown State ${requesting}`);
    if (!to) return fail(`unknown State ${requested}`);
    for (const s of [from, to]) {
      const entry = s.regimes.find((r) => r.regime === regimeId);
      if (!entry?.inForce) return fail(`${regimeId} is not in force for ${s.code}`);
    }
    const bilateral = this.bilateralFor(requesting, requested, regimeId);
    if (bilateral?.excludedInstruments.includes(instrumentId))
      return fail(`excluded by bilateral agreement ${bilateral.id}`);
    const instrument = bilateral ? applyOverrides(base, instrumentId, bilateral) : base;
    return {
      regime,
      id: instrumentId as InstrumentId,
      instrument,
      requestingState: from,
      requestedState: to,
      ...(bilateral ? { bilateral } : {}),
    };
  }
}
