/**
 * Live updates: one EventSource per signed-in person on `/api/events`. Each change invalidates
 * the queries that show its subject, so lists and pages refresh by themselves; the browser
 * reconnects on its own (after a node restart too) and sends Last-Event-ID, so nothing is missed.
 */
import type { QueryClient } from '@tanstack/react-query';

export interface Change {
  readonly kind: 'request' | 'case';
  readonly id: string;
  readonly action: string;
  readonly at: string;
}

/**
 * Refreshes a query after changes without ever cancelling a refresh under way: a burst of
 * arrivals (several changes each) would otherwise cancel every list fetch before it finished,
 * and the desk would stand still until the burst ended. One refresh runs at a time; changes
 * that come during it ask for exactly one more, which starts after the last of them.
 */
export function coalescingRefresher(
  refresh: (key: readonly unknown[]) => Promise<unknown>,
): (key: readonly unknown[]) => void {
  const state = new Map<string, { again: boolean }>();
  return (key) => {
    const name = JSON.stringify(key);
    const running = state.get(name);
    if (running) {
      running.again = true;
      return;
    }
    const mine = { again: false };
    state.set(name, mine);
    void (async () => {
      try {
        do {
          mine.again = false;
          await refresh(key).catch(() => undefined);
        } while (mine.again);
      } finally {
        state.delete(name);
      }
    })();
  };
}

export function subscribe(client: QueryClient, onChange: (change: Change) => void): () => void {
  const refresh = coalescingRefresher((queryKey) =>
    client.invalidateQueries({ queryKey }, { cancelRefetch: false }),
  );
  const source = new EventSource('/api/events');
  source.addEventListener('change', (event) => {
    const change = JSON.parse((event as MessageEvent<string>).data) as Change;
    if (change.kind === 'request') {
      refresh(['requests']);
      refresh(['request', change.id]);
    } else {
      refresh(['cases']);
      refresh(['case', change.id]);
    }
    onChange(change);
  });
  return () => source.close();
}
