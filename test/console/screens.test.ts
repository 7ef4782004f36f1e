/**
 * Every screen of the console in each of the six UN languages: the page is in the language
 * (lang, dir), its heading is the catalogue's, axe-core finds no WCAG 2.2 A/AA violation, no
 * script error or content-security violation occurs, and a screenshot is kept per language.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createCase } from '../../src/app/cases/cases.js';
import { actOnRequest, draftRequestInCase } from '../../src/app/requests/requests.js';
import { SYSTEM_ACTOR } from '../../src/core/context.js';
import {
  assertAccessible,
  browserUnavailable,
  photographedOnFailure,
  launchBrowser,
  screenshot,
  settled,
  watch,
} from '../support/browser.js';
import { type ConsoleNetwork, startConsoleNetwork } from '../support/console-network.js';
import { wordsOf } from '../support/console-words.js';
import { logIn } from '../support/session.js';

const unavailable = browserUnavailable();

/** A test in the browser: skipped without Chromium (outside CI), photographed when it fails. */
function browserTest(name: string, body: () => Promise<void>): void {
  test(name, { skip: unavailable }, () =>
    photographedOnFailure(browser, name.slice(0, 40).replace(/\W+/g, '-'), body),
  );
}
const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
const WAIT = { timeout: 15_000 };

let browser: Browser;
let net: ConsoleNetwork;
let sentId: string;
let caseId: string;
let xbOfficer: { username: string; password: string; id: string };
let xaOfficer: { username: string; password: string; id: string };
let xbAuditor: { username: string; password: string; id: string };
let xbAdmin: { username: string; password: string; id: string };
let xbAnalyst: { username: string; password: string; id: string };
let incidentId: string;

