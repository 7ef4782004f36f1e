import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestDatabase } from '../../../test/support/databases.js';
import { type SmtpSink, startSmtpSink } from '../../../test/support/smtp.js';
import { DAY, ManualClock, MINUTE } from '../../core/clock.js';
import { SYSTEM_ACTOR } from '../../core/context.js';
import { type AnyRequestCommand, decide } from '../../core/legal/lifecycle/decide.js';
import type { RequestEvent } from '../../core/legal/lifecycle/events.js';
import { fold } from '../../core/legal/lifecycle/fold.js';
import type { Actor } from '../../core/legal/roles.js';
import type { Database } from '../../storage/database.js';
import { loadRegimeRegistry } from '../../storage/legal/regime-files.js';
import { insertRequest, requestEvents } from '../../storage/requests/request-store.js';
import { createUser } from '../accounts/users.js';
import { replaceRoster } from '../notifications/admin.js';
import { NotificationWorker } from '../notifications/worker.js';
import { addContact, createAuthority } from '../register/authorities.js';
import { setNodeIdentity } from '../register/node-identity.js';
import { createState } from '../register/states.js';
import { RequestClockDaemon } from './request-clock.js';

const registry = loadRegimeRegistry();
const requester: Actor = { userId: 'xa-officer', role: 'poc_officer', side: 'requesting' };
const officer: Actor = { userId: 'xb-officer', role: 'poc_officer', side: 'requested' };
const system: Actor = { role: 'system', side: 'requested', automatic: true };

let sink: SmtpSink;
before(async () => {
  sink = await startSmtpSink();
});
after(async () => {
  await sink.stop();
});

/** An XB node (the requested State) holding a preservation request from XA, received at `clock`'s now. */
async function receivedRequest(
  database: Database,
  clock: ManualClock,
  steps: Array<[Actor, AnyRequestCommand]> = [],
) {
  const log: RequestEvent[] = [];
  const run = (actor: Actor, command: AnyRequestCommand) =>
    log.push(...decide(log.length ? fold(log) : undefined, command, { clock, registry, actor }));
  run(requester, {
    type: 'draft',
    requestId: 'req-xa-1',
    regime: 'uncc-2024',
    instrument: 'preservation',
    requestingState: 'XA',
    requestedState: 'XB',
    urgency: 'urgent',
    fields: {
      requestingAuthority: 'XA desk',
      factsSummary: 'Ransomware.',
      relationToOffence: 'Ransom note.',
      necessity: 'Logs rotate.',
      mlaToFollow: true,
    },
    items: [{ id: 'i1', description: 'login logs', dataCategory: 'traffic', personalData: true }],
    offences: [{ code: 'UNCC-7', elements: { security_breach: true } }],
  });
  run(requester, { type: 'submit' });
  run(system, { type: 'sign_receipt' });
  for (const [actor, command] of steps) run(actor, command);
  await database.transact((tx) =>
    insertRequest(
      tx,
      { id: 'req-xa-1', caseId: null, side: 'requested' },
      log,
      fold(log),
      clock.now().toISOString(),
    ),
  );
}

/** A fresh XB node database, a manual clock at 02:00 UTC and the request clock over them. */
async function xbWithClock() {
  const db = await createTestDatabase('sqlite');
  const clock = new ManualClock('2026-05-04T02:00:00.000Z');
  const daemon = new RequestClockDaemon({
    database: db.database,
    registry,
    clock,
    escalation: { afterMinutes: 30, levels: 3 },
  });
  await xbNode(db.database, clock);
  return { db, clock, daemon };
}

async function xbNode(database: Database, clock: ManualClock) {
  const ctx = { actor: SYSTEM_ACTOR, requestId: null, clock };
  await createState(database, ctx, { code: 'XB', name: 'Xb' });
  const desk = await createAuthority(database, ctx, 'XB', {
    type: 'poc_24_7',
    name: 'XB 24/7 desk',
    timezone: 'Europe/Lisbon',
  });
  await setNodeIdentity(database, ctx, 'XB', desk.id);
  await addContact(database, ctx, desk.id, {
    name: 'Desk head',
    role: 'Head of the 24/7 desk',
    email: 'head@xb.example',
    timezone: 'Europe/Lisbon',
  });
  const cost = { log2N: 10, r: 8, p: 1 };
  const night = await createUser(
    database,
    ctx,
    {
      username: 'night',
      roles: ['poc_officer'],
      email: 'night@xb.example',
      authorityId: desk.id,
      password: 'a long test password 42',
    },
    cost,
  );
  const backup = await createUser(
    database,
    ctx,
    {
      username: 'backup',
      roles: ['poc_officer'],
      email: 'backup@xb.example',
      authorityId: desk.id,
      password: 'a long test password 42',
    },
    cost,
  );
  const principal = {
    userId: night.user.id,
    username: 'night',
    roles: ['poc_officer' as const],
    authorityId: desk.id,
    via: 'session' as const,
  };
  const start = clock.now();
  const end = new Date(start.getTime() + 7 * DAY).toISOString();
  await replaceRoster(database, ctx, principal, desk.id, [
    {
      userId: night.user.id,
      position: 0,
      startsAt: start.toISOString(),
      endsAt: end,
      timezone: 'Europe/Lisbon',
    },
    {
      userId: backup.user.id,
      position: 1,
      startsAt: start.toISOString(),
      endsAt: end,
      timezone: 'America/Sao_Paulo',
    },
  ]);
}

