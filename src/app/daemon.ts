/**
 * A background pass of the node (request clock, retention, notification delivery): started
 * with the node, run now and then until destroyed. `runOnce` runs one pass on demand, which is
 * how tests and the demo make time pass deterministically.
 */
export interface Daemon {
  readonly name: string;
  start(): void;
  /** Stops the loop and waits for the pass in flight. */
  destroy(): Promise<void>;
  runOnce(): Promise<unknown>;
}

/** How the composition root wants daemons run: where errors go, and (tests) how often. */
export interface DaemonOptions {
  /** An error handler for one daemon, labelled with what failed. */
  readonly onError: (what: string) => (error: unknown) => void;
  /** Poll intervals in milliseconds, per daemon (defaults are each daemon's own). */
  readonly pollMs?: {
    readonly notifications?: number;
    readonly requestClock?: number;
    readonly retention?: number;
    readonly taxii?: number;
    readonly directories?: number;
  };
}
