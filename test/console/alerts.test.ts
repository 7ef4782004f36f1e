/**
 * The alerts page, by keyboard: XA's 24/7 officer alerts XB and XC at once; XB's officer opens
 * the alert (XA is told) and answers it; XA then reads, State by State, who received, opened
 * and answered, and XB's answer. In English and Arabic.
 */
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { browserUnavailable, checkScreen, launchBrowser, photographedOnFailure } from '../support/browser.js';
import { signedIn } from '../support/browser-session.js';
import { type ConsoleNetwork, startConsoleNetwork } from '../support/console-network.js';
import { labelled, wordsOf } from '../support/console-words.js';
import { press, type } from '../support/keyboard.js';

const unavailable = browserUnavailable();
const WAIT = { timeout: 30_000 };
let browser: Browser;
let net: ConsoleNetwork;

before(async () => {
  if (unavailable) return;
  browser = await launchBrowser();
  net = await startConsoleNetwork(['xa', 'xb', 'xc']);
});

after(async () => {
  await browser?.close();
  await net?.close();
});

for (const language of ['en', 'ar'] as const)
  test(
    `one alert to two States, opened and answered, followed by its sender (${language})`,
    { skip: unavailable },
    () =>
      photographedOnFailure(browser, `alerts-${language}`, async () => {
        const say = wordsOf(language);
        const title = `Hospital ransomware wave (${language})`;
        const body = `Same affiliate, same VPN appliance: check your hospitals (${language}).`;
        const answer = `Two hospitals run it; both patched (${language}).`;
        const officerA = await net.person(net.xa, `xa-alerts-${language}`, {
          roles: ['poc_officer'],
          language,
        });
        const a = await signedIn(browser, net.xa.url, officerA, language);
        await press(a.page, say('nav.alerts'), 'link');
        await a.page.getByRole('heading', { level: 1, name: say('alerts.title') }).waitFor(WAIT);
        await type(a.page, labelled(say('alerts.titleLabel')), title);
        await type(a.page, labelled(say('alerts.bodyLabel')), body);
        for (const state of ['XB', 'XC']) {
          await a.page.getByRole('checkbox', { name: state, exact: true }).focus();
          await a.page.keyboard.press('Space');
        }
        await press(a.page, say('alerts.sendButton', { count: 2 }));
        await a.page.getByText(say('alerts.queued', { count: 2 })).waitFor(WAIT);

        const officerB = await net.person(net.xb, `xb-alerts-${language}`, {
          roles: ['poc_officer'],
          language,
        });
        const b = await signedIn(browser, net.xb.url, officerB, language);
        await press(b.page, say('nav.alerts'), 'link');
        await press(b.page, say('alerts.open', { title }));
        await b.page.getByText(body).waitFor(WAIT);
        await type(b.page, labelled(say('alerts.answerLabel')), answer);
        await press(b.page, say('alerts.answerButton'));
        await b.page.getByText(answer).waitFor(WAIT);
        await checkScreen(b.page, b.problems, language, 'alerts-received');
        await b.context.close();

        const table = a.page.getByRole('table', { name: say('alerts.recipientsOf', { title }) });
        await table.getByRole('row').filter({ hasText: answer }).waitFor(WAIT);
        await a.page
          .getByText(say('alerts.ladder', { total: 2, delivered: 2, opened: 1, answered: 1 }))
          .first()
          .waitFor(WAIT);
        await checkScreen(a.page, a.problems, language, 'alerts-sent');
        await a.context.close();
      }),
  );
