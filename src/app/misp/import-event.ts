/**
 * Imports one MISP event and keeps its report: the event is streamed into the STIX store
 * (interop/misp/import-event.ts), what became current is correlated with what other sources
 * hold (as any import is), and the report — counts, refused attributes, notes, what the store
 * refused — is written with its audit event in one transaction, for the console to show. An
 * input that is not a MISP event is recorded as refused, with the reason, and nothing else is
 * written.
 */
import { randomUUID } from 'node:crypto';
import type { CommandContext } from '../../core/context.js';
import { isDomainError } from '../../core/errors.js';
import {
  type ByteSource,
  importMispEvent,
  type MispEventImport,
  type MispImportOptions,
} from '../../interop/misp/import-event.js';
import { runCommand } from '../../storage/command.js';
import { markFeedEvent } from '../../storage/misp/feed-events.js';
import { insertMispImport } from '../../storage/misp/imports.js';
import { rememberTags } from '../../storage/misp/tags.js';
import { tag } from '../../interop/misp/misp-shape.js';
import type { MispImportsTable } from '../../storage/misp/schema.js';
import type { ChangedObject } from '../../interop/stix/import.js';
import { correlateStored } from '../sharing/correlate-import.js';
import type { SharingDeps } from '../sharing/deps.js';

export type ImportVia = 'upload' | 'api' | 'feed' | 'cli';

export interface ImportSource {
  readonly via: ImportVia;
  /** A file name, a feed URL or folder, an API route: what a person recognises. */
  readonly name: string;
  /** Who asked; none for the command line and feed pulls. */
  readonly userId?: string;
  /** For a feed: the feed and the manifest's timestamp, recorded with the import. */
  readonly feed?: { readonly source: string; readonly timestamp: number };
}

export interface RecordedImport {
  readonly id: string;
  readonly result: MispEventImport;
  readonly alerts: number;
}

export async function importEventFrom(
  deps: SharingDeps,
  ctx: CommandContext,
  source: ImportSource,
  bytes: ByteSource,
  options: Omit<MispImportOptions, 'ctx'> = {},
): Promise<RecordedImport> {
  const id = randomUUID();
  const startedAt = ctx.clock.now().toISOString();
  let result: MispEventImport;
  let alerts = 0;
  // Correlated as the objects are written, so a very large event never holds them all.
  const onChanged = async (changed: ChangedObject[]) => {
    alerts += await correlateStored(deps.database, ctx, 'local', changed);
  };
  try {
    result = await importMispEvent(deps.database, bytes, { ctx, ...options, onChanged });
  } catch (error) {
    if (isDomainError(error) && error.code === 'misp_bad_event')
      await recordRefusal(deps, ctx, id, source, startedAt, error.message);
    throw error;
  }
  await onChanged([...result.changed]);
  await recordImport(deps, ctx, { id, source, startedAt, result, alerts });
  return { id, result, alerts };
}

/**
 * Writes an import done (its row, the tags it met, the feed's timestamp for it) with its audit
 * event, in one transaction: once this commits, a feed counts the event as imported.
 */
export async function recordImport(
  deps: SharingDeps,
  ctx: CommandContext,
  done: {
    id: string;
    source: ImportSource;
    startedAt: string;
    result: Omit<MispEventImport, 'changed'>;
    alerts?: number;
  },
): Promise<void> {
  const { id, source, startedAt, result } = done;
  const at = ctx.clock.now().toISOString();
  await runCommand(deps.database, ctx, async (tx) => {
    await insertMispImport(tx, rowOf(id, source, startedAt, at, result));
    await rememberTags(
      tx,
      result.tags.map((name) => ({ ...tagFields(name), origin: 'import' })),
      at,
    );
    if (source.feed)
      await markFeedEvent(tx, {
        feed: source.feed.source,
        eventUuid: result.event.uuid,
        timestamp: source.feed.timestamp,
        at,
      });
    return {
      value: null,
      audit: {
        actor: ctx.actor,
        action: 'misp.event_imported',
        subjectType: 'misp_import',
        subjectId: id,
        details: {
          via: source.via,
          source: source.name,
          eventUuid: result.event.uuid,
          stixImportId: result.stix.importId,
          attributes: result.attributes.total,
          refused: result.attributes.refused,
          stored: result.stix.accepted,
          ...(done.alerts === undefined ? {} : { alerts: done.alerts }),
        },
      },
    };
  });
}

/** Records an input that was not a MISP event: refused whole, with the reason. */
export async function recordRefusal(
  deps: SharingDeps,
  ctx: CommandContext,
  id: string,
  source: ImportSource,
  startedAt: string,
  reason: string,
): Promise<void> {
  await runCommand(deps.database, ctx, async (tx) => {
    await insertMispImport(tx, {
      ...emptyRow(id, source, startedAt, ctx.clock.now().toISOString()),
      status: 'refused',
      error: reason,
    });
    return {
      value: null,
      audit: {
        actor: ctx.actor,
        action: 'misp.event_refused',
        subjectType: 'misp_import',
        subjectId: id,
        details: { via: source.via, source: source.name, reason },
      },
    };
  });
}

function emptyRow(id: string, source: ImportSource, startedAt: string, finishedAt: string): MispImportsTable {
  return {
    id,
    via: source.via,
    source: source.name,
    user_id: source.userId ?? null,
    event_uuid: null,
    event_info: null,
    status: 'complete',
    attributes: 0,
    converted: 0,
    kept_as_notes: 0,
    refused: 0,
    stored: 0,
    unchanged: 0,
    rejected: 0,
    error: null,
    report: JSON.stringify({ outcomes: [], rejections: [] }),
    started_at: startedAt,
    finished_at: finishedAt,
  };
}

function rowOf(
  id: string,
  source: ImportSource,
  startedAt: string,
  finishedAt: string,
  r: Omit<MispEventImport, 'changed'>,
): MispImportsTable {
  return {
    ...emptyRow(id, source, startedAt, finishedAt),
    event_uuid: r.event.uuid,
    event_info: r.event.info,
    attributes: r.attributes.total,
    converted: r.attributes.converted,
    kept_as_notes: r.attributes.keptAsNote,
    refused: r.attributes.refused,
    stored: r.stix.accepted,
    unchanged: r.stix.unchanged,
    rejected: r.stix.rejected,
    report: JSON.stringify({
      objects: r.objects,
      galaxies: r.galaxies,
      bytes: r.bytes,
      stixImportId: r.stix.importId,
      outcomes: r.outcomes,
      rejections: r.stix.objects,
    }),
  };
}

/** A tag's colour and exportability as MISP shows them. */
function tagFields(name: string) {
  const shown = tag({ name });
  return { name, colour: String(shown.colour), exportable: 1 };
}
