/**
 * The retention pass: erases received objects whose senders' retention period has ended (see
 * erase-expired.ts). Runs every few minutes under `comity start`; the clock is injected so a
 * test can move past a deadline.
 */
import type { Clock } from '../../core/clock.js';
import type { Database } from '../../storage/database.js';
import { eraseExpiredObjects } from './erase-expired.js';
import { PeriodicDaemon } from '../periodic.js';

export interface RetentionOptions {
  readonly database: Database;
  readonly clock: Clock;
  readonly pollMs?: number;
  readonly onError?: (error: unknown) => void;
}

export class RetentionDaemon extends PeriodicDaemon {
  readonly name = 'retention';
  readonly #o: RetentionOptions;

  constructor(options: RetentionOptions) {
    super(options.pollMs ?? 5 * 60_000, options.onError);
    this.#o = options;
  }

  /** Erases everything due; returns how many objects were erased. */
  async runOnce(): Promise<number> {
    let total = 0;
    for (;;) {
      const erased = await eraseExpiredObjects(this.#o.database, {
        actor: { type: 'system', id: 'retention' },
        requestId: null,
        clock: this.#o.clock,
      });
      total += erased;
      if (erased === 0) return total;
    }
  }
}
