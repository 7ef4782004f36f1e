/**
 * A daemon that runs a pass now and then again `everyMs` after each pass ends (never two at
 * once), until destroyed; `destroy()` waits for the pass in flight. Timers are unref'd so a pass
 * never keeps a process alive that has nothing else to do.
 */
import type { Daemon } from './daemon.js';

export abstract class PeriodicDaemon implements Daemon {
  abstract readonly name: string;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<unknown> | undefined;

  constructor(
    private readonly everyMs: number,
    private readonly onError?: (error: unknown) => void,
  ) {}

  /** One pass; also called directly by tests and the demo to make time pass deterministically. */
  abstract runOnce(): Promise<unknown>;

  start(): void {
    const tick = () => {
      this.#running = this.runOnce()
        .catch((error) => this.onError?.(error))
        .finally(() => {
          if (this.#timer !== undefined) this.#timer = setTimeout(tick, this.everyMs).unref();
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
