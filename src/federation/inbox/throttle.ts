/**
 * Each peer's allowance of envelopes at the inbox, as a token bucket: a peer may send `burst`
 * envelopes at once and `perSecond` more every second. A peer over its allowance has its batch
 * refused whole with the seconds to wait (its outbox backs off and sends the same envelopes
 * again: nothing is lost); the other peers' buckets are untouched, so one flooding peer never
 * slows the rest. Buckets live in the instance's memory: with several instances a peer's
 * allowance is per instance, which bounds each instance's work all the same.
 */
export interface ThrottleLimits {
  /** Envelopes a peer may send per second, sustained. */
  readonly perSecond: number;
  /** Envelopes a peer may send at once (the bucket's size). */
  readonly burst: number;
}

/** Generous enough for a catch-up of days at full speed; a runaway peer still meets it. */
export const DEFAULT_THROTTLE: ThrottleLimits = { perSecond: 5_000, burst: 20_000 };

export class PeerThrottle {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  constructor(readonly limits: ThrottleLimits = DEFAULT_THROTTLE) {}

  /**
   * Takes `count` envelopes from the peer's allowance at instant `nowMs`; returns undefined when
   * they fit, else the whole seconds to wait before they would (nothing is taken then).
   */
  take(peer: string, count: number, nowMs: number): number | undefined {
    const { perSecond, burst } = this.limits;
    const bucket = this.#buckets.get(peer) ?? { tokens: burst, at: nowMs };
    const tokens = Math.min(burst, bucket.tokens + (Math.max(0, nowMs - bucket.at) / 1000) * perSecond);
    // A batch larger than the whole bucket goes through once the bucket is full, leaving a debt
    // the next batches wait for: it is never refused forever.
    if (Math.min(count, burst) <= tokens) {
      this.#buckets.set(peer, { tokens: tokens - count, at: nowMs });
      return undefined;
    }
    this.#buckets.set(peer, { tokens, at: nowMs });
    return Math.max(1, Math.ceil((Math.min(count, burst) - tokens) / perSecond));
  }
}
