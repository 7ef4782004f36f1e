/**
 * Incidents across three States, in the console, by keyboard. An analyst at XA opens an
 * incident, adds an indicator by form (its pattern checked as it is typed), drops a STIX bundle
 * (progress, then a per-object report filtered to the rejected one), looks at the graph and at
 * the incident's growth over time, and shares with XB and XC after a preview that says per State
 * what goes and what is withheld and why. XB's analyst sees exactly what the markings allow —
 * checked in what the network carried to the browser, not only on screen — sends a sighting
 * back, which appears at XA, and records XA's consent to pass the incident on to XC; XA revokes
 * an indicator and the revocation reaches XB; XA's auditor finds the share in the audit trail;
 * when XA's administrator rotates the node's keys, XB's peer page shows the new signing key, and
 * XA's traffic with XB is charted with the API's figures in its table. In English and Arabic,
 * axe-clean, photographed; the OASIS example bundles are dropped too where `../shared` is present.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { browserUnavailable, checkScreen, launchBrowser, photographedOnFailure } from '../support/browser.js';
import { signedIn } from '../support/browser-session.js';
import { type ConsoleNetwork, startConsoleNetwork } from '../support/console-network.js';
import { containing, exactly, labelled, startingWith, wordsOf, type Say } from '../support/console-words.js';
import { choose, press, tick, type } from '../support/keyboard.js';
import { loadSharedObjects, STIX_EXAMPLE_FILES } from '../support/shared-data.js';
import { logIn } from '../support/session.js';

const unavailable = browserUnavailable();
const WAIT = { timeout: 20_000 };
let browser: Browser;
let net: ConsoleNetwork;

before(async () => {
  if (unavailable) return;
  browser = await launchBrowser();
  net = await startConsoleNetwork(['xa', 'xb', 'xc']);
});

after(async () => {
  await browser?.close();
  await net?.close();
});

const TLP = {
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  red: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};

/** A ransomware bundle: what the analyst drops. One object is broken on purpose; one is TLP:RED. */
function ransomwareBundle() {
  const at = new Date().toISOString();
  const sdo = (type: string, fields: Record<string, unknown>, marking: string) => ({
    type,
    spec_version: '2.1',
    id: `${type}--${randomUUID()}`,
    created: at,
    modified: at,
    object_marking_refs: [marking],
    ...fields,
  });
  const indicator = (value: string, marking: string, name: string) =>
    sdo(
      'indicator',
      { name, pattern: `[ipv4-addr:value = '${value}']`, pattern_type: 'stix', valid_from: at },
      marking,
    );
  const malware = sdo('malware', { name: 'LockBit 3.0', is_family: true }, TLP.amber);
  const c2 = indicator('198.51.100.23', TLP.amber, 'LockBit C2 server');
  const phishing = indicator('192.0.2.44', TLP.green, 'Phishing relay');
  const secret = indicator('203.0.113.99', TLP.red, 'Informant-reported staging host');
  const infrastructure = sdo('infrastructure', { name: 'Bulletproof hosting range' }, TLP.green);
  const indicates = sdo(
    'relationship',
    { relationship_type: 'indicates', source_ref: c2.id, target_ref: malware.id },
    TLP.amber,
  );
  const broken = { type: 'indicator', spec_version: '2.1', id: 'indicator--not-a-uuid' };
  return {
    ids: { malware: malware.id, c2: c2.id, phishing: phishing.id, secret: secret.id },
    json: JSON.stringify({
      type: 'bundle',
      id: `bundle--${randomUUID()}`,
      objects: [malware, c2, phishing, secret, infrastructure, indicates, broken],
    }),
  };
}

/** Every API answer the browser received, to check what never reached it. */
function recordResponses(page: Page): () => Promise<string> {
  const bodies: Array<Promise<string>> = [];
  page.on('response', (response) => {
    // The live event stream never ends: its body is not waited for (it carries ids, not objects).
    const json = (response.headers()['content-type'] ?? '').includes('json');
    if (new URL(response.url()).pathname.startsWith('/api/') && json)
      bodies.push(response.text().catch(() => ''));
  });
  return async () => (await Promise.all(bodies)).join('\n');
}

