/**
 * A daemon that runs a pass now and then again `everyMs` after each pass ends (never two at
 * once), until destroyed; `destroy()` waits for the pass in flight. Timers are unref'd so a pass
 * never keeps a process alive that has nothing else to do.
 *
 * With several instances of a node on one database, a pass must run on one instance at a time:
 * the composition root gives each daemon the database's leadership (`runOnlyWhen`). An instance
 * that does not lead asks again every few seconds, so when the leader dies another one takes
 * over within seconds, not after a whole interval.
 */
import type { Daemon } from './daemon.js';

/** How soon an instance that does not lead asks again. */
export const LEADERSHIP_RETRY_MS = 3_000;

export abstract class PeriodicDaemon implements Daemon {
  abstract readonly name: string;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<unknown> | undefined;
  #may: () => Promise<boolean> = async () => true;

  constructor(
    private readonly everyMs: number,
    private readonly onError?: (error: unknown) => void,
  ) {}

  /** One pass; also called directly by tests and the demo to make time pass deterministically. */
  abstract runOnce(): Promise<unknown>;

  /** Scheduled passes run only while `may` answers true (leadership among instances). */
  runOnlyWhen(may: () => Promise<boolean>): this {
    this.#may = may;
    return this;
  }

  start(): void {
    const tick = () => {
      let led = true;
      this.#running = this.#may()
        .catch(() => false)
        .then((may) => {
          led = may;
          return may ? this.runOnce() : undefined;
        })
        .catch((error) => this.onError?.(error))
        .finally(() => {
          const next = led ? this.everyMs : Math.min(this.everyMs, LEADERSHIP_RETRY_MS);
          if (this.#timer !== undefined) this.#timer = setTimeout(tick, next).unref();
        });
    };
    this.#timer = setTimeout(tick, 0).unref();
  }

  async destroy(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#running;
  }
}
