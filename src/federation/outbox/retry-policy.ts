/**
 * When to try a peer again, as pure functions of the failure count (the delivery state lives
 * in the `peers` row, so it survives restarts). Exponential back-off with jitter and a cap, in
 * the manner of Synapse's per-destination back-off; and a circuit breaker that, after enough
 * consecutive failures, sends a single probe envelope instead of full batches. Nothing is ever
 * given up: cooperation messages wait, and an alert is raised instead (see alerts.ts).
 */

export interface RetryPolicy {
  readonly baseMs: number;
  readonly factor: number;
  readonly maxMs: number;
  /** Fraction of the delay added or removed at random (0.2 = ±20%). */
  readonly jitter: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  baseMs: 2_000,
  factor: 2,
  maxMs: 60 * 60_000,
  jitter: 0.2,
};

/**
 * Delay before the next attempt after `failures` consecutive failures (≥ 1). `random` returns
 * a number in [0, 1); injectable so tests are deterministic.
 */
export function retryDelayMs(
  failures: number,
  random: () => number = Math.random,
  policy = DEFAULT_RETRY_POLICY,
): number {
  if (failures < 1) return 0;
  // Cap the exponent before exponentiating: 2^1000 is Infinity.
  const exponent = Math.min(failures - 1, 60);
  const raw = Math.min(policy.baseMs * policy.factor ** exponent, policy.maxMs);
  const jittered = raw * (1 - policy.jitter + 2 * policy.jitter * random());
  return Math.round(Math.min(jittered, policy.maxMs));
}

/** Consecutive failures after which the breaker opens. */
export const BREAKER_THRESHOLD = 5;

export type BreakerState = 'closed' | 'open' | 'half_open';

/**
 * `closed`: deliver full batches (when the back-off allows). `open`: hold everything until
 * `nextAttemptAt`. `half_open`: the wait is over after many failures; send one probe envelope,
 * and only a success closes the breaker.
 */
export function breakerState(failures: number, nextAttemptAt: string | null, now: Date): BreakerState {
  const waiting = nextAttemptAt !== null && Date.parse(nextAttemptAt) > now.getTime();
  if (failures < BREAKER_THRESHOLD) return waiting ? 'open' : 'closed';
  return waiting ? 'open' : 'half_open';
}

/** Whether a refusal reason can change with time (retry) or never will (stop and alert). */
export function isPermanentRejection(reason: string): boolean {
  return ['malformed', 'bad_signature', 'expired', 'replayed', 'too_large'].includes(reason);
}
