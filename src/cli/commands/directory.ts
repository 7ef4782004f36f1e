/**
 * Directories of nodes from the command line. An operator creates and publishes one
 * (`comity directory publish`); a State's administrator adds one by its key's fingerprint
 * (`comity directory add`), looks at what it lists and what trust it gave (`show`), and checks
 * it now, or checks a copy or an inclusion proof handed over as a file (`verify`).
 */
import { readFileSync } from 'node:fs';
import Table from 'cli-table3';
import type { Command } from 'commander';
import { appendToDirectory, collectListedCards, createDirectory } from '../../app/directory/operated.js';
import { directoryDocument } from '../../app/directory/mirror.js';
import { addDirectory, gossipDirectory, refreshDirectory } from '../../app/directory/trusted.js';
import { directoryDetail, directorySummaries } from '../../app/directory/view.js';
import type { DirectoryDocument } from '../../federation/directory/document.js';
import { type InclusionBundle, verifyInclusionBundle } from '../../federation/directory/proofs.js';
import { findDirectory } from '../../federation/directory/store.js';
import { fingerprintOfKid } from '../../federation/peers/peer-card.js';
import { jwkThumbprint } from '../../federation/crypto/jwk.js';
import { type ComityNode, openNode } from '../../node/open-node.js';
import { configFrom, type NodeFlags, withNodeOptions } from '../node-options.js';
import { collect, operatorCtx } from '../operator.js';
import { CliError, EXIT } from '../output.js';

async function withNode<T>(flags: NodeFlags, fn: (node: ComityNode) => Promise<T>): Promise<T> {
  const node = await openNode({ config: configFrom(flags), logger: false });
  try {
    return await fn(node);
  } finally {
    await node.close();
  }
}

function readJson<T>(file: string, what: string): T {
  try {
    return JSON.parse(readFileSync(file === '-' ? 0 : file, 'utf8')) as T;
  } catch (error) {
    throw new CliError(`${file}: not a readable ${what} (${(error as Error).message})`, EXIT.usage);
  }
}

/** A card file as `comity federation card` writes it ({card, fingerprint}) or the bare compact card. */
function readCard(file: string): string {
  const text = readFileSync(file, 'utf8').trim();
  if (!text.startsWith('{')) return text;
  const card = (JSON.parse(text) as { card?: unknown }).card;
  if (typeof card !== 'string') throw new CliError(`${file}: no "card" in the file`, EXIT.usage);
  return card;
}

interface PublishFlags extends NodeFlags {
  name?: string;
  card?: string[];
  fingerprint?: string[];
  revoke?: string[];
  reason?: string;
  collect?: boolean;
}