test('an unacknowledged request escalates to the officer on call, the backup, then the head — each by e-mail, each in the log', async () => {
  const { db, clock, daemon } = await xbWithClock();
  const mailer = new NotificationWorker({
    database: db.database,
    clock,
    smtpUrl: sink.url,
    mailFrom: 'comity@xb.example',
  });
  try {
    await receivedRequest(db.database, clock);
    const inboxBefore = sink.messages.length;

    clock.advance(29 * MINUTE);
    assert.deepEqual(await daemon.runOnce(), { automatic: 0, escalations: 0, reminders: 0 });
    const alerted: string[] = [];
    for (const expected of ['night@xb.example', 'backup@xb.example', 'head@xb.example']) {
      clock.advance(31 * MINUTE);
      assert.deepEqual(await daemon.runOnce(), { automatic: 0, escalations: 1, reminders: 0 });
      assert.deepEqual(
        await daemon.runOnce(),
        { automatic: 0, escalations: 0, reminders: 0 },
        'one alert per level',
      );
      await mailer.runOnce();
      const mails = await sink.waitFor(inboxBefore + alerted.length + 1);
      const mail = mails.at(-1)!;
      assert.deepEqual(mail.to, [expected]);
      assert.match(mail.subject, /URGENT preservation request from XA awaits acknowledgement/);
      alerted.push(expected);
    }
    clock.advance(2 * 60 * MINUTE);
    assert.equal((await daemon.runOnce()).escalations, 0, 'three levels, then no more');

    const escalations = (await requestEvents(db.database.db, 'req-xa-1')).filter(
      (e) => e.type === 'escalation_notified',
    );
    assert.deepEqual(
      escalations.map((e) => (e as { level: number }).level),
      [1, 2, 3],
    );
    assert.ok(escalations.every((e) => e.actor.automatic === true && e.actor.role === 'system'));
    assert.match(sink.messages.at(-3)!.text, /Local time for you: 2026-05-04 04:00 Europe\/Lisbon/);
  } finally {
    await mailer.destroy();
    await db.dispose();
  }
});

test('acknowledging stops the escalation', async () => {
  const { db, clock, daemon } = await xbWithClock();
  try {
    await receivedRequest(db.database, clock, [[officer, { type: 'start_review' }]]);
    clock.advance(6 * 60 * MINUTE);
    assert.deepEqual(await daemon.runOnce(), { automatic: 0, escalations: 0, reminders: 0 });
  } finally {
    await db.dispose();
  }
});

test('a preservation runs its course over weeks in milliseconds: marked expiring, then lapsed, automatically', async () => {
  const { db, clock, daemon } = await xbWithClock();
  try {
    const screening: AnyRequestCommand = {
      type: 'answer_screening',
      answers: registry
        .regime('uncc-2024')!
        .discriminationScreening!.map((q: { id: string }) => ({ questionId: q.id, concern: false })),
    } as unknown as AnyRequestCommand;
    await receivedRequest(db.database, clock, [
      [officer, { type: 'start_review' }],
      [officer, screening],
      [officer, { type: 'accept' }],
      [officer, { type: 'confirm_preservation' }],
    ]);
    const statuses: string[] = [];
    const reminders: Array<[number, number]> = [];
    for (let day = 1; day <= 120; day++) {
      clock.advance(DAY);
      const pass = await daemon.runOnce();
      if (pass.automatic > 0)
        statuses.push(fold(await requestEvents(db.database.db, 'req-xa-1')).preservation ?? '');
      if (pass.reminders > 0) reminders.push([day, pass.reminders]);
    }
    assert.deepEqual(statuses, ['expiring', 'lapsed']);
    const due = fold(await requestEvents(db.database.db, 'req-xa-1')).deadlines.find(
      (d) => d.id === 'preservation_period',
    )!;
    const dayOf = (ms: number) => Math.ceil((ms - Date.parse('2026-05-04T02:00:00.000Z')) / DAY);
    // The pack's lapse warning 5 days before (to the head of the desk), then the last call a day before.
    assert.deepEqual(reminders, [
      [dayOf(Date.parse(due.dueAt!) - 5 * DAY), 1],
      [dayOf(Date.parse(due.dueAt!) - DAY), 1],
    ]);
    const sent = await db.database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'request.deadline_reminder')
      .execute();
    assert.deepEqual(
      sent.map((r) => JSON.parse(r.details).reminder),
      ['lapse_warning', 'last_call:preservation_period'],
    );
    const toHead = await db.database.db
      .selectFrom('notifications')
      .select(['target', 'subject'])
      .where('event', '=', 'request.deadline_reminder')
      .execute();
    assert.ok(
      toHead.some((n) => n.target === 'head@xb.example' && /minimum preservation period/.test(n.subject)),
      'the escalating reminder reaches the head of the desk',
    );
    const log = await requestEvents(db.database.db, 'req-xa-1');
    const lapsed = log.find((e) => e.type === 'preservation_lapsed')!;
    assert.equal(lapsed.actor.automatic, true);
  } finally {
    await db.dispose();
  }
});
