/**
 * The MISP page, by keyboard: an XB analyst finds where to point PyMISP, chooses a MISP event
 * file (written from the MISP format documentation) and reads its report — the attribute that
 * was refused and the ones kept as notes, each with the reason — then chooses a file that is
 * not a MISP event and sees it refused, listed among the imports. An administrator pulls a
 * MISP feed served over real HTTP and watches it arrive. In English and Arabic.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { browserUnavailable, checkScreen, launchBrowser, photographedOnFailure } from '../support/browser.js';
import { signedIn } from '../support/browser-session.js';
import { type ConsoleNetwork, startConsoleNetwork } from '../support/console-network.js';
import { type Say, startingWith, wordsOf } from '../support/console-words.js';
import { press, type } from '../support/keyboard.js';

const unavailable = browserUnavailable();
const WAIT = { timeout: 20_000 };
const FIXTURE = readFileSync(
  join(import.meta.dirname, '../../src/interop/misp/fixtures/ransomware-event.json'),
  'utf8',
);
let browser: Browser;
let net: ConsoleNetwork;
let feedServer: Server;
let feedBase = '';
const feedFiles = new Map<string, string>();

before(async () => {
  if (unavailable) return;
  browser = await launchBrowser();
  net = await startConsoleNetwork();
  feedServer = createServer((req, res) => {
    const body = feedFiles.get(req.url ?? '');
    if (body === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
  feedBase = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}`;
});

after(async () => {
  await browser?.close();
  await net?.close();
  feedServer?.close();
});

async function chooseFile(page: Page, say: Say, name: string, contents: string) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser', WAIT),
    press(page, say('bundle.choose')),
  ]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
}

for (const language of ['en', 'ar'] as const)
  test(`an analyst imports a MISP event and reads its report (${language})`, { skip: unavailable }, () =>
    photographedOnFailure(browser, `misp-${language}`, async () => {
      const say = wordsOf(language);
      const analyst = await net.person(net.xb, `xb-misp-${language}`, { roles: ['analyst'], language });
      const { context, page, problems } = await signedIn(browser, net.xb.url, analyst, language);
      await press(page, say('nav.misp'), 'link');
      await page.getByRole('heading', { level: 1, name: say('misp.title') }).waitFor(WAIT);
      await page.getByText(`${net.xb.url}/misp/`, { exact: true }).waitFor(WAIT);

      // A new event each time, so the report is this file's.
      const event = JSON.parse(FIXTURE);
      event.Event.uuid = randomUUID();
      event.Event.info = `Affiliate infrastructure (${language})`;
      for (const a of event.Event.Attribute) if (a.uuid !== 'not-a-uuid') a.uuid = randomUUID();
      for (const o of event.Event.Object) {
        o.uuid = randomUUID();
        for (const a of o.Attribute) a.uuid = randomUUID();
      }
      await chooseFile(page, say, 'affiliate.json', JSON.stringify(event));
      const report = page.getByRole('heading', { level: 3, name: event.Event.info });
      await report.waitFor(WAIT);
      await page
        .getByText(say('misp.attributeCounts', { total: '14', converted: '10', notes: '3', refused: '1' }))
        .first()
        .waitFor(WAIT);
      const problemsTable = page
        .getByRole('table', { name: say('misp.problemsCaption', { count: 4 }) })
        .first();
      await problemsTable.waitFor(WAIT);
      const refusedRow = problemsTable
        .getByRole('row')
        .filter({ hasText: 'the attribute has no valid uuid' });
      await refusedRow.getByText(say('misp.refused'), { exact: true }).waitFor(WAIT);
      assert.equal(await problemsTable.getByText(say('misp.keptAsNote'), { exact: true }).count(), 3);
      await page
        .getByRole('button', { name: say('misp.download') })
        .first()
        .waitFor(WAIT);
      await checkScreen(page, problems, language, 'misp-import');

      // A file that is not a MISP event: refused whole, and listed as refused.
      await chooseFile(page, say, `notes-${language}.json`, '{"title": "meeting notes"}');
      await page.getByRole('alert').filter({ hasText: 'the event has no valid "uuid"' }).waitFor(WAIT);
      problems.splice(0, problems.length, ...problems.filter((p) => !/status of 422/.test(p)));
      const imports = page.getByRole('table', { name: say('misp.imports') });
      await imports
        .getByRole('row')
        .filter({ hasText: `notes-${language}.json` })
        .getByText(say('misp.refusedShort'))
        .waitFor(WAIT);

      // The earlier import's report, opened from the list.
      const row = imports.getByRole('row').filter({ hasText: event.Event.info });
      await row.getByRole('button', { name: startingWith(say('misp.openReport')) }).focus();
      await page.keyboard.press('Enter');
      await page.locator('.misp-report').last().getByText(event.Event.uuid).waitFor(WAIT);
      await context.close();
    }),
  );

for (const language of ['en', 'ar'] as const)
  test(`an administrator pulls a MISP feed and watches it arrive (${language})`, { skip: unavailable }, () =>
    photographedOnFailure(browser, `misp-feed-${language}`, async () => {
      const say = wordsOf(language);
      const uuid = randomUUID();
      const feedEvent = {
        Event: {
          uuid,
          info: `Feed event (${language})`,
          date: '2026-11-30',
          timestamp: '1796000000',
          Tag: [{ name: 'tlp:green' }],
          Attribute: [1, 2, 3].map((n) => ({
            uuid: randomUUID(),
            type: 'ip-dst',
            category: 'Network activity',
            value: `192.0.2.${n + (language === 'en' ? 100 : 200)}`,
            to_ids: true,
          })),
        },
      };
      const path = `/feeds/${language}`;
      feedFiles.set(
        `${path}/manifest.json`,
        JSON.stringify({ [uuid]: { info: feedEvent.Event.info, timestamp: '1796000000' } }),
      );
      feedFiles.set(`${path}/${uuid}.json`, JSON.stringify(feedEvent));

      const admin = await net.person(net.xb, `xb-misp-admin-${language}`, { roles: ['admin'], language });
      const { context, page, problems } = await signedIn(browser, net.xb.url, admin, language);
      await press(page, say('nav.misp'), 'link');
      await page.getByRole('heading', { level: 2, name: say('misp.feeds') }).waitFor(WAIT);
      assert.equal(
        await page.getByRole('heading', { name: say('misp.uploadTitle') }).count(),
        0,
        'an administrator writes no threat data',
      );
      await type(page, startingWith(say('misp.feedUrl')), `${feedBase}${path}/`);
      await press(page, say('misp.pull'));
      await page
        .getByRole('status')
        .filter({
          hasText: say('misp.pullDone', {
            listed: '1',
            upToDate: '0',
            imported: '1',
            attributes: '3',
            failed: '0',
          }),
        })
        .waitFor(WAIT);
      await checkScreen(page, problems, language, 'misp-feed');
      await context.close();
      const held = await net.xb.database.db
        .selectFrom('misp_imports')
        .select(['via', 'attributes'])
        .where('event_uuid', '=', uuid)
        .execute();
      assert.deepEqual(
        held.map((r) => [r.via, Number(r.attributes)]),
        [['feed', 3]],
      );
    }),
  );
