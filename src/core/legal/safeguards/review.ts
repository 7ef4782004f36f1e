import { evaluateDualCriminality, type DualCriminalityResult } from '../offences/dual-criminality.js';
import type { RequestState } from '../lifecycle/state.js';
import type { RegimeRegistry } from '../regimes/registry.js';
import { checkCoerciveSafeguards } from './coercive.js';
import { checkCompleteness } from './completeness.js';
import { checkConfidentiality } from './confidentiality.js';
import { checkEmergency } from './emergency.js';
import type { Finding } from './finding.js';
import { type AcceptedLanguages, checkLanguage } from './language.js';
import { checkScreening } from './screening.js';

/** The requested State's languages as the regime data records them, when no register entry is given. */
function languagesFromData(registry: RegimeRegistry, code: string): AcceptedLanguages | undefined {
  const profile = registry.state(code);
  return profile?.languages
    ? { languages: profile.languages.value, source: profile.languages.source }
    : undefined;
}

/** Everything a reviewer of the requested State needs in one structured answer. */
export interface SafeguardsReview {
  readonly requestId: string;
  readonly findings: readonly Finding[];
  readonly dualCriminality: DualCriminalityResult;
  /** True when nothing blocks acceptance (dual criminality is shown, not decided, here). */
  readonly readyForDecision: boolean;
  /**
   * True when nothing blocks sending: the same checks submission applies (completeness and the
   * coercive-measure statements). Screening is the requested State's, after receipt.
   */
  readonly readyToSend: boolean;
}

/** Runs every safeguard check on a request: completeness, art. 24 statements, screening, confidentiality, emergency, dual criminality. */
export function reviewRequest(
  registry: RegimeRegistry,
  state: RequestState,
  options: { readonly acceptedLanguages?: AcceptedLanguages } = {},
): SafeguardsReview {
  const resolved = registry.resolve(
    state.regime,
    state.instrument,
    state.requestingState,
    state.requestedState,
  );
  const sending = [
    ...checkCompleteness(resolved.instrument, state, registry),
    ...checkCoerciveSafeguards(resolved.instrument, state.fields),
  ];
  const findings = [
    ...sending,
    ...checkScreening(resolved.regime, state.screening),
    ...checkConfidentiality(resolved.instrument, state.fields),
    ...checkEmergency(state, resolved.instrument),
    ...checkLanguage(
      state.language ?? 'en',
      state.requestedState,
      options.acceptedLanguages ?? languagesFromData(registry, state.requestedState),
    ),
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
    readyToSend: !sending.some((f) => f.severity === 'blocking'),
  };
}
