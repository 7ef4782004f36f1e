/**
 * What the console does when things go wrong, in real Chromium: a first sign-in forces a new
 * password; an expired session asks to sign in again over the page and nothing typed is lost;
 * a request that changed meanwhile gets a 409 shown in the person's words with the newer
 * state, the typed text kept; hostile strings render as text; a person without the role
 * never sees the action (and the API still refuses it); the desk works by keyboard alone with
 * a visible focus on everything it reaches.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { createCase } from '../../src/app/cases/cases.js';
import { actOnRequest, draftRequestInCase } from '../../src/app/requests/requests.js';
import type { Role } from '../../src/core/accounts/roles.js';
import { SYSTEM_ACTOR } from '../../src/core/context.js';
import {
  assertAccessible,
  browserUnavailable,
  photographedOnFailure,
  launchBrowser,
  problemsOf,
  screenshot,
  watch,
} from '../support/browser.js';
import { type ConsoleNetwork, startConsoleNetwork } from '../support/console-network.js';
import { containing, labelled, startingWith, wordsOf } from '../support/console-words.js';
import type { NetworkNode } from '../support/network.js';
import { logIn } from '../support/session.js';

const unavailable = browserUnavailable();

/** A test in the browser: skipped without Chromium (outside CI), photographed when it fails. */
function browserTest(name: string, body: () => Promise<void>): void {
  test(name, { skip: unavailable }, () =>
    photographedOnFailure(browser, name.slice(0, 40).replace(/\W+/g, '-'), body),
  );
}
const say = wordsOf('en');
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

async function page(url: string): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ baseURL: url, locale: 'en-GB', timezoneId: 'Europe/Vienna' });
  const p = await context.newPage();
  return { context, page: p, problems: watch(p) };
}

async function signIn(p: Page, username: string, password: string): Promise<void> {
  await p.goto('/');
  await p.getByRole('textbox', { name: startingWith(say('signIn.username')) }).fill(username);
  await p.getByRole('textbox', { name: startingWith(say('signIn.password')) }).fill(password);
  await p.keyboard.press('Enter');
}

/** A request from XB received at XA's desk; returns its id. */
async function receivedAtXa(): Promise<string> {
  const sender = await net.person(net.xb, `xb-sender-${Date.now()}`);
  const ctx = { actor: SYSTEM_ACTOR, requestId: null, clock: net.network.clock };
  const principal = {
    userId: sender.id,
    username: sender.username,
    roles: ['poc_officer' as Role],
    authorityId: net.parties.authority(net.xb, 'desk'),
    via: 'session' as const,
  };
  const kase = await createCase(net.xb.database, ctx, principal, { title: 'Ransomware' });
  const draft = await draftRequestInCase(net.xb.database, net.xb.deps.registry, ctx, principal, kase.id, {
    regime: 'uncc-2024',
    instrument: 'preservation',
    requestedState: 'XA',
    urgency: 'urgent',
    fields: {
      requestingAuthority: 'XB desk',
      factsSummary: 'Ransomware.',
      relationToOffence: 'The ransom note.',
      necessity: 'Logs kept 30 days.',
      mlaToFollow: true,
    },
    items: [{ id: 'i1', description: 'logs', dataCategory: 'traffic', personalData: true }],
    offences: [{ code: 'UNCC-7' }],
  });
  await actOnRequest(
    net.xb.database,
    net.xb.deps.registry,
    ctx,
    principal,
    draft.id,
    { type: 'submit' },
    {
      courier: net.xb.federation,
    },
  );
  await until(net.xa, draft.id);
  return draft.id;
}

async function until(node: NetworkNode, id: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (await node.database.db.selectFrom('requests').select('id').where('id', '=', id).executeTakeFirst())
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`request ${id} did not arrive`);
}

