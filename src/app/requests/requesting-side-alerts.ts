/**
 * The requesting side hears of what the requested State did that needs it: a question to
 * answer, a refusal or postponement, results sent, a preservation confirmed — and, above all,
 * a preservation about to end ("send the follow-up MLA request now") or ended. The people on
 * the request's case are told by e-mail (or, when none has an address, whoever is on call for
 * the node's authority), webhooks by `request.update`, in the transaction that replicates it.
 */
import type { AuditEntry } from '../../core/audit/chain.js';
import type { RequestEvent } from '../../core/legal/lifecycle/events.js';
import type { RequestState } from '../../core/legal/lifecycle/state.js';
import type { Tx } from '../../storage/database.js';
import { queueEmail, queueWebhookEvent } from '../notifications/queue.js';
import { nodeAlertRecipients } from '../notifications/recipients.js';

/** What each event means for the requesting side, in one line; events not listed say nothing. */
const NEWS: Partial<Record<RequestEvent['type'], (s: RequestState) => string>> = {
  information_requested: (s) => `${s.requestedState} asks for more information before it goes on`,
  request_refused: (s) => `${s.requestedState} refused the request`,
  request_postponed: (s) => `${s.requestedState} postponed the request`,
  results_transmitted: (s) => `${s.requestedState} transmitted results, with the conditions attached to them`,
  preservation_confirmed: (s) => `${s.requestedState} confirmed that the data are preserved`,
  preservation_expiring: (s) => {
    const period = s.deadlines.find((d) => d.id === 'preservation_period');
    return `the preservation ends ${period?.local?.requesting ?? period?.dueAt ?? 'soon'}: send the follow-up MLA request before then, or the data may be lost`;
  },
  preservation_lapsed: (s) =>
    `the preservation has ended at ${s.requestedState}; the data may no longer be kept`,
};

export async function alertRequestingSide(
  tx: Tx,
  request: { id: string; caseId: string | null },
  events: readonly RequestEvent[],
  next: RequestState,
  now: Date,
): Promise<AuditEntry[]> {
  const lines = [...new Set(events.flatMap((e) => (NEWS[e.type] ? [NEWS[e.type]!(next)] : [])))];
  if (lines.length === 0) return [];
  const members = request.caseId
    ? await tx.db
        .selectFrom('case_members')
        .innerJoin('users', 'users.id', 'case_members.user_id')
        .select(['users.id', 'users.email'])
        .where('case_members.case_id', '=', request.caseId)
        .execute()
    : [];
  let recipients = members
    .filter((m) => m.email)
    .map((m) => ({ id: m.id, email: m.email!, timezone: 'UTC' }));
  if (recipients.length === 0) {
    recipients = (await nodeAlertRecipients(tx.db, 1, now))
      .filter((r) => r.email)
      .map((r) => ({ id: r.id, email: r.email!, timezone: r.timezone }));
  }
  const urgent = events.some((e) => e.type === 'preservation_expiring' || e.type === 'preservation_lapsed');
  for (const r of recipients)
    await queueEmail(
      tx,
      {
        to: r.email,
        event: 'request.update',
        subject: `[Comity] ${urgent ? 'ACTION NEEDED: ' : ''}${next.instrument} request to ${next.requestedState}: ${lines[0]}`,
        text: [
          `Request ${request.id} (${next.regime} ${next.instrument}, ${next.requestingState} → ${next.requestedState}), now ${next.status}:`,
          ...lines.map((l) => `- ${l}`),
        ].join('\n'),
      },
      now,
    );
  await queueWebhookEvent(
    tx,
    'request.update',
    { requestId: request.id, status: next.status, events: events.map((e) => e.type) },
    now,
  );
  return [
    {
      actor: { type: 'system', id: 'node' },
      action: 'request.update_alerted',
      subjectType: 'request',
      subjectId: request.id,
      details: { events: events.map((e) => e.type), recipients: recipients.map((r) => r.id) },
    },
  ];
}
