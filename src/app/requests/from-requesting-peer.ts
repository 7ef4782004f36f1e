/**
 * What the requested node checks first of every message the requesting side sends about a
 * request (a forwarded action, a status query): that this node serves the requested State, that
 * the peer serves the requesting State, and that this node holds the request, on the requested
 * side, from that State.
 */
import { ConflictError, DomainError } from '../../core/errors.js';
import type { RequestState } from '../../core/legal/lifecycle/state.js';
import type { Peer } from '../../federation/peers/peers-store.js';
import type { Tx } from '../../storage/database.js';

export interface AboutRequest {
  readonly requestId: string;
  readonly requestingState: string;
  readonly requestedState: string;
}

export async function requestFromRequestingPeer(
  tx: Tx,
  ourState: string | null,
  peer: Peer,
  about: AboutRequest,
): Promise<RequestState> {
  if (ourState !== about.requestedState)
    throw new DomainError('not_our_request', `this node does not serve ${about.requestedState}`);
  if (peer.state !== about.requestingState)
    throw new DomainError('not_your_request', `peer ${peer.nodeId} does not serve ${about.requestingState}`);
  const row = await tx.db
    .selectFrom('requests')
    .select(['state', 'side'])
    .where('id', '=', about.requestId)
    .executeTakeFirst();
  const state = row ? (JSON.parse(row.state) as RequestState) : undefined;
  if (row?.side !== 'requested' || state?.requestingState !== about.requestingState)
    throw new ConflictError(
      'replica_gap',
      `request ${about.requestId} from ${about.requestingState} is unknown here`,
    );
  return state;
}