/** Numbers as the browser writes them in this language (its digits, its separators). */
function countsAsWritten(page: Page, language: string, counts: number[]): Promise<string[]> {
  return page.evaluate(([lang, ns]) => ns.map((n) => new Intl.NumberFormat(lang).format(n)), [
    language,
    counts,
  ] as const);
}

async function dropFile(page: Page, say: Say, name: string, contents: string) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser', WAIT),
    press(page, say('bundle.choose')),
  ]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
  // The report names its file, so an earlier file's report is never taken for this one's.
  await page.getByRole('heading', { name: say('bundle.reportOf', { name }), exact: true }).waitFor(WAIT);
}

for (const language of ['en', 'ar'] as const)
  test(
    `incidents shared across three States: preview, delivery, sighting, audit (${language})`,
    { skip: unavailable },
    () =>
      photographedOnFailure(browser, `incidents-${language}`, async () => {
        const say = wordsOf(language);
        const analystA = await net.person(net.xa, `xa-analyst-${language}`, { roles: ['analyst'], language });
        const analystB = await net.person(net.xb, `xb-analyst-${language}`, { roles: ['analyst'], language });
        const auditorA = await net.person(net.xa, `xa-auditor-${language}`, { roles: ['auditor'], language });
        const title = `Ransomware at Xa General Hospital (${language})`;
        const bundle = ransomwareBundle();

        // XA's analyst lands on the incidents and opens one.
        const xa = await signedIn(browser, net.xa.url, analystA, language);
        await xa.page.getByRole('heading', { level: 1, name: say('incidents.title') }).waitFor(WAIT);
        await type(xa.page, labelled(say('incidents.incidentTitle')), title);
        await choose(xa.page, startingWith(say('incidents.tlp')), exactly('TLP:AMBER'));
        await type(xa.page, labelled(say('incidents.affectedStates')), 'XA, XB');
        await type(xa.page, labelled(say('incidents.sectors')), 'health');
        await press(xa.page, say('incidents.create'));
        await xa.page.getByRole('heading', { level: 1, name: title }).waitFor(WAIT);
        const incidentId = new URL(xa.page.url()).pathname.split('/').pop()!;

        // An indicator by form: a broken pattern is named as it is typed, then put right.
        await type(xa.page, labelled(say('addObject.name')), 'Exfiltration endpoint');
        await type(xa.page, labelled(say('addObject.pattern')), "[ipv4-addr:value = '198.51.100.77'");
        await xa.page
          .getByText(startingWith(say('addObject.patternInvalid', { at: 99, reason: '' }).split('99')[0]!))
          .waitFor(WAIT);
        await xa.page.keyboard.insertText(']');
        await xa.page.getByText(say('addObject.patternValid', { count: 1 })).waitFor(WAIT);
        await press(xa.page, say('addObject.submit'));
        await xa.page.getByText(say('addObject.added')).waitFor(WAIT);

        // The bundle dropped: progress, then the report; the rejected object found by its filter.
        await dropFile(xa.page, say, 'lockbit.json', bundle.json);
        await xa.page
          .getByText(say('bundle.totals', { total: 7, accepted: 6, warnings: 0, rejected: 1, unchanged: 0 }))
          .waitFor(WAIT);
        await choose(xa.page, containing(say('bundle.show')), exactly(say('importOutcome.rejected')));
        const report = xa.page.getByRole('region', { name: say('bundle.report') }).getByRole('table');
        await report.getByText('indicator--not-a-uuid', { exact: true }).waitFor(WAIT);
        assert.equal(await report.locator('tbody tr:not(.spacer)').count(), 1, 'only the rejected object');
        await xa.page.getByText(say('objects.count', { shown: 8, total: 8 })).waitFor(WAIT);
        await checkScreen(xa.page, xa.problems, language, 'incident');

        // The same objects as a graph, stepped through by keyboard.
        await xa.page.getByRole('radio', { name: say('objects.asGraph') }).focus();
        await xa.page.keyboard.press('Space');
        const graph = xa.page.getByRole('application');
        await graph.waitFor(WAIT);
        await graph.focus();
        await xa.page.keyboard.press('n');
        await xa.page
          .locator('#graph-chosen')
          .getByText(startingWith(say('graph.chosen', { type: 'x', label: 'x', links: 0 }).split('x')[0]!))
          .waitFor(WAIT);
        await checkScreen(xa.page, xa.problems, language, 'incident-graph');

        // Over time: the incident's growth as a chart, its figures as a table and by keyboard.
        await xa.page.getByRole('radio', { name: say('objects.overTime') }).focus();
        await xa.page.keyboard.press('Space');
        const growth = xa.page.getByRole('figure', { name: say('growth.title') });
        const chart = growth.getByRole('application', { name: say('growth.title') });
        await chart.locator('canvas').first().waitFor(WAIT);
        await chart.focus();
        await xa.page.keyboard.press('End');
        const today = await xa.page.evaluate(
          (lang) =>
            new Intl.DateTimeFormat(lang, {
              day: 'numeric',
              month: 'short',
              year: 'numeric',
              timeZone: 'UTC',
            }).format(new Date()),
          language,
        );
        await growth.getByText(startingWith(`${today}:`)).waitFor(WAIT);
        await growth.getByText(say('chart.showTable')).click();
        const growthRows = growth.getByRole('table').locator('tbody tr');
        assert.equal(await growthRows.count(), 1, 'everything was added today');
        assert.deepEqual(
          (await growthRows.first().locator('td').allInnerTexts()).slice(0, 2),
          await countsAsWritten(xa.page, language, [8, 4]),
          'eight objects, of which four indicators and observables',
        );
        await checkScreen(xa.page, xa.problems, language, 'incident-over-time');

        // Sharing with XB and XC: the preview says per State what goes and what is withheld.
        await tick(xa.page, startingWith('State XB'));
        await tick(xa.page, startingWith('State XC'));
        await type(xa.page, labelled(say('share.named')), `${analystB.username}@xb`);
        await type(xa.page, labelled(say('share.purpose')), 'Detect and block the LockBit affiliate');
        await press(xa.page, say('share.preview'));
        const preview = xa.page.getByRole('region', { name: say('share.previewTitle') });
        // XB's analyst is named, so XB's node carries the TLP:RED indicator for them; XC gets no RED.
        const toXb = preview.getByRole('article', { name: /XB/ });
        await toXb.getByText(say('share.goes', { count: 8 })).waitFor(WAIT);
        await toXb.getByText(say('share.nothingWithheld')).waitFor(WAIT);
        const toXc = preview.getByRole('article', { name: /XC/ });
        await toXc.getByText(say('share.goes', { count: 7 })).waitFor(WAIT);
        const withheld = toXc.getByRole('table', {
          name: say('share.withheldCaption', { count: 1, state: 'XC' }),
        });
        await withheld.getByText(bundle.ids.secret).waitFor(WAIT);
        await withheld.getByText(startingWith(say('share.byMarking', { marking: 'TLP:RED' }))).waitFor(WAIT);
        await checkScreen(xa.page, xa.problems, language, 'incident-share-preview');
        await press(xa.page, say('share.send', { count: 2 }));
        await xa.page
          .getByRole('status')
          .getByText(startingWith(say('share.sent', { peers: 'XB, XC', count: 15 })))
          .waitFor(WAIT);
        // Delivery: each message accepted, with the peer's signed receipt (the pump carries them).
        const shares = xa.page.locator('#shares');
        await shares.locator('[data-delivery="accepted"]').nth(1).waitFor(WAIT);
        assert.equal(await shares.locator('[data-delivery="pending"]').count(), 0, 'nothing left on its way');
        await checkScreen(xa.page, xa.problems, language, 'incident-shared');

        // XB's named analyst: the incident, received from XA, with every object, RED included.
        const xb = await signedIn(browser, net.xb.url, analystB, language);
        await xb.page.getByRole('link', { name: title }).waitFor(WAIT);
        await xb.page
          .getByText(say('incidents.receivedFrom', { state: 'XA' }))
          .first()
          .waitFor(WAIT);
        await checkScreen(xb.page, xb.problems, language, 'incidents');
        await press(xb.page, title, 'link');
        await xb.page.getByText(say('objects.count', { shown: 8, total: 8 })).waitFor(WAIT);
        const table = xb.page.getByRole('region', { name: say('objects.tableLabel') });
        await table.getByText('Informant-reported staging host', { exact: true }).waitFor(WAIT);

        // A sighting of XA's indicator goes back to XA.
        await press(xb.page, `${say('sighting.record')} — Phishing relay`);
        await xb.page.getByRole('spinbutton', { name: labelled(say('sighting.count')) }).focus();
        await xb.page.keyboard.press('ControlOrMeta+A');
        await xb.page.keyboard.insertText('3');
        await press(xb.page, say('sighting.submit'));
        await xb.page.getByText(say('sighting.sentBack', { peer: 'xa' })).waitFor(WAIT);
        await checkScreen(xb.page, xb.problems, language, 'incident-received');

        // XA's consent to pass the incident on to XC, recorded at XB: a code that is not a State's
        // is refused at its field, what was typed is kept, then the consent is on record.
        const onward = xb.page.getByRole('form', { name: say('onward.record') });
        await onward.getByRole('textbox', { name: labelled(say('onward.state')) }).focus();
        await xb.page.keyboard.insertText('X1');
        await onward.getByRole('textbox', { name: labelled(say('onward.reference')) }).focus();
        await xb.page.keyboard.insertText('XA CERT letter 2026-117');
        await press(xb.page, say('onward.record'));
        await onward.locator('input[name="state"][aria-invalid="true"]').waitFor(WAIT);
        xb.problems.splice(0, xb.problems.length, ...xb.problems.filter((p) => !/status of 400/.test(p)));
        assert.equal(
          await onward.getByRole('textbox', { name: labelled(say('onward.reference')) }).inputValue(),
          'XA CERT letter 2026-117',
        );
        await onward.getByRole('textbox', { name: labelled(say('onward.state')) }).fill('xc');
        await press(xb.page, say('onward.record'));
        await xb.page.getByText(say('onward.recorded', { state: 'XC' })).waitFor(WAIT);
        await xb.page
          .locator('#onward')
          .getByRole('row', { name: /XC/ })
          .getByText('XA CERT letter 2026-117')
          .waitFor(WAIT);
        await checkScreen(xb.page, xb.problems, language, 'incident-onward');

        // A colleague at XB, assigned (need to know) but not named: AMBER yes, RED never — not on
        // screen, and not in anything the network carried to their browser.
        const colleague = await net.person(net.xb, `xb-colleague-${language}`, {
          roles: ['analyst'],
          language,
        });
        const bSession = await logIn(net.xb, analystB.username, analystB.password);
        const received = (
          (await (await bSession.call('GET', '/api/incidents')).json()) as Array<{
            id: string;
            title: string;
          }>
        ).find((i) => i.title === title)!;
        const assigned = await bSession.call('PUT', `/api/incidents/${received.id}/assignees`, {
          usernames: [analystB.username, colleague.username],
        });
        assert.equal(assigned.statusCode, 200, assigned.body);
        const other = await signedIn(browser, net.xb.url, colleague, language);
        const carried = recordResponses(other.page);
        await other.page.goto(`/incidents/${received.id}`);
        // The seven XA objects they may see, and the sighting XB recorded.
        await other.page.getByText(say('objects.count', { shown: 8, total: 8 })).waitFor(WAIT);
        await other.page.getByText(say('objects.withheld', { count: 1 }), { exact: false }).waitFor(WAIT);
        const seen = await carried();
        assert.ok(seen.includes(bundle.ids.c2), 'the AMBER indicator reached them');
        assert.ok(!seen.includes(bundle.ids.secret), 'the TLP:RED indicator never reached their browser');
        assert.ok(!seen.includes('203.0.113.99'), 'nor its value');
        // Their export of the incident as a STIX bundle holds what they may see, and no more.
        const [download] = await Promise.all([
          other.page.waitForEvent('download', WAIT),
          press(other.page, say('incidents.export'), 'link'),
        ]);
        const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
          type: string;
          objects: Array<{ id: string }>;
        };
        assert.equal(exported.type, 'bundle');
        const exportedIds = exported.objects.map((o) => o.id);
        assert.ok(exportedIds.includes(bundle.ids.c2), 'the AMBER indicator is exported to them');
        assert.ok(!exportedIds.includes(bundle.ids.secret), 'the TLP:RED one is not');
        await other.context.close();

        // XC's node holds the incident, without the RED indicator.
        const atXc = net.node('xc').database.db;
        assert.ok(
          await atXc.selectFrom('incidents').select('id').where('title', '=', title).executeTakeFirst(),
        );
        assert.equal(
          await atXc
            .selectFrom('stix_objects')
            .select('id')
            .where('id', '=', bundle.ids.secret)
            .executeTakeFirst(),
          undefined,
        );

        // Back at XA the sighting is on the timeline.
        for (let i = 0; ; i++) {
          await xa.page.reload();
          await xa.page.getByRole('heading', { level: 1, name: title }).waitFor(WAIT);
          if ((await xa.page.locator('.timeline [data-kind="sighting"]').count()) > 0) break;
          if (i === 50) assert.fail('the sighting did not come back to XA');
          await xa.page.waitForTimeout(300);
        }
        // Said in the reader's language, from the facts the node recorded with the entry.
        await xa.page
          .locator('.timeline [data-kind="sighting"]')
          .getByText(
            startingWith(
              say('timelineText.sightingReceived', { from: 'xb', state: 'XB', objects: '§' }).split('§')[0]!,
            ),
          )
          .waitFor(WAIT);

        // XA revokes its phishing indicator; the revocation follows it to XB.
        await press(xa.page, `${say('revoke.action')} — Phishing relay`);
        await xa.page.getByText(say('revoke.consequence')).waitFor(WAIT);
        await xa.page.getByRole('textbox', { name: labelled(say('revoke.reason')) }).focus();
        await xa.page.keyboard.insertText('The relay was a sinkhole');
        await press(xa.page, say('revoke.submit'));
        await xa.page.getByText(say('revoke.done')).waitFor(WAIT);
        const phishingRow = (page: Page) =>
          page
            .getByRole('region', { name: say('objects.tableLabel') })
            .getByRole('row', { name: /^indicator Phishing relay/ });
        const revokedTag = (page: Page) =>
          phishingRow(page).getByText(say('objects.revoked'), { exact: true });
        await revokedTag(xa.page).waitFor(WAIT);
        await checkScreen(xa.page, xa.problems, language, 'incident-revoked');
        for (let i = 0; ; i++) {
          await xb.page.reload();
          await phishingRow(xb.page).waitFor(WAIT);
          if ((await revokedTag(xb.page).count()) === 1) break;
          if (i === 50) assert.fail('the revocation did not reach XB');
          await xb.page.waitForTimeout(300);
        }

        // XA's auditor finds the share in the incident's trail.
        const audit = await signedIn(browser, net.xa.url, auditorA, language);
        await audit.page.goto(`/audit?subjectType=incident&subjectId=${incidentId}&order=oldest`);
        await audit.page.getByText('incident.share', { exact: true }).first().waitFor(WAIT);
        await audit.context.close();

        // XA's administrator rotates the node's keys; XB's peer page then shows XA's new signing key.
        const adminA = await net.person(net.xa, `xa-admin-${language}`, { roles: ['admin'], language });
        const adminB = await net.person(net.xb, `xb-admin-${language}`, { roles: ['admin'], language });
        const admin = await signedIn(browser, net.xa.url, adminA, language);
        await admin.page.goto('/peers');
        await press(admin.page, say('federation.rotate'));
        await press(admin.page, say('actions.confirmButton', { action: say('federation.rotate') }));
        await admin.page.getByText(say('federation.rotated')).waitFor(WAIT);
        const facts = (
          await (await logIn(net.xa, adminA.username, adminA.password)).call('GET', '/api/federation/node')
        ).json() as {
          keys: Array<{ kid: string; use: string; status: string }>;
        };
        const newKey = facts.keys.find((k) => k.use === 'sig' && k.status === 'active')!.kid;
        await press(admin.page, say('federation.ping', { node: 'xb' }));
        const peerPage = await signedIn(browser, net.xb.url, adminB, language);
        await peerPage.page.goto('/peers');
        const xaThere = peerPage.page.getByRole('article', { name: /XA/ });
        for (let i = 0; ; i++) {
          await xaThere.waitFor(WAIT);
          if ((await xaThere.getByText(newKey, { exact: true }).count()) === 1) break;
          if (i === 100) assert.fail("XB's peer page did not show XA's new signing key");
          await peerPage.page.waitForTimeout(200);
          await peerPage.page.reload();
        }
        // XA's traffic with XB as charts, and the same figures in the table as the API gives.
        const xbHere = admin.page.getByRole('article', { name: /XB/ });
        await xbHere.getByText(say('traffic.summary')).click();
        const messages = xbHere.getByRole('figure', { name: say('traffic.messagesTitle', { peer: 'xb' }) });
        await messages.locator('canvas').first().waitFor(WAIT);
        await xbHere.getByRole('figure', { name: say('traffic.timesTitle', { peer: 'xb' }) }).waitFor(WAIT);
        const traffic = (
          await (
            await logIn(net.xa, adminA.username, adminA.password)
          ).call('GET', '/api/federation/peers/xb/traffic?days=30')
        ).json() as { days: Array<{ sent: number; received: number; delivered: number }> };
        const last = traffic.days.at(-1)!;
        assert.ok(last.sent >= 3, `the share, the revocation and the ping went to XB today (${last.sent})`);
        await messages.getByText(say('chart.showTable')).click();
        const todayRow = messages.getByRole('table').locator('tbody tr').last();
        assert.deepEqual(
          (await todayRow.locator('td').allInnerTexts()).slice(0, 2),
          await countsAsWritten(admin.page, language, [last.sent, last.received]),
        );
        await checkScreen(admin.page, admin.problems, language, 'peers-traffic');
        await admin.context.close();
        await peerPage.context.close();
        await xa.context.close();
        await xb.context.close();
      }),
  );

