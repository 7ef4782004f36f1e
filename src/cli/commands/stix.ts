/**
 * `comity stix import|export|lookup`: STIX 2.1 bundles in and out of this node, and the
 * correlation index from the command line. Progress goes to stderr (only on a terminal), results
 * to stdout, so `--json` output and exported bundles can be piped.
 */
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { Presets, SingleBar } from 'cli-progress';
import Table from 'cli-table3';
import type { Command } from 'commander';
import { guessObservable } from '../../core/sharing/observables/guess.js';
import {
  normaliseObservable,
  OBSERVABLE_KINDS,
  type ObservableKey,
  type ObservableKind,
} from '../../core/sharing/observables/normalise.js';
import { warningFor } from '../../core/sharing/observables/warning-lists.js';
import { writeStixBundle } from '../../interop/stix/export.js';
import { BULK_BATCH_SIZE, importStixFile } from '../../interop/stix/import.js';
import type { ImportReport } from '../../interop/stix/import-report.js';
import { runCommand } from '../../storage/command.js';
import { lookupObservable } from '../../storage/sharing/observable-index.js';
import { configFrom, type NodeFlags, withDatabase, withNodeOptions } from '../node-options.js';
import { collect, operatorCtx } from '../operator.js';
import { type AudienceFlags, audienceOf, sharedWith, withAudienceOptions } from '../audience.js';
import { CliError, EXIT } from '../output.js';

export function registerStixCommands(program: Command): void {
  const stix = program.command('stix').description('STIX 2.1 objects: import, export, correlation lookup');
  registerImport(stix);
  registerExport(stix);
  registerLookup(stix);
}

function registerImport(stix: Command): void {
  withNodeOptions(stix.command('import <file>'))
    .description('import a STIX 2.1 bundle (or an array of objects, or one object), object by object')
    .option('--json', 'print the full report (every object with its outcome) as JSON')
    .option('--batch-size <n>', 'objects per transaction', String(BULK_BATCH_SIZE))
    .action(async (file: string, flags: NodeFlags & { json?: boolean; batchSize: string }) => {
      if (!existsSync(file) || !statSync(file).isFile())
        throw new CliError(`${file}: no such file`, EXIT.usage);
      const batchSize = Number(flags.batchSize);
      if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000)
        throw new CliError('--batch-size: a whole number from 1 to 10000', EXIT.usage);
      await withDatabase(configFrom(flags), async (database) => {
        const bar = process.stderr.isTTY
          ? new SingleBar(
              {
                stream: process.stderr,
                format: 'importing |{bar}| {percentage}% {value}/{total} MB',
                hideCursor: true,
              },
              Presets.shades_classic,
            )
          : undefined;
        const total = statSync(file).size;
        bar?.start(mb(total), 0);
        let report: ImportReport;
        try {
          report = await importStixFile(database, file, {
            ctx: operatorCtx(),
            batchSize,
            onProgress: (read) => bar?.update(mb(read)),
          });
        } finally {
          bar?.stop();
        }
        if (flags.json) console.log(JSON.stringify(report));
        else printImportSummary(file, report);
        if (report.rejected > 0 || report.stopped) process.exitCode = EXIT.failed;
      });
    });
}

function mb(bytes: number): number {
  return Math.round((bytes / 1e6) * 10) / 10;
}

function printImportSummary(file: string, report: ImportReport): void {
  const table = new Table({
    head: ['objects', 'accepted', 'of which with warnings', 'rejected', 'unchanged'],
  });
  table.push([report.total, report.accepted, report.acceptedWithWarnings, report.rejected, report.unchanged]);
  console.log(`${file}:`);
  console.log(table.toString());
  const rejected = report.objects.flatMap((o) => (o.status === 'rejected' ? [o] : []));
  if (rejected.length > 0) {
    const first = new Table({ head: ['#', 'object', 'reason'], colWidths: [8, 52, 70], wordWrap: true });
    for (const r of rejected.slice(0, 10)) {
      first.push([
        r.index,
        r.id ?? `(at byte ${r.offset})`,
        `${r.code}: ${r.reason}${r.path ? ` (${r.path})` : ''}`,
      ]);
    }
    console.log(`first ${Math.min(10, rejected.length)} of ${rejected.length} rejected (all with --json):`);
    console.log(first.toString());
  }
  const warned = report.objects.flatMap((o) => (o.status === 'accepted' && o.warnings.length > 0 ? [o] : []));
  if (warned.length > 0 && warned.length <= 5) {
    for (const w of warned) console.log(`warning: ${w.id}: ${w.warnings.join('; ')}`);
  }
  if (report.stopped) console.log(`reading stopped: ${report.stopped}`);
}

