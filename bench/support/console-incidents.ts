/**
 * The incident screens of `npm run bench -- console`, in the same Chromium and against the same
 * node as the rest of the suite:
 *
 * - JavaScript shipped for an incident's page, and for its graph view (the graph library comes
 *   only with it), against the whole console.
 * - An incident of 5,000 objects: first render of its table, against fetching the same objects
 *   from the API without a browser; first render of its graph (library fetched, laid out and
 *   drawn), against laying out the same graph with Cytoscape.js headless in Node.
 * - A bundle of 100,000 objects dropped onto an incident in the browser (streamed upload, import,
 *   report shown), in objects/s, against `comity stix import` of the same file into a fresh
 *   database.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cytoscape from 'cytoscape';
import { growthOf } from '../../src/web/lib/charts.js';
import type { BrowserContext, Page } from 'playwright-core';
import { DEFAULT_CONSOLE_DIR } from '../../src/http/console/bundle.js';
import { graphOf, type StixLike } from '../../src/web/lib/stix.js';
import type { BenchReport } from '../report.js';
import { bundleText, generateStixObjects } from './stix-bundle.js';

const TABLE_OBJECTS = 5_000;
const UPLOAD_OBJECTS = Number(process.env['BENCH_CONSOLE_UPLOAD_OBJECTS'] ?? 100_000);
const WAIT = { timeout: 600_000 };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const gzipOf = (url: string) => readFileSync(`${join(DEFAULT_CONSOLE_DIR, new URL(url).pathname)}.gz`).length;

/** Calls the API as the signed-in person of `context` (cookie and CSRF token). */
async function apiOf(context: BrowserContext, base: string) {
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const me = (await (await fetch(`${base}/api/auth/me`, { headers: { cookie } })).json()) as {
    csrfToken: string;
  };
  return (path: string, init: { method?: string; body?: string | Buffer; type?: string } = {}) =>
    fetch(`${base}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        cookie,
        'x-csrf-token': me.csrfToken,
        ...(init.body ? { 'content-type': init.type ?? 'application/json' } : {}),
      },
      ...(init.body ? { body: init.body } : {}),
    });
}

async function newIncident(api: Awaited<ReturnType<typeof apiOf>>, title: string): Promise<string> {
  const res = await api('/api/incidents', {
    method: 'POST',
    body: JSON.stringify({ title, legalBasis: 'cert_cooperation', tlp: 'green' }),
  });
  if (res.status !== 201) throw new Error(`incident: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { incident: { id: string } }).incident.id;
}

function scriptsOf(page: Page): Set<string> {
  const scripts = new Set<string>();
  page.on('response', (r) => {
    if (r.url().endsWith('.js')) scripts.add(r.url());
  });
  return scripts;
}

