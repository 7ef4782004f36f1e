/**
 * Lenient STIX 2.1 import, object by object: a bundle streams through the splitter, each object
 * is validated on its own, and what passes is written in batches. One bad object never takes
 * the others down: it is rejected with its reason, and if a batch fails at the database its
 * objects are retried one by one. An object and its observables always commit together.
 *
 * Audit: each batch that changes something writes one `stix.import` event in its transaction
 * (counts and a digest of the ids written). A batch that changes nothing writes none: the log
 * records state changes, and re-importing a bundle already held is not one.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import type { AuditEntry } from '../../core/audit/chain.js';
import type { CommandContext } from '../../core/context.js';
import { extractObservables } from '../../core/sharing/observables/extract.js';
import { type StixObject, validateStixObject } from '../../core/sharing/stix/validate.js';
import { appendAudit } from '../../storage/audit/audit-log.js';
import type { Database } from '../../storage/database.js';
import { type PutOutcome, putStixObjects, refreshStixStatistics } from '../../storage/sharing/put-object.js';
import type { IndexedObservable } from '../../storage/sharing/types.js';
import {
  emptyReport,
  type ImportReport,
  type ObjectOutcome,
  record,
  refusedByValidation,
} from './import-report.js';
import {
  DEFAULT_MAX_DEPTH,
  DEFAULT_MAX_OBJECT_BYTES,
  type SplitItem,
  StixJsonSplitter,
} from './json-splitter.js';

export interface ImportOptions {
  readonly ctx: CommandContext;
  /** 'local' (default) or the node id of the peer the objects came from. */
  readonly source?: string;
  /** The conditions received objects were shared under; stored with each version. */
  readonly shareContext?: unknown;
  /** Objects per transaction (default `DEFAULT_BATCH_SIZE`). */
  readonly batchSize?: number;
  readonly maxObjectBytes?: number;
  readonly maxDepth?: number;
  /** Called after each chunk is read (and before its objects are written). */
  readonly onProgress?: (bytesRead: number, totalBytes: number | undefined) => void;
  /** Total input size for progress, when known. */
  readonly totalBytes?: number;
  /**
   * Which outcomes the report lists: every one (default), or only rejections and warnings, for
   * imports too large to list (the counts are whole either way).
   */
  readonly outcomes?: 'all' | 'problems';
  /** Keep the objects whose current version changed, with their observables, for correlation (`changed`). */
  readonly collectChanged?: boolean;
}

/**
 * Objects per transaction inside the server: on SQLite a batch runs synchronously, so 1,000
 * objects (about 60 ms) is as long as a request or delivery waits for the event loop.
 */
export const DEFAULT_BATCH_SIZE = 1000;

/**
 * Objects per transaction for bulk imports from the command line, a process of its own.
 * Ids and hash keys are random, so every row lands on a different page of each index, and a
 * commit writes each page it dirtied to the WAL: larger batches dirty each page once for many
 * rows. On the 100,000-object benchmark 5,000 imported about 1.5 times as fast as 1,000, and
 * 10,000 no faster than 5,000 (docs/BENCHMARKS.md).
 */
export const BULK_BATCH_SIZE = 5000;

/** An object whose current version an import changed, with its observables. */
export interface ChangedObject {
  readonly id: string;
  readonly observables: readonly IndexedObservable[];
}

interface Pending {
  readonly index: number;
  readonly offset: number;
  readonly object: StixObject;
  readonly warnings: string[];
  readonly observables: IndexedObservable[];
}

/** Imports a bundle, an array of objects or one object from a stream of bytes. */
export async function importStix(
  database: Database,
  input: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  options: ImportOptions,
): Promise<ImportReport> {
  const importer = new StixObjectImporter(database, options);
  const splitter = new StixJsonSplitter({
    maxObjectBytes: options.maxObjectBytes ?? DEFAULT_MAX_OBJECT_BYTES,
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
  });
  const take = async (items: SplitItem[]) => {
    for (const item of items) {
      const value = parse(item, importer.report);
      if (value !== undefined) await importer.add(value.value, item.index, item.offset);
    }
  };
  for await (const chunk of input) {
    const items = splitter.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    options.onProgress?.(splitter.offset, options.totalBytes);
    await take(items);
  }
  await take(splitter.end());
  const report = await importer.finish();
  report.bytes = splitter.offset;
  if (splitter.failure) report.stopped = splitter.failure;
  return report;
}