browserTest(
  'a first sign-in asks for a new password, says when the two differ, then opens the console',
  async () => {
    const newcomer = await net.person(net.xa, 'newcomer', { oneTimePassword: true });
    const { context, page: p, problems } = await page(net.xa.url);
    await signIn(p, newcomer.username, newcomer.password);
    await p.getByRole('heading', { level: 1, name: say('password.title') }).waitFor(WAIT);
    await p.getByRole('textbox', { name: labelled(say('password.current')) }).fill(newcomer.password);
    await p.getByRole('textbox', { name: labelled(say('password.new')) }).fill('a brand new passphrase 1');
    await p.getByRole('textbox', { name: labelled(say('password.again')) }).fill('a brand new passphrase 2');
    await p.keyboard.press('Enter');
    await p.getByText(say('password.mismatch')).waitFor(WAIT);
    await assertAccessible(p, 'forced password change, with an error');
    await screenshot(p, 'en', 'password-change');
    await p.getByRole('textbox', { name: labelled(say('password.again')) }).fill('a brand new passphrase 1');
    await p.keyboard.press('Enter');
    await p.getByRole('heading', { level: 1, name: say('desk.title') }).waitFor(WAIT);
    assert.deepEqual(
      problems.filter((x) => !x.includes('401')),
      [],
    );
    await context.close();
  },
);

browserTest(
  'an expired session asks to sign in again over the composer, and nothing typed is lost',
  async () => {
    const officer = await net.person(net.xb, 'xb-expiry');
    const ctx = { actor: SYSTEM_ACTOR, requestId: null, clock: net.network.clock };
    const kase = await createCase(
      net.xb.database,
      ctx,
      {
        userId: officer.id,
        username: officer.username,
        roles: ['poc_officer'],
        authorityId: net.parties.authority(net.xb, 'desk'),
        via: 'session',
      },
      { title: 'Expiry' },
    );
    const { context, page: p } = await page(net.xb.url);
    await signIn(p, officer.username, officer.password);
    await p.getByRole('heading', { level: 1, name: say('desk.title') }).waitFor(WAIT);
    await p.goto(`/cases/${kase.id}/compose`);
    const stateButton = p.getByRole('button', { name: containing(say('composer.state')) });
    await stateButton.click();
    await p.getByRole('option', { name: /^XA — / }).click();
    const radio = p.getByRole('radio', {
      name: new RegExp(`^${say('instrument.preservation')}.*United Nations`),
    });
    await radio.focus();
    await p.keyboard.press('Space');
    await p
      .getByRole('textbox', { name: startingWith(say('requestField.factsSummary')) })
      .fill('Typed before the session ended.');
    await p.getByText(say('review.title')).waitFor(WAIT);
    await p.locator('.save-state', { hasText: 'Draft saved' }).waitFor(WAIT);

    // The node ends the session (as when it times out); the person keeps typing. The page's own
    // calls are held while they type, or a refresh racing the keystrokes would open the sign-in
    // dialog first (the page behind it is inert); released, they meet the ended session.
    const held: Route[] = [];
    await p.route('**/api/**', (route) => {
      held.push(route);
    });
    await net.xb.database.transact(async (tx) => {
      await tx.db.deleteFrom('sessions').where('user_id', '=', officer.id).execute();
    });
    const necessity = p.getByRole('textbox', { name: startingWith(say('requestField.necessity')) });
    await necessity.fill('Typed after the session ended.');
    await p.unroute('**/api/**');
    for (const route of held) await route.continue();
    const dialog = p.getByRole('dialog', { name: say('shell.sessionExpired') });
    await dialog.waitFor(WAIT);
    await assertAccessible(p, 'session expired dialog');
    await screenshot(p, 'en', 'session-expired');
    await dialog.getByRole('textbox', { name: startingWith(say('signIn.username')) }).fill(officer.username);
    await dialog.getByRole('textbox', { name: startingWith(say('signIn.password')) }).fill(officer.password);
    await dialog.getByRole('button', { name: say('signIn.submit') }).click();
    await dialog.waitFor({ state: 'detached', ...WAIT });
    assert.equal(await necessity.inputValue(), 'Typed after the session ended.');
    assert.equal(
      await p.getByRole('textbox', { name: startingWith(say('requestField.factsSummary')) }).inputValue(),
      'Typed before the session ended.',
    );
    // And the draft on the node catches up with what was typed.
    for (let i = 0; i < 100; i++) {
      const rows = await net.xb.database.db
        .selectFrom('requests')
        .select(['state'])
        .where('side', '=', 'requesting')
        .execute();
      if (rows.some((r) => String(r.state).includes('Typed after the session ended.'))) break;
      if (i === 99) assert.fail('the draft was not saved after signing in again');
      await p.waitForTimeout(200);
    }
    await context.close();
  },
);