interface ExportFlags extends NodeFlags, AudienceFlags {
  type?: string[];
  id?: string[];
  incident?: string;
  out?: string;
}

function registerExport(stix: Command): void {
  withAudienceOptions(withNodeOptions(stix.command('export')))
    .description('write a STIX 2.1 bundle of current objects, filtered by their markings for the audience')
    .option('--type <type>', 'objects of this STIX type (repeatable)', collect)
    .option('--id <id>', 'this object (repeatable)', collect)
    .option('--incident <id>', 'an incident with its relationships and the objects they reach')
    .option('--out <file>', 'write the bundle here instead of stdout')
    .action(async (flags: ExportFlags) => {
      const audience = audienceOf(flags);
      await withDatabase(configFrom(flags), async (database) => {
        const localContext = await sharedWith(database, audience);
        const out = flags.out ? createWriteStream(flags.out) : process.stdout;
        const write = async (chunk: string) => {
          if (!out.write(chunk)) await once(out, 'drain');
        };
        const summary = await writeStixBundle(
          database,
          {
            selection: {
              ...(flags.id ? { ids: flags.id } : {}),
              ...(flags.type ? { types: flags.type } : {}),
              ...(flags.incident ? { incident: flags.incident } : {}),
            },
            audience,
            localContext,
          },
          write,
        );
        if (flags.out) {
          out.end();
          await once(out, 'finish');
        }
        // Sharing is a disclosure: who received how much, under which audience, is on record.
        await runCommand(database, operatorCtx(), async () => ({
          value: null,
          audit: {
            actor: operatorCtx().actor,
            action: 'stix.export',
            subjectType: 'stix_bundle',
            subjectId: summary.bundleId,
            details: {
              audience,
              emitted: summary.emitted,
              withheld: summary.withheld,
              redacted: summary.redacted,
            },
          },
        }));
        const reasons = Object.entries(summary.withheldBy)
          .map(([reason, n]) => `${n} × ${reason}`)
          .join('; ');
        console.error(
          `exported ${summary.emitted} objects${flags.out ? ` to ${flags.out}` : ''}; withheld ${summary.withheld}${reasons ? ` (${reasons})` : ''}; redacted ${summary.redacted}`,
        );
        if (summary.missing.length > 0) {
          console.error(`not held here: ${summary.missing.join(', ')}`);
          process.exitCode = EXIT.failed;
        }
      });
    });
}

function registerLookup(stix: Command): void {
  withNodeOptions(stix.command('lookup <value>'))
    .description(
      'find every object (and request or incident) carrying an observable: IP, domain, URL, e-mail, hash…',
    )
    .option('--kind <kind>', `the kind, when it cannot be guessed (${OBSERVABLE_KINDS.join(', ')})`)
    .option('--json', 'print JSON')
    .action(async (value: string, flags: NodeFlags & { kind?: string; json?: boolean }) => {
      const key = keyOf(value, flags.kind);
      const warning = warningFor(key);
      await withDatabase(configFrom(flags), async (database) => {
        const matches = await lookupObservable(database, key);
        if (flags.json) {
          console.log(JSON.stringify({ key, ...(warning ? { warning } : {}), matches }));
          return;
        }
        console.log(`${key.kind} ${key.value}`);
        if (warning) console.log(`note: ${warning} (a match may not be meaningful)`);
        if (matches.length === 0) {
          console.log('no matches');
          return;
        }
        const table = new Table({ head: ['subject', 'type', 'source', 'revoked'] });
        for (const m of matches) {
          table.push([m.subjectId, m.objectType ?? m.subjectType, m.source ?? '', m.revoked ? 'yes' : '']);
        }
        console.log(table.toString());
      });
    });
}

function keyOf(value: string, kind: string | undefined): ObservableKey {
  if (kind !== undefined) {
    if (!(OBSERVABLE_KINDS as readonly string[]).includes(kind))
      throw new CliError(`--kind: one of ${OBSERVABLE_KINDS.join(', ')}`, EXIT.usage);
    const key = normaliseObservable(kind as ObservableKind, value);
    if ('error' in key) throw new CliError(`${value}: ${key.error}`, EXIT.usage);
    return key;
  }
  const guessed = guessObservable(value);
  if (!guessed)
    throw new CliError(`cannot tell what kind of observable '${value}' is: give --kind`, EXIT.usage);
  return guessed;
}
