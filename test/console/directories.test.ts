/**
 * The directories page, by keyboard: XB's administrator adds a directory run by XC by its
 * key's address and fingerprint, sees a wrong fingerprint refused at the field first, then
 * reads which States it lists and what XB made of each (XA, trusted by hand with the same key;
 * XB itself). In English and Arabic.
 */
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { SYSTEM_ACTOR } from '../../src/core/context.js';
import { appendToDirectory, createDirectory } from '../../src/app/directory/operated.js';
import { browserUnavailable, checkScreen, launchBrowser, photographedOnFailure } from '../support/browser.js';
import { signedIn } from '../support/browser-session.js';
import { type ConsoleNetwork, startConsoleNetwork } from '../support/console-network.js';
import { labelled, wordsOf } from '../support/console-words.js';
import { press, type } from '../support/keyboard.js';

const unavailable = browserUnavailable();
const WAIT = { timeout: 20_000 };
let browser: Browser;
let net: ConsoleNetwork;
const fingerprints: Record<string, string> = {};

before(async () => {
  if (unavailable) return;
  browser = await launchBrowser();
  net = await startConsoleNetwork(['xa', 'xb', 'xc']);
  const xc = net.node('xc');
  const ctx = { actor: SYSTEM_ACTOR, requestId: null, clock: xc.deps.clock };
  const cards = await Promise.all(
    [net.xa, net.xb].map(
      async (n) =>
        (await (await fetch(`${n.url}/federation/v1/card`)).json()) as { card: string; fingerprint: string },
    ),
  );
  for (const language of ['en', 'ar']) {
    const id = `regional-${language}`;
    fingerprints[language] = (
      await createDirectory(xc.deps, ctx, { id, name: `Regional register (${language})` })
    ).fingerprint;
    await appendToDirectory(xc.deps, ctx, id, { cards });
  }
});

after(async () => {
  await browser?.close();
  await net?.close();
});

for (const language of ['en', 'ar'] as const)
  test(
    `an administrator adds a directory by its key and reads what it lists (${language})`,
    { skip: unavailable },
    () =>
      photographedOnFailure(browser, `directories-${language}`, async () => {
        const say = wordsOf(language);
        const admin = await net.person(net.xb, `xb-directory-${language}`, { roles: ['admin'], language });
        const { context, page, problems } = await signedIn(browser, net.xb.url, admin, language);
        await press(page, say('nav.directories'), 'link');
        await page.getByRole('heading', { level: 1, name: say('directory.title') }).waitFor(WAIT);
        const source = `${net.node('xc').url}/federation/v1/directories/regional-${language}`;
        await type(page, labelled(say('directory.source')), source);
        await type(page, labelled(say('directory.keyFingerprintRead')), '0000 '.repeat(16).trim());
        await press(page, say('directory.addButton'));
        await page
          .getByText(/not the one confirmed/)
          .first()
          .waitFor(WAIT);
        problems.splice(0, problems.length, ...problems.filter((p) => !/status of 400/.test(p)));

        const box = page.getByRole('textbox', { name: labelled(say('directory.keyFingerprintRead')) });
        await box.focus();
        await page.keyboard.press('ControlOrMeta+a');
        await page.keyboard.insertText(fingerprints[language] as string);
        await press(page, say('directory.addButton'));
        const listed = page.getByRole('table', {
          name: say('directory.listed', { name: `Regional register (${language})` }),
        });
        await listed.waitFor(WAIT);
        await listed
          .getByRole('row')
          .filter({ hasText: 'XA' })
          .getByText(say('directory.trust.by_hand'))
          .waitFor(WAIT);
        await listed
          .getByRole('row')
          .filter({ hasText: 'XB' })
          .getByText(say('directory.trust.self'))
          .waitFor(WAIT);
        await page.getByText(say('directory.status.ok')).first().waitFor(WAIT);
        await checkScreen(page, problems, language, 'directories');
        await context.close();
      }),
  );
