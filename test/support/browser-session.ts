/**
 * A person signed in to a node's console in a fresh browser context (their own cookies), typed
 * by keyboard on the sign-in page, and the page once their language and navigation are in.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { watch } from './browser.js';
import { startingWith, wordsOf } from './console-words.js';
import { type } from './keyboard.js';

const WAIT = { timeout: 15_000 };

export async function signedIn(
  browser: Browser,
  url: string,
  person: { username: string; password: string },
  language: string,
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ baseURL: url, locale: 'en-GB', timezoneId: 'Europe/Vienna' });
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto('/');
  await type(page, startingWith(wordsOf('en')('signIn.username')), person.username);
  await type(page, startingWith(wordsOf('en')('signIn.password')), person.password);
  await page.keyboard.press('Enter');
  await page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached', ...WAIT });
  await page.getByRole('navigation').waitFor(WAIT);
  return { context, page, problems };
}
