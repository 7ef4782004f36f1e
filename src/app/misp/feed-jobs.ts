/**
 * Feed pulls started from the console run in the background, so the page can show their
 * progress while they run. A job lives in the instance that runs it, for an hour after it
 * ends; what it imported is in the database (each event's import and report) whatever
 * happens to the job.
 */
import { randomUUID } from 'node:crypto';
import type { CommandContext } from '../../core/context.js';
import { isDomainError } from '../../core/errors.js';
import type { SharingDeps } from '../sharing/deps.js';
import { type FeedPull, type FeedPullProgress, pullFeed } from './pull-feed.js';

export interface FeedJob {
  readonly id: string;
  readonly url: string;
  readonly startedBy: string;
  readonly startedAt: string;
  state: 'running' | 'done' | 'failed';
  progress: FeedPullProgress;
  finishedAt?: string;
  result?: FeedPull;
  problem?: { code: string; message: string };
}

const KEPT_MS = 3_600_000;

export class FeedJobs {
  readonly #jobs = new Map<string, FeedJob>();

  constructor(private readonly deps: SharingDeps) {}

  /** Starts a pull; the returned job is updated as it runs. */
  start(ctx: CommandContext, url: string, headers: Record<string, string>, startedBy: string): FeedJob {
    this.#forgetOld(ctx.clock.now().getTime());
    const job: FeedJob = {
      id: randomUUID(),
      url,
      startedBy,
      startedAt: ctx.clock.now().toISOString(),
      state: 'running',
      progress: { total: 0, done: 0, bytes: 0, eventBytes: 0 },
    };
    this.#jobs.set(job.id, job);
    pullFeed(this.deps, ctx, url, {
      limits: { headers },
      onProgress: (p) => {
        job.progress = p;
      },
    }).then(
      (result) => {
        job.result = result;
        job.state = 'done';
        job.finishedAt = ctx.clock.now().toISOString();
      },
      (error: unknown) => {
        job.problem = isDomainError(error)
          ? { code: error.code, message: error.message }
          : { code: 'internal_error', message: 'the pull stopped on an unexpected error' };
        job.state = 'failed';
        job.finishedAt = ctx.clock.now().toISOString();
      },
    );
    return job;
  }

  /** A job, for the person who started it. */
  get(id: string, userId: string): FeedJob | undefined {
    const job = this.#jobs.get(id);
    return job && job.startedBy === userId ? job : undefined;
  }

  #forgetOld(now: number): void {
    for (const [id, job] of this.#jobs)
      if (job.finishedAt && now - Date.parse(job.finishedAt) > KEPT_MS) this.#jobs.delete(id);
  }
}
