/**
 * The TAXII poller: every pass polls the active subscriptions that are due, one after the
 * other, each for at most a bounded number of pages so one large feed does not hold up the
 * others (the rest is read on the next pass, from its checkpoint).
 */
import type { Clock } from '../../../core/clock.js';
import type { CommandContext } from '../../../core/context.js';
import type { Database } from '../../../storage/database.js';
import { PeriodicDaemon } from '../../periodic.js';
import type { SharingDeps } from '../../sharing/deps.js';
import { type PollResult, pollSubscription } from './poll.js';

export interface PollerOptions {
  readonly database: Database;
  readonly clock: Clock;
  readonly sharing: SharingDeps;
  readonly pollMs?: number;
  readonly onError?: (error: unknown) => void;
}

export class TaxiiPollerDaemon extends PeriodicDaemon {
  readonly name = 'taxii-poller';
  readonly #o: PollerOptions;

  constructor(options: PollerOptions) {
    super(options.pollMs ?? 30_000, options.onError);
    this.#o = options;
  }

  /** Polls every due subscription once; returns what each poll did. */
  async runOnce(): Promise<PollResult[]> {
    const now = this.#o.clock.now().toISOString();
    const due = await this.#o.database.db
      .selectFrom('taxii_subscriptions')
      .select('id')
      .where('active', '=', 1)
      .where('next_poll_at', '<=', now)
      .orderBy('next_poll_at')
      .execute();
    const results: PollResult[] = [];
    const ctx = {
      actor: { type: 'system' as const, id: 'taxii-poller' },
      requestId: null,
      clock: this.#o.clock,
    };
    for (const { id } of due) results.push(await pollAsThisNode(this.#o.sharing, ctx, id));
    return results;
  }
}

/** Polls a subscription as this node: its objects addressed to this node and the State it serves. */
export async function pollAsThisNode(
  sharing: SharingDeps,
  ctx: CommandContext,
  id: string,
): Promise<PollResult> {
  const ourState = (await sharing.ourState()) ?? '';
  return pollSubscription(sharing.database, ctx, id, { ourState, nodeId: sharing.nodeId });
}
