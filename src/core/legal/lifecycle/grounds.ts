import { ConflictError, ValidationError } from '../../errors.js';
import type { ResolvedInstrument } from '../regimes/registry.js';
import { requireText } from './context.js';
import type { RequestState } from './state.js';

/** Written reasons and a ground the regime permits: what every refusal and postponement needs. */
export function groundedReasons(
  resolved: ResolvedInstrument,
  state: RequestState,
  cmd: { readonly ground: string; readonly reasons: string },
  kind: 'refusal' | 'postponement',
): string {
  const reasons = requireText(cmd.reasons, '/reasons', 'written reasons');
  checkGround(resolved, state, cmd.ground, kind);
  return reasons;
}

/**
 * A refusal or postponement ground must exist in the regime and be permitted for this
 * instrument; where the regime says so, a consultation must have been concluded first.
 */
export function checkGround(
  resolved: ResolvedInstrument,
  state: RequestState,
  ground: string,
  kind: 'refusal' | 'postponement',
): void {
  const spec = resolved.regime.grounds.find((g) => g.code === ground);
  if (!spec)
    throw new ValidationError(
      `unknown ground ${ground} in ${resolved.regime.regime}`,
      [{ path: '/ground', message: `${ground} is not a ground of ${resolved.regime.regime}` }],
      'unknown_ground',
    );
  const permitted =
    kind === 'refusal'
      ? resolved.instrument.refusalGrounds?.value
      : resolved.instrument.postponementGrounds?.value;
  if (!permitted?.includes(ground))
    throw new ConflictError(
      kind === 'refusal' ? 'refusal_ground_not_permitted' : 'postponement_ground_not_permitted',
      `${ground} is not a permitted ${kind} ground for ${resolved.regime.regime}/${resolved.id}`,
      { ground, permitted: permitted ?? [], instrument: resolved.id, regime: resolved.regime.regime },
    );
  if (resolved.instrument.consultBeforeRefusal?.value) {
    const done = state.consultations.some((c) => c.concludedAt !== undefined);
    if (!done)
      throw new ConflictError(
        'consultation_required',
        `${resolved.regime.regime} requires consulting the requesting State before a ${kind} (${resolved.instrument.consultBeforeRefusal.source})`,
        {
          source: resolved.instrument.consultBeforeRefusal.source,
          confidence: resolved.instrument.consultBeforeRefusal.confidence,
        },
      );
  }
}
