/**
 * This node's page, by keyboard. XB's administrator reads the configuration in effect (the
 * key secret never shown), is refused a webhook address that is not http(s) at its field (what
 * was typed kept), subscribes a real receiver and is shown its signing secret once; a
 * correlation alert at XB is then delivered to the receiver by the node's notification worker,
 * signed with that secret, and the page shows it delivered; the webhook is stopped after a
 * confirmation. XB's auditor sees the configuration but no webhooks. In English and Arabic.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { NotificationWorker } from '../../src/app/notifications/worker.js';
import { verifyWebhook } from '../../src/core/notifications/webhook-signature.js';
import { browserUnavailable, checkScreen, launchBrowser, photographedOnFailure } from '../support/browser.js';
import { signedIn } from '../support/browser-session.js';
import { type ConsoleNetwork, startConsoleNetwork } from '../support/console-network.js';
import { labelled, wordsOf } from '../support/console-words.js';
import { press, type } from '../support/keyboard.js';
import { logIn } from '../support/session.js';

const unavailable = browserUnavailable();
const WAIT = { timeout: 20_000 };
let browser: Browser;
let net: ConsoleNetwork;
const deliveries: Array<{ body: string; signature: string | undefined }> = [];
const receiver = createServer((req, res) => {
  let body = '';
  req.on('data', (c) => {
    body += c;
  });
  req.on('end', () => {
    deliveries.push({ body, signature: req.headers['comity-signature'] as string | undefined });
    res.statusCode = 204;
    res.end();
  });
});

before(async () => {
  if (unavailable) return;
  browser = await launchBrowser();
  net = await startConsoleNetwork();
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
});

after(async () => {
  await browser?.close();
  await net?.close();
  receiver.close();
});

/** XA shares an address XB also holds in a local incident: XB raises a correlation alert. */
async function correlationAtXb(language: string, n: number) {
  const at = new Date().toISOString();
  const indicator = (ip: string) => ({
    type: 'indicator',
    spec_version: '2.1',
    id: `indicator--${randomUUID()}`,
    created: at,
    modified: at,
    pattern: `[ipv4-addr:value = '${ip}']`,
    pattern_type: 'stix',
    valid_from: at,
    object_marking_refs: ['marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb'],
  });
  const ip = `45.77.${60 + n}.3`;
  const xaAnalyst = await net.person(net.xa, `xa-hook-${language}`, { roles: ['analyst'] });
  const xbAnalyst = await net.person(net.xb, `xb-hook-${language}`, { roles: ['analyst'] });
  const xa = await logIn(net.xa, xaAnalyst.username, xaAnalyst.password);
  const created = await xa.call('POST', '/api/incidents', {
    title: `C2 (${language})`,
    legalBasis: 'cert_cooperation',
    tlp: 'green',
    objects: [indicator(ip)],
  });
  const id = created.json().incident.id as string;
  await xa.call('POST', `/api/incidents/${id}/shares`, {
    targetStates: ['XB'],
    conditions: { purpose: 'Blocking', retentionUntil: '2027-12-31', onwardTransfer: 'forbidden' },
  });
  for (
    let i = 0;
    !(await net.xb.database.db.selectFrom('incidents').select('id').where('id', '=', id).executeTakeFirst());
    i++
  ) {
    if (i === 100) assert.fail('the share did not reach XB');
    await new Promise((r) => setTimeout(r, 100));
  }
  const xb = await logIn(net.xb, xbAnalyst.username, xbAnalyst.password);
  const local = await xb.call('POST', '/api/incidents', {
    title: `Beacon (${language})`,
    legalBasis: 'cert_cooperation',
    tlp: 'green',
    objects: [indicator(ip)],
  });
  assert.equal(local.statusCode, 201, local.body);
}