test('the OASIS example bundles dropped onto an incident are reported object by object', async (t) => {
  if (unavailable) return t.skip(unavailable);
  const bundles = await Promise.all(STIX_EXAMPLE_FILES.map((f) => loadSharedObjects(f)));
  if (bundles.some((b) => b === undefined))
    return t.skip(
      'the OASIS examples are in ../shared/stix2-json-schemas/examples, which this clone does not have',
    );
  const say = wordsOf('en');
  const analyst = await net.person(net.xa, 'xa-analyst-oasis', { roles: ['analyst'], language: 'en' });
  const session = await logIn(net.xa, analyst.username, analyst.password);
  const created = await session.call('POST', '/api/incidents', {
    title: 'OASIS examples',
    legalBasis: 'cert_cooperation',
    tlp: 'green',
  });
  const id = ((await created.json()) as { incident: { id: string } }).incident.id;
  const xa = await signedIn(browser, net.xa.url, analyst, 'en');
  await xa.page.goto(`/incidents/${id}`);
  for (const [i, file] of STIX_EXAMPLE_FILES.entries()) {
    const objects = bundles[i]!;
    const bundle = { type: 'bundle', id: `bundle--${randomUUID()}`, objects };
    await dropFile(xa.page, say, file.split('/').pop()!, JSON.stringify(bundle));
    await xa.page
      .getByRole('status')
      .getByText(
        startingWith(
          say('bundle.totals', {
            total: objects.length,
            accepted: 0,
            warnings: 0,
            rejected: 0,
            unchanged: 0,
          }).split(':')[0]!,
        ),
      )
      .waitFor(WAIT);
  }
  await checkScreen(xa.page, xa.problems, 'en', 'incident-oasis');
  await xa.context.close();
});
