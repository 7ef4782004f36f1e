/**
 * How delivery to a peer stands, for the people who watch the federation: what waits to go and
 * since when, when a message last got through, and the circuit breaker. Each figure is an
 * index lookup on (peer, status, seq), so a peer with millions of delivered messages costs the
 * same as one with none.
 */
import type { Database } from '../../storage/database.js';
import { type BreakerState, breakerState } from './retry-policy.js';

export interface PeerHealth {
  /** Messages waiting for delivery. */
  readonly backlog: number;
  /** When the oldest waiting message was queued. */
  readonly oldestUndeliveredAt: string | null;
  /** When the peer last accepted a message from this node. */
  readonly lastDeliveredAt: string | null;
  readonly breaker: BreakerState;
}

export async function peerHealth(
  database: Database,
  peer: { readonly nodeId: string; readonly failures: number; readonly nextAttemptAt: string | null },
  now: Date,
): Promise<PeerHealth> {
  const waiting = await database.db
    .selectFrom('outbox')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('seq').as('first')])
    .where('peer', '=', peer.nodeId)
    .where('status', '=', 'pending')
    .executeTakeFirstOrThrow();
  const oldest =
    waiting.first === null
      ? undefined
      : await database.db
          .selectFrom('outbox')
          .select('created_at')
          .where('seq', '=', Number(waiting.first))
          .executeTakeFirst();
  const delivered = await database.db
    .selectFrom('outbox')
    .select((eb) => eb.fn.max('seq').as('last'))
    .where('peer', '=', peer.nodeId)
    .where('status', '=', 'accepted')
    .executeTakeFirstOrThrow();
  const last =
    delivered.last === null
      ? undefined
      : await database.db
          .selectFrom('outbox')
          .select('accepted_at')
          .where('seq', '=', Number(delivered.last))
          .executeTakeFirst();
  return {
    backlog: Number(waiting.n),
    oldestUndeliveredAt: oldest?.created_at ?? null,
    lastDeliveredAt: last?.accepted_at ?? null,
    breaker: breakerState(peer.failures, peer.nextAttemptAt, now),
  };
}
