/**
 * Imports one MISP event into the STIX store, streamed: the event is read twice (its own
 * fields, then its attributes and objects one at a time; see event-reader.ts), each attribute
 * becomes its STIX object as it is read, and the objects are written in batches through the
 * lenient importer. Memory holds one batch and the ids the report refers to, whatever the
 * event's size. An attribute that cannot be read, or whose type has no STIX equivalent, is
 * reported on its own; it never stops the event. An event whose own fields cannot be read is
 * refused whole, before anything is written.
 */
import type { CommandContext } from '../../core/context.js';
import { DomainError } from '../../core/errors.js';
import type { Database } from '../../storage/database.js';
import type { ImportReport } from '../stix/import-report.js';
import { StixObjectImporter } from '../stix/import.js';
import { type EventElement, MispEventScanner } from './event-reader.js';
import { type AttributeOutcome, MispEventConverter } from './event-to-stix.js';
import type { MispEvent, MispObject } from './misp-event.js';

export type ByteSource = () => AsyncIterable<Buffer | string> | Iterable<Buffer | string>;

export interface MispEventImport {
  readonly event: {
    readonly uuid: string;
    readonly info: string;
    readonly date?: string;
    readonly timestamp?: string;
  };
  readonly attributes: {
    readonly total: number;
    readonly converted: number;
    readonly keptAsNote: number;
    readonly refused: number;
  };
  /** MISP objects read (their attributes are counted with the others). */
  readonly objects: number;
  /** Galaxy clusters that became STIX objects. */
  readonly galaxies: number;
  /** Attributes refused or kept as notes, each with its reason (at most `MAX_LISTED`). */
  readonly outcomes: readonly AttributeOutcome[];
  /** What the STIX store did: objects stored, already held, refused (with the first reasons). */
  readonly stix: ImportReport;
  /** Tag names met on the event and its attributes. */
  readonly tags: readonly string[];
  /** Ids of the objects whose current version changed: for correlation. */
  readonly changed: readonly string[];
  readonly bytes: number;
}

export interface MispImportOptions {
  readonly ctx: CommandContext;
  readonly batchSize?: number;
  /** Called as bytes are read: `scan` for the first pass, `import` for the second. */
  readonly onProgress?: (phase: 'scan' | 'import', bytes: number) => void;
  /** A change made now (an edit through the API): see `MispEventConverter`. */
  readonly at?: string;
  /** Objects of the event's earlier version that stay in it. */
  readonly keepRefs?: readonly string[];
  /** Only this event may be read (an edit of one event must not write another). */
  readonly expectUuid?: string;
}

/** Outcomes listed per event; counts are always whole. */
export const MAX_LISTED = 1000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** Reads an event's own fields (first pass), or says in one line why it is not a MISP event. */
export async function readEventHeader(
  source: ByteSource,
  onProgress?: (bytes: number) => void,
): Promise<{ event: MispEvent; attributes: number; objects: number; bytes: number }> {
  const scanner = new MispEventScanner();
  for await (const chunk of source()) {
    scanner.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk, false);
    onProgress?.(scanner.offset);
    if (scanner.failure) break;
  }
  const failure = scanner.end();
  if (failure) throw new DomainError('misp_bad_event', `not a MISP event: ${failure}`);
  let header: Record<string, unknown>;
  try {
    header = scanner.header();
  } catch (error) {
    throw new DomainError('misp_bad_event', `not a MISP event: ${(error as Error).message}`);
  }
  if (typeof header.uuid !== 'string' || !UUID.test(header.uuid))
    throw new DomainError('misp_bad_event', 'not a MISP event: the event has no valid "uuid"');
  if (header.info !== undefined && typeof header.info !== 'string')
    throw new DomainError('misp_bad_event', 'not a MISP event: "info" must be text');
  for (const list of ['Tag', 'Galaxy'] as const)
    if (header[list] !== undefined && !Array.isArray(header[list]))
      throw new DomainError('misp_bad_event', `not a MISP event: "${list}" must be a list`);
  return {
    event: { ...(header as unknown as MispEvent), info: (header.info as string | undefined) ?? '' },
    attributes: scanner.counts.Attribute,
    objects: scanner.counts.Object,
    bytes: scanner.offset,
  };
}

export async function importMispEvent(
  database: Database,
  source: ByteSource,
  options: MispImportOptions,
): Promise<MispEventImport> {
  const { event } = await readEventHeader(source, (bytes) => options.onProgress?.('scan', bytes));
  if (options.expectUuid && event.uuid.toLowerCase() !== options.expectUuid.toLowerCase())
    throw new DomainError('misp_bad_event', `the body is the event ${event.uuid}, not ${options.expectUuid}`);
  const converter = new MispEventConverter(event, {
    keepOutcomes: 0,
    ...(options.at ? { at: options.at } : {}),
    ...(options.keepRefs ? { keepRefs: options.keepRefs } : {}),
  });
  const importer = new StixObjectImporter(database, {
    ctx: options.ctx,
    outcomes: 'problems',
    collectChanged: true,
    ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
  });
  const scanner = new MispEventScanner();
  let objects = 0;
  const take = async (elements: EventElement[]) => {
    for (const element of elements) {
      for (const stix of convertElement(converter, element)) await importer.add(stix);
      if (element.list === 'Object') objects++;
    }
  };
  for await (const chunk of source()) {
    await take(scanner.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk, true));
    options.onProgress?.('import', scanner.offset);
  }
  // The first pass read the same bytes whole; a source that changed between passes is refused.
  const failure = scanner.end();
  if (failure) throw new DomainError('misp_bad_event', `the event changed while it was read: ${failure}`);
  const { first, last } = converter.finish();
  for (const stix of [...first, ...last]) await importer.add(stix);
  const stix = await importer.finish();
  stix.objects.splice(MAX_LISTED);
  const c = converter.counts;
  return {
    event: {
      uuid: event.uuid,
      info: event.info,
      ...(typeof event.date === 'string' ? { date: event.date } : {}),
      ...(event.timestamp !== undefined ? { timestamp: String(event.timestamp) } : {}),
    },
    attributes: {
      total: c.converted + c.keptAsNote + c.refused,
      converted: c.converted,
      keptAsNote: c.keptAsNote,
      refused: c.refused,
    },
    objects,
    galaxies: c.galaxies,
    outcomes: converter.outcomes.slice(0, MAX_LISTED),
    stix,
    tags: [...converter.tags],
    changed: importer.changed,
    bytes: scanner.offset,
  };
}

/** The STIX objects of one element of the event's lists; a refusal is recorded by the converter. */
function convertElement(converter: MispEventConverter, element: EventElement) {
  if (element.kind === 'skipped') {
    converter.refuse(`${element.list} ${element.index + 1}`, element.reason);
    return [];
  }
  let value: unknown;
  try {
    value = JSON.parse(element.text);
  } catch (error) {
    converter.refuse(`${element.list} ${element.index + 1}`, `malformed JSON: ${(error as Error).message}`);
    return [];
  }
  if (element.list === 'Attribute') return converter.attribute(value as never);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    converter.refuse(`Object ${element.index + 1}`, 'the MISP object is not a JSON object');
    return [];
  }
  return converter.object(value as MispObject);
}
