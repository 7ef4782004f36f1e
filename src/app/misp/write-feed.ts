/**
 * Writes the events an audience may receive as a MISP feed in a folder: one `<uuid>.json` per
 * event, `manifest.json` listing them, and `hashes.csv` (the MD5 of each attribute value with
 * its event), the layout a MISP instance reads when the folder is served and added as a feed.
 * Each event holds only what the audience may receive; an event whose report it may not receive
 * is not in the feed. An export is a whole snapshot: event files of an earlier export that are
 * no longer in it are removed, so nothing withheld now stays readable from before. The export
 * is a disclosure and is audited with its counts.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { CommandContext } from '../../core/context.js';
import type { Audience } from '../../core/sharing/markings/distribution.js';
import { runCommand } from '../../storage/command.js';
import type { SharingDeps } from '../sharing/deps.js';
import { eventOf, type HeldEvent, manifestEntry, type Sieve, visibleReports } from './events.js';
import { nodeOrganisation } from './organisation.js';

export interface FeedExport {
  readonly events: number;
  readonly attributes: number;
  /** Attributes left out of events because the audience may not receive them. */
  readonly withheld: number;
  readonly removed: number;
}

const EVENT_FILE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.json$/;

export async function writeFeed(
  deps: SharingDeps,
  ctx: CommandContext,
  sieve: Sieve,
  audience: Audience,
  folder: string,
  onEvent?: (written: number) => void,
): Promise<FeedExport> {
  const dir = resolve(folder);
  await mkdir(dir, { recursive: true });
  const org = await nodeOrganisation(deps);
  const manifest: Record<string, unknown> = {};
  const hashes: string[] = [];
  let attributes = 0;
  let withheld = 0;
  for await (const report of visibleReports(deps.database, sieve)) {
    const held = await eventOf(deps.database, sieve, report, org);
    if (!held) continue;
    const uuid = String(held.event.uuid);
    await writeFile(join(dir, `${uuid}.json`), JSON.stringify({ Event: held.event }));
    manifest[uuid] = manifestEntry(held.report, org);
    for (const value of valuesOf(held)) hashes.push(`${md5(value)},${uuid}`);
    attributes += Number(held.event.attribute_count);
    withheld += held.withheld;
    onEvent?.(Object.keys(manifest).length);
  }
  await atomicWrite(join(dir, 'hashes.csv'), hashes.length > 0 ? `${hashes.join('\n')}\n` : '');
  await atomicWrite(join(dir, 'manifest.json'), JSON.stringify(manifest));
  let removed = 0;
  for (const file of await readdir(dir))
    if (EVENT_FILE.test(file) && !(file.slice(0, -5) in manifest)) {
      await rm(join(dir, file));
      removed++;
    }
  const summary: FeedExport = { events: Object.keys(manifest).length, attributes, withheld, removed };
  await runCommand(deps.database, ctx, async () => ({
    value: null,
    audit: {
      actor: ctx.actor,
      action: 'misp.feed_exported',
      subjectType: 'misp_feed',
      subjectId: 'folder',
      details: { audience, ...summary },
    },
  }));
  return summary;
}

/** Every attribute value of an event, composite values in their parts (as MISP hashes them). */
export function* valuesOf(held: HeldEvent): Generator<string> {
  const all = [
    ...(held.plain.Attribute ?? []),
    ...(held.plain.Object ?? []).flatMap((o) => o.Attribute ?? []),
  ];
  for (const a of all) {
    if (a.type.includes('|')) yield* a.value.split('|');
    else yield a.value;
  }
}

export const md5 = (value: string) => createHash('md5').update(value).digest('hex');

async function atomicWrite(path: string, text: string): Promise<void> {
  await writeFile(`${path}.part`, text);
  await rename(`${path}.part`, path);
}
