/**
 * Driving the console by keyboard alone, as a person who uses no mouse would: focus a control
 * by its accessible name, then the keys that operate it.
 */
import type { Page } from 'playwright-core';

const WAIT = { timeout: 15_000 };

/** Chooses an option of a react-aria select: focus, open with Enter, pick with Enter. */
export async function choose(page: Page, label: RegExp, option: RegExp): Promise<void> {
  const button = page.getByRole('button', { name: label });
  await button.focus();
  await page.keyboard.press('Enter');
  const item = page.getByRole('option', { name: option });
  await item.waitFor(WAIT);
  await item.focus();
  await page.keyboard.press('Enter');
  await item.waitFor({ state: 'detached', ...WAIT });
}

const ENABLED_WITHIN_MS = 20_000;

export async function press(
  page: Page,
  name: RegExp | string,
  role: 'button' | 'link' = 'button',
): Promise<void> {
  const target = page.getByRole(role, { name, exact: typeof name === 'string' });
  await target.focus();
  // Enter on a disabled button does nothing, so a keyboard user waits for it to come back
  // (a click would wait by itself; a key press does not).
  const deadline = Date.now() + ENABLED_WITHIN_MS;
  while (!(await target.isEnabled())) {
    if (Date.now() > deadline) throw new Error(`"${String(name)}" stayed disabled`);
    await page.waitForTimeout(50);
  }
  await page.keyboard.press('Enter');
}

export async function type(page: Page, label: RegExp, text: string): Promise<void> {
  const box = page.getByRole('textbox', { name: label });
  await box.focus();
  await page.keyboard.insertText(text);
}

export async function tick(page: Page, label: RegExp): Promise<void> {
  const box = page.getByRole('checkbox', { name: label });
  await box.focus();
  await page.keyboard.press('Space');
}