browserTest(
  'acting on a request that changed meanwhile: the 409 is explained, the newer state shown, the typed text kept',
  async () => {
    const id = await receivedAtXa();
    const officer = await net.person(net.xa, 'xa-conflict');
    const colleague = await net.person(net.xa, 'xa-colleague');
    const { context, page: p } = await page(net.xa.url);
    // No live stream on this page: it cannot learn of the colleague's action before acting.
    await p.route('**/api/events', (route) => route.abort());
    await signIn(p, officer.username, officer.password);
    await p.getByRole('heading', { level: 1, name: say('desk.title') }).waitFor(WAIT);
    const acknowledged = await (await logIn(net.xa, officer.username, officer.password)).call(
      'POST',
      `/api/requests/${id}/actions`,
      { action: { type: 'start_review' } },
    );
    assert.equal(acknowledged.statusCode, 200, acknowledged.body);
    await p.goto(`/requests/${id}`);
    await p.getByRole('button', { name: say('action.request_information'), exact: true }).click();
    const form = p.getByRole('form', { name: say('action.request_information') });
    await form
      .getByRole('textbox', { name: startingWith(say('input.question')) })
      .fill('Which mailbox exactly?');

    const other = await logIn(net.xa, colleague.username, colleague.password);
    const screening = (await other.call('GET', `/api/requests/${id}/instrument`)).json().screening as Array<{
      id: string;
    }>;
    const acted = await other.call('POST', `/api/requests/${id}/actions`, {
      action: {
        type: 'answer_screening',
        answers: screening.map((q) => ({ questionId: q.id, concern: false })),
      },
    });
    assert.equal(acted.statusCode, 200, acted.body);

    await form.getByRole('button', { name: say('action.request_information') }).click();
    await p.getByText(say('error.stale_version')).waitFor(WAIT);
    assert.equal(
      await form.getByRole('textbox', { name: startingWith(say('input.question')) }).inputValue(),
      'Which mailbox exactly?',
    );
    await p.locator('ol.timeline', { hasText: say('event.screening_answered') }).waitFor(WAIT);
    await assertAccessible(p, 'request after a 409');
    await screenshot(p, 'en', 'request-conflict');
    // Asked again, on the newer state, it goes through.
    await form.getByRole('button', { name: say('action.request_information') }).click();
    await p.locator('.status-pill', { hasText: say('status.information_requested') }).waitFor(WAIT);
    await context.close();
  },
);

