/**
 * The 24/7 desk's ordering: received requests that are not over, most urgent first (emergency,
 * then urgent, then routine), then the ones not yet acknowledged, then the nearest running
 * deadline. Pure, so a test can check the order the officer sees.
 */

export interface DeskDeadline {
  readonly id: string;
  readonly label: string;
  readonly dueAt: string | null;
  readonly status: string;
  readonly source: string;
  readonly confidence: string;
}

export interface DeskRequest {
  readonly id: string;
  readonly side: 'requesting' | 'requested';
  readonly state: {
    readonly requestId: string;
    readonly regime: string;
    readonly instrument: string;
    readonly requestingState: string;
    readonly requestedState: string;
    readonly urgency: 'routine' | 'urgent' | 'emergency';
    readonly status: string;
    readonly timeZones: { readonly requesting: string; readonly requested: string };
    readonly receivedAt?: string;
    readonly deadlines: readonly DeskDeadline[];
    readonly escalations: readonly { readonly level: number; readonly at: string }[];
  };
}

export interface DeskRow {
  readonly id: string;
  readonly regime: string;
  readonly instrument: string;
  readonly from: string;
  readonly urgency: DeskRequest['state']['urgency'];
  readonly status: string;
  readonly acknowledged: boolean;
  readonly receivedAt: string | null;
  readonly next: DeskDeadline | null;
  readonly escalationLevel: number;
  readonly requestingTimeZone: string;
}

/** Statuses in which the requested State still has work to do on a request. */
const OPEN = new Set([
  'received',
  'under_review',
  'information_requested',
  'in_consultation',
  'accepted',
  'in_execution',
  'partially_executed',
  'executed',
  'postponed',
]);

const URGENCY_RANK = { emergency: 0, urgent: 1, routine: 2 } as const;

export function deskRows(requests: readonly DeskRequest[]): DeskRow[] {
  return requests
    .filter((r) => r.side === 'requested' && OPEN.has(r.state.status))
    .map((r) => {
      const running = r.state.deadlines
        .filter((d) => d.status === 'running' && d.dueAt !== null)
        .sort((a, b) => Date.parse(a.dueAt!) - Date.parse(b.dueAt!));
      return {
        id: r.id,
        regime: r.state.regime,
        instrument: r.state.instrument,
        from: r.state.requestingState,
        urgency: r.state.urgency,
        status: r.state.status,
        acknowledged: r.state.status !== 'received',
        receivedAt: r.state.receivedAt ?? null,
        next: running[0] ?? null,
        escalationLevel: r.state.escalations.reduce((max, e) => Math.max(max, e.level), 0),
        requestingTimeZone: r.state.timeZones.requesting,
      };
    })
    .sort(
      (a, b) =>
        URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency] ||
        Number(a.acknowledged) - Number(b.acknowledged) ||
        due(a) - due(b) ||
        (a.receivedAt ?? '').localeCompare(b.receivedAt ?? ''),
    );
}

function due(row: DeskRow): number {
  return row.next?.dueAt ? Date.parse(row.next.dueAt) : Number.POSITIVE_INFINITY;
}
