/**
 * Sends one alert to many States: one logical message, sealed once per recipient into its own
 * envelope and outbox row, all in one transaction with the alert's record and its audit event.
 * Every recipient State must have a trusted peer, or nothing is sent.
 */
import { randomUUID } from 'node:crypto';
import type { CommandContext } from '../../core/context.js';
import { ValidationError } from '../../core/errors.js';
import { send } from '../../federation/messages/message-type.js';
import { peerServing } from '../../federation/peers/peers-store.js';
import { runCommand } from '../../storage/command.js';
import type { AppDeps } from '../deps.js';
import { requireFederation } from '../require-federation.js';
import { ALERT_NOTICE, type ALERT_KINDS, type ALERT_TLPS } from './messages.js';

export interface SendAlertInput {
  readonly kind: (typeof ALERT_KINDS)[number];
  readonly title: string;
  readonly body: string;
  readonly tlp: (typeof ALERT_TLPS)[number];
  /** ISO 3166-1 alpha-2 codes of the States to alert. */
  readonly states: readonly string[];
}

export interface SentAlert {
  readonly id: string;
  readonly recipients: readonly {
    readonly state: string;
    readonly peer: string;
    readonly messageId: string;
  }[];
}

export async function sendAlert(
  deps: AppDeps,
  ctx: CommandContext,
  input: SendAlertInput,
): Promise<SentAlert> {
  const federation = requireFederation(deps);
  const own = federation.identity.state;
  const states = [...new Set(input.states.map((s) => s.trim().toUpperCase()))];
  const title = input.title.trim();
  const body = input.body.trim();
  if (title === '')
    throw new ValidationError('an alert needs a title', [{ path: '/body/title', message: 'required' }]);
  if (body === '')
    throw new ValidationError('an alert needs a text', [{ path: '/body/body', message: 'required' }]);
  if (states.length === 0)
    throw new ValidationError('name at least one State to alert', [
      { path: '/body/states', message: 'required' },
    ]);
  if (states.includes(own))
    throw new ValidationError(
      `${own} is this node's own State`,
      [{ path: '/body/states', message: 'own State' }],
      'own_state',
    );
  const id = randomUUID();
  const sentAt = ctx.clock.now().toISOString();
  return runCommand(deps.database, ctx, async (tx) => {
    const recipients = [];
    const audit = [];
    for (const state of states) {
      // A State without a trusted peer stops the whole alert before anything is queued.
      const peer = await peerServing(tx.db, state);
      recipients.push({ state, peer });
    }
    await tx.db
      .insertInto('alerts_sent')
      .values({
        id,
        kind: input.kind,
        title,
        body,
        tlp: input.tlp,
        sent_by: ctx.actor.id,
        created_at: sentAt,
      })
      .execute();
    const sent = [];
    for (const { state, peer } of recipients) {
      const queued = await send(tx, federation, ALERT_NOTICE, peer, {
        alertId: id,
        kind: input.kind,
        title,
        body,
        tlp: input.tlp,
        recipients: states,
        sentAt,
      });
      await tx.db
        .insertInto('alert_recipients')
        .values({ alert_id: id, peer, state, message_id: queued.messageId, answer: null, answered_at: null })
        .execute();
      audit.push(queued.audit);
      sent.push({ state, peer, messageId: queued.messageId });
    }
    return {
      value: { id, recipients: sent },
      audit: [
        {
          actor: ctx.actor,
          action: 'alert.send',
          subjectType: 'alert',
          subjectId: id,
          details: { kind: input.kind, tlp: input.tlp, states },
        },
        ...audit,
      ],
    };
  });
}
