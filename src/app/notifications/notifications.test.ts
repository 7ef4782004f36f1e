import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { createTestApp } from '../../../test/support/app.js';
import { createTestDatabase } from '../../../test/support/databases.js';
import { type SmtpSink, startSmtpSink } from '../../../test/support/smtp.js';
import { ManualClock } from '../../core/clock.js';
import { SYSTEM_ACTOR } from '../../core/context.js';
import { verifyWebhook } from '../../core/notifications/webhook-signature.js';
import { createWebhook, listWebhooks, sendTestEmail } from './admin.js';
import { queueWebhookEvent } from './queue.js';
import { NotificationWorker } from './worker.js';

let sink: SmtpSink;
before(async () => {
  sink = await startSmtpSink();
});
after(async () => {
  await sink.stop();
});

test('an e-mail notification arrives at a real SMTP server', async () => {
  const db = await createTestDatabase('sqlite');
  const clock = new ManualClock('2026-05-04T03:00:00Z');
  const ctx = { actor: SYSTEM_ACTOR, requestId: null, clock };
  const worker = new NotificationWorker({
    database: db.database,
    clock,
    smtpUrl: sink.url,
    mailFrom: 'comity@xa.example',
  });
  try {
    const id = await sendTestEmail(db.database, ctx, 'duty@xb.example');
    assert.equal(await worker.runOnce(), 1);
    const [mail] = await sink.waitFor(1);
    assert.deepEqual(mail!.to, ['duty@xb.example']);
    assert.equal(mail!.from, 'comity@xa.example');
    assert.equal(mail!.subject, 'Comity test message');
    assert.match(mail!.text, /E-mail notifications work/);
    const row = await db.database.db
      .selectFrom('notifications')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(row.status, 'sent');
    assert.equal(row.attempts, 1);
  } finally {
    await worker.destroy();
    await db.dispose();
  }
});

test('without a mail relay an e-mail is retried with backoff, then marked failed and audited', async () => {
  const db = await createTestDatabase('sqlite');
  const clock = new ManualClock('2026-05-04T03:00:00Z');
  const worker = new NotificationWorker({
    database: db.database,
    clock,
    mailFrom: 'comity@xa.example',
    maxAttempts: 3,
  });
  try {
    const id = await sendTestEmail(
      db.database,
      { actor: SYSTEM_ACTOR, requestId: null, clock },
      'duty@xb.example',
    );
    await worker.runOnce();
    let row = await db.database.db
      .selectFrom('notifications')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(row.status, 'pending');
    assert.match(row.last_error ?? '', /COMITY_SMTP_URL/);
    assert.ok(row.next_attempt_at > clock.now().toISOString(), 'the next attempt waits');
    assert.equal(await worker.runOnce(), 0, 'nothing is due before the backoff elapses');
    for (let i = 0; i < 2; i++) {
      clock.advance(2 * 3_600_000);
      await worker.runOnce();
    }
    row = await db.database.db
      .selectFrom('notifications')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(row.status, 'failed');
    assert.equal(row.attempts, 3);
    const failed = await db.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('subject_id', '=', id)
      .execute();
    assert.deepEqual(
      failed.map((e) => e.action),
      ['notification.test', 'notification.retry', 'notification.retry', 'notification.failed'],
    );
  } finally {
    await worker.destroy();
    await db.dispose();
  }
});

