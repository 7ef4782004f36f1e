/**
 * Real Chromium for the console's tests (Debian's `chromium`, driven by playwright-core): launch
 * with the flags this machine needs, watch every page for script errors and content-security
 * violations, check a screen with axe-core (WCAG 2.2 A and AA), and keep a screenshot of each
 * screen per language where a reviewer can look at them.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type Page, chromium } from 'playwright-core';
import { buildConsole, consoleIsBuilt } from '../../src/cli/build-console.js';
import { DEFAULT_CONSOLE_DIR } from '../../src/http/console/bundle.js';
import { wordsOf } from './console-words.js';

export const CHROMIUM = process.env['COMITY_CHROMIUM'] ?? '/usr/bin/chromium';

/** Where screenshots go: `test-results/console/<language>/<screen>.png` unless set. */
export const SCREENSHOTS =
  process.env['COMITY_SCREENSHOTS'] ??
  join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test-results', 'console');

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Why the browser tests cannot run here, or undefined. On CI a missing browser is a failure
 * (`.ci/run` installs it); elsewhere the tests are skipped with this message.
 */
export function browserUnavailable(): string | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  const why = `Chromium not found at ${CHROMIUM} (apt-get install chromium fonts-noto-core fonts-noto-cjk, or set COMITY_CHROMIUM)`;
  if (process.env['CI']) throw new Error(why);
  return why;
}

export async function launchBrowser(): Promise<Browser> {
  if (!consoleIsBuilt(DEFAULT_CONSOLE_DIR)) await buildConsole();
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

const seen = new WeakMap<Page, string[]>();

/** What `watch` saw on a page (for a failure report). */
export function problemsOf(page: Page): readonly string[] {
  return seen.get(page) ?? [];
}

/** Script errors, failed loads and content-security violations seen on a page. */
export function watch(page: Page): string[] {
  const problems: string[] = [];
  seen.set(page, problems);
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy|Refused to/i.test(text)) problems.push(`CSP: ${text}`);
    else if (message.type() === 'error' && !/status of (401|403|404|409|422)/.test(text))
      problems.push(`console error: ${text}`);
  });
  return problems;
}

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: Array<{ target: string[]; failureSummary: string }>;
}

/**
 * Waits until a screen has settled: nothing says "loading" any more and the fonts are in (an
 * open event stream means the network is never idle, so that is not the sign).
 */
export async function settled(page: Page, loading: string): Promise<void> {
  await page.getByText(loading, { exact: true }).first().waitFor({ state: 'hidden', timeout: 15_000 });
  await page.evaluate('document.fonts.ready.then(() => true)');
}

/** Runs axe-core on the page as it is now; fails listing every violation of WCAG 2.2 A/AA. */
export async function assertAccessible(page: Page, screen: string): Promise<void> {
  // Evaluated through the debugging protocol, not injected as a script: the page's strict CSP stays on.
  await page.evaluate(AXE);
  const violations = (await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(o: unknown): Promise<{ violations: unknown[] }> } })
      .axe;
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return result.violations;
  })) as AxeViolation[];
  const described = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n${v.nodes
        .slice(0, 5)
        .map((n) => `   at ${n.target.join(' ')}: ${n.failureSummary.replace(/\n/g, ' ')}`)
        .join('\n')}`,
  );
  assert.deepEqual(described, [], `axe-core found violations on ${screen}`);
}

/**
 * Runs a browser test; if it fails, every open page is photographed under `failures/` and what
 * `watch` saw on it is added to the error, so a failure on CI can be looked at.
 */
export async function photographedOnFailure(
  browser: Browser,
  label: string,
  run: () => Promise<void>,
): Promise<void> {
  try {
    await run();
  } catch (error) {
    let n = 0;
    for (const context of browser.contexts())
      for (const page of context.pages()) {
        await screenshot(page, 'failures', `${label}-${++n}`).catch(() => undefined);
        const seenThere = problemsOf(page);
        if (seenThere.length > 0 && error instanceof Error)
          error.message += `\npage ${n} (${page.url()}): ${seenThere.join('\n')}`;
      }
    throw error;
  }
}

export async function screenshot(page: Page, language: string, screen: string): Promise<string> {
  const dir = join(SCREENSHOTS, language);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${screen}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * A screen as a test leaves it: settled, no script error or CSP violation seen, axe-clean, and
 * photographed for the reviewer.
 */
export async function checkScreen(
  page: Page,
  problems: string[],
  language: string,
  screen: string,
): Promise<void> {
  await settled(page, wordsOf(language)('shell.loading'));
  assert.deepEqual(problems, [], `${screen} (${language}): no script error or CSP violation`);
  await assertAccessible(page, `${screen} (${language})`);
  await screenshot(page, language, screen);
}
