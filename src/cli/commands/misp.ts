/**
 * `comity misp import|export`: MISP events and feeds in and out of this node. An import takes
 * a MISP event file (the JSON of `/events/view`, or a feed's `<uuid>.json`), a feed folder or
 * a feed URL; a pull of a feed is incremental (only events newer than last time). An export
 * writes one event, or a whole feed folder a MISP instance can add as a feed source, filtered
 * for the audience like every other way out. Progress shows on stderr, results on stdout.
 */
import { statSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { MultiBar, Presets, SingleBar } from 'cli-progress';
import Table from 'cli-table3';
import type { Command } from 'commander';
import { audienceSieve, requireEvent } from '../../app/misp/events.js';
import { NotFoundError } from '../../core/errors.js';
import { importEventFrom } from '../../app/misp/import-event.js';
import { nodeOrganisation } from '../../app/misp/organisation.js';
import { type FeedPull, pullFeed } from '../../app/misp/pull-feed.js';
import { writeFeed } from '../../app/misp/write-feed.js';
import { readNodeIdentity } from '../../app/register/node-identity.js';
import type { SharingDeps } from '../../app/sharing/deps.js';
import { systemClock } from '../../core/clock.js';
import type { MispEventImport } from '../../interop/misp/import-event.js';
import { BULK_BATCH_SIZE } from '../../interop/stix/import.js';
import { runCommand } from '../../storage/command.js';
import type { Database } from '../../storage/database.js';
import { configFrom, type NodeFlags, withDatabase, withNodeOptions } from '../node-options.js';
import { collect, operatorCtx } from '../operator.js';
import { type AudienceFlags, audienceOf, sharedWith, withAudienceOptions } from '../audience.js';
import { CliError, EXIT } from '../output.js';

export function registerMispCommands(program: Command): void {
  const misp = program.command('misp').description('MISP events and feeds: import and export');
  registerImport(misp);
  registerExport(misp);
}

function depsOf(database: Database, flags: NodeFlags): SharingDeps {
  return {
    database,
    clock: systemClock,
    nodeId: configFrom(flags).nodeId,
    ourState: async () => (await readNodeIdentity(database))?.stateCode,
  };
}

interface ImportFlags extends NodeFlags {
  header?: string[];
  json?: boolean;
  batchSize: string;
}

function registerImport(misp: Command): void {
  withNodeOptions(misp.command('import <source>'))
    .description(
      'import a MISP event file, or pull a MISP feed (a folder or a URL): only events newer than last time',
    )
    .option(
      '--header <name: value>',
      'an HTTP header for a feed URL, e.g. "Authorization: <key>" (repeatable)',
      collect,
    )
    .option('--batch-size <n>', 'STIX objects per transaction', String(BULK_BATCH_SIZE))
    .option('--json', 'print the result as JSON')
    .action(async (source: string, flags: ImportFlags) => {
      const batchSize = Number(flags.batchSize);
      if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000)
        throw new CliError('--batch-size: a whole number from 1 to 10000', EXIT.usage);
      const headers = headersOf(flags.header ?? []);
      const isUrl = /^https?:\/\//i.test(source);
      let isFile = false;
      if (!isUrl) {
        try {
          isFile = statSync(source).isFile();
        } catch {
          throw new CliError(`${source}: no such file or folder`, EXIT.usage);
        }
      }
      await withDatabase(configFrom(flags), async (database) => {
        const deps = depsOf(database, flags);
        if (isFile) {
          const result = await importFile(deps, source, batchSize);
          if (flags.json) console.log(JSON.stringify(result));
          else printEvent(source, result);
          if (result.attributes.refused > 0 || result.stix.rejected > 0) process.exitCode = EXIT.failed;
          return;
        }
        const pull = await pullWithProgress(deps, source, batchSize, headers);
        if (flags.json) console.log(JSON.stringify(pull));
        else printPull(pull);
        if (pull.failed.length > 0) process.exitCode = EXIT.failed;
      });
    });
}

function headersOf(lines: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const at = line.indexOf(':');
    if (at < 1) throw new CliError(`--header: "${line}" is not "Name: value"`, EXIT.usage);
    headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return headers;
}

async function importFile(deps: SharingDeps, file: string, batchSize: number): Promise<MispEventImport> {
  const size = statSync(file).size;
  const bar = process.stderr.isTTY
    ? new SingleBar(
        {
          stream: process.stderr,
          format: '{phase} |{bar}| {percentage}% {value}/{total} MB',
          hideCursor: true,
        },
        Presets.shades_classic,
      )
    : undefined;
  bar?.start(mb(size * 2), 0, { phase: 'reading  ' });
  try {
    const recorded = await importEventFrom(
      deps,
      operatorCtx(),
      { via: 'cli', name: file },
      () => createReadStream(file, { highWaterMark: 1 << 20 }),
      {
        batchSize,
        onProgress: (phase, bytes) =>
          bar?.update(mb(phase === 'scan' ? bytes : size + bytes), {
            phase: phase === 'scan' ? 'reading  ' : 'importing',
          }),
      },
    );
    return recorded.result;
  } finally {
    bar?.stop();
  }
}

