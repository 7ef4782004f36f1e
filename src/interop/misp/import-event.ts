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
import type { StixObject } from '../../core/sharing/stix/validate.js';
import { DomainError } from '../../core/errors.js';
import type { Database } from '../../storage/database.js';
import { emptyReport, type ImportReport, type ObjectOutcome, onOutcome } from '../stix/import-report.js';
import { type ChangedObject, StixObjectImporter } from '../stix/import.js';
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
  /** The objects whose current version changed, with their observables: for correlation. */
  readonly changed: readonly ChangedObject[];
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
  /** Receives changed objects as they pile up (see `MispImportSession`). */
  readonly onChanged?: (changed: ChangedObject[]) => Promise<void>;
}

/** Changed objects handed to `onChanged` at a time. */
const CHANGED_HANDED_AT = 5000;

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
  const session = new MispImportSession(database, {
    ctx: options.ctx,
    ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
    ...(options.onChanged ? { onChanged: options.onChanged } : {}),
  });
  await session.read(source, options);
  await session.finish();
  const [result] = session.takeDone();
  return { ...result!, changed: session.takeChanged() };
}

interface OpenEvent {
  readonly stix: ImportReport;
  /** The session's index of the event's first STIX object. */
  readonly start: number;
  /** Once all its objects are added: what was read, and the index after its last object. */
  read?: { readonly result: Omit<MispEventImport, 'changed' | 'stix'>; readonly end: number };
}

/**
 * Imports events one after another through one importer, so the objects of many small events
 * (a feed) are written in large batches, as a bulk import is. An event is done — and may be
 * recorded as imported — once every one of its objects has been written; `takeDone` hands out
 * the events done so far. An event whose reading fails is dropped; objects of it already
 * written stay (as any import's would) and it is not done, so a feed tries it again.
 */
export class MispImportSession {
  readonly #importer: StixObjectImporter;
  readonly #open: OpenEvent[] = [];
  #next = 0;

  readonly #onChanged: ((changed: ChangedObject[]) => Promise<void>) | undefined;

  /**
   * `onChanged`, when given, receives the changed objects (for correlation) as they pile up,
   * so a very large event does not hold them all until its end.
   */
  constructor(
    database: Database,
    options: {
      ctx: CommandContext;
      batchSize?: number;
      onChanged?: (changed: ChangedObject[]) => Promise<void>;
    },
  ) {
    this.#onChanged = options.onChanged;
    this.#importer = new StixObjectImporter(database, {
      ctx: options.ctx,
      outcomes: 'problems',
      collectChanged: true,
      ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
    });
    onOutcome(this.#importer.report, (outcome) => this.#route(outcome));
  }

  /** Reads one event and hands its objects to the importer (some may be written already). */
  async read(source: ByteSource, options: Omit<MispImportOptions, 'ctx' | 'batchSize'> = {}): Promise<void> {
    const { event } = await readEventHeader(source, (bytes) => options.onProgress?.('scan', bytes));
    if (options.expectUuid && event.uuid.toLowerCase() !== options.expectUuid.toLowerCase())
      throw new DomainError(
        'misp_bad_event',
        `the body is the event ${event.uuid}, not ${options.expectUuid}`,
      );
    const converter = new MispEventConverter(event, {
      keepOutcomes: 0,
      ...(options.at ? { at: options.at } : {}),
      ...(options.keepRefs ? { keepRefs: options.keepRefs } : {}),
    });
    const open: OpenEvent = {
      stix: { ...emptyReport(this.#importer.report.importId, 'problems') },
      start: this.#next,
    };
    this.#open.push(open);
    try {
      const scanner = new MispEventScanner();
      let objects = 0;
      const take = async (elements: EventElement[]) => {
        for (const element of elements) {
          for (const stix of convertElement(converter, element)) await this.#add(stix);
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
      for (const stix of [...first, ...last]) await this.#add(stix);
      const c = converter.counts;
      const result: NonNullable<OpenEvent['read']>['result'] = {
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
        tags: [...converter.tags],
        bytes: scanner.offset,
      };
      open.read = { result, end: this.#next };
    } catch (error) {
      this.#open.splice(this.#open.indexOf(open), 1);
      throw error;
    }
  }

  /** Writes what waits; events whose objects are all written become done. */
  async flush(): Promise<void> {
    await this.#importer.flush();
  }

  /** Writes what waits and refreshes the database's statistics after a large import. */
  async finish(): Promise<void> {
    await this.#importer.finish();
  }

  /** The events done since the last call, each with what the store did with its objects. */
  takeDone(): Array<Omit<MispEventImport, 'changed'>> {
    const done = this.#open.filter((e) => e.read && e.stix.total === e.read.end - e.start);
    for (const e of done) this.#open.splice(this.#open.indexOf(e), 1);
    // The importer's own list of problems is copied into each event's: it need not grow.
    if (this.#open.length === 0) this.#importer.report.objects.length = 0;
    return done.map((e) => ({ ...e.read!.result, stix: e.stix }));
  }

  /** Objects changed since the last call, with their observables: for correlation. */
  takeChanged(): ChangedObject[] {
    return this.#importer.changed.splice(0);
  }

  async #add(stix: StixObject): Promise<void> {
    await this.#importer.add(stix, this.#next++);
    if (this.#onChanged && this.#importer.changed.length >= CHANGED_HANDED_AT)
      await this.#onChanged(this.takeChanged());
  }

  #route(outcome: ObjectOutcome): void {
    const open = this.#open.find(
      (e) => outcome.index >= e.start && (e.read === undefined || outcome.index < e.read.end),
    );
    if (!open) return;
    const report = open.stix;
    report.total++;
    if (outcome.status === 'accepted') {
      report.accepted++;
      if (outcome.warnings.length > 0) report.acceptedWithWarnings++;
    } else if (outcome.status === 'rejected') report.rejected++;
    else report.unchanged++;
    const listed =
      outcome.status === 'rejected' || (outcome.status === 'accepted' && outcome.warnings.length > 0);
    if (listed && report.objects.length < MAX_LISTED)
      report.objects.push({ ...outcome, index: outcome.index - open.start });
  }
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
