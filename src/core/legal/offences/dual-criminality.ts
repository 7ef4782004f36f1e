import { cite, type Provenance } from '../provenance.js';
import type { CatalogueOffence, StateProfile } from '../regimes/data-schemas.js';
import type { RegimeRegistry, ResolvedInstrument } from '../regimes/registry.js';

/** One offence a request relies on, as the requesting State qualifies it. */
export interface OffenceCharge {
  /** Catalogue code, e.g. `UNCC-7` or `UNCC-SC`. */
  readonly code: string;
  /** The requesting State's own provision and maximum penalty. */
  readonly provision?: string;
  readonly maxPenaltyYears?: number;
  /** For evidence-only codes: what the conduct is (e.g. `extortion`). */
  readonly conduct?: readonly string[];
  /** Optional offence elements the facts show (true), exclude (false); absent = not stated. */
  readonly elements?: Readonly<Record<string, boolean>>;
}

export type DualCriminalityOutcome = 'satisfied' | 'not_satisfied' | 'not_required' | 'cannot_decide';

export interface OffenceFinding {
  readonly code: string;
  readonly outcome: DualCriminalityOutcome;
  readonly matched: readonly { id: string; provision: string; maxPenaltyYears: number }[];
  readonly reasons: readonly string[];
}

/** A dual-criminality answer a reviewer can read: never a bare boolean. */
export interface DualCriminalityResult {
  readonly outcome: DualCriminalityOutcome;
  readonly reasons: readonly string[];
  readonly provisions: readonly Provenance[];
  readonly offences: readonly OffenceFinding[];
}

export interface DualCriminalityQuery {
  readonly regime: string;
  readonly instrument: string;
  readonly requestingState: string;
  readonly requestedState: string;
  readonly offences: readonly OffenceCharge[];
  /** Whether coercive measures are sought; defaults to the instrument's own flag. */
  readonly coercive?: boolean;
}

/**
 * Decides whether dual criminality is needed for this instrument between these States and, if
 * so, whether the conduct is criminal in the requested State (the equivalence rule: the conduct
 * counts, not the name of the offence). Throws `instrument_not_available` like the registry.
 */
export function evaluateDualCriminality(
  registry: RegimeRegistry,
  q: DualCriminalityQuery,
): DualCriminalityResult {
  const resolved = registry.resolve(q.regime, q.instrument, q.requestingState, q.requestedState);
  const { instrument, requestedState: to, regime } = resolved;
  const dc = instrument.dualCriminality!;
  const provisions: Provenance[] = [cite(dc)];
  const name = `${regime.regime} ${q.instrument}`;

  if (dc.policy === 'not_applicable')
    return done('not_required', [`${name} does not involve dual criminality`], provisions, []);

  if (dc.policy === 'not_required') {
    const reservation = preservationReservation(resolved, q, registry);
    if (!reservation)
      return done('not_required', [`dual criminality is not required for ${name}`], provisions, []);
    provisions.push(...reservation.provisions);
    const findings = reservation.offences.map((c) => evaluateOffence(registry, resolved, c, provisions));
    return combine(findings, [reservation.reason], provisions);
  }

  if (dc.policy === 'may_be_required') {
    provisions.push(cite(to.dualCriminality));
    if (to.dualCriminality.policy === 'never')
      return done('not_required', [`${to.code} does not require dual criminality`], provisions, []);
    const coercive = q.coercive ?? instrument.coercive?.value ?? false;
    if (to.dualCriminality.policy === 'coercive_only' && !coercive)
      return done(
        'not_required',
        [`${to.code} requires dual criminality only for coercive measures, and none is sought`],
        provisions,
        [],
      );
    return combine(
      q.offences.map((c) => evaluateOffence(registry, resolved, c, provisions)),
      [],
      provisions,
    );
  }

  // required_unless_listed: listed categories punishable by at least N years are exempt.
  const threshold = dc.listedMinPenaltyYears ?? 0;
  const findings = q.offences.map((c): OffenceFinding => {
    const entry = registry.offence(c.code);
    if (entry?.euListedCategory.value && (c.maxPenaltyYears ?? 0) >= threshold) {
      provisions.push(cite(entry.euListedCategory));
      return {
        code: c.code,
        outcome: 'not_required',
        matched: [],
        reasons: [
          `${c.code} is in a listed category and punishable in ${q.requestingState} by ${c.maxPenaltyYears} years (threshold ${threshold})`,
        ],
      };
    }
    return evaluateOffence(registry, resolved, c, provisions);
  });
  return combine(findings, [], provisions);
}

function preservationReservation(
  resolved: ResolvedInstrument,
  q: DualCriminalityQuery,
  registry: RegimeRegistry,
): { reason: string; provisions: Provenance[]; offences: OffenceCharge[] } | undefined {
  if (
    resolved.instrument.kind !== 'preservation' ||
    !resolved.requestedState.dualCriminality.preservationReservation
  )
    return undefined;
  const others = q.offences.filter((c) => !registry.offence(c.code)?.conventionOffence);
  if (others.length === 0) return undefined;
  const ground = resolved.regime.grounds.find((g) => g.code.endsWith('_DC_RESERVATION'));
  return {
    reason: `${resolved.requestedState.code} made the preservation reservation: for ${others.map((o) => o.code).join(', ')} (not Convention offences) it may refuse where dual criminality will not be met at disclosure`,
    provisions: [cite(resolved.requestedState.dualCriminality), ...(ground ? [cite(ground)] : [])],
    offences: others,
  };
}

