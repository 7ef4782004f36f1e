/**
 * The audit trail in the browser, as an auditor at XB uses it: the console opens on the trail,
 * a request's whole trail is found by keyboard, a malformed period is refused at its field,
 * the export downloads every matching event (and is itself recorded), the chain verifies; then
 * an event is altered in the database behind the node's back, and the verification names it
 * and leads to it. In English and in Arabic, axe-clean, photographed.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createCase } from '../../src/app/cases/cases.js';
import { actOnRequest, draftRequestInCase } from '../../src/app/requests/requests.js';
import { SYSTEM_ACTOR } from '../../src/core/context.js';
import {
  browserUnavailable,
  checkScreen,
  launchBrowser,
  photographedOnFailure,
  watch,
} from '../support/browser.js';
import { type ConsoleNetwork, startConsoleNetwork } from '../support/console-network.js';
import { containing, exactly, startingWith, wordsOf } from '../support/console-words.js';
import { choose, press, type } from '../support/keyboard.js';

const unavailable = browserUnavailable();
const WAIT = { timeout: 15_000 };
let browser: Browser;
let net: ConsoleNetwork;
let requestId: string;

before(async () => {
  if (unavailable) return;
  browser = await launchBrowser();
  net = await startConsoleNetwork();
  const officer = await net.person(net.xb, 'xb-drafter', { displayName: 'Bea Officer (XB)' });
  const ctx = { actor: SYSTEM_ACTOR, requestId: null, clock: net.network.clock };
  const principal = {
    userId: officer.id,
    username: officer.username,
    roles: ['poc_officer' as const],
    authorityId: net.parties.authority(net.xb, 'desk'),
    via: 'session' as const,
  };
  const kase = await createCase(net.xb.database, ctx, principal, { title: 'Botnet takedown' });
  const draft = await draftRequestInCase(net.xb.database, net.xb.deps.registry, ctx, principal, kase.id, {
    regime: 'uncc-2024',
    instrument: 'preservation',
    requestedState: 'XA',
    urgency: 'urgent',
    fields: {
      requestingAuthority: 'XB 24/7 point of contact',
      factsSummary: 'A botnet controller is hosted at XA.',
      relationToOffence: 'The controller issues the commands.',
      necessity: 'Server logs rotate weekly.',
      mlaToFollow: true,
    },
    items: [{ id: 'i1', description: 'Server logs', dataCategory: 'traffic', personalData: true }],
    offences: [{ code: 'UNCC-7', elements: { security_breach: true } }],
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
  requestId = draft.id;
});

after(async () => {
  await browser?.close();
  await net?.close();
});

/** Rewrites an event's details directly in XB's database, as someone with database access could. */
async function alterDetails(seq: number, details: string): Promise<void> {
  await net.xb.database.transact(async (tx) => {
    await tx.db.updateTable('audit_events').set({ details }).where('seq', '=', seq).execute();
  });
}

/** The sequence numbers in the table, top to bottom. */
async function shownSeqs(page: Page): Promise<number[]> {
  return (await page.locator('.audit-table tbody th').allTextContents()).map(Number);
}

