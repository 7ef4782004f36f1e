/**
 * Correlation in the console, by keyboard: XA shares an incident holding a C2 address with XB;
 * XB's analyst opens a local incident with the same address, and the node raises an alert. In
 * the console XB's analyst finds the address typed defanged — in XA's object and in the local
 * incident —, is told at the field when a value is no observable, sees a private address
 * flagged by its warning list, and follows the alert in the inbox to the incident. In English
 * and Arabic, axe-clean, photographed.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { browserUnavailable, checkScreen, launchBrowser, photographedOnFailure } from '../support/browser.js';
import { signedIn } from '../support/browser-session.js';
import { type ConsoleNetwork, startConsoleNetwork } from '../support/console-network.js';
import { labelled, wordsOf } from '../support/console-words.js';
import { press, type } from '../support/keyboard.js';
import { logIn } from '../support/session.js';

const unavailable = browserUnavailable();
const WAIT = { timeout: 20_000 };
const GREEN = 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb';
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

const indicator = (ip: string, name: string) => {
  const at = new Date().toISOString();
  return {
    type: 'indicator',
    spec_version: '2.1',
    id: `indicator--${randomUUID()}`,
    created: at,
    modified: at,
    name,
    pattern: `[ipv4-addr:value = '${ip}']`,
    pattern_type: 'stix',
    valid_from: at,
    object_marking_refs: [GREEN],
  };
};

for (const [n, language] of (['en', 'ar'] as const).entries())
  test(
    `an analyst searches an observable and follows a correlation alert (${language})`,
    { skip: unavailable },
    () =>
      photographedOnFailure(browser, `correlation-${language}`, async () => {
        const say = wordsOf(language);
        const ip = `45.77.${40 + n}.9`;
        const xaAnalyst = await net.person(net.xa, `xa-corr-${language}`, { roles: ['analyst'] });
        const xbAnalyst = await net.person(net.xb, `xb-corr-${language}`, { roles: ['analyst'], language });
        const xa = await logIn(net.xa, xaAnalyst.username, xaAnalyst.password);
        const shared = await xa.call('POST', '/api/incidents', {
          title: `Botnet C2 seen by XA (${language})`,
          legalBasis: 'cert_cooperation',
          tlp: 'green',
          objects: [indicator(ip, 'C2 of the botnet')],
        });
        assert.equal(shared.statusCode, 201, shared.body);
        const share = await xa.call('POST', `/api/incidents/${shared.json().incident.id}/shares`, {
          targetStates: ['XB'],
          conditions: { purpose: 'Blocking', retentionUntil: '2027-12-31', onwardTransfer: 'forbidden' },
        });
        assert.equal(share.statusCode, 201, share.body);
        const xb = await logIn(net.xb, xbAnalyst.username, xbAnalyst.password);
        for (let i = 0; ; i++) {
          const held = await net.xb.database.db
            .selectFrom('incidents')
            .select('id')
            .where('id', '=', shared.json().incident.id)
            .executeTakeFirst();
          if (held) break;
          if (i === 100) assert.fail('the share did not reach XB');
          await new Promise((r) => setTimeout(r, 100));
        }
        const local = await xb.call('POST', '/api/incidents', {
          title: `Infected hospital workstation (${language})`,
          legalBasis: 'cert_cooperation',
          tlp: 'green',
          objects: [indicator(ip, 'Beacon destination')],
        });
        assert.equal(local.statusCode, 201, local.body);

        const page = await signedIn(browser, net.xb.url, xbAnalyst, language);
        await press(page.page, say('nav.correlation'), 'link');
        await page.page.getByRole('heading', { level: 1, name: say('correlation.title') }).waitFor(WAIT);

        // Not an observable: said at the field, and what was typed stays.
        await type(page.page, labelled(say('correlation.value')), 'not an observable at all');
        await page.page.keyboard.press('Enter');
        await page.page.getByRole('alert').first().waitFor(WAIT);
        page.problems.splice(
          0,
          page.problems.length,
          ...page.problems.filter((p) => !/status of 400/.test(p)),
        );
        const box = page.page.getByRole('textbox', { name: labelled(say('correlation.value')) });
        assert.equal(await box.inputValue(), 'not an observable at all');
        assert.equal(await box.getAttribute('aria-invalid'), 'true');

        // The address typed defanged: found in XA's object and in the local incident.
        await box.fill('');
        await type(page.page, labelled(say('correlation.value')), ip.replaceAll('.', '[.]'));
        await page.page.keyboard.press('Enter');
        await page.page
          .getByRole('heading', { level: 2, name: new RegExp(ip.replaceAll('.', '\\.')) })
          .waitFor(WAIT);
        await page.page.getByText(say('correlation.found', { count: 2 })).waitFor(WAIT);
        const matches = page.page.getByRole('table', { name: say('correlation.matches') });
        await matches.getByText('xa (XA)').waitFor(WAIT);
        assert.match(page.page.url(), /value=45/, 'the search is in the address');

        // The alert, both sides named, leads to the incident.
        const alerts = page.page.getByRole('table', { name: say('correlation.alerts') });
        const row = alerts.getByRole('row', { name: new RegExp(ip.replaceAll('.', '\\.')) });
        await row.waitFor(WAIT);
        await checkScreen(page.page, page.problems, language, 'correlation');
        await row.getByRole('link', { name: `Infected hospital workstation (${language})` }).focus();
        await page.page.keyboard.press('Enter');
        await page.page
          .getByRole('heading', { level: 1, name: `Infected hospital workstation (${language})` })
          .waitFor(WAIT);

        // A private address: found, flagged by its warning list.
        await page.page.goto(`/correlation?value=${encodeURIComponent('192.168.1.1')}`);
        await page.page.getByRole('note').waitFor(WAIT);
        await checkScreen(page.page, page.problems, language, 'correlation-warning');
        await page.context.close();
      }),
  );