for (const [n, language] of (['en', 'ar'] as const).entries())
  test(
    `an administrator reads the configuration and runs a webhook (${language})`,
    { skip: unavailable },
    () =>
      photographedOnFailure(browser, `node-admin-${language}`, async () => {
        const say = wordsOf(language);
        const admin = await net.person(net.xb, `xb-node-admin-${language}`, { roles: ['admin'], language });
        const auditor = await net.person(net.xb, `xb-node-auditor-${language}`, {
          roles: ['auditor'],
          language,
        });
        const page = await signedIn(browser, net.xb.url, admin, language);
        await press(page.page, say('nav.node'), 'link');
        await page.page.getByRole('heading', { level: 1, name: say('node.title') }).waitFor(WAIT);
        const settings = page.page.getByRole('table', { name: say('node.configuration') });
        await settings.getByRole('rowheader', { name: 'COMITY_KEY_SECRET' }).waitFor(WAIT);
        await settings.getByRole('rowheader', { name: 'COMITY_PUBLIC_URL' }).waitFor(WAIT);

        // An address that is not http(s): refused at its field, what was typed kept.
        await type(page.page, labelled(say('webhooks.url')), 'ftp://siem.xb.example/hook');
        await press(page.page, say('webhooks.create'));
        const url = page.page.getByRole('textbox', { name: labelled(say('webhooks.url')) });
        await page.page.locator('[aria-invalid="true"]').first().waitFor(WAIT);
        page.problems.splice(
          0,
          page.problems.length,
          ...page.problems.filter((p) => !/status of 400/.test(p)),
        );
        assert.equal(await url.inputValue(), 'ftp://siem.xb.example/hook');
        assert.equal(await url.getAttribute('aria-invalid'), 'true');

        // A real receiver: subscribed, its secret shown once.
        const target = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/${language}`;
        await url.fill('');
        await type(page.page, labelled(say('webhooks.url')), target);
        await press(page.page, say('webhooks.create'));
        const shown = page.page.getByRole('status').filter({ hasText: say('webhooks.secret') });
        const secret = (await shown.locator('code').textContent())!;
        assert.ok(secret.length >= 32);
        const card = page.page.getByRole('article', { name: target });
        await card.getByText(say('webhooks.counts', { sent: 0, pending: 0, failed: 0 })).waitFor(WAIT);
        await checkScreen(page.page, page.problems, language, 'node');

        // An event at XB reaches the receiver, signed with that secret, and the page says so.
        const before = deliveries.length;
        await correlationAtXb(language, n);
        const worker = new NotificationWorker({
          database: net.xb.database,
          clock: net.network.clock,
          mailFrom: 'comity@xb.example',
        });
        try {
          await worker.runOnce();
        } finally {
          await worker.destroy();
        }
        const mine = deliveries.slice(before);
        assert.ok(mine.length >= 1, 'delivered to the receiver');
        for (const d of mine) assert.equal(verifyWebhook(secret, d.signature, d.body, new Date()).ok, true);
        assert.equal(JSON.parse(mine[0]!.body).event, 'sharing.correlation');
        await page.page.reload();
        await page.page
          .getByRole('article', { name: target })
          .getByText(say('webhooks.counts', { sent: mine.length, pending: 0, failed: 0 }))
          .waitFor(WAIT);

        // Stopped after a confirmation.
        await press(page.page, say('webhooks.stop'));
        await page.page.getByText(say('webhooks.stopConsequence')).waitFor(WAIT);
        await press(page.page, say('actions.confirmButton', { action: say('webhooks.stop') }));
        await page.page.getByRole('article', { name: target }).waitFor({ state: 'detached', ...WAIT });
        await page.context.close();

        // The auditor: the configuration, no webhooks.
        const audit = await signedIn(browser, net.xb.url, auditor, language);
        await audit.page.goto('/admin/node');
        await audit.page.getByRole('table', { name: say('node.configuration') }).waitFor(WAIT);
        assert.equal(await audit.page.getByRole('heading', { name: say('webhooks.title') }).count(), 0);
        await checkScreen(audit.page, audit.problems, language, 'node-auditor');
        await audit.context.close();
      }),
  );
