/**
 * STIX 2.1 export: a bundle of current objects chosen by id, type or incident, each passed
 * through the distribution rules for the audience it is meant for. Objects the audience may
 * not receive are left out and counted by reason; granular redactions are applied. The bundle
 * is written piece by piece, so an export of a whole store never sits in memory at once.
 */
import { randomUUID } from 'node:crypto';
import {
  type Audience,
  mayDistribute,
  redact,
  type ShareContext,
} from '../../core/sharing/markings/distribution.js';
import type { StixObject } from '../../core/sharing/stix/validate.js';
import type { Database } from '../../storage/database.js';
import {
  currentEdgesOf,
  getCurrentStixObject,
  getCurrentStixObjects,
  listCurrentStixObjects,
} from '../../storage/sharing/read-objects.js';
import type { StoredStixObject } from '../../storage/sharing/types.js';

export interface ExportSelection {
  /** These objects (current versions), in this order. */
  readonly ids?: readonly string[];
  /** Every current object of these types. */
  readonly types?: readonly string[];
  /** An incident with its relationships and sightings and the objects at their other ends. */
  readonly incident?: string;
}

export interface ExportOptions {
  readonly selection: ExportSelection;
  /** Who the bundle is for; decides what is left out or redacted. */
  readonly audience: Audience;
  /** The share context of objects created on this node (received ones carry their own). */
  readonly localContext: ShareContext;
  /** Objects read from the store per page (default 1,000). */
  readonly pageSize?: number;
}

export interface ExportSummary {
  readonly bundleId: string;
  emitted: number;
  /** Objects left out because the audience may not receive them. */
  withheld: number;
  /** Reasons for leaving objects out, with how many each. */
  readonly withheldBy: Record<string, number>;
  /** Objects emitted with fields removed by granular markings. */
  redacted: number;
  /** Ids asked for that the store does not hold. */
  readonly missing: string[];
}

/**
 * Writes a bundle through `write` (which may return a promise to apply backpressure) and
 * returns what was emitted and withheld.
 */
export async function writeStixBundle(
  database: Database,
  options: ExportOptions,
  write: (chunk: string) => void | Promise<void>,
): Promise<ExportSummary> {
  const summary: ExportSummary = {
    bundleId: `bundle--${randomUUID()}`,
    emitted: 0,
    withheld: 0,
    withheldBy: {},
    redacted: 0,
    missing: [],
  };
  const markings = await knownMarkings(database);
  const emitted = new Set<string>();
  await write(`{"type":"bundle","id":"${summary.bundleId}","objects":[`);
  for await (const stored of selected(database, options, summary)) {
    if (emitted.has(stored.id)) continue;
    const object = stored.object as StixObject;
    const context = (stored.shareContext as ShareContext | null) ?? options.localContext;
    const decision = mayDistribute(object, markings, context, options.audience);
    if (!decision.allowed) {
      summary.withheld++;
      summary.withheldBy[decision.reason] = (summary.withheldBy[decision.reason] ?? 0) + 1;
      continue;
    }
    const out = decision.redactedPaths.length > 0 ? redact(object, decision.redactedPaths) : object;
    if (decision.redactedPaths.length > 0) summary.redacted++;
    await write(`${summary.emitted === 0 ? '\n' : ',\n'}${JSON.stringify(out)}`);
    emitted.add(stored.id);
    summary.emitted++;
  }
  await write('\n]}\n');
  return summary;
}

/** Writes into a string: for tests and small exports. */
export async function exportStixBundle(
  database: Database,
  options: ExportOptions,
): Promise<{ bundle: string; summary: ExportSummary }> {
  const parts: string[] = [];
  const summary = await writeStixBundle(database, options, (chunk) => {
    parts.push(chunk);
  });
  return { bundle: parts.join(''), summary };
}

async function* selected(
  database: Database,
  options: ExportOptions,
  summary: ExportSummary,
): AsyncGenerator<StoredStixObject> {
  const { ids, types, incident } = options.selection;
  const pageSize = options.pageSize ?? 1000;
  if (ids && ids.length > 0) {
    for (let i = 0; i < ids.length; i += pageSize) {
      const page = ids.slice(i, i + pageSize);
      const found = await getCurrentStixObjects(database, page);
      const held = new Set(found.map((o) => o.id));
      summary.missing.push(...page.filter((id) => !held.has(id)));
      yield* found;
    }
  }
  if (incident) {
    const root = await getCurrentStixObject(database, incident);
    if (!root) summary.missing.push(incident);
    else {
      yield root;
      const edges = await currentEdgesOf(database, incident);
      yield* edges;
      const others = edges
        .flatMap((e) => [e.object.source_ref, e.object.target_ref, e.object.sighting_of_ref])
        .filter((ref): ref is string => typeof ref === 'string' && ref !== incident);
      yield* await getCurrentStixObjects(database, [...new Set(others)]);
    }
  }
  const everything = !(ids && ids.length > 0) && !incident && !(types && types.length > 0);
  for (const type of everything ? [undefined] : (types ?? [])) {
    let after: string | undefined;
    do {
      const page = await listCurrentStixObjects(database, {
        ...(type === undefined ? {} : { type }),
        ...(after === undefined ? {} : { after }),
        limit: pageSize,
      });
      yield* page.objects;
      after = page.next;
    } while (after !== undefined);
  }
}

/** Marking definitions held by the store, by id, for interpreting markings on the way out. */
async function knownMarkings(database: Database): Promise<Map<string, StixObject>> {
  const markings = new Map<string, StixObject>();
  let after: string | undefined;
  do {
    const page = await listCurrentStixObjects(database, {
      type: 'marking-definition',
      limit: 1000,
      ...(after === undefined ? {} : { after }),
    });
    for (const m of page.objects) markings.set(m.id, m.object as StixObject);
    after = page.next;
  } while (after !== undefined);
  return markings;
}
