/**
 * MISP imports as people read them: the list, newest first, and one import with its report
 * (refused attributes and notes with their reasons, what the store refused). An uploaded event
 * is spooled to a temporary file first (spool.ts), removed whatever happens.
 */
import type { Readable } from 'node:stream';
import type { Principal } from '../../core/accounts/roles.js';
import type { CommandContext } from '../../core/context.js';
import { DomainError, NotFoundError } from '../../core/errors.js';
import type { AttributeOutcome } from '../../interop/misp/event-to-stix.js';
import type { ObjectOutcome } from '../../interop/stix/import-report.js';
import type { Reader } from '../../storage/database.js';
import { getMispImport, listMispImports } from '../../storage/misp/imports.js';
import type { MispImportsTable } from '../../storage/misp/schema.js';
import type { SharingDeps } from '../sharing/deps.js';
import { importEventFrom } from './import-event.js';
import { spool } from './spool.js';

export interface MispImportView {
  id: string;
  via: string;
  source: string;
  userId: string | null;
  eventUuid: string | null;
  eventInfo: string | null;
  status: string;
  attributes: number;
  converted: number;
  keptAsNotes: number;
  refused: number;
  stored: number;
  unchanged: number;
  rejected: number;
  error: string | null;
  startedAt: string;
  finishedAt: string;
}

export interface MispImportDetail extends MispImportView {
  objects: number;
  galaxies: number;
  outcomes: AttributeOutcome[];
  rejections: ObjectOutcome[];
}

export function importView(row: MispImportsTable): MispImportView {
  return {
    id: row.id,
    via: row.via,
    source: row.source,
    userId: row.user_id,
    eventUuid: row.event_uuid,
    eventInfo: row.event_info,
    status: row.status,
    attributes: Number(row.attributes),
    converted: Number(row.converted),
    keptAsNotes: Number(row.kept_as_notes),
    refused: Number(row.refused),
    stored: Number(row.stored),
    unchanged: Number(row.unchanged),
    rejected: Number(row.rejected),
    error: row.error,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}

export async function recentImports(db: Reader, limit = 100): Promise<MispImportView[]> {
  return (await listMispImports(db, limit)).map(importView);
}

export async function importDetail(db: Reader, id: string): Promise<MispImportDetail> {
  const row = await getMispImport(db, id);
  if (!row) throw new NotFoundError('misp_import', id);
  const report = JSON.parse(row.report) as Partial<
    Pick<MispImportDetail, 'objects' | 'galaxies' | 'outcomes' | 'rejections'>
  >;
  return {
    ...importView(row),
    objects: report.objects ?? 0,
    galaxies: report.galaxies ?? 0,
    outcomes: report.outcomes ?? [],
    rejections: report.rejections ?? [],
  };
}

/** An event uploaded in the console: spooled (at most `maxBytes`), imported, its report returned. */
export async function importUpload(
  deps: SharingDeps,
  ctx: CommandContext,
  principal: Principal,
  name: string,
  body: Readable,
  maxBytes: number,
): Promise<MispImportDetail> {
  let size = 0;
  const file = await spool(
    (async function* limit() {
      for await (const chunk of body as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > maxBytes)
          throw new DomainError('payload_too_large', `the file is larger than the ${maxBytes} bytes allowed`);
        yield chunk;
      }
    })(),
  );
  try {
    const recorded = await importEventFrom(
      deps,
      ctx,
      { via: 'upload', name, userId: principal.userId },
      file.bytes,
    );
    return importDetail(deps.database.db, recorded.id);
  } finally {
    await file.done();
  }
}
