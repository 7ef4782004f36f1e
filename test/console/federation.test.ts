/**
 * The federation page, as XB's administrator uses it by keyboard: XA is listed with the
 * fingerprint XA itself announces, delivering, nothing waiting; a test message is queued and the
 * last delivery appears; a card that is not one is refused and nothing is trusted; the keys are
 * rotated after a confirmation, and XA's administrator then sees XB's new fingerprint on XA's
 * own federation page. In English and Arabic, axe-clean, photographed.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { browserUnavailable, checkScreen, launchBrowser, photographedOnFailure } from '../support/browser.js';
import { type ConsoleNetwork, startConsoleNetwork } from '../support/console-network.js';
import { labelled, wordsOf } from '../support/console-words.js';
import { press, type } from '../support/keyboard.js';
import { signedIn as signedInAt } from '../support/browser-session.js';
import { logIn } from '../support/session.js';

const unavailable = browserUnavailable();
const WAIT = { timeout: 15_000 };
let browser: Browser;
let net: ConsoleNetwork;

before(async () => {
  if (unavailable) return;
  browser = await launchBrowser();
  net = await startConsoleNetwork();
});

after(async () => {
  await browser?.close();
  await net?.close();
});

const signedIn = (url: string, person: { username: string; password: string }, language: string) =>
  signedInAt(browser, url, person, language);

interface NodeFacts {
  fingerprint: string;
  keys: Array<{ kid: string; use: string; status: string }>;
}

async function factsOf(node: ConsoleNetwork['xa'], username: string, password: string): Promise<NodeFacts> {
  const session = await logIn(node, username, password);
  return (await session.call('GET', '/api/federation/node')).json() as NodeFacts;
}

const signingKey = (facts: NodeFacts) =>
  facts.keys.find((k) => k.use === 'sig' && k.status === 'active')!.kid;

for (const language of ['en', 'ar'] as const)
  test(
    `an administrator watches the peers, tests delivery and rotates the keys (${language})`,
    { skip: unavailable },
    () =>
      photographedOnFailure(browser, `federation-${language}`, async () => {
        const say = wordsOf(language);
        const xbAdmin = await net.person(net.xb, `xb-fed-admin-${language}`, { roles: ['admin'], language });
        const xaAdmin = await net.person(net.xa, `xa-fed-admin-${language}`, { roles: ['admin'], language });
        const xaFingerprint = (await factsOf(net.xa, xaAdmin.username, xaAdmin.password)).fingerprint;

        const xb = await signedIn(net.xb.url, xbAdmin, language);
        await press(xb.page, say('nav.federation'), 'link');
        await xb.page.getByRole('heading', { level: 1, name: say('federation.title') }).waitFor(WAIT);
        const peer = xb.page.getByRole('article', { name: /XA/ });
        await peer.getByText(xaFingerprint, { exact: true }).waitFor(WAIT);
        await peer.getByText(say('breaker.closed'), { exact: true }).waitFor(WAIT);
        await checkScreen(xb.page, xb.problems, language, 'federation');

        // A test message goes out and is delivered (the network's pump carries it).
        await press(xb.page, say('federation.ping', { node: 'xa' }));
        await xb.page.getByText(say('federation.pinged'), { exact: true }).waitFor(WAIT);
        const lastDelivered = peer.locator('dd').nth(5);
        for (let i = 0; i < 100; i++) {
          await xb.page.reload();
          await peer.waitFor(WAIT);
          if ((await lastDelivered.textContent()) !== say('federation.never')) break;
          if (i === 99) assert.fail('the test message was not delivered');
          await xb.page.waitForTimeout(200);
        }

        // A card that is not one: refused, and nothing trusted.
        await type(xb.page, labelled(say('federation.card')), 'not a card at all');
        await type(xb.page, labelled(say('federation.cardFingerprint')), 'AAAA BBBB CCCC DDDD');
        await press(xb.page, say('federation.trustButton'));
        await xb.page.getByRole('alert').first().waitFor(WAIT);
        xb.problems.splice(0, xb.problems.length, ...xb.problems.filter((p) => !/status of 400/.test(p)));
        assert.equal(await xb.page.getByRole('article').count(), 1, 'still one peer');
        await checkScreen(xb.page, xb.problems, language, 'federation-refused');

        // The keys rotated, after a confirmation: a new card fingerprint here, and XA learns the
        // new signing key (named by its own fingerprint) from the next message.
        const before = await factsOf(net.xb, xbAdmin.username, xbAdmin.password);
        await press(xb.page, say('federation.rotate'));
        await xb.page.getByText(say('federation.rotateConsequence')).waitFor(WAIT);
        await press(xb.page, say('actions.confirmButton', { action: say('federation.rotate') }));
        await xb.page.getByText(say('federation.rotated')).waitFor(WAIT);
        const after = await factsOf(net.xb, xbAdmin.username, xbAdmin.password);
        assert.notEqual(after.fingerprint, before.fingerprint);
        assert.notEqual(signingKey(after), signingKey(before));
        await xb.page.getByRole('status').getByText(after.fingerprint, { exact: true }).waitFor(WAIT);
        await checkScreen(xb.page, xb.problems, language, 'federation-rotated');
        await press(xb.page, say('federation.ping', { node: 'xa' }));

        const xa = await signedIn(net.xa.url, xaAdmin, language);
        await xa.page.goto('/peers');
        const xbThere = xa.page.getByRole('article', { name: /XB/ });
        for (let i = 0; i < 100; i++) {
          await xbThere.waitFor(WAIT);
          if ((await xbThere.getByText(signingKey(after), { exact: true }).count()) === 1) break;
          if (i === 99) assert.fail("XA did not learn XB's new signing key");
          await xa.page.waitForTimeout(200);
          await xa.page.reload();
        }
        // Shown open, as the administrator comparing fingerprints would.
        await xbThere.locator('summary').first().focus();
        await xa.page.keyboard.press('Enter');
        await xbThere.getByText(signingKey(after), { exact: true }).waitFor(WAIT);
        await checkScreen(xa.page, xa.problems, language, 'federation-peer-rotated');
        await xb.context.close();
        await xa.context.close();
      }),
  );
