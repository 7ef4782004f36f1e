/**
 * One's own account in the browser, by keyboard: a wrong present password refused at its
 * field, then the password changed (other sessions end); a second factor set up from the key
 * shown beside the QR code, required at the next sign-in, and turned off again; an API token
 * created (shown once, working as a bearer), a bad lifetime refused at its field, the token
 * revoked after a confirmation (and refused from then on). In English and Arabic, axe-clean.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { base32Decode, totp } from '../../src/core/accounts/totp.js';
import {
  browserUnavailable,
  checkScreen,
  launchBrowser,
  photographedOnFailure,
  watch,
} from '../support/browser.js';
import { type ConsoleNetwork, startConsoleNetwork } from '../support/console-network.js';
import { labelled, startingWith, wordsOf } from '../support/console-words.js';
import { press, type } from '../support/keyboard.js';
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

/** Drops the 4xx answers a step provoked on purpose from what the page is watched for. */
function expectRefusal(problems: string[], status: number): void {
  const pattern = new RegExp(`status of ${status}`);
  assert.ok(
    problems.some((p) => pattern.test(p)),
    `a ${status} was expected`,
  );
  problems.splice(0, problems.length, ...problems.filter((p) => !pattern.test(p)));
}

async function replace(
  page: Page,
  label: RegExp,
  text: string,
  role: 'textbox' | 'spinbutton' = 'textbox',
): Promise<void> {
  const box = page.getByRole(role, { name: label });
  await box.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(text);
}

for (const language of ['en', 'ar'] as const)
  test(
    `a person keeps their own account: password, second factor, API tokens (${language})`,
    { skip: unavailable },
    () =>
      photographedOnFailure(browser, `account-${language}`, async () => {
        const say = wordsOf(language);
        const person = await net.person(net.xb, `xb-self-${language}`, {
          roles: ['analyst'],
          displayName: `Sami Analyst (XB, ${language})`,
          language,
        });
        const elsewhere = await logIn(net.xb, person.username, person.password);
        const context = await browser.newContext({
          baseURL: net.xb.url,
          locale: 'en-GB',
          timezoneId: 'Europe/Vienna',
        });
        const page = await context.newPage();
        const problems = watch(page);
        await page.goto('/');
        await type(page, startingWith(wordsOf('en')('signIn.username')), person.username);
        await type(page, startingWith(wordsOf('en')('signIn.password')), person.password);
        await page.keyboard.press('Enter');
        await page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached', ...WAIT });

        // One's name in the bar leads to one's account.
        const own = page.getByRole('link', { name: startingWith(`Sami Analyst (XB, ${language})`) });
        await own.focus();
        await page.keyboard.press('Enter');
        await page.getByRole('heading', { level: 1, name: say('account.title') }).waitFor(WAIT);
        await checkScreen(page, problems, language, 'account');

        // The password: a wrong present one is refused at its field, then the change goes through.
        const next = `a new passphrase for ${language} 2027`;
        await type(page, labelled(say('password.current')), 'not my password at all');
        await type(page, labelled(say('password.new')), next);
        await type(page, labelled(say('password.again')), next);
        await page.keyboard.press('Enter');
        await page.getByText(say('error.wrong_password')).first().waitFor(WAIT);
        expectRefusal(problems, 400);
        // What was typed is still there: only the present password is typed again.
        assert.equal(
          await page.getByRole('textbox', { name: labelled(say('password.new')) }).inputValue(),
          next,
        );
        await replace(page, labelled(say('password.current')), person.password);
        await page.keyboard.press('Enter');
        await page.getByText(say('account.passwordChanged')).waitFor(WAIT);
        const other = await net.xb.app.inject({
          method: 'GET',
          url: '/api/auth/me',
          headers: { cookie: elsewhere.cookie() },
        });
        assert.equal(other.statusCode, 401, 'the other session ended');

        // The second factor, set up from the key shown beside the QR code.
        await press(page, say('account.factorSetUp'));
        await page.getByRole('img', { name: say('account.factorQr') }).waitFor(WAIT);
        const key = (await page.locator('.factor-key').textContent())!.replaceAll(' ', '');
        await checkScreen(page, problems, language, 'account-factor-setup');
        await type(page, labelled(say('account.factorCode')), totp(base32Decode(key), new Date()));
        await press(page, say('account.factorConfirm'));
        await page.getByText(say('account.factorOn')).waitFor(WAIT);
        await checkScreen(page, problems, language, 'account-factor');
        const withoutCode = await net.xb.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: person.username, password: next },
        });
        assert.equal(withoutCode.json().code, 'totp_required', 'the next sign-in asks for the code');
        const turnOff = page.getByRole('form', { name: say('account.factorTurnOff') });
        await turnOff.getByRole('textbox', { name: labelled(say('password.current')) }).focus();
        await page.keyboard.insertText(next);
        await press(page, say('account.factorTurnOff'));
        await page.getByText(say('account.factorOff')).waitFor(WAIT);

        // A token: a lifetime out of range is refused at its field; then created, shown once, working.
        await type(page, labelled(say('tokens.name')), 'siem export');
        await replace(page, labelled(say('tokens.days')), '0', 'spinbutton');
        await press(page, say('tokens.create'));
        await page.getByText(say('field.minimum', { limit: 1 })).waitFor(WAIT);
        expectRefusal(problems, 400);
        await replace(page, labelled(say('tokens.days')), '30', 'spinbutton');
        await press(page, say('tokens.create'));
        const shown = page.locator('.one-time code');
        await shown.waitFor(WAIT);
        const token = (await shown.textContent())!;
        assert.match(token, /^cmty_/);
        const listed = (await page.locator('td code').first().textContent())!.replace('…', '');
        assert.ok(token.startsWith(listed), `the list shows how the token begins (${listed})`);
        const bearer = { authorization: `Bearer ${token}` };
        assert.equal(
          (await net.xb.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer })).statusCode,
          200,
        );
        await page.getByRole('rowheader', { name: 'siem export' }).waitFor(WAIT);
        await checkScreen(page, problems, language, 'account-token');

        // Revoked after a confirmation; refused from then on.
        const revoke = say('tokens.revoke', { name: 'siem export' });
        await press(page, revoke);
        await page.getByText(say('tokens.revokeConsequence', { name: 'siem export' })).waitFor(WAIT);
        await press(page, say('actions.confirmButton', { action: revoke }));
        await page.getByRole('button', { name: revoke }).waitFor({ state: 'detached', ...WAIT });
        assert.equal(
          (await net.xb.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer })).statusCode,
          401,
        );
        await context.close();
      }),
  );