/**
 * The importer behind `importStix`, for callers that make STIX objects themselves (the MISP
 * importer): each object given is validated and reported on its own, and written in batches.
 */
export class StixObjectImporter {
  readonly report: ImportReport;
  /**
   * With `collectChanged`: the objects whose current version this import changed and that carry
   * observables, with those observables (correlation needs nothing else, so it reads nothing back).
   */
  readonly changed: ChangedObject[] = [];
  readonly #database: Database;
  readonly #options: ImportOptions;
  readonly #batchSize: number;
  #batch: Pending[] = [];
  #batchNo = 0;
  #index = 0;

  constructor(database: Database, options: ImportOptions) {
    this.#database = database;
    this.#options = options;
    this.#batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    this.report = emptyReport(randomUUID(), options.outcomes ?? 'all');
  }

  /** Validates one object and writes it with its batch; index and offset name it in the report. */
  async add(value: unknown, index = this.#index, offset = 0): Promise<void> {
    this.#index = index + 1;
    const pending = prepare(value, index, offset, this.report);
    if (!pending) return;
    this.#batch.push(pending);
    if (this.#batch.length >= this.#batchSize) await this.flush();
  }

  /** Writes what is waiting (callers that need it stored before going on). */
  async flush(): Promise<void> {
    if (this.#batch.length === 0) return;
    const batch = this.#batch;
    this.#batch = [];
    await writeBatch(
      this.#database,
      this.#options,
      this.report,
      batch,
      ++this.#batchNo,
      this.#options.collectChanged ? this.changed : undefined,
    );
  }

  async finish(): Promise<ImportReport> {
    await this.flush();
    await refreshStatistics(this.#database, this.report.accepted);
    // Outcomes are recorded as batches finish; the report reads in input order.
    this.report.objects.sort((a, b) => a.index - b.index);
    return this.report;
  }
}

/**
 * Objects stored at once after which PostgreSQL is asked to refresh its statistics of the STIX
 * tables: planned on a fresh table's empty statistics, the keyset reads of TAXII and exports
 * ran about three times slower until autovacuum came round (docs/BENCHMARKS.md).
 */
const ANALYZE_AFTER = 10_000;

async function refreshStatistics(database: Database, stored: number): Promise<void> {
  if (stored >= ANALYZE_AFTER) await refreshStixStatistics(database);
}

/** Imports a file, reading it in 1 MiB chunks. */
export async function importStixFile(
  database: Database,
  path: string,
  options: ImportOptions,
): Promise<ImportReport> {
  const totalBytes = statSync(path).size;
  return importStix(database, createReadStream(path, { highWaterMark: 1 << 20 }), { totalBytes, ...options });
}

/** Parses one element; an element that is not JSON is recorded and returns undefined. */
function parse(item: SplitItem, report: ImportReport): { value: unknown } | undefined {
  if (item.kind === 'skipped') {
    record(report, {
      index: item.index,
      status: 'rejected',
      code: item.code,
      reason: item.reason,
      offset: item.offset,
    });
    return undefined;
  }
  try {
    return { value: JSON.parse(item.text) };
  } catch (error) {
    record(report, {
      index: item.index,
      ...idOf(item.text),
      status: 'rejected',
      code: 'malformed',
      reason: `malformed JSON: ${(error as Error).message}`,
      offset: item.offset,
    });
    return undefined;
  }
}

/** Validates one object; rejections are recorded and return undefined. */
function prepare(value: unknown, index: number, offset: number, report: ImportReport): Pending | undefined {
  const check = validateStixObject(value);
  if (!check.ok) {
    record(report, { ...refusedByValidation(index, check), offset });
    return undefined;
  }
  const observables = extractObservables(check.object).map((o) => ({ kind: o.kind, value: o.value }));
  return { index, offset, object: check.object, warnings: check.warnings, observables };
}

/** A rejected object's id and type, found without parsing, so the report can name it. */
function idOf(text: string): { id?: string; type?: string } {
  const id = /"id"\s*:\s*"([^"\\]{1,200})"/.exec(text)?.[1];
  const type = /"type"\s*:\s*"([^"\\]{1,100})"/.exec(text)?.[1];
  return { ...(id ? { id } : {}), ...(type ? { type } : {}) };
}

