/**
 * The TAXII page, by keyboard: an XB analyst's TAXII client (real HTTP, HTTP Basic) posts an
 * envelope with one good and one malformed object to the inbox; in the console she finds the
 * server's address (copied to the clipboard as shown), her collections with their addresses
 * — one of which a client can use as it is — and her post, whose refused object she opens to
 * read why. An auditor, who reads no STIX, sees only the feeds the node follows. An administrator
 * makes XB follow XA's community collection through the form and watches it read. In English and Arabic.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { browserUnavailable, checkScreen, launchBrowser, photographedOnFailure } from '../support/browser.js';
import { signedIn } from '../support/browser-session.js';
import { type ConsoleNetwork, PASSWORD, startConsoleNetwork } from '../support/console-network.js';
import { labelled, startingWith, wordsOf } from '../support/console-words.js';
import { press, type } from '../support/keyboard.js';
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

        // An auditor reads no STIX: the page shows them the feeds the node follows, and nothing to change.
        const auditor = await net.person(net.xb, `xb-taxii-auditor-${language}`, {
          roles: ['auditor'],
          language,
        });
        const other = await signedIn(browser, net.xb.url, auditor, language);
        await press(other.page, say('nav.taxii'), 'link');
        await other.page
          .getByRole('heading', { level: 2, name: say('subscriptions.sectionTitle') })
          .waitFor(WAIT);
        assert.equal(await other.page.getByRole('heading', { name: say('taxii.connect') }).count(), 0);
        assert.equal(
          await other.page.getByRole('button', { name: say('subscriptions.subscribe') }).count(),
          0,
        );
        await other.context.close();
      }),
  );

for (const language of ['en', 'ar'] as const)
  test(
    `an administrator makes XB follow XA's community feed and watches it read (${language})`,
    { skip: unavailable },
    () =>
      photographedOnFailure(browser, `taxii-subscriptions-${language}`, async () => {
        const say = wordsOf(language);
        // What XA publishes to the federation community, and the account XA opened for XB's node.
        const xaAnalyst = await net.person(net.xa, `xa-publisher-${language}`, { roles: ['analyst'] });
        const feedAccount = await net.person(net.xa, `xa-feed-for-xb-${language}`, { roles: ['analyst'] });
        const at = new Date().toISOString();
        const published = [1, 2, 3].map((n) => ({
          type: 'indicator',
          spec_version: '2.1',
          id: `indicator--${randomUUID()}`,
          created: at,
          modified: at,
          pattern: `[ipv4-addr:value = '192.0.2.${n + (language === 'en' ? 10 : 20)}']`,
          pattern_type: 'stix',
          valid_from: at,
          object_marking_refs: [GREEN],
        }));
        const publish = await taxiiAs(net.xa.url, { username: xaAnalyst.username, password: PASSWORD })(
          'POST',
          '/taxii2/api/collections/inbox/objects/',
          { body: JSON.stringify({ objects: published }) },
        );
        assert.equal(publish.status, 202, publish.text);

        const admin = await net.person(net.xb, `xb-taxii-admin-${language}`, { roles: ['admin'], language });
        const { page, context, problems } = await signedIn(browser, net.xb.url, admin, language);
        await press(page, say('nav.taxii'), 'link');
        await page.getByRole('heading', { level: 2, name: say('subscriptions.sectionTitle') }).waitFor(WAIT);
        assert.equal(
          await page.getByRole('heading', { name: say('taxii.connect') }).count(),
          0,
          'an administrator reads no STIX: no collections of their own',
        );

        // An address that is not http(s): refused at its field, what was typed kept.
        const title = `XA community (${language})`;
        await type(page, labelled(say('subscriptions.title')), title);
        await type(page, startingWith(say('subscriptions.url')), 'ftp://xa.example/taxii2/');
        await type(page, labelled(say('subscriptions.username')), feedAccount.username);
        await type(page, startingWith(say('subscriptions.password')), PASSWORD);
        await press(page, say('subscriptions.subscribe'));
        const url = page.getByRole('textbox', { name: startingWith(say('subscriptions.url')) });
        await page.locator('input[name="collectionUrl"][aria-invalid="true"]').waitFor(WAIT);
        problems.splice(0, problems.length, ...problems.filter((p) => !/status of 400/.test(p)));
        assert.equal(await url.inputValue(), 'ftp://xa.example/taxii2/');

        await url.fill('');
        await type(
          page,
          startingWith(say('subscriptions.url')),
          `${net.xa.url}/taxii2/api/collections/community/`,
        );
        await press(page, say('subscriptions.subscribe'));
        const card = page.getByRole('article', { name: title });
        await card.waitFor(WAIT);
        assert.equal(await card.getByText(PASSWORD).count(), 0, 'the password is never shown');

        // Polled now: the card follows the reading until it is done.
        await card.getByRole('button', { name: say('subscriptions.pollNow') }).focus();
        await page.keyboard.press('Enter');
        await card.getByText(say('subscriptions.active'), { exact: true }).waitFor(WAIT);
        await card
          .locator('dd')
          .filter({ hasNotText: say('subscriptions.never') })
          .nth(3)
          .waitFor(WAIT);
        for (let i = 0; ; i++) {
          const held = await net.xb.database.db
            .selectFrom('stix_objects')
            .select('id')
            .where(
              'id',
              'in',
              published.map((o) => o.id),
            )
            .execute();
          if (held.length === published.length) break;
          if (i === 100) assert.fail('the feed did not reach XB');
          await new Promise((r) => setTimeout(r, 100));
        }
        await page.reload();
        await page
          .getByRole('article', { name: title })
          .getByText(say('subscriptions.lastSuccess'))
          .waitFor(WAIT);
        await checkScreen(page, problems, language, 'taxii-subscriptions');

        // Paused, then no longer followed after a confirmation.
        await press(page, say('subscriptions.pause'));
        await page.getByRole('article', { name: title }).getByText(say('subscriptions.paused')).waitFor(WAIT);
        await press(page, say('subscriptions.remove'));
        await page.getByText(say('subscriptions.removeConsequence')).waitFor(WAIT);
        await press(page, say('actions.confirmButton', { action: say('subscriptions.remove') }));
        await page.getByRole('article', { name: title }).waitFor({ state: 'detached', ...WAIT });
        await context.close();
      }),
  );
