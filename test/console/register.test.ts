/**
 * The register by keyboard. XB's administrator sees the States (XB marked as this node's) and
 * the map of cooperation, coloured by open requests or by messages waiting for delivery,
 * is refused a State code that is not one at its field, adds a State, changes its languages,
 * is refused an authority in a time zone that does not exist, adds it in Asia/Singapore, is
 * refused a contact with a malformed e-mail, adds the contact (reachable 24/7, their local time
 * shown), then removes it after a confirmation; XB's own State page shows its authorities'
 * on-call rosters. In English and Arabic, axe-clean, photographed.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { browserUnavailable, checkScreen, launchBrowser, photographedOnFailure } from '../support/browser.js';
import { signedIn } from '../support/browser-session.js';
import { type ConsoleNetwork, startConsoleNetwork } from '../support/console-network.js';
import { labelled, wordsOf } from '../support/console-words.js';
import { press, tick, type } from '../support/keyboard.js';

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

const quiet400 = (problems: string[]) =>
  problems.splice(0, problems.length, ...problems.filter((p) => !/status of 400/.test(p)));

for (const [n, language] of (['en', 'ar'] as const).entries())
  test(
    `an administrator keeps the register: States, authorities, contacts (${language})`,
    { skip: unavailable },
    () =>
      photographedOnFailure(browser, `register-${language}`, async () => {
        const say = wordsOf(language);
        const code = ['XP', 'XQ'][n]!;
        const admin = await net.person(net.xb, `xb-register-${language}`, { roles: ['admin'], language });
        const { page, problems, context } = await signedIn(browser, net.xb.url, admin, language);
        await press(page, say('nav.register'), 'link');
        await page.getByRole('heading', { level: 1, name: say('register.title') }).waitFor(WAIT);
        await page
          .getByRole('row', { name: new RegExp(say('register.ours')) })
          .getByRole('cell', { name: 'XB', exact: true })
          .waitFor(WAIT);
        // The map of cooperation, and its numbers as a table: no request open here, but XB's
        // administrator watches the federation, so the peers' States are there with their backlog.
        await page
          .getByRole('img', { name: new RegExp(say('map.label', { count: 0 }).slice(0, 12)) })
          .waitFor(WAIT);
        const cooperation = page.getByRole('table', { name: say('map.tableCaption') });
        await cooperation.getByRole('columnheader', { name: say('map.legendBacklog') }).waitFor(WAIT);
        await cooperation.getByRole('row', { name: /XA/ }).waitFor(WAIT);
        await page.getByRole('radio', { name: say('map.legendBacklog') }).focus();
        await page.keyboard.press('Space');
        await page
          .getByRole('img', { name: new RegExp(say('map.labelBacklog', { count: 0 }).slice(0, 12)) })
          .waitFor(WAIT);
        await checkScreen(page, problems, language, 'register');

        // A code that is not one: refused at the field, what was typed kept.
        await type(page, labelled(say('register.code')), 'X1');
        await type(page, labelled(say('register.name')), `Exercise State ${code}`);
        await press(page, say('register.addState'));
        const codeBox = page.getByRole('textbox', { name: labelled(say('register.code')) });
        await page.locator('input[name="code"][aria-invalid="true"]').waitFor(WAIT);
        quiet400(problems);
        assert.equal(
          await page.getByRole('textbox', { name: labelled(say('register.name')) }).inputValue(),
          `Exercise State ${code}`,
        );
        await codeBox.fill('');
        await type(page, labelled(say('register.code')), code.toLowerCase());
        await press(page, say('register.addState'));
        await page.getByRole('heading', { level: 1, name: `Exercise State ${code}` }).waitFor(WAIT);

        // Its languages changed.
        const languages = page.getByRole('textbox', { name: labelled(say('register.languages')) }).first();
        await languages.focus();
        await page.keyboard.insertText('en, fr');
        await press(page, say('register.save'));
        await page.getByText(say('register.saved')).waitFor(WAIT);

        // An authority in a time zone that does not exist, then in Asia/Singapore.
        const form = page.getByRole('form', { name: say('register.addAuthority') });
        await form.getByRole('textbox', { name: labelled(say('register.authorityName')) }).focus();
        await page.keyboard.insertText(`${code} Central Authority`);
        await form.getByRole('textbox', { name: labelled(say('register.timezone')) }).focus();
        await page.keyboard.insertText('Mars/Olympus_Mons');
        await press(page, say('register.addAuthority'));
        await form.locator('input[name="timezone"][aria-invalid="true"]').waitFor(WAIT);
        quiet400(problems);
        await form.getByRole('textbox', { name: labelled(say('register.timezone')) }).fill('Asia/Singapore');
        await press(page, say('register.addAuthority'));
        const authority = page.getByRole('article', { name: new RegExp(`${code} Central Authority`) });
        await authority.getByText('Asia/Singapore', { exact: true }).waitFor(WAIT);

        // A contact with a malformed e-mail, then a good one, reachable 24/7.
        const contact = authority.getByRole('form');
        await contact.getByRole('textbox', { name: labelled(say('register.contactName')) }).focus();
        await page.keyboard.insertText('Mei Tan');
        await contact.getByRole('textbox', { name: labelled(say('register.role')) }).focus();
        await page.keyboard.insertText('Duty prosecutor');
        await contact.getByRole('textbox', { name: labelled(say('register.email')) }).focus();
        await page.keyboard.insertText('mei.tan-at-xq');
        await tick(page, labelled(say('register.available24x7')));
        await press(page, say('register.addContact'));
        await contact.locator('input[name="email"][aria-invalid="true"]').waitFor(WAIT);
        quiet400(problems);
        await contact
          .getByRole('textbox', { name: labelled(say('register.email')) })
          .fill('mei.tan@ca.xq.example');
        await press(page, say('register.addContact'));
        const row = authority.getByRole('row', { name: /Mei Tan/ });
        await row.getByText('mei.tan@ca.xq.example').waitFor(WAIT);
        await row.getByText(say('register.available24x7')).waitFor(WAIT);
        await checkScreen(page, problems, language, 'register-state');

        // Removed after a confirmation.
        await press(page, say('register.removeContact', { name: 'Mei Tan' }));
        await page.getByText(say('register.removeContactConsequence')).waitFor(WAIT);
        await press(
          page,
          say('actions.confirmButton', { action: say('register.removeContact', { name: 'Mei Tan' }) }),
        );
        await row.waitFor({ state: 'detached', ...WAIT });

        // XB's own page: its authorities with who is on call.
        await page.goto('/register/XB');
        await page
          .getByRole('heading', { level: 4, name: say('register.roster') })
          .first()
          .waitFor(WAIT);
        await checkScreen(page, problems, language, 'register-own');
        await context.close();
      }),
  );
