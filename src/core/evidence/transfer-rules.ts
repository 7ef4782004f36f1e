/**
 * Who may send evidence under a request, and when: the requested State, by a role the regime
 * lets receive (and so answer) the instrument, once something was executed and before the
 * request is over. Both nodes hold the same derived state, so the receiver applies the same
 * status rule to an offer.
 */
import type { Principal } from '../accounts/roles.js';
import { ConflictError, ForbiddenError } from '../errors.js';
import type { RequestState } from '../legal/lifecycle/state.js';
import type { RegimeRegistry } from '../legal/regimes/registry.js';
import { ENDED_STATUSES, isIn, TRANSFERABLE_STATUSES } from '../legal/lifecycle/status-groups.js';

/** Throws 409 `request_closed` / `request_not_executed` unless results may travel now. */
export function requireTransferable(state: RequestState): void {
  if (isIn(state.status, ENDED_STATUSES))
    throw new ConflictError(
      'request_closed',
      `request ${state.requestId} is ${state.status}; nothing more is sent under it`,
      {
        status: state.status,
      },
    );
  if (!isIn(state.status, TRANSFERABLE_STATUSES))
    throw new ConflictError(
      'request_not_executed',
      `request ${state.requestId} is ${state.status}; evidence is sent once items are executed`,
      { status: state.status, allowed: TRANSFERABLE_STATUSES },
    );
}

/** Throws 403 unless the principal is on the requested side in a role that may answer the instrument. */
export function requireSender(
  registry: RegimeRegistry,
  side: 'requesting' | 'requested',
  state: RequestState,
  principal: Principal,
): void {
  if (side !== 'requested')
    throw new ForbiddenError('wrong_side', 'only the requested State sends evidence under a request', {
      side,
    });
  const roles =
    registry.resolve(state.regime, state.instrument, state.requestingState, state.requestedState).instrument
      .receiverRoles?.value ?? [];
  if (!principal.roles.some((r) => (roles as readonly string[]).includes(r)))
    throw new ForbiddenError(
      'role_not_permitted',
      `transmitting results of a ${state.instrument} request needs one of: ${roles.join(', ')}`,
      {
        roles,
      },
    );
}
