/**
 * Federation from the command line: this node's card and fingerprint, trusting a peer from its
 * card file, and the air-gap transport — `comity outbox export --peer X > file` writes pending
 * envelopes as JSON lines, `comity inbox import file` runs them through the inbox's checks and
 * prints result lines with signed receipts, `comity outbox ingest file` records those receipts.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { systemClock } from '../../core/clock.js';
import { SYSTEM_ACTOR } from '../../core/context.js';
import { parseAirGap } from '../../federation/inbox/import-file.js';
import type { FederationNode } from '../../federation/node/federation-node.js';
import { openNode } from '../../node/open-node.js';
import { ingestResults } from '../../federation/outbox/ingest-results.js';
import { addPeer } from '../../federation/peers/peers-store.js';
import type { EnvelopeResult } from '../../federation/transport/batch.js';
import type { Config } from '../../app/config/config.js';
import { configFrom, type NodeFlags, withDatabase, withNodeOptions } from '../node-options.js';
import { CliError, EXIT } from '../output.js';

/** Opens the whole node (no HTTP listener), with its federation, runs `fn`, and closes it. */
async function withFederation<T>(config: Config, fn: (federation: FederationNode) => Promise<T>): Promise<T> {
  const node = await openNode({ config, logger: false });
  try {
    if (!node.federation)
      throw new CliError('this node has no identity yet: run `comity setup` first', EXIT.usage);
    return await fn(node.federation);
  } finally {
    await node.close();
  }
}

function readLines(file: string) {
  try {
    return parseAirGap(readFileSync(file === '-' ? 0 : file, 'utf8'));
  } catch (error) {
    throw new CliError(`${file}: ${(error as Error).message}`, EXIT.usage);
  }
}

export function registerFederationCommands(program: Command): void {
  const federation = program.command('federation').description("this node's federation identity and peers");
  withNodeOptions(federation.command('card'))
    .description("print this node's signed card and the fingerprint to read out to a peer")
    .action(async (flags: NodeFlags) => {
      const config = configFrom(flags);
      await withFederation(config, async (federation) => {
        const card = await federation.card();
        console.log(JSON.stringify({ card: card.compact, fingerprint: card.fingerprint }));
      });
    });
  withNodeOptions(federation.command('trust <card-file>'))
    .description(
      'trust a peer from its card file ({card} JSON or the compact card) once its fingerprint is confirmed',
    )
    .requiredOption('--fingerprint <fingerprint>', 'the fingerprint the peer read out of band')
    .action(async (file: string, flags: NodeFlags & { fingerprint: string }) => {
      const config = configFrom(flags);
      const text = readFileSync(file, 'utf8').trim();
      const card = text.startsWith('{') ? (JSON.parse(text) as { card: string }).card : text;
      await withDatabase(config, async (database) => {
        const peer = await addPeer(
          database,
          { actor: SYSTEM_ACTOR, requestId: null, clock: systemClock },
          {
            card,
            fingerprint: flags.fingerprint,
          },
        );
        console.log(`trusted ${peer.nodeId} (${peer.state}) at ${peer.url}`);
      });
    });

  const outbox = program.command('outbox').description('outgoing federation messages');
  withNodeOptions(outbox.command('export'))
    .description('write the pending envelopes for a peer as JSON lines (air-gap transport)')
    .requiredOption('--peer <node-id>', 'the peer whose envelopes to export')
    .action(async (flags: NodeFlags & { peer: string }) => {
      const config = configFrom(flags);
      await withFederation(config, async (federation) => {
        const lines = await federation.exportAirGap(flags.peer);
        for (const line of lines) process.stdout.write(`${JSON.stringify(line)}\n`);
        const count = lines.filter((l) => l.kind === 'envelope').length;
        console.error(`exported ${count} envelope(s) for ${flags.peer}; they stay queued until receipted`);
      });
    });
  withNodeOptions(outbox.command('ingest <file>'))
    .description("record a peer's result lines (signed receipts) from an air-gap import")
    .action(async (file: string, flags: NodeFlags) => {
      const config = configFrom(flags);
      const lines = readLines(file);
      await withDatabase(config, async (database) => {
        const byPeer = new Map<string, EnvelopeResult[]>();
        for (const l of lines)
          if (l.kind === 'result' && l.to === config.nodeId)
            byPeer.set(l.from, [...(byPeer.get(l.from) ?? []), l.result]);
        const ctx = { actor: SYSTEM_ACTOR, requestId: null, clock: systemClock };
        for (const [peer, results] of byPeer) {
          const outcome = await ingestResults(database, ctx, config.nodeId, peer, results);
          console.log(
            `${peer}: ${outcome.accepted} accepted, ${outcome.alreadyAccepted} already accepted, ${outcome.refused.length} not accepted`,
          );
          for (const r of outcome.refused) console.log(`  ${r.messageId ?? '(no id)'}: ${r.reason}`);
          if (outcome.refused.length > 0) process.exitCode = EXIT.failed;
        }
      });
    });

  const inbox = program.command('inbox').description('incoming federation messages');
  withNodeOptions(inbox.command('import <file>'))
    .description('verify and store envelopes from an air-gap file; print result lines to carry back')
    .action(async (file: string, flags: NodeFlags) => {
      const config = configFrom(flags);
      const lines = readLines(file);
      await withFederation(config, async (federation) => {
        const results = await federation.importAirGap(lines);
        for (const line of results) process.stdout.write(`${JSON.stringify(line)}\n`);
        const refused = results.filter((r) => r.kind === 'result' && r.result.status === 'rejected').length;
        console.error(`imported ${results.length - refused} envelope(s), refused ${refused}`);
        if (refused > 0) process.exitCode = EXIT.failed;
      });
    });
}