browserTest('hostile strings are shown as text, never run as markup', async () => {
  const officer = await net.person(net.xb, 'xb-hostile');
  const title = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>\u202Egnp.exe`;
  const summary = `${'A'.repeat(10_000)} \u202E <b>bold?</b>`;
  const session = await logIn(net.xb, officer.username, officer.password);
  const made = await session.call('POST', '/api/cases', { title, summary });
  assert.equal(made.statusCode, 201, made.body);
  const { context, page: p, problems } = await page(net.xb.url);
  await signIn(p, officer.username, officer.password);
  await p.getByRole('heading', { level: 1, name: say('desk.title') }).waitFor(WAIT);
  await p.goto(`/cases/${made.json().id}`);
  const heading = p.getByRole('heading', { level: 1 });
  await heading.waitFor(WAIT);
  assert.equal(await heading.textContent(), title, 'the title, character for character');
  // Page code is passed as text: it runs in the browser, not in Node.
  assert.equal(await p.evaluate('window.__pwned'), undefined);
  assert.equal(
    await p.locator('main img, main script, main b').count(),
    0,
    'no element came from the strings',
  );
  assert.ok((await p.locator('.summary').textContent())?.includes('<b>bold?</b>'));
  assert.deepEqual(problems, []);
  await assertAccessible(p, 'case with hostile strings');
  await screenshot(p, 'en', 'case-hostile-strings');
  await context.close();
});

browserTest('without the role, the action is not offered — and the API refuses it anyway', async () => {
  const id = await receivedAtXa();
  const auditor = await net.person(net.xa, 'xa-auditor', { roles: ['auditor'] });
  const { context, page: p } = await page(net.xa.url);
  await signIn(p, auditor.username, auditor.password);
  // An auditor starts on the audit trail, not on a desk.
  await p.getByRole('heading', { level: 1, name: say('audit.title') }).waitFor(WAIT);
  assert.equal(
    await p.getByRole('link', { name: say('nav.desk') }).count(),
    0,
    'no 24/7 desk for an auditor',
  );
  await p.goto(`/requests/${id}`);
  await p.getByRole('heading', { level: 2, name: say('request.actions') }).waitFor(WAIT);
  await p.getByText(say('actions.none')).waitFor(WAIT);
  assert.equal(await p.getByRole('button', { name: say('action.start_review'), exact: true }).count(), 0);
  const api = await logIn(net.xa, auditor.username, auditor.password);
  const refused = await api.call('POST', `/api/requests/${id}/actions`, { action: { type: 'start_review' } });
  assert.equal(refused.statusCode, 403);
  await context.close();
});

browserTest(
  'the desk by keyboard alone: skip link first, every stop visibly focused, acknowledge with Enter',
  async () => {
    const id = await receivedAtXa();
    const officer = await net.person(net.xa, 'xa-keyboard');
    const { context, page: p, problems } = await page(net.xa.url);
    await signIn(p, officer.username, officer.password);
    await p.getByRole('heading', { level: 1, name: say('desk.title') }).waitFor(WAIT);
    await p.locator(`a.row-link[href="/requests/${id}"]`).waitFor(WAIT);
    // Page code is passed as text: it runs in the browser, not in Node.
    await p.evaluate('document.activeElement && document.activeElement.blur()');

    await p.keyboard.press('Tab');
    assert.equal(await p.evaluate('document.activeElement.textContent'), say('shell.skip'));
    await p.keyboard.press('Enter');
    assert.equal(
      await p.evaluate('document.activeElement.id'),
      'main',
      'the skip link moves focus to the content',
    );

    let acknowledged = false;
    for (let i = 0; i < 40 && !acknowledged; i++) {
      await p.keyboard.press('Tab');
      const focus = (await p.evaluate(`(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return {
        text: el.textContent || '',
        ours: el.closest('tr') !== null && el.closest('tr').querySelector('a.row-link[href="/requests/${id}"]') !== null,
        visible: (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none',
      };
    })()`)) as { text: string; ours: boolean; visible: boolean };
      assert.ok(focus.visible, `a visible focus on "${focus.text.slice(0, 40)}"`);
      const row = p.locator('tr').filter({ has: p.locator(`a.row-link[href="/requests/${id}"]`) });
      if (focus.text === say('desk.acknowledge') && focus.ours) {
        await p.keyboard.press('Enter');
        await row.getByText(say('desk.acknowledged')).waitFor(WAIT);
        acknowledged = true;
      }
    }
    assert.ok(acknowledged, 'the acknowledge button of the new request is reached by Tab');
    assert.deepEqual(problems, []);
    assert.deepEqual(problemsOf(p), []);
    await context.close();
  },
);
