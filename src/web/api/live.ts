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

export function subscribe(client: QueryClient, onChange: (change: Change) => void): () => void {
  const source = new EventSource('/api/events');
  source.addEventListener('change', (event) => {
    const change = JSON.parse((event as MessageEvent<string>).data) as Change;
    if (change.kind === 'request') {
      void client.invalidateQueries({ queryKey: ['requests'] });
      void client.invalidateQueries({ queryKey: ['request', change.id] });
    } else {
      void client.invalidateQueries({ queryKey: ['cases'] });
      void client.invalidateQueries({ queryKey: ['case', change.id] });
    }
    onChange(change);
  });
  return () => source.close();
}
