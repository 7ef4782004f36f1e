/**
 * Runs a pass now and then again `everyMs` after each pass ends (never two at once), until
 * stopped; `stop()` waits for the pass in flight. Timers are unref'd so a pass never keeps a
 * process alive that has nothing else to do.
 */
export class Periodic {
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<unknown> | undefined;

  constructor(
    private readonly pass: () => Promise<unknown>,
    private readonly everyMs: number,
    private readonly onError?: (error: unknown) => void,
  ) {}

  start(): void {
    const tick = () => {
      this.#running = this.pass()
        .catch((error) => this.onError?.(error))
        .finally(() => {
          if (this.#timer !== undefined) this.#timer = setTimeout(tick, this.everyMs).unref();
        });
    };
    this.#timer = setTimeout(tick, 0).unref();
  }

  async stop(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#running;
  }
}
