/**
 * The request clock: on every pass it runs the legal core's automatic commands (a preservation
 * marked expiring, then lapsed), sends reminders before deadlines fall due (deadline-reminders.ts)
 * and escalates received requests nobody has acknowledged —
 * first the officer on call, then the backup, then the head of the authority. Every automatic
 * action is written into the request's own log as automatic, with its audit event, and is
 * shared with the other State like any other change. The clock is injected, so a test runs a
 * week of it in milliseconds.
 */
import { randomUUID } from 'node:crypto';
import type { AuditEntry } from '../../core/audit/chain.js';
import type { Clock } from '../../core/clock.js';
import { SYSTEM_ACTOR } from '../../core/context.js';
import { automaticCommands } from '../../core/legal/lifecycle/automatic.js';
import {
  type EscalationPolicy,
  escalationDue,
} from '../../core/legal/lifecycle/commands/record-escalation.js';
import type { RequestCommand } from '../../core/legal/lifecycle/decide.js';
import type { RequestState } from '../../core/legal/lifecycle/state.js';
import type { RegimeRegistry } from '../../core/legal/regimes/registry.js';
import { localTime } from '../../core/notifications/on-call.js';
import { runCommand } from '../../storage/command.js';
import type { Database, Tx } from '../../storage/database.js';
import { queueEmail, queueWebhookEvent } from '../notifications/queue.js';
import { alertRecipients } from '../notifications/recipients.js';
import { readNodeIdentity } from '../register/node-identity.js';
import { RUNNING_STATUSES } from '../../core/legal/lifecycle/status-groups.js';
import type { Courier } from '../../federation/messages/message-type.js';
import { sendDeadlineReminders } from './deadline-reminders.js';
import { PeriodicDaemon } from '../periodic.js';
import { applyAutomatic } from './automatic-action.js';

export interface RequestClockOptions {
  readonly database: Database;
  readonly registry: RegimeRegistry;
  readonly clock: Clock;
  readonly escalation: EscalationPolicy;
  readonly courier?: Courier;
  readonly pollMs?: number;
  readonly onError?: (error: unknown) => void;
  /** Hours before any running deadline when the officer on call gets a last call (default 24). */
  readonly lastCallHours?: number;
}

export interface ClockPass {
  readonly automatic: number;
  readonly escalations: number;
  readonly reminders: number;
}

export class RequestClockDaemon extends PeriodicDaemon {
  readonly name = 'request-clock';
  readonly #o: RequestClockOptions;

  constructor(options: RequestClockOptions) {
    super(options.pollMs ?? 30_000, options.onError);
    this.#o = options;
  }

  /** One pass over the requests this node decides (the requested side). */
  async runOnce(): Promise<ClockPass> {
    const rows = await this.#o.database.db
      .selectFrom('requests')
      .select(['id', 'state'])
      .where('side', '=', 'requested')
      .where('status', 'in', RUNNING_STATUSES)
      .execute();
    let automatic = 0;
    let escalations = 0;
    let reminders = 0;
    const reminderDeps = { ...this.#o, lastCallHours: this.#o.lastCallHours ?? 24 };
    for (const row of rows) {
      const state = JSON.parse(row.state) as RequestState;
      const now = this.#o.clock.now();
      for (const command of automaticCommands(state, this.#o.registry, now)) {
        if (await this.#apply(row.id, command)) automatic++;
      }
      const level = escalationDue(state, now, this.#o.escalation);
      if (level !== null && (await this.#escalate(row.id, state, level))) escalations++;
      reminders += await sendDeadlineReminders(reminderDeps, row.id, state);
    }
    return { automatic, escalations, reminders };
  }

  /** Decides and appends one automatic command on the current state; false when it no longer applies. */
  async #apply(
    id: string,
    command: RequestCommand,
    extra: (tx: Tx, state: RequestState) => Promise<AuditEntry[]> = async () => [],
  ): Promise<boolean> {
    const ctx = { actor: SYSTEM_ACTOR, requestId: null, clock: this.#o.clock };
    try {
      await runCommand(this.#o.database, ctx, async (tx) => {
        const row = await tx.db
          .selectFrom('requests')
          .select('state')
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        const state = JSON.parse(row.state) as RequestState;
        const { next, shared } = await applyAutomatic(tx, this.#o, state, command);
        const more = await extra(tx, state);
        return {
          value: null,
          audit: [
            ...shared,
            ...more,
            {
              actor: SYSTEM_ACTOR,
              action: `request.${command.type}`,
              subjectType: 'request',
              subjectId: id,
              legalBasis: `${state.regime} ${state.instrument}`,
              details: { automatic: true, from: state.status, to: next.status },
            },
          ],
        };
      });
      return true;
    } catch (error) {
      // The state moved on meanwhile (acknowledged, lapsed by another instance): nothing to do.
      if (
        (error as { code?: string }).code === 'illegal_transition' ||
        (error as { code?: string }).code === 'concurrent_update'
      )
        return false;
      if ((error as { code?: string }).code === 'escalation_out_of_order') return false;
      throw error;
    }
  }

  /**
   * Level 1 alerts whoever is first on call, level 2 the backup, level 3 and beyond the head of
   * the authority (register contacts whose role names them head). The shared log records only
   * the level and the kind of people alerted; the local audit names them.
   */
  async #escalate(id: string, state: RequestState, level: number): Promise<boolean> {
    const identity = await readNodeIdentity(this.#o.database);
    if (!identity) return false;
    const now = this.#o.clock.now();
    const recipients = await alertRecipients(this.#o.database.db, identity.authorityId, level, now);
    const label = level === 1 ? 'officer on call' : level === 2 ? 'backup on call' : 'head of authority';
    const command: RequestCommand = {
      type: 'record_escalation',
      level,
      notified: [label],
      reason: `not acknowledged ${Math.round((now.getTime() - Date.parse(state.escalations.at(-1)?.at ?? state.receivedAt ?? now.toISOString())) / 60_000)} minutes after ${level === 1 ? 'the signed receipt' : 'the previous alert'}`,
    };
    return this.#apply(id, command, async (tx) => {
      for (const r of recipients.filter((x) => x.email)) {
        await queueEmail(
          tx,
          {
            to: r.email!,
            event: 'request.escalated',
            subject: `[Comity] ${state.urgency === 'routine' ? '' : `${state.urgency.toUpperCase()} `}${state.instrument} request from ${state.requestingState} awaits acknowledgement`,
            text: [
              `A ${state.regime} ${state.instrument} request from ${state.requestingState} (${id}) was received at ${state.receivedAt} and nobody has acknowledged it.`,
              `You are alerted as ${label} (escalation level ${level}). Local time for you: ${localTime(now, r.timezone)}.`,
              'Open it in Comity and start the review to stop further escalation.',
            ].join('\n'),
          },
          now,
        );
      }
      await queueWebhookEvent(tx, 'request.escalated', { requestId: id, level, label }, now);
      return [
        {
          actor: SYSTEM_ACTOR,
          action: 'request.escalation_alerted',
          subjectType: 'request',
          subjectId: id,
          details: {
            level,
            recipients: recipients.map((r) => r.id),
            withoutEmail: recipients.filter((r) => !r.email).map((r) => r.id),
            alertId: randomUUID(),
          },
        },
      ];
    });
  }
}