async function pullWithProgress(
  deps: SharingDeps,
  source: string,
  batchSize: number,
  headers: Record<string, string>,
): Promise<FeedPull> {
  const bars = process.stderr.isTTY
    ? new MultiBar(
        { stream: process.stderr, format: '{what} |{bar}| {value}/{total}', hideCursor: true },
        Presets.shades_classic,
      )
    : undefined;
  const events = bars?.create(1, 0, { what: 'events     ' });
  const current = bars?.create(1, 0, { what: 'this event ' });
  try {
    return await pullFeed(deps, operatorCtx(), source, {
      batchSize,
      limits: { headers },
      onProgress: (p) => {
        events?.setTotal(Math.max(p.total, 1));
        events?.update(p.done);
        current?.setTotal(Math.max(mb(p.eventBytes), 0.1));
        current?.update(mb(p.bytes));
      },
    });
  } finally {
    bars?.stop();
  }
}

function printEvent(file: string, r: MispEventImport): void {
  console.log(`${file}: event ${r.event.uuid} "${r.event.info}"`);
  const table = new Table({
    head: [
      'attributes',
      'converted',
      'kept as notes',
      'refused',
      'galaxy clusters',
      'STIX stored',
      'unchanged',
      'rejected',
    ],
  });
  table.push([
    r.attributes.total,
    r.attributes.converted,
    r.attributes.keptAsNote,
    r.attributes.refused,
    r.galaxies,
    r.stix.accepted,
    r.stix.unchanged,
    r.stix.rejected,
  ]);
  console.log(table.toString());
  const refused = r.outcomes.filter((o) => o.status === 'refused');
  if (refused.length > 0) {
    const first = new Table({
      head: ['attribute', 'type', 'reason'],
      colWidths: [40, 24, 60],
      wordWrap: true,
    });
    for (const o of refused.slice(0, 10))
      first.push([o.uuid || '—', o.type, o.status === 'refused' ? o.reason : '']);
    console.log(`first ${Math.min(10, refused.length)} of ${refused.length} refused (all with --json):`);
    console.log(first.toString());
  }
}

function printPull(p: FeedPull): void {
  console.log(`${p.feed}: ${p.listed} event(s) listed, ${p.upToDate} already up to date`);
  const table = new Table({
    head: ['imported', 'failed', 'attributes', 'STIX stored', 'correlation alerts'],
  });
  table.push([p.imported.length, p.failed.length, p.attributes, p.stored, p.alerts]);
  console.log(table.toString());
  for (const f of p.failed) console.log(`failed: ${f.uuid}: ${f.reason}`);
  for (const i of p.ignored) console.log(`ignored in manifest.json: ${i.key}: ${i.reason}`);
  if (p.hashes !== undefined) console.log(`hashes.csv lists ${p.hashes} value(s)`);
}

interface ExportFlags extends NodeFlags, AudienceFlags {
  event?: string;
  feed?: string;
  out?: string;
}

function registerExport(misp: Command): void {
  withAudienceOptions(withNodeOptions(misp.command('export')))
    .description(
      'write a MISP event (--event) or a MISP feed folder (--feed), filtered by markings for the audience',
    )
    .option('--event <id>', 'the event: a report id, its uuid, or its MISP number')
    .option('--feed <folder>', 'write every event the audience may receive as a MISP feed in this folder')
    .option('--out <file>', 'with --event: write here instead of stdout')
    .action(async (flags: ExportFlags) => {
      if (!flags.event === !flags.feed)
        throw new CliError('give one of --event <id> or --feed <folder>', EXIT.usage);
      const audience = audienceOf(flags);
      await withDatabase(configFrom(flags), async (database) => {
        const deps = depsOf(database, flags);
        const localContext = await sharedWith(database, audience);
        const sieve = await audienceSieve(database, audience, localContext);
        if (flags.feed) {
          const summary = await writeFeed(deps, operatorCtx(), sieve, audience, flags.feed, (n) => {
            if (process.stderr.isTTY) process.stderr.write(`\r${n} event(s) written…`);
          });
          if (process.stderr.isTTY) process.stderr.write('\n');
          console.log(
            `${flags.feed}: ${summary.events} event(s), ${summary.attributes} attribute(s); ${summary.withheld} withheld by their markings; ${summary.removed} earlier event file(s) removed`,
          );
          return;
        }
        const held = await requireEvent(database, sieve, flags.event!, await nodeOrganisation(deps)).catch(
          (error: unknown) => {
            if (error instanceof NotFoundError)
              throw new CliError(`no event ${flags.event} that this audience may receive`, EXIT.failed);
            throw error;
          },
        );
        // Sharing is a disclosure: who received how much, under which audience, is on record.
        await runCommand(database, operatorCtx(), async () => ({
          value: null,
          audit: {
            actor: operatorCtx().actor,
            action: 'misp.event_exported',
            subjectType: 'stix_object',
            subjectId: held.reportId,
            details: { audience, attributes: Number(held.event.attribute_count), withheld: held.withheld },
          },
        }));
        const text = JSON.stringify({ Event: held.event }, null, 2);
        if (flags.out) await writeFile(flags.out, `${text}\n`);
        else console.log(text);
        console.error(
          `event ${held.event.uuid}: ${held.event.attribute_count} attribute(s); ${held.withheld} withheld by their markings`,
        );
      });
    });
}

function mb(bytes: number): number {
  return Math.round((bytes / 1e6) * 10) / 10;
}