for (const language of ['en', 'ar'] as const)
  test(
    `an auditor reads a request's trail, exports it, and finds a tampered event (${language})`,
    { skip: unavailable },
    () =>
      photographedOnFailure(browser, `audit-${language}`, async () => {
        const say = wordsOf(language);
        const auditor = await net.person(net.xb, `xb-auditor-${language}`, {
          roles: ['auditor'],
          displayName: 'Ines Auditor (XB)',
          language,
        });
        const context = await browser.newContext({
          baseURL: net.xb.url,
          locale: 'en-GB',
          timezoneId: 'Asia/Dubai',
        });
        const page = await context.newPage();
        const problems = watch(page);
        await page.goto('/');
        await type(page, startingWith(wordsOf('en')('signIn.username')), auditor.username);
        await type(page, startingWith(wordsOf('en')('signIn.password')), auditor.password);
        await page.keyboard.press('Enter');

        // An auditor lands on the trail, newest first, in their own language.
        await page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached', ...WAIT });
        await page.getByRole('heading', { level: 1, name: say('audit.title') }).waitFor(WAIT);
        await page.locator('.audit-table').waitFor(WAIT);
        const newestFirst = await shownSeqs(page);
        assert.ok(newestFirst.length > 5, 'the node has a trail already');
        assert.deepEqual(
          newestFirst,
          [...newestFirst].sort((a, b) => b - a),
        );
        await checkScreen(page, problems, language, 'audit');

        // A request's whole trail, found by keyboard, oldest first.
        await choose(page, containing(say('audit.subjectType')), exactly(say('auditSubject.request')));
        await type(page, startingWith(say('audit.subjectId')), requestId);
        await choose(page, containing(say('audit.order')), exactly(say('audit.oldest')));
        await press(page, say('audit.apply'));
        await page.waitForURL(/subjectType=request/, WAIT);
        await page.getByText('request.submit', { exact: true }).waitFor(WAIT);
        const trail = await page.locator('.audit-table tbody code.action').allTextContents();
        assert.deepEqual(trail.filter((a) => a.startsWith('request.')).slice(0, 2), [
          'request.draft',
          'request.submit',
        ]);
        assert.equal(new URL(page.url()).searchParams.get('subjectId'), requestId, 'the trail is one link');
        await page.getByText(say('audit.shown', { count: trail.length }), { exact: true }).waitFor(WAIT);
        await checkScreen(page, problems, language, 'audit-trail');

        // The export holds the same events, and the export is itself recorded.
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          press(page, say('audit.exportCsv'), 'link'),
        ]);
        assert.match(download.suggestedFilename(), /^comity-audit-\d{4}-\d{2}-\d{2}\.csv$/);
        const csv = readFileSync((await download.path())!, 'utf8')
          .trimEnd()
          .split('\r\n');
        assert.match(csv[0]!, /^seq,at,actorType,actorId,actorName,action,/);
        assert.equal(csv.length - 1, trail.length, 'every event of the trail, none other');
        assert.ok(csv.every((line, i) => i === 0 || line.includes(`,request,${requestId},`)));
        await page.goto('/audit?action=audit.export');
        await page
          .locator('.audit-table')
          .getByRole('link', { name: 'Ines Auditor (XB)', exact: true })
          .first()
          .waitFor(WAIT);

        // A period that ends before it starts is refused at its field; nothing typed is lost.
        await page.goto('/audit?from=2026-12-07T05:00:00Z&to=2026-12-07T04:00:00Z&action=request.*');
        await page.getByRole('alert').first().waitFor(WAIT);
        await page.getByText(say('field.later'), { exact: true }).waitFor(WAIT);
        // The node's refusal is the point here: the browser logs its 400, which is expected.
        const refusals = problems.filter((p) => /status of 400/.test(p));
        assert.ok(refusals.length >= 1);
        problems.splice(0, problems.length, ...problems.filter((p) => !refusals.includes(p)));
        assert.equal(
          await page.getByRole('textbox', { name: startingWith(say('audit.action')) }).inputValue(),
          'request.*',
        );
        await checkScreen(page, problems, language, 'audit-bad-period');

        // The chain verifies.
        await page.goto('/audit');
        await press(page, say('audit.verify'));
        // The words before the count are the same in every plural form of every language tested.
        const intactWords = say('audit.chainOk', { count: 2 }).split(/[:：]/)[0]!;
        await page
          .getByRole('status')
          .filter({ hasText: containing(intactWords) })
          .waitFor(WAIT);
        await checkScreen(page, problems, language, 'audit-verified');

        // An event altered behind the node's back is named, and the link leads to it.
        const victim = await net.xb.database.db
          .selectFrom('audit_events')
          .select(['seq', 'details'])
          .where('action', '=', 'request.submit')
          .executeTakeFirstOrThrow();
        const seq = Number(victim.seq);
        await alterDetails(seq, '{"altered":true}');
        try {
          await press(page, say('audit.verify'));
          await page.getByText(say('audit.chainBad', { seq }), { exact: true }).waitFor(WAIT);
          await checkScreen(page, problems, language, 'audit-broken');
          await press(page, say('audit.showBad'), 'link');
          await page.waitForURL(/order=oldest/, WAIT);
          await page.locator('.audit-table').waitFor(WAIT);
          assert.equal((await shownSeqs(page))[0], seq);
        } finally {
          await alterDetails(seq, victim.details);
        }
        await context.close();
      }),
  );