export function registerDirectoryCommands(program: Command): void {
  const directory = program
    .command('directory')
    .description('directories of nodes: trust every State a directory lists by checking one key');

  withNodeOptions(directory.command('publish <id>'))
    .description(
      'create a directory this node operates (first time) and append cards, rotations and revocations',
    )
    .option('--name <name>', 'the directory name, when creating it')
    .option(
      '--card <file>',
      'a card file to list (repeatable, with --fingerprint in the same order)',
      collect,
    )
    .option(
      '--fingerprint <fingerprint>',
      'the fingerprint confirmed out of band for each new --card',
      collect,
    )
    .option('--revoke <node-id>', 'withdraw a listed node (repeatable; needs --reason)', collect)
    .option('--reason <text>', 'why the nodes are revoked')
    .option('--collect', "fetch every listed node's current card and append those that changed (rotations)")
    .action(async (id: string, flags: PublishFlags) => {
      const cards = (flags.card ?? []).map((file, i) => ({
        card: readCard(file),
        ...(flags.fingerprint?.[i] ? { fingerprint: flags.fingerprint[i] } : {}),
      }));
      if ((flags.revoke ?? []).length > 0 && !flags.reason)
        throw new CliError('--revoke needs --reason', EXIT.usage);
      await withNode(flags, async (node) => {
        const ctx = operatorCtx();
        if (!(await findDirectory(node.database.db, id))) {
          if (!flags.name)
            throw new CliError(`${id} does not exist yet: give --name to create it`, EXIT.usage);
          const created = await createDirectory(node.deps, ctx, { id, name: flags.name });
          console.log(`created ${id}; its key's fingerprint, to give every State: ${created.fingerprint}`);
        }
        const revocations = (flags.revoke ?? []).map((nodeId) => ({
          nodeId,
          reason: flags.reason as string,
        }));
        const { appended, directory: after } = await appendToDirectory(node.deps, ctx, id, {
          cards,
          revocations,
        });
        let total = appended;
        if (flags.collect) {
          const collected = await collectListedCards(node.deps, ctx, id);
          total += collected.appended;
          for (const f of collected.failed) console.error(`  ${f.nodeId}: ${f.reason}`);
          if (collected.failed.length > 0) process.exitCode = EXIT.failed;
        }
        const size = total === appended ? after.size : (await findDirectory(node.database.db, id))?.size;
        console.log(`${id}: ${total} entr${total === 1 ? 'y' : 'ies'} appended, ${size} in all; head signed`);
      });
    });

  withNodeOptions(directory.command('add <source>'))
    .description("trust a directory (a URL, or a copy as a file) once its key's fingerprint is confirmed")
    .requiredOption('--fingerprint <fingerprint>', "the directory key's fingerprint, confirmed out of band")
    .option('--witness <fingerprint>', 'a witness whose cosignatures count (repeatable)', collect)
    .option('--quorum <n>', 'witness cosignatures required on every head', '0')
    .option('--cosign', 'cosign every head accepted, as a witness for other States')
    .action(
      async (
        source: string,
        flags: NodeFlags & { fingerprint: string; witness?: string[]; quorum: string; cosign?: boolean },
      ) => {
        const url = /^https?:\/\//i.test(source);
        const input = {
          ...(url ? { source } : { document: readJson<DirectoryDocument>(source, 'directory') }),
          fingerprint: flags.fingerprint,
          witnesses: flags.witness ?? [],
          quorum: Number(flags.quorum),
          cosign: flags.cosign === true,
        };
        await withNode(flags, async (node) => {
          const { directory, outcome } = await addDirectory(node.deps, operatorCtx(), input);
          console.log(
            `trusted ${directory.id} (${directory.name}): ${directory.size} entries; ${outcome.changes.added.length} peers added, ${outcome.changes.updated.length} updated`,
          );
          for (const c of outcome.changes.conflicts)
            console.log(`  conflict: ${c} (see comity directory show ${directory.id})`);
        });
      },
    );

  withNodeOptions(directory.command('show [id]'))
    .description('the directories trusted or operated here; with an id, every node it lists and its alerts')
    .option('--json', 'print as JSON')
    .option('--copy', 'print the whole signed copy of the directory, to hand over as a file')
    .action(async (id: string | undefined, flags: NodeFlags & { json?: boolean; copy?: boolean }) => {
      await withNode(flags, async (node) => {
        if (id && flags.copy) return console.log(JSON.stringify(await directoryDocument(node.deps, id)));
        if (!id) {
          const all = await directorySummaries(node.deps);
          if (flags.json) return console.log(JSON.stringify(all, null, 2));
          const table = new Table({
            head: ['id', 'role', 'entries', 'status', 'verified', 'alerts', 'key fingerprint'],
          });
          for (const d of all)
            table.push([d.id, d.role, d.size, d.status, d.verifiedAt ?? '—', d.openAlerts, d.fingerprint]);
          console.log(all.length === 0 ? 'no directory trusted or operated here' : table.toString());
          return;
        }
        const detail = await directoryDetail(node.deps, id);
        if (flags.json) return console.log(JSON.stringify(detail, null, 2));
        const d = detail.directory;
        console.log(`${d.id} — ${d.name} (${d.role}), ${d.size} entries, status ${d.status}`);
        console.log(`key fingerprint: ${d.fingerprint}`);
        const table = new Table({ head: ['State', 'node', 'entry', 'trust here', 'fingerprint'] });
        for (const n of detail.nodes)
          table.push([
            n.state,
            n.nodeId,
            n.index,
            n.revoked ? `revoked: ${n.revoked.reason}` : n.trust,
            n.fingerprint,
          ]);
        console.log(table.toString());
        for (const a of detail.alerts.filter((x) => x.resolvedAt === null))
          console.log(`ALERT ${a.kind} ${a.raisedAt}${a.source ? ` from ${a.source}` : ''}: ${a.detail}`);
      });
    });

  withNodeOptions(directory.command('verify <id>'))
    .description(
      'fetch and verify a trusted directory now and compare heads with peers; or check a copy or proof file',
    )
    .option('--file <copy.json>', 'verify this copy of the directory instead of fetching it')
    .option('--proof <proof.json>', 'check an inclusion proof against the directory key held here')
    .action(async (id: string, flags: NodeFlags & { file?: string; proof?: string }) => {
      await withNode(flags, async (node) => {
        const ctx = operatorCtx();
        if (flags.proof) {
          const held = await findDirectory(node.database.db, id);
          if (!held) throw new CliError(`${id} is not trusted or operated here`, EXIT.usage);
          const checked = verifyInclusionBundle(readJson<InclusionBundle>(flags.proof, 'proof'), held.key);
          if (!checked.ok)
            throw new CliError(`proof refused (${checked.reason}): ${checked.detail}`, EXIT.failed);
          console.log(
            `proof holds: entry in ${id} at head of ${checked.head.size} (${checked.head.issuedAt}), key ${fingerprintOfKid(jwkThumbprint(held.key))}`,
          );
          return;
        }
        const outcome = await refreshDirectory(
          node.deps,
          ctx,
          id,
          flags.file ? { document: readJson<DirectoryDocument>(flags.file, 'directory') } : {},
        );
        if (!outcome.ok)
          throw new CliError(`${id} refused (${outcome.reason}): ${outcome.detail}`, EXIT.failed);
        const gossip = await gossipDirectory(node.deps, ctx, id);
        console.log(
          `${id} verifies: ${outcome.size} entries (${outcome.grew} new, from ${outcome.source}); peers asked ${gossip.asked}: ${gossip.same} same, ${gossip.behind} behind, ${gossip.ahead} ahead`,
        );
        if (gossip.splitViews.length > 0) {
          console.log(`SPLIT VIEW: ${gossip.splitViews.join(', ')} hold a head that contradicts this one`);
          process.exitCode = EXIT.failed;
        }
      });
    });
}
