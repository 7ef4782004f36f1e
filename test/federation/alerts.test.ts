/**
 * One alert to many States over real HTTP: XA alerts XB, XC and XD at once; each gets its own
 * envelope and stores it once; XB opens it, XC answers it, XD does nothing; XA then reads, per
 * recipient, the signed ladder of receipts and XC's answer. Bad input changes nothing: a State
 * with no trusted peer stops the whole alert, the node's own State is refused, and an answer
 * from a node that was not alerted is refused at the sender.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { answerAlert, listAlerts, openAlert, sentAlert } from '../../src/app/alerts/alerts.js';
import { ALERT_ANSWER } from '../../src/app/alerts/messages.js';
import { sendAlert } from '../../src/app/alerts/send-alert.js';
import { MINUTE } from '../../src/core/clock.js';
import { SYSTEM_ACTOR } from '../../src/core/context.js';
import type { DomainError } from '../../src/core/errors.js';
import { send } from '../../src/federation/messages/message-type.js';
import { type Network, startNetwork } from '../support/network.js';

describe('one alert to many States', () => {
  let net: Network;
  const ctx = () => ({ actor: SYSTEM_ACTOR, requestId: null, clock: net.clock });
  before(async () => {
    net = await startNetwork({ names: ['xa', 'xb', 'xc', 'xd', 'xe'] });
  });
  after(async () => {
    await net.close();
  });

  const alert = {
    kind: 'alert' as const,
    title: 'Ransomware campaign against hospitals',
    body: 'The same affiliate encrypted hospitals in five States through one VPN appliance.',
    tlp: 'green' as const,
  };

  test('a State without a peer, or the own State, stops the alert before anything is queued', async () => {
    const xa = net.node('xa');
    const before = await xa.database.db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    await assert.rejects(
      sendAlert(xa.deps, ctx(), { ...alert, states: ['XB', 'ZZ'] }),
      (e: DomainError) => e.code === 'no_peer_for_state',
    );
    await assert.rejects(
      sendAlert(xa.deps, ctx(), { ...alert, states: ['XB', 'xa'] }),
      (e: DomainError) => e.code === 'own_state',
    );
    const afterwards = await xa.database.db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    assert.equal(Number(afterwards?.n), Number(before?.n));
    assert.deepEqual((await listAlerts(xa.deps)).sent, []);
  });

  test('each recipient receives, opens or answers, and the sender sees who did what', async () => {
    const xa = net.node('xa');
    const sent = await sendAlert(xa.deps, ctx(), { ...alert, states: ['xb', 'XC', 'XD', 'XC'] });
    assert.deepEqual(
      sent.recipients.map((r) => r.state),
      ['XB', 'XC', 'XD'],
    );
    assert.equal(new Set(sent.recipients.map((r) => r.messageId)).size, 3, 'one envelope per recipient');
    await net.drain();
    for (const name of ['xb', 'xc', 'xd']) {
      const [got] = (await listAlerts(net.node(name).deps)).received;
      assert.equal(got?.title, alert.title, name);
      assert.deepEqual(got?.recipients, ['XB', 'XC', 'XD']);
      assert.equal(got?.fromState, 'XA');
    }
    net.clock.advance(MINUTE);
    await openAlert(net.node('xb').deps, ctx(), 'xa', sent.id);
    await openAlert(net.node('xb').deps, ctx(), 'xa', sent.id);
    await answerAlert(
      net.node('xc').deps,
      ctx(),
      'xa',
      sent.id,
      'Two of our hospitals run it; both patched.',
    );
    await assert.rejects(
      answerAlert(net.node('xc').deps, ctx(), 'xa', sent.id, 'again'),
      (e: DomainError) => e.code === 'alert_already_answered',
    );
    await net.drain();

    const view = await sentAlert(xa.deps, sent.id);
    const by = Object.fromEntries(view.recipients.map((r) => [r.state, r]));
    for (const state of ['XB', 'XC', 'XD']) {
      assert.equal(by[state]?.delivery, 'accepted', state);
      assert.ok(by[state]?.receipts.accepted && by[state]?.receipts.delivered, state);
    }
    assert.ok(by.XB?.receipts.opened);
    assert.equal(by.XB?.receipts.answered, undefined);
    assert.ok(by.XC?.receipts.opened && by.XC?.receipts.answered);
    assert.equal(by.XC?.answer, 'Two of our hospitals run it; both patched.');
    assert.equal(by.XD?.receipts.opened, undefined);
    const opened = await xa.database.db
      .selectFrom('receipts')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('message_id', '=', by.XB!.messageId)
      .where('receipt_type', '=', 'opened')
      .executeTakeFirst();
    assert.equal(Number(opened?.n), 1, 'opening twice sends one receipt');

    // XE was not alerted: its answer is refused by XA and changes nothing.
    const xe = net.node('xe');
    await xe.database.transact(async (tx) => {
      await send(tx, xe.federation, ALERT_ANSWER, 'xa', { alertId: sent.id, text: 'not ours to answer' });
    });
    const result = await net.drain();
    assert.equal(result.rejected, 1);
    assert.equal((await sentAlert(xa.deps, sent.id)).recipients.length, 3);
  });
});
