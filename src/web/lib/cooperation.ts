/**
 * How much this node is cooperating with each State, for the register's map and its table:
 * the requests still open between this node's State and each other State, sent and received
 * (a draft has not left; a request closed, withdrawn or refused is over) — and, for those who
 * watch the federation, the messages still waiting for delivery to each State's node.
 */
export interface RequestLike {
  readonly side: 'requesting' | 'requested';
  readonly state: {
    readonly status: string;
    readonly requestingState: string;
    readonly requestedState: string;
  };
}

export interface Cooperation {
  readonly state: string;
  readonly sent: number;
  readonly received: number;
  readonly open: number;
  /** Messages waiting for delivery to the State's node(s); absent when not known to the reader. */
  readonly backlog?: number;
}

export type Measure = 'open' | 'backlog';
export const measureOf = (c: Cooperation, measure: Measure): number =>
  measure === 'open' ? c.open : (c.backlog ?? 0);

/**
 * Adds each State's delivery backlog (summed over its nodes) to the requests; a State this
 * node has a peer in but no open request with is cooperating too, and is added.
 */
export function withBacklog(
  by: ReadonlyMap<string, Cooperation>,
  peers: ReadonlyArray<{ readonly state: string; readonly delivery: { readonly backlog: number } }>,
): Map<string, Cooperation> {
  const out = new Map<string, Cooperation>(
    [...by.entries()].map(([state, c]) => [state, { ...c, backlog: 0 }] as const),
  );
  for (const peer of peers) {
    const c = out.get(peer.state) ?? { state: peer.state, sent: 0, received: 0, open: 0, backlog: 0 };
    out.set(peer.state, { ...c, backlog: (c.backlog ?? 0) + peer.delivery.backlog });
  }
  return out;
}

const NOT_OPEN = new Set(['draft', 'closed', 'withdrawn', 'refused']);

export function openRequestsByState(requests: readonly RequestLike[]): Map<string, Cooperation> {
  const by = new Map<string, { sent: number; received: number }>();
  for (const r of requests) {
    if (NOT_OPEN.has(r.state.status)) continue;
    const other = r.side === 'requesting' ? r.state.requestedState : r.state.requestingState;
    const entry = by.get(other) ?? { sent: 0, received: 0 };
    if (r.side === 'requesting') entry.sent++;
    else entry.received++;
    by.set(other, entry);
  }
  return new Map(
    [...by.entries()].map(([state, c]) => [state, { state, ...c, open: c.sent + c.received }] as const),
  );
}

/** Five classes from 1 to the largest count (0 has its own colour), as the legend shows them. */
export function classesOf(max: number): Array<{ from: number; to: number }> {
  if (max <= 0) return [];
  const steps = Math.min(5, max);
  const classes: Array<{ from: number; to: number }> = [];
  let from = 1;
  for (let i = 1; i <= steps; i++) {
    const to = i === steps ? max : Math.max(from, Math.round((max * i) / steps));
    classes.push({ from, to });
    from = to + 1;
  }
  return classes.filter((c) => c.from <= c.to);
}
