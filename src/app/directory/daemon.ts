/**
 * Keeps every trusted directory current and watched: each pass refreshes it (from the operator
 * or a mirror) and asks a few peers which head they hold. A pass that cannot reach anyone keeps
 * the copy held — trust never lapses because an operator is down.
 */
import { SYSTEM_ACTOR } from '../../core/context.js';
import { listDirectories } from '../../federation/directory/store.js';
import type { AppDeps } from '../deps.js';
import { PeriodicDaemon } from '../periodic.js';
import { gossipDirectory, refreshDirectory } from './trusted.js';

export class DirectoryDaemon extends PeriodicDaemon {
  readonly name = 'directories';

  constructor(
    private readonly deps: AppDeps,
    everyMs: number,
    onError?: (error: unknown) => void,
  ) {
    super(everyMs, onError);
  }

  async runOnce(): Promise<{ refreshed: number; splitViews: number }> {
    const ctx = { actor: SYSTEM_ACTOR, requestId: null, clock: this.deps.clock };
    let refreshed = 0;
    let splitViews = 0;
    for (const directory of await listDirectories(this.deps.database.db)) {
      if (directory.role !== 'trusted') continue;
      const outcome = await refreshDirectory(this.deps, ctx, directory.id).catch(() => undefined);
      if (outcome?.ok) refreshed++;
      splitViews +=
        (await gossipDirectory(this.deps, ctx, directory.id).catch(() => undefined))?.splitViews.length ?? 0;
    }
    return { refreshed, splitViews };
  }
}