/**
 * Writes a batch in one transaction; if the database refuses it, writes each object in a
 * transaction of its own so only the object at fault is rejected.
 */
async function writeBatch(
  database: Database,
  options: ImportOptions,
  report: ImportReport,
  batch: readonly Pending[],
  batchNo: number,
  changed?: ChangedObject[],
): Promise<void> {
  const note = (pending: Pending, outcome: PutOutcome) => {
    if (!changed || (outcome.status !== 'created' && outcome.status !== 'updated')) return;
    if (pending.observables.length > 0 && pending.object.revoked !== true)
      changed.push({ id: outcome.id, observables: pending.observables });
  };
  try {
    const outcomes = await writeObjects(database, options, report, batch, `${batchNo}`);
    for (const [i, p] of batch.entries()) {
      record(report, outcomeOf(p, outcomes[i]!));
      note(p, outcomes[i]!);
    }
    return;
  } catch {
    // Fall through: find the object at fault.
  }
  for (const [i, pending] of batch.entries()) {
    try {
      const [outcome] = await writeObjects(database, options, report, [pending], `${batchNo}.${i + 1}`);
      record(report, outcomeOf(pending, outcome!));
      note(pending, outcome!);
    } catch (error) {
      record(report, {
        index: pending.index,
        id: pending.object.id,
        type: pending.object.type,
        status: 'rejected',
        code: 'database_error',
        reason: `the database refused it: ${(error as Error).message}`,
        offset: pending.offset,
      });
    }
  }
}

async function writeObjects(
  database: Database,
  options: ImportOptions,
  report: ImportReport,
  batch: readonly Pending[],
  label: string,
): Promise<PutOutcome[]> {
  const at = options.ctx.clock.now().toISOString();
  const source = options.source ?? 'local';
  const outcomes = await database.transact(async (tx) => {
    const results = await putStixObjects(
      tx,
      batch.map((p) => ({
        object: p.object,
        observables: p.observables,
        source,
        ...(options.shareContext === undefined ? {} : { shareContext: options.shareContext }),
        at,
      })),
    );
    const entry = auditEntry(options, report.importId, label, source, results);
    if (entry) await appendAudit(tx, options.ctx, [entry]);
    return results;
  });
  if (outcomes.some(isChange)) report.auditedBatches++;
  return outcomes;
}

function isChange(o: PutOutcome): boolean {
  return o.status === 'created' || o.status === 'updated' || o.status === 'history';
}

/** One event per batch: counts, and a digest of the versions written so the event pins them. */
function auditEntry(
  options: ImportOptions,
  importId: string,
  batch: string,
  source: string,
  results: readonly PutOutcome[],
): AuditEntry | undefined {
  const written = results.filter(isChange);
  if (written.length === 0) return undefined;
  const digest = createHash('sha256');
  for (const r of written) digest.update(`${r.id}\n${r.modified}\n`);
  const count = (status: PutOutcome['status']) => results.filter((r) => r.status === status).length;
  return {
    actor: options.ctx.actor,
    action: 'stix.import',
    subjectType: 'stix_import',
    subjectId: importId,
    details: {
      batch,
      source,
      created: count('created'),
      updated: count('updated'),
      history: count('history'),
      unchanged: count('unchanged'),
      conflicts: count('conflict'),
      versionsDigest: digest.digest('hex'),
    },
  };
}

function outcomeOf(p: Pending, put: PutOutcome): ObjectOutcome {
  const { id, type } = p.object;
  switch (put.status) {
    case 'unchanged':
      return { index: p.index, id, type, status: 'unchanged' };
    case 'conflict':
      return {
        index: p.index,
        id,
        type,
        status: 'rejected',
        code: 'version_conflict',
        reason: `another object with this id and modified (${put.modified}) is already stored; a change needs a later modified`,
        offset: p.offset,
      };
    case 'foreign':
      return {
        index: p.index,
        id,
        type,
        status: 'rejected',
        code: 'not_originator',
        reason: `this object is held from ${put.heldFrom === 'local' ? 'this node' : `peer ${put.heldFrom}`}; only its originator issues new versions`,
        offset: p.offset,
      };
    default:
      return { index: p.index, id, type, status: 'accepted', change: put.status, warnings: p.warnings };
  }
}
