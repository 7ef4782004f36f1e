/**
 * Tags for MISP clients: `tags/index` lists the TLP and PAP tags (always there: they are
 * markings), every tag met on an imported event or attribute, and those added through
 * `tags/add`. A tag is a name; attaching it to something happens by sending it on an event or
 * attribute, where TLP and PAP tags become markings and others labels.
 */
import type { CommandContext } from '../../core/context.js';
import { ValidationError } from '../../core/errors.js';
import { tag, tagNumber } from '../../interop/misp/misp-shape.js';
import { runCommand } from '../../storage/command.js';
import type { Database } from '../../storage/database.js';
import { getTag, listTags, rememberTags } from '../../storage/misp/tags.js';

/** The marking tags MISP's TLP and PAP taxonomies define, always offered. */
const MARKING_TAGS = [
  'tlp:clear',
  'tlp:white',
  'tlp:green',
  'tlp:amber',
  'tlp:amber+strict',
  'tlp:red',
  'PAP:CLEAR',
  'PAP:WHITE',
  'PAP:GREEN',
  'PAP:AMBER',
  'PAP:RED',
];

type TagView = Record<string, unknown>;

export async function tagIndex(database: Database): Promise<TagView[]> {
  const stored = await listTags(database.db);
  const byName = new Map<string, TagView>(MARKING_TAGS.map((name) => [name, tag({ name })]));
  for (const t of stored)
    if (!byName.has(t.name))
      byName.set(t.name, {
        id: String(tagNumber(t.name)),
        name: t.name,
        colour: t.colour,
        exportable: t.exportable === 1,
      });
  return [...byName.values()].sort((a, b) => String(a.name).localeCompare(String(b.name)));
}

export async function addTag(
  database: Database,
  ctx: CommandContext,
  input: { name?: unknown; colour?: unknown; exportable?: unknown },
): Promise<TagView> {
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (name.length === 0 || name.length > 255 || /[\u0000-\u001f\u007f]/.test(name))
    throw new ValidationError('a tag needs a name of 1 to 255 characters, without control characters', [
      { path: '/Tag/name', message: 'required, 1–255 characters' },
    ]);
  if (
    input.colour !== undefined &&
    (typeof input.colour !== 'string' || !/^#[0-9a-fA-F]{6}$/.test(input.colour))
  )
    throw new ValidationError('a tag colour is written #RRGGBB', [
      { path: '/Tag/colour', message: '#RRGGBB' },
    ]);
  const known = await getTag(database.db, name);
  if (known || MARKING_TAGS.includes(name)) return (await tagIndex(database)).find((t) => t.name === name)!;
  const colour = typeof input.colour === 'string' ? input.colour.toUpperCase() : String(tag({ name }).colour);
  const exportable = input.exportable === false || input.exportable === '0' ? 0 : 1;
  await runCommand(database, ctx, async (tx) => {
    await rememberTags(tx, [{ name, colour, exportable, origin: 'api' }], ctx.clock.now().toISOString());
    return {
      value: null,
      audit: {
        actor: ctx.actor,
        action: 'misp.tag_added',
        subjectType: 'misp_tag',
        subjectId: name,
        details: { colour },
      },
    };
  });
  return { id: String(tagNumber(name)), name, colour, exportable: exportable === 1 };
}
