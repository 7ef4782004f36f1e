import { evaluateDualCriminality, type DualCriminalityResult } from '../offences/dual-criminality.js';
import type { RequestState } from '../lifecycle/state.js';
import type { RegimeRegistry } from '../regimes/registry.js';
import { checkCoerciveSafeguards } from './coercive.js';
import { checkCompleteness } from './completeness.js';
import { checkConfidentiality } from './confidentiality.js';
import { checkEmergency } from './emergency.js';
import type { Finding } from './finding.js';
import { checkScreening } from './screening.js';

/** Everything a reviewer of the requested State needs in one structured answer. */
export interface SafeguardsReview {
  readonly requestId: string;
  readonly findings: readonly Finding[];
  readonly dualCriminality: DualCriminalityResult;
  /** True when nothing blocks acceptance (dual criminality is shown, not decided, here). */
  readonly readyForDecision: boolean;
}

/** Runs every safeguard check on a request: completeness, art. 24 statements, screening, confidentiality, emergency, dual criminality. */
export function reviewRequest(registry: RegimeRegistry, state: RequestState): SafeguardsReview {
  const resolved = registry.resolve(
    state.regime,
    state.instrument,
    state.requestingState,
    state.requestedState,
  );
  const findings = [
    ...checkCompleteness(resolved.instrument, state, registry),
    ...checkCoerciveSafeguards(resolved.instrument, state.fields),
    ...checkScreening(resolved.regime, state.screening),
    ...checkConfidentiality(resolved.instrument, state.fields),
    ...checkEmergency(state, resolved.instrument),
  ];
  const dualCriminality = evaluateDualCriminality(registry, {
    regime: state.regime,
    instrument: state.instrument,
    requestingState: state.requestingState,
    requestedState: state.requestedState,
    offences: state.offences,
    ...(state.fields['coerciveMeasures'] === true ? { coercive: true } : {}),
  });
  return {
    requestId: state.requestId,
    findings,
    dualCriminality,
    readyForDecision: !findings.some((f) => f.severity === 'blocking'),
  };
}