test('webhooks are signed (HMAC, timestamped), retried on failure, and verifiable by the receiver', async () => {
  const db = await createTestDatabase('sqlite');
  const clock = new ManualClock(new Date());
  const ctx = { actor: SYSTEM_ACTOR, requestId: null, clock };
  const received: Array<{ body: string; signature: string | undefined }> = [];
  let failFirst = true;
  const receiver = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      received.push({ body, signature: req.headers['comity-signature'] as string | undefined });
      res.statusCode = failFirst ? 500 : 204;
      failFirst = false;
      res.end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/comity`;
  const worker = new NotificationWorker({ database: db.database, clock, mailFrom: 'comity@xa.example' });
  try {
    const { secret } = await createWebhook(db.database, ctx, { url, events: ['request.received'] });
    await db.database.transact(async (tx) => {
      await queueWebhookEvent(
        tx,
        'request.received',
        { requestId: 'r-1', instrument: 'preservation' },
        clock.now(),
      );
      await queueWebhookEvent(tx, 'case.closed', { caseId: 'c-1' }, clock.now());
    });
    const queued = await db.database.db.selectFrom('notifications').select('event').execute();
    assert.deepEqual(
      queued.map((q) => q.event),
      ['request.received'],
      'only subscribed events are queued',
    );

    await worker.runOnce();
    assert.equal(received.length, 1);
    const [afterFailure] = await listWebhooks(db.database);
    assert.deepEqual(
      { ...afterFailure!.delivery, lastError: afterFailure!.delivery!.lastError !== null },
      { sent: 0, pending: 1, failed: 0, lastSentAt: null, lastError: true },
      'the subscription shows the delivery waiting, and why',
    );
    clock.advance(60_000);
    await worker.runOnce();
    assert.equal(received.length, 2, 'retried after the receiver failed');
    const row = await db.database.db.selectFrom('notifications').selectAll().executeTakeFirstOrThrow();
    assert.equal(row.status, 'sent');
    const [afterRetry] = await listWebhooks(db.database);
    assert.deepEqual(afterRetry!.delivery, {
      sent: 1,
      pending: 0,
      failed: 0,
      lastSentAt: row.sent_at,
      lastError: null,
    });

    for (const delivery of received) {
      assert.deepEqual(verifyWebhook(secret, delivery.signature, delivery.body, clock.now()).ok, true);
      assert.equal(JSON.parse(delivery.body).data.requestId, 'r-1');
    }
    assert.equal(
      verifyWebhook('wrong secret', received[1]!.signature, received[1]!.body, clock.now()).ok,
      false,
    );
    const replayLater = verifyWebhook(
      secret,
      received[1]!.signature,
      received[1]!.body,
      new Date(clock.now().getTime() + 3_600_000),
    );
    assert.deepEqual(replayLater, { ok: false, reason: 'too_old' });
  } finally {
    await worker.destroy();
    receiver.close();
    await db.dispose();
  }
});

test('on-call roster: who is on call at 03:00 UTC, in escalation order and local time', async () => {
  const db = await createTestDatabase('sqlite');
  const node = await createTestApp(db.database);
  try {
    const admin = await node.sessionFor(['admin']);
    await node.as(admin, {
      method: 'POST',
      url: '/api/register/states',
      payload: { code: 'XB', name: 'Xb' },
    });
    const desk = (
      await node.as(admin, {
        method: 'POST',
        url: '/api/register/states/XB/authorities',
        payload: { type: 'poc_24_7', name: 'Xb 24/7', timezone: 'Europe/Lisbon' },
      })
    ).json().id as string;
    const other = (
      await node.as(admin, {
        method: 'POST',
        url: '/api/register/states/XB/authorities',
        payload: { type: 'cert', name: 'Xb CERT', timezone: 'Europe/Lisbon' },
      })
    ).json().id as string;
    const night = await node.sessionFor(['poc_officer'], 'night-officer', desk);
    const backup = await node.sessionFor(['poc_officer'], 'backup-officer', desk);
    const stranger = await node.sessionFor(['poc_officer'], 'cert-officer', other);
    const shifts = [
      {
        userId: backup.userId,
        position: 1,
        startsAt: '2026-05-03T22:00:00Z',
        endsAt: '2026-05-04T06:00:00Z',
        timezone: 'America/New_York',
      },
      {
        userId: night.userId,
        position: 0,
        startsAt: '2026-05-03T22:00:00Z',
        endsAt: '2026-05-04T06:00:00Z',
        timezone: 'Europe/Lisbon',
      },
    ];
    const forbidden = await node.as(stranger, {
      method: 'PUT',
      url: `/api/register/authorities/${desk}/oncall`,
      payload: { shifts },
    });
    assert.equal(forbidden.statusCode, 403);
    const bad = await node.as(night, {
      method: 'PUT',
      url: `/api/register/authorities/${desk}/oncall`,
      payload: { shifts: [{ ...shifts[0], endsAt: '2026-05-03T21:00:00Z' }] },
    });
    assert.equal(bad.statusCode, 400);
    const put = await node.as(night, {
      method: 'PUT',
      url: `/api/register/authorities/${desk}/oncall`,
      payload: { shifts },
    });
    assert.equal(put.statusCode, 200, put.body);
    const now = await node.as(stranger, {
      method: 'GET',
      url: `/api/register/authorities/${desk}/oncall?at=2026-05-04T03:00:00Z`,
    });
    const onCall = now.json().onCall as Array<{ userId: string; localTime: string }>;
    assert.deepEqual(
      onCall.map((o) => o.userId),
      [night.userId, backup.userId],
    );
    assert.equal(onCall[0]!.localTime, '2026-05-04 04:00 Europe/Lisbon (GMT+01:00)');
    assert.equal(onCall[1]!.localTime, '2026-05-03 23:00 America/New_York (GMT-04:00)');
  } finally {
    await node.app.close();
    await db.dispose();
  }
});