export async function measureIncidents(
  report: BenchReport,
  input: { context: BrowserContext; url: string; wholeConsoleGzip: number },
): Promise<void> {
  const api = await apiOf(input.context, input.url);
  const id = await newIncident(api, `bench: ${TABLE_OBJECTS} objects`);
  const objects = generateStixObjects(TABLE_OBJECTS);
  const imported = await api(`/api/incidents/${id}/bundles`, { method: 'POST', body: bundleText(objects) });
  if (imported.status !== 200) throw new Error(`bundle: ${imported.status}`);
  const shown = (await (await api(`/api/incidents/${id}/objects`)).json()) as { objects: unknown[] };
  const rows = shown.objects.length;

  // First render of the table; the first round also fills the cache, and is counted.
  const tableMs: number[] = [];
  let pageJs = 0;
  let graphJs = 0;
  let graphMs = 0;
  let graphLayoutMs = 0;
  let chartJs = 0;
  let chartMs = 0;
  for (let round = 0; round < 4; round++) {
    const page = await input.context.newPage();
    const scripts = scriptsOf(page);
    const started = Date.now();
    await page.goto(`/incidents/${id}`);
    await page.waitForSelector(`.objects-table[aria-rowcount="${rows + 1}"] tbody tr`, WAIT);
    tableMs.push(Date.now() - started);
    if (round === 0) {
      pageJs = [...scripts].reduce((sum, u) => sum + gzipOf(u), 0);
      const before = new Set(scripts);
      await page.getByRole('radio', { name: 'Graph' }).focus();
      const pressed = Date.now();
      await page.keyboard.press('Space');
      await page.waitForFunction(
        () => performance.getEntriesByName('comity:incident-graph').length > 0,
        null,
        WAIT,
      );
      graphMs = Date.now() - pressed;
      graphLayoutMs = await page.evaluate(
        () => performance.getEntriesByName('comity:incident-graph')[0]!.duration,
      );
      graphJs = [...scripts].filter((u) => !before.has(u)).reduce((sum, u) => sum + gzipOf(u), 0);
      // The growth chart: its library fetched on the first press, then drawn.
      const beforeChart = new Set(scripts);
      await page.getByRole('radio', { name: 'Over time' }).focus();
      const chartPressed = Date.now();
      await page.keyboard.press('Space');
      await page.waitForSelector('.chart-canvas canvas', WAIT);
      chartMs = Date.now() - chartPressed;
      chartJs = [...scripts].filter((u) => !beforeChart.has(u)).reduce((sum, u) => sum + gzipOf(u), 0);
    }
    await page.close();
  }
  const fetches: number[] = [];
  for (let round = 0; round < 4; round++) {
    const started = Date.now();
    await (await api(`/api/incidents/${id}/objects`)).json();
    fetches.push(Date.now() - started);
  }
  // The library alone: the same nodes and edges laid out headless, nothing drawn.
  const graph = graphOf(shown.objects.map((o) => (o as { object: StixLike }).object));
  const headlessStarted = performance.now();
  cytoscape({
    headless: true,
    elements: [
      ...graph.nodes.map((n) => ({ data: { id: n.id } })),
      ...graph.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target } })),
    ],
    layout: { name: 'concentric', concentric: (n) => n.degree(false), levelWidth: () => 2, animate: false },
  });
  const headlessMs = performance.now() - headlessStarted;
  const growthStarted = performance.now();
  const growth = growthOf(shown.objects as Array<{ object: { type: string }; addedAt: string }>);
  const growthMs = performance.now() - growthStarted;

  report.results.push(
    {
      name: "JavaScript shipped for an incident's page (gzip)",
      value: pageJs / 1024,
      unit: 'KiB',
      baseline: {
        name: 'the whole console, every screen and language',
        value: input.wholeConsoleGzip / 1024,
        unit: 'KiB',
      },
    },
    {
      name: 'JavaScript added by the graph view (gzip), fetched only when it is opened',
      value: graphJs / 1024,
      unit: 'KiB',
      baseline: { name: 'the whole console', value: input.wholeConsoleGzip / 1024, unit: 'KiB' },
    },
    {
      name: `incident of ${rows} objects: first render of the table, median`,
      value: median(tableMs),
      unit: 'ms',
      baseline: { name: 'the same objects fetched from the API, median', value: median(fetches), unit: 'ms' },
      notes: `rounds: ${tableMs.join(', ')} ms (the first fills the cache)`,
    },
    {
      name: `incident of ${rows} objects: graph of ${graph.nodes.length} nodes and ${graph.edges.length} edges, key press → drawn`,
      value: graphMs,
      unit: 'ms',
      baseline: {
        name: 'Cytoscape.js headless layout of the same graph in Node',
        value: headlessMs,
        unit: 'ms',
      },
      notes: `layout and first draw in the page: ${Math.round(graphLayoutMs)} ms; the rest is fetching the library`,
    },
    {
      name: 'JavaScript added by the growth chart (gzip), fetched only when it is opened',
      value: chartJs / 1024,
      unit: 'KiB',
      baseline: { name: 'the whole console', value: input.wholeConsoleGzip / 1024, unit: 'KiB' },
    },
    {
      name: `incident of ${rows} objects: growth chart (${growth.length} days), key press → drawn`,
      value: chartMs,
      unit: 'ms',
      baseline: { name: 'the same figures computed in Node (growthOf)', value: growthMs, unit: 'ms' },
      notes: 'includes fetching uPlot on first use',
    },
  );

  // A 100,000-object bundle: dropped in the browser, against the CLI on the same file.
  const dir = mkdtempSync(join(tmpdir(), 'comity-bench-upload-'));
  try {
    const file = join(dir, 'bundle.json');
    writeFileSync(file, bundleText(generateStixObjects(UPLOAD_OBJECTS, 7)));
    const uploadId = await newIncident(api, `bench: ${UPLOAD_OBJECTS} objects dropped`);
    const page = await input.context.newPage();
    await page.goto(`/incidents/${uploadId}`);
    await page.getByRole('button', { name: 'Choose a file' }).focus();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser', WAIT),
      page.keyboard.press('Enter'),
    ]);
    const started = Date.now();
    await chooser.setFiles(file);
    await page.waitForFunction(
      () => performance.getEntriesByName('comity:bundle-imported').length > 0,
      null,
      WAIT,
    );
    await page.getByText(/objects read/).waitFor(WAIT);
    const browserSeconds = (Date.now() - started) / 1000;
    await page.close();

    const cliStarted = Date.now();
    const cli = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/main.ts',
        'stix',
        'import',
        file,
        '--database-url',
        join(dir, 'cli.sqlite'),
      ],
      { encoding: 'utf8', env: { ...process.env, COMITY_DATA_DIR: dir } },
    );
    const cliSeconds = (Date.now() - cliStarted) / 1000;
    if (cli.status !== 0) throw new Error(`comity stix import: ${cli.stderr}`);
    const bytes = readFileSync(file).length;
    // The same file into an incident through the API with no browser: what the node's import
    // into an incident (membership, correlation) costs, apart from the page.
    // Objects of another seed: the node does not hold them yet, as it did not hold the first file's.
    const apiBody = Buffer.from(bundleText(generateStixObjects(UPLOAD_OBJECTS, 8)));
    const apiId = await newIncident(api, `bench: ${UPLOAD_OBJECTS} objects through the API`);
    const apiStarted = Date.now();
    const viaApi = await api(`/api/incidents/${apiId}/bundles`, { method: 'POST', body: apiBody });
    await viaApi.json();
    const apiSeconds = (Date.now() - apiStarted) / 1000;
    report.results.push({
      name: `bundle of ${UPLOAD_OBJECTS.toLocaleString('en')} objects (${(bytes / 1_048_576).toFixed(0)} MiB) dropped in the browser: upload, import, report shown`,
      value: UPLOAD_OBJECTS / browserSeconds,
      unit: 'objects/s',
      baseline: {
        name: '`comity stix import` of the same file (a fresh SQLite database)',
        value: UPLOAD_OBJECTS / cliSeconds,
        unit: 'objects/s',
      },
      notes: `browser ${browserSeconds.toFixed(1)} s; the same into an incident through the API without a browser ${apiSeconds.toFixed(1)} s (${Math.round(UPLOAD_OBJECTS / apiSeconds)} objects/s); CLI ${cliSeconds.toFixed(1)} s, process start included, no incident (no membership or correlation)`,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
