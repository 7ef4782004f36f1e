/**
 * `comity regimes check` validates the regime packs; `comity regimes show` prints one
 * instrument with every value's source and confidence, unconfirmed values marked as such.
 */
import type { Command } from 'commander';
import {
  formatProblem,
  INSTRUMENT_IDS,
  type Instrument,
  type Provenance,
  type RegimeRegistry,
} from '../../core/legal/index.js';
import {
  checkRegimeDir,
  DEFAULT_REGIMES_DIR,
  loadRegimeRegistry,
  readRegimeFiles,
} from '../../storage/legal/regime-files.js';
import { CliError, EXIT } from '../output.js';

export function registerRegimesCommands(program: Command): void {
  const regimes = program
    .command('regimes')
    .description('regime packs: instruments, deadlines, grounds, offences');
  regimes
    .command('check')
    .description('validate every regime pack, State profile, calendar and bilateral agreement')
    .option('--dir <path>', 'folder holding the packs', DEFAULT_REGIMES_DIR)
    .action((flags: { dir: string }) => {
      const problems = checkRegimeDir(readable(flags.dir));
      if (problems.length === 0) {
        const registry = loadRegimeRegistry(flags.dir);
        console.log(
          `regime packs OK: ${registry.regimeIds().length} regimes (${registry.regimeIds().join(', ')}), ` +
            `${registry.stateCodes().length} States, ${registry.allBilateral().length} bilateral agreements, ` +
            `${registry.catalogue.offences.length} catalogue offences (${flags.dir})`,
        );
        return;
      }
      for (const p of problems) console.log(formatProblem(p));
      console.error(`comity: ${problems.length} problem(s) in ${flags.dir}`);
      process.exitCode = EXIT.failed;
    });
  regimes
    .command('show')
    .description('print one instrument of a regime: channel, fields, deadlines, grounds and safeguards')
    .argument('<regime>', 'regime id, e.g. uncc-2024')
    .argument('<instrument>', `instrument id (${INSTRUMENT_IDS.join(', ')})`)
    .option('--dir <path>', 'folder holding the packs', DEFAULT_REGIMES_DIR)
    .option('--from <state>', 'requesting State (applies bilateral overrides with --to)')
    .option('--to <state>', 'requested State')
    .option('--json', 'print JSON instead of text')
    .action(
      (
        regimeId: string,
        instrumentId: string,
        flags: { dir: string; from?: string; to?: string; json?: boolean },
      ) => {
        const registry = loadRegimeRegistry(readable(flags.dir));
        const instrument = pick(registry, regimeId, instrumentId, flags.from, flags.to);
        if (flags.json) {
          console.log(JSON.stringify({ regime: regimeId, instrument: instrumentId, ...instrument }, null, 2));
          return;
        }
        console.log(renderInstrument(registry, regimeId, instrumentId, instrument));
      },
    );
}

function readable(dir: string): string {
  try {
    readRegimeFiles(dir);
  } catch {
    throw new CliError(`cannot read regime folder ${dir}`, EXIT.usage);
  }
  return dir;
}

function pick(
  registry: RegimeRegistry,
  regimeId: string,
  instrumentId: string,
  from?: string,
  to?: string,
): Instrument {
  if (!registry.regime(regimeId))
    throw new CliError(`unknown regime ${regimeId} (known: ${registry.regimeIds().join(', ')})`, EXIT.usage);
  if (from || to) {
    if (!from || !to) throw new CliError('--from and --to go together', EXIT.usage);
    return registry.resolve(regimeId, instrumentId, from, to).instrument;
  }
  const inst = registry.instrument(regimeId, instrumentId);
  if (!inst)
    throw new CliError(
      `unknown instrument ${instrumentId} (known: ${INSTRUMENT_IDS.join(', ')})`,
      EXIT.usage,
    );
  return inst;
}

/** `[source; confidence: …]`, so an unconfirmed value is visible on its own line. */
function tag(p: Provenance): string {
  return `[${p.source}; confidence: ${p.confidence}${p.note ? `; ${p.note}` : ''}]`;
}

const UNIT: Record<string, string> = {
  calendar_days: 'calendar days',
  working_days: 'working days',
  hours: 'hours',
};

