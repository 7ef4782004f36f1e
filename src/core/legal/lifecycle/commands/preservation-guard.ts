import { ConflictError } from '../../../errors.js';
import type { RequestState } from '../state.js';
import type { PreservationStatus } from '../types.js';

/** Preservation commands apply only to preservation requests in the listed sub-states. */
export function requirePreservation(
  state: RequestState,
  allowed: readonly PreservationStatus[],
  command: string,
): void {
  if (state.instrument !== 'preservation')
    throw new ConflictError('not_a_preservation', `${command} applies only to preservation requests`, {
      command,
    });
  if (state.preservation === null || !allowed.includes(state.preservation))
    throw new ConflictError(
      'illegal_transition',
      `cannot ${command} while the preservation is ${state.preservation ?? 'not started'}`,
      {
        command,
        preservation: state.preservation,
        allowed,
      },
    );
}
