/**
 * The TAXII page, by keyboard: an XB analyst's TAXII client (real HTTP, HTTP Basic) posts an
 * envelope with one good and one malformed object to the inbox; in the console she finds the
 * server's address (copied to the clipboard as shown), her collections with their addresses
 * — one of which a client can use as it is — and her post, whose refused object she opens to
 * read why. An auditor, who may not read STIX, is not offered the page. In English and Arabic.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { browserUnavailable, checkScreen, launchBrowser, photographedOnFailure } from '../support/browser.js';
import { signedIn } from '../support/browser-session.js';
import { type ConsoleNetwork, PASSWORD, startConsoleNetwork } from '../support/console-network.js';
import { wordsOf } from '../support/console-words.js';
import { press } from '../support/keyboard.js';
import { logIn } from '../support/session.js';
import { taxiiAs } from '../support/taxii-client.js';

const unavailable = browserUnavailable();
const WAIT = { timeout: 20_000 };
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

const GREEN = 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb';

for (const language of ['en', 'ar'] as const)
  test(
    `an analyst connects her tools to TAXII and reads what they posted (${language})`,
    { skip: unavailable },
    () =>
      photographedOnFailure(browser, `taxii-${language}`, async () => {
        const say = wordsOf(language);
        const analyst = await net.person(net.xb, `xb-taxii-${language}`, { roles: ['analyst'], language });
        const session = await logIn(net.xb, analyst.username, PASSWORD);
        const incident = await session.call('POST', '/api/incidents', {
          title: `Phishing wave (${language})`,
          legalBasis: 'cert_cooperation',
          tlp: 'green',
        });
        assert.equal(incident.statusCode, 201, incident.body);
        const at = new Date().toISOString();
        const good = {
          type: 'indicator',
          spec_version: '2.1',
          id: `indicator--${randomUUID()}`,
          created: at,
          modified: at,
          pattern: "[domain-name:value = 'login-portal.example']",
          pattern_type: 'stix',
          valid_from: at,
          object_marking_refs: [GREEN],
        };
        const bad = { ...good, id: `indicator--${randomUUID()}`, pattern: "[domain-name:value = 'unclosed" };
        const client = taxiiAs(net.xb.url, { username: analyst.username, password: PASSWORD });
        const posted = await client('POST', '/taxii2/api/collections/inbox/objects/', {
          body: JSON.stringify({ objects: [good, bad] }),
        });
        assert.equal(posted.status, 202, posted.text);

        const { context, page, problems } = await signedIn(browser, net.xb.url, analyst, language);
        await context.grantPermissions(['clipboard-read', 'clipboard-write']);
        await press(page, say('nav.taxii'), 'link');
        await page.getByRole('heading', { level: 1, name: say('taxii.title') }).waitFor(WAIT);

        // Where to point a client, copied as shown.
        const discovery = `${net.xb.url}/taxii2/`;
        await page.getByText(discovery, { exact: true }).waitFor(WAIT);
        await press(page, `${say('users.copy')} ${say('taxii.discovery')}`);
        await page
          .getByRole('button', { name: `${say('users.copied')} ${say('taxii.discovery')}` })
          .waitFor(WAIT);
        assert.equal(await page.evaluate('navigator.clipboard.readText()'), discovery);
        await page.getByText(say('taxii.signInBasic', { username: analyst.username })).waitFor(WAIT);

        // The collections, the incident's among them, each address usable as it is.
        const collections = page.getByRole('table', { name: say('taxii.collections') });
        const inboxRow = collections.getByRole('row').filter({ hasText: say('taxii.kind.inbox') });
        await inboxRow.getByText(say('taxii.readWrite')).waitFor(WAIT);
        const inboxAddress = (await inboxRow.locator('code[dir="ltr"]').last().textContent())!;
        assert.equal((await client('GET', new URL(inboxAddress).pathname)).status, 200);
        await collections
          .getByRole('link', { name: say('taxii.kind.incident', { title: `Phishing wave (${language})` }) })
          .waitFor(WAIT);

        // The post, and why its second object was refused.
        const posts = page.getByRole('table', { name: say('taxii.posts') });
        const summary = posts.getByText(say('taxii.refusedCount', { count: 1 }));
        await summary.focus();
        await page.keyboard.press('Enter');
        const reason = posts.getByText(bad.id);
        await reason.waitFor(WAIT);
        assert.match((await posts.locator('li').first().textContent()) ?? '', /pattern/i);
        await checkScreen(page, problems, language, 'taxii');
        await context.close();

        // Someone who may not read STIX objects is not offered the page.
        const auditor = await net.person(net.xb, `xb-taxii-auditor-${language}`, {
          roles: ['auditor'],
          language,
        });
        const other = await signedIn(browser, net.xb.url, auditor, language);
        assert.equal(await other.page.getByRole('link', { name: say('nav.taxii'), exact: true }).count(), 0);
        await other.context.close();
      }),
  );
