/**
 * Time enters the domain only through a Clock, so tests can run a week of deadlines in
 * milliseconds and every "now" in a command is the same instant.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that only moves when told to; for tests and simulations. */
export class ManualClock implements Clock {
  #ms: number;

  constructor(start: Date | string = '2026-01-05T09:00:00.000Z') {
    this.#ms = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.#ms);
  }

  advance(ms: number): void {
    if (ms < 0) throw new RangeError('a manual clock never moves backwards');
    this.#ms += ms;
  }

  set(at: Date | string): void {
    const ms = new Date(at).getTime();
    if (ms < this.#ms) throw new RangeError('a manual clock never moves backwards');
    this.#ms = ms;
  }
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