function evaluateOffence(
  registry: RegimeRegistry,
  resolved: ResolvedInstrument,
  charge: OffenceCharge,
  provisions: Provenance[],
): OffenceFinding {
  const to = resolved.requestedState;
  const entry = registry.offence(charge.code);
  const finding = (
    outcome: DualCriminalityOutcome,
    reasons: string[],
    matched: OffenceFinding['matched'] = [],
  ) => ({
    code: charge.code,
    outcome,
    matched,
    reasons,
  });
  if (!entry) return finding('cannot_decide', [`unknown catalogue code ${charge.code}`]);
  const candidates = nationalOffences(to, entry, charge);
  if (candidates === 'conduct_missing')
    return finding('cannot_decide', [
      `${charge.code} is an evidence-only code: state the conduct (e.g. extortion) so it can be matched`,
    ]);
  if (candidates.length === 0) {
    provisions.push(cite(to.offenceMappingComplete));
    return to.offenceMappingComplete.value
      ? finding('not_satisfied', [
          `no offence of ${to.code} covers the conduct of ${charge.code} (${entry.title})`,
        ])
      : finding('cannot_decide', [
          `no offence of ${to.code} is mapped to ${charge.code}, and its offence list is not declared complete`,
        ]);
  }
  const matched = candidates.map((o) => ({
    id: o.id,
    provision: o.provision,
    maxPenaltyYears: o.maxPenaltyYears,
  }));
  for (const o of candidates) provisions.push(cite(o));
  // Declared optional elements narrow the requested State's offence; the facts must show them.
  const ids = new Set(entry.optionalElements.map((e) => e.id));
  const reasons: string[] = [];
  let outcome: DualCriminalityOutcome = 'satisfied';
  for (const d of to.declarations) {
    for (const el of d.requiresElements ?? []) {
      if (!ids.has(el)) continue;
      provisions.push(cite(d));
      const label = entry.optionalElements.find((e) => e.id === el)?.label ?? el;
      const present = charge.elements?.[el];
      if (present === false) {
        outcome = 'not_satisfied';
        reasons.push(`${to.code} requires '${label}' (${d.code}) and the facts exclude it`);
      } else if (present === undefined) {
        if (outcome === 'satisfied') outcome = 'cannot_decide';
        reasons.push(
          `${to.code} requires '${label}' (${d.code}); the request does not say whether it is present`,
        );
      } else {
        reasons.push(`${to.code} requires '${label}' (${d.code}) and the facts show it`);
      }
    }
  }
  if (outcome === 'satisfied') {
    if (resolved.regime.equivalenceRule.value) provisions.push(cite(resolved.regime.equivalenceRule));
    reasons.unshift(
      `the conduct is criminal in ${to.code} under ${matched.map((m) => m.provision).join('; ')}, whatever the offence is called`,
    );
  }
  return finding(outcome, reasons, matched);
}

function nationalOffences(to: StateProfile, entry: CatalogueOffence, charge: OffenceCharge) {
  const mapped = to.offences.filter((o) => o.catalogue.includes(entry.code));
  if (entry.conventionOffence) return mapped;
  if (!charge.conduct || charge.conduct.length === 0) return 'conduct_missing' as const;
  const wanted = new Set(charge.conduct.map((c) => c.toLowerCase()));
  return mapped.filter((o) => (o.conduct ?? []).some((c) => wanted.has(c.toLowerCase())));
}

function combine(
  findings: readonly OffenceFinding[],
  lead: string[],
  provisions: Provenance[],
): DualCriminalityResult {
  const outcomes = findings.map((f) => f.outcome);
  const reasons = [...lead, ...findings.flatMap((f) => f.reasons.map((r) => `${f.code}: ${r}`))];
  let outcome: DualCriminalityOutcome;
  if (findings.length === 0) outcome = 'cannot_decide';
  else if (outcomes.every((o) => o === 'not_required')) outcome = 'not_required';
  else if (outcomes.some((o) => o === 'satisfied')) outcome = 'satisfied';
  // Some offences exempt (listed categories), none satisfied: assistance may go ahead on those.
  else if (outcomes.some((o) => o === 'not_required')) outcome = 'not_required';
  else if (outcomes.some((o) => o === 'cannot_decide')) outcome = 'cannot_decide';
  else outcome = 'not_satisfied';
  if (findings.length === 0) reasons.push('the request names no offence');
  return done(outcome, reasons, provisions, findings);
}

function done(
  outcome: DualCriminalityOutcome,
  reasons: string[],
  provisions: Provenance[],
  offences: readonly OffenceFinding[],
): DualCriminalityResult {
  const seen = new Set<string>();
  const unique = provisions.filter((p) => {
    const k = `${p.source}|${p.confidence}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return { outcome, reasons, provisions: unique, offences };
}