/** Renders an instrument as plain text for a lawyer reading a terminal. */
export function renderInstrument(
  registry: RegimeRegistry,
  regimeId: string,
  id: string,
  inst: Instrument,
): string {
  const regime = registry.regime(regimeId)!;
  const out: string[] = [];
  const line = (s: string) => out.push(s);
  const yes = (b: boolean) => (b ? 'yes' : 'no');
  line(`${regime.title} (${regimeId}, version ${regime.version})`);
  line(`${id}: ${inst.title}`);
  line(`  article        ${inst.article.value}  ${tag(inst.article)}`);
  line(`  available      ${yes(inst.available.value)}  ${tag(inst.available)}`);
  if (!inst.available.value) return out.join('\n');
  if (inst.channel) line(`  channel        ${inst.channel.value}  ${tag(inst.channel)}`);
  if (inst.alternativeChannels)
    line(`  alternatives   ${inst.alternativeChannels.value.join(', ')}  ${tag(inst.alternativeChannels)}`);
  if (inst.senderRoles)
    line(`  sent by        ${inst.senderRoles.value.join(', ')}  ${tag(inst.senderRoles)}`);
  if (inst.receiverRoles)
    line(`  received by    ${inst.receiverRoles.value.join(', ')}  ${tag(inst.receiverRoles)}`);
  if (inst.coercive) line(`  coercive       ${yes(inst.coercive.value)}  ${tag(inst.coercive)}`);
  line('');
  line('fields (* required)');
  for (const f of inst.fields ?? [])
    line(`  ${f.required ? '*' : ' '} ${f.name} (${f.type}): ${f.label}  ${tag(f)}`);
  line('');
  line('deadlines');
  if ((inst.deadlines ?? []).length === 0) line('  none');
  for (const d of inst.deadlines ?? []) {
    const amount = d.amount === null ? 'no fixed figure' : `${d.amount} ${UNIT[d.unit]}`;
    const when =
      d.appliesWhen && d.appliesWhen !== 'always' ? ` (${d.appliesWhen.replace('_', '-')} only)` : '';
    const kind = d.kind === 'minimum_period' ? 'at least ' : '';
    line(
      `  ${d.id}: ${d.label}: ${kind}${amount} from ${d.from}${when}${d.afterwards ? `, then ${d.afterwards}` : ''}  ${tag(d)}`,
    );
  }
  for (const x of inst.extensions ?? [])
    line(
      `  extension of ${x.deadline}: ${x.amount ?? '?'} ${UNIT[x.unit]}, at most ${x.maxTimes ?? 'unlimited'} time(s)${x.reasonsRequired ? ', with reasons' : ''}  ${tag(x)}`,
    );
  for (const r of inst.reminders ?? [])
    line(`  reminder ${r.id}: ${r.action} ${r.before} ${UNIT[r.unit]} before ${r.deadline}  ${tag(r)}`);
  line('');
  const grounds = (title: string, codes?: { value: readonly string[] } & Provenance) => {
    line(`${title}  ${codes ? tag(codes) : ''}`);
    if (!codes || codes.value.length === 0) line('  none');
    for (const c of codes?.value ?? []) {
      const g = registry.ground(regimeId, c);
      line(`  ${c}: ${g?.label ?? '(undefined ground)'}  ${g ? tag(g) : ''}`);
    }
  };
  grounds('refusal grounds', inst.refusalGrounds);
  grounds('postponement grounds', inst.postponementGrounds);
  line('');
  line('safeguards');
  if (inst.consultBeforeRefusal)
    line(
      `  consult before refusing   ${yes(inst.consultBeforeRefusal.value)}  ${tag(inst.consultBeforeRefusal)}`,
    );
  if (inst.dualCriminality) {
    const dc = inst.dualCriminality;
    const listed =
      dc.listedMinPenaltyYears === undefined
        ? ''
        : ` (listed categories exempt from ${dc.listedMinPenaltyYears} years)`;
    line(`  dual criminality          ${dc.policy}${listed}  ${tag(dc)}`);
  }
  if (inst.requestConfidentiality)
    line(
      `  confidential request      ${yes(inst.requestConfidentiality.value)}  ${tag(inst.requestConfidentiality)}`,
    );
  if (inst.userNonNotification)
    line(
      `  user non-notification     ${yes(inst.userNonNotification.value)}  ${tag(inst.userNonNotification)}`,
    );
  if (inst.acknowledgement) {
    const a = inst.acknowledgement;
    const within = a.required && a.amount !== null ? ` within ${a.amount} ${UNIT[a.unit]}` : '';
    line(`  acknowledgement           ${a.required ? `required${within}` : 'not required'}  ${tag(a)}`);
  }
  if (inst.useLimitation)
    line(`  limitation on use         ${inst.useLimitation.value}  ${tag(inst.useLimitation)}`);
  if (inst.onwardTransfer)
    line(`  onward transfer           ${inst.onwardTransfer.value}  ${tag(inst.onwardTransfer)}`);
  if (inst.writtenConfirmation)
    line(
      `  written confirmation      ${yes(inst.writtenConfirmation.value)}  ${tag(inst.writtenConfirmation)}`,
    );
  const unconfirmed = out.filter((l) => l.includes('confidence: unconfirmed')).length;
  line('');
  line(
    `${unconfirmed} line(s) rest on values marked confidence: unconfirmed; verify them against the authentic text before relying on them.`,
  );
  return out.join('\n');
}
