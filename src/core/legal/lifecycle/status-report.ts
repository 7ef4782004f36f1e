/**
 * What the requested State answers when the requesting State asks how its request stands: the
 * version of the shared log it has reached, the status, each item's progress, the clocks still
 * running with their due dates, and when the last event happened. Derived from the state alone,
 * so the same log always gives the same report.
 */
import type { RequestState } from './state.js';
import type { DeadlineState, ItemState, PreservationStatus, RequestStatus } from './types.js';

export interface StatusReport {
  readonly requestId: string;
  /** The version of the event log the answering node holds. */
  readonly version: number;
  readonly status: RequestStatus;
  readonly preservation: PreservationStatus | null;
  readonly lastEventAt: string;
  readonly items: readonly {
    readonly id: string;
    readonly status: ItemState['status'];
    readonly ground?: string;
  }[];
  readonly progress: {
    readonly total: number;
    readonly executed: number;
    readonly refused: number;
    readonly pending: number;
  };
  /** Deadlines not yet stopped: running, or suspended while information is awaited. */
  readonly deadlines: readonly {
    readonly id: string;
    readonly label: string;
    readonly kind: string;
    readonly status: DeadlineState['status'];
    readonly dueAt: string | null;
    readonly local?: DeadlineState['local'];
  }[];
  /** Questions the requested State asked and is still waiting for. */
  readonly openInformationRequests: readonly string[];
}

export function statusReport(state: RequestState): StatusReport {
  const count = (status: ItemState['status']) => state.items.filter((i) => i.status === status).length;
  return {
    requestId: state.requestId,
    version: state.version,
    status: state.status,
    preservation: state.preservation,
    lastEventAt: state.lastEventAt,
    items: state.items.map((i) => ({
      id: i.id,
      status: i.status,
      ...(i.ground ? { ground: i.ground } : {}),
    })),
    progress: {
      total: state.items.length,
      executed: count('executed'),
      refused: count('refused'),
      pending: count('pending'),
    },
    deadlines: state.deadlines
      .filter((d) => d.status !== 'stopped')
      .map((d) => ({
        id: d.id,
        label: d.label,
        kind: d.kind,
        status: d.status,
        dueAt: d.dueAt,
        ...(d.local ? { local: d.local } : {}),
      })),
    openInformationRequests: state.informationRequests
      .filter((r) => r.answeredAt === undefined)
      .map((r) => r.id),
  };
}