before(async () => {
  if (unavailable) return;
  browser = await launchBrowser();
  net = await startConsoleNetwork();
  xbOfficer = await net.person(net.xb, 'xb-screens', { displayName: 'Bea Officer (XB)' });
  xaOfficer = await net.person(net.xa, 'xa-screens', { displayName: 'Adel Officer (XA)' });
  xbAuditor = await net.person(net.xb, 'xb-auditor', {
    roles: ['auditor'],
    displayName: 'Ines Auditor (XB)',
  });
  xbAdmin = await net.person(net.xb, 'xb-admin', {
    roles: ['admin'],
    displayName: 'Omar Administrator (XB)',
  });
  xbAnalyst = await net.person(net.xb, 'xb-analyst', {
    roles: ['analyst'],
    displayName: 'Lena Analyst (XB)',
  });
  await net.onCall(net.xa, xaOfficer);
  // An incident at XB with an indicator, a malware and the relationship between them.
  const at = new Date().toISOString();
  const amber = 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421';
  const common = { spec_version: '2.1', created: at, modified: at, object_marking_refs: [amber] };
  const malware = {
    ...common,
    type: 'malware',
    id: 'malware--2d3a8c1e-5b6f-4a7d-8e9f-0a1b2c3d4e5f',
    name: 'LockBit 3.0',
    is_family: true,
  };
  const c2 = {
    ...common,
    type: 'indicator',
    id: 'indicator--8c1d2e3f-4a5b-4c6d-9e7f-1a2b3c4d5e6f',
    name: 'LockBit C2 server',
    pattern: "[ipv4-addr:value = '198.51.100.23']",
    pattern_type: 'stix',
    valid_from: at,
  };
  const indicates = {
    ...common,
    type: 'relationship',
    id: 'relationship--3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b',
    relationship_type: 'indicates',
    source_ref: c2.id,
    target_ref: malware.id,
  };
  const analyst = await logIn(net.xb, xbAnalyst.username, xbAnalyst.password);
  const created = await analyst.call('POST', '/api/incidents', {
    title: 'Ransomware at Xb University Hospital',
    legalBasis: 'cert_cooperation',
    tlp: 'amber',
    affectedStates: ['XB'],
    sectors: ['health'],
    objects: [malware, c2, indicates],
  });
  assert.equal(created.statusCode, 201, created.body);
  incidentId = created.json().incident.id;
  // A case at XB with a request sent to XA and received there.
  const ctx = { actor: SYSTEM_ACTOR, requestId: null, clock: net.network.clock };
  const principal = {
    userId: xbOfficer.id,
    username: xbOfficer.username,
    roles: ['poc_officer' as const],
    authorityId: net.parties.authority(net.xb, 'desk'),
    via: 'session' as const,
  };
  const kase = await createCase(net.xb.database, ctx, principal, {
    title: 'Extortion of a hospital',
    summary: 'Patient records encrypted; a ransom demanded in cryptocurrency.',
  });
  caseId = kase.id;
  const draft = await draftRequestInCase(net.xb.database, net.xb.deps.registry, ctx, principal, caseId, {
    regime: 'uncc-2024',
    instrument: 'preservation',
    requestedState: 'XA',
    urgency: 'urgent',
    fields: {
      requestingAuthority: 'XB 24/7 point of contact',
      factsSummary: 'Ransomware encrypted patient records.',
      relationToOffence: 'The ransom note came from the mailbox.',
      necessity: 'Login logs are kept for 30 days only.',
      mlaToFollow: true,
    },
    items: [
      { id: 'i1', description: 'Login IP logs, 1–5 December', dataCategory: 'traffic', personalData: true },
    ],
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
  sentId = draft.id;
  for (let i = 0; i < 100; i++) {
    const there = await net.xa.database.db
      .selectFrom('requests')
      .select('id')
      .where('id', '=', sentId)
      .executeTakeFirst();
    if (there) break;
    await new Promise((r) => setTimeout(r, 100));
  }
});

after(async () => {
  await browser?.close();
  await net?.close();
});

/** A browser context of `person`, whose account speaks `language` (kept on the node). */
async function contextOf(url: string, person: { username: string; password: string }, language: string) {
  const session = await logIn(url === net.xa.url ? net.xa : net.xb, person.username, person.password);
  const set = await session.call('PUT', '/api/auth/language', { language });
  assert.equal(set.statusCode, 200, set.body);
  const context = await browser.newContext({ baseURL: url, locale: 'en-GB', timezoneId: 'Europe/Vienna' });
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto('/');
  await page.getByRole('textbox').first().waitFor(WAIT);
  await page.getByRole('textbox').nth(0).fill(person.username);
  await page.getByRole('textbox').nth(1).fill(person.password);
  await page.keyboard.press('Enter');
  // Signed in means the console's navigation is there, in the account's language (for English,
  // the sign-in page already has lang="en", so the attribute alone would not wait for the login).
  await page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached', ...WAIT });
  await page.getByRole('navigation', { name: wordsOf(language)('shell.navigation') }).waitFor(WAIT);
  return { context, page, problems };
}

async function visit(
  page: Page,
  problems: string[],
  language: string,
  screen: string,
  path: string,
  heading: string,
): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor(WAIT);
  await settled(page, wordsOf(language)('shell.loading'));
  assert.equal(await page.locator('html').getAttribute('dir'), language === 'ar' ? 'rtl' : 'ltr');
  await inspect(page, problems, language, screen);
}

/** The screen as it stands (after a view was switched, a panel opened): checked and photographed. */
async function inspect(page: Page, problems: string[], language: string, screen: string): Promise<void> {
  assert.deepEqual(problems, [], `${screen} (${language}): no script error or CSP violation`);
  await assertAccessible(page, `${screen} (${language})`);
  await screenshot(page, language, screen);
}

for (const language of LANGUAGES)
  browserTest(`every screen in ${language}: in the language, axe-clean, photographed`, async () => {
    const say = wordsOf(language);
    // Signed out: the sign-in page in the language chosen there.
    const out = await browser.newContext({ baseURL: net.xb.url, locale: language });
    const signIn = await out.newPage();
    const signInProblems = watch(signIn);
    await signIn.goto('/');
    await signIn.locator(`html[lang="${language}"]`).waitFor({ state: 'attached', ...WAIT });
    await signIn.getByRole('heading', { level: 1, name: say('signIn.title') }).waitFor(WAIT);
    assert.deepEqual(signInProblems, []);
    await assertAccessible(signIn, `sign-in (${language})`);
    await screenshot(signIn, language, 'sign-in');
    await out.close();

    const xb = await contextOf(net.xb.url, xbOfficer, language);
    await visit(xb.page, xb.problems, language, 'cases', '/cases', say('cases.title'));
    await visit(xb.page, xb.problems, language, 'case', `/cases/${caseId}`, 'Extortion of a hospital');
    await visit(
      xb.page,
      xb.problems,
      language,
      'composer',
      `/cases/${caseId}/compose`,
      say('composer.title'),
    );
    await visit(
      xb.page,
      xb.problems,
      language,
      'request-sent',
      `/requests/${sentId}`,
      say('instrument.preservation') + ' · uncc-2024',
    );
    await visit(
      xb.page,
      xb.problems,
      language,
      'notifications',
      '/notifications',
      say('notifications.title'),
    );
    await visit(xb.page, xb.problems, language, 'account', '/account', say('account.title'));
    await visit(xb.page, xb.problems, language, 'register', '/register', say('register.title'));
    await visit(xb.page, xb.problems, language, 'register-state', '/register/XA', 'State XA');
    await visit(xb.page, xb.problems, language, 'federation', '/peers', say('federation.title'));
    // The traffic with XA, charted (the chart library is fetched now, and its style sheet with it).
    const xaPeer = xb.page.getByRole('article', { name: /XA/ });
    await xaPeer.getByText(say('traffic.summary')).click();
    await xaPeer
      .getByRole('figure', { name: say('traffic.messagesTitle', { peer: 'xa' }) })
      .locator('canvas')
      .first()
      .waitFor(WAIT);
    await inspect(xb.page, xb.problems, language, 'federation-traffic');

    const audit = await contextOf(net.xb.url, xbAuditor, language);
    await visit(
      audit.page,
      audit.problems,
      language,
      'audit-request',
      `/audit?subjectType=request&subjectId=${sentId}&order=oldest`,
      say('audit.title'),
    );
    await audit.page.getByText('request.submit', { exact: true }).waitFor(WAIT);
    await audit.context.close();

    const analyst = await contextOf(net.xb.url, xbAnalyst, language);
    await visit(analyst.page, analyst.problems, language, 'incidents', '/incidents', say('incidents.title'));
    await visit(
      analyst.page,
      analyst.problems,
      language,
      'incident',
      `/incidents/${incidentId}`,
      'Ransomware at Xb University Hospital',
    );
    await analyst.page.getByRole('radio', { name: say('objects.overTime') }).focus();
    await analyst.page.keyboard.press('Space');
    await analyst.page
      .getByRole('figure', { name: say('growth.title') })
      .locator('canvas')
      .first()
      .waitFor(WAIT);
    await inspect(analyst.page, analyst.problems, language, 'incident-over-time');
    await visit(
      analyst.page,
      analyst.problems,
      language,
      'correlation',
      '/correlation?value=198.51.100.23',
      say('correlation.title'),
    );
    await visit(analyst.page, analyst.problems, language, 'taxii', '/taxii', say('taxii.title'));
    await visit(analyst.page, analyst.problems, language, 'misp', '/misp-events', say('misp.title'));
    await analyst.context.close();

    const admin = await contextOf(net.xb.url, xbAdmin, language);
    await visit(admin.page, admin.problems, language, 'users', '/admin/users', say('users.title'));
    await visit(admin.page, admin.problems, language, 'node', '/admin/node', say('node.title'));
    await visit(admin.page, admin.problems, language, 'taxii-admin', '/taxii', say('taxii.title'));
    await visit(admin.page, admin.problems, language, 'misp-admin', '/misp-events', say('misp.title'));
    await visit(admin.page, admin.problems, language, 'directories', '/directories', say('directory.title'));
    await visit(
      admin.page,
      admin.problems,
      language,
      'user',
      `/admin/users/${xbOfficer.id}`,
      'Bea Officer (XB)',
    );
    await admin.context.close();

    const xa = await contextOf(net.xa.url, xaOfficer, language);
    await visit(xa.page, xa.problems, language, 'desk', '/desk', say('desk.title'));
    await xa.page.getByText(say('desk.onCall', { names: 'Adel Officer (XA)' })).waitFor(WAIT);
    await visit(xa.page, xa.problems, language, 'alerts', '/alerts', say('alerts.title'));
    await visit(
      xa.page,
      xa.problems,
      language,
      'request-received',
      `/requests/${sentId}`,
      say('instrument.preservation') + ' · uncc-2024',
    );
    await xa.page.getByRole('button', { name: say('action.start_review'), exact: true }).waitFor(WAIT);
    await visit(xa.page, xa.problems, language, 'not-found', '/no/such/screen', say('shell.notFound'));
    // Closed on success only: when a step fails, the open pages are photographed first.
    await xb.context.close();
    await xa.context.close();
  });
