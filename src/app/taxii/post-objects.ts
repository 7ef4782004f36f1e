/**
 * `POST …/collections/{id}/objects/`: a TAXII client hands the node an envelope of objects.
 * They go through the same lenient import as a bundle dropped in the console (each object
 * checked and reported on its own, an exact copy of a stored version counted as a success,
 * correlation alerts raised), into the inbox or into the incident the collection shows. The
 * answer is the status resource, complete when the request returns; it is kept for clients to
 * read back for `STATUS_KEPT_DAYS` days.
 */
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Principal } from '../../core/accounts/roles.js';
import type { CommandContext } from '../../core/context.js';
import { DomainError, ForbiddenError } from '../../core/errors.js';
import { taxiiTimestamp, taxiiVersion } from '../../core/taxii/timestamps.js';
import type { ImportReport } from '../../interop/stix/import-report.js';
import { importStix } from '../../interop/stix/import.js';
import { runCommand } from '../../storage/command.js';
import { versionKey } from '../../storage/sharing/stix-version.js';
import { addPostedVersions } from '../../storage/taxii/posted-objects.js';
import {
  forgetStatusesBefore,
  insertStatus,
  type StatusDetail,
  type TaxiiStatusRecord,
} from '../../storage/taxii/status-rows.js';
import { importIntoIncident } from '../sharing/add-objects.js';
import { correlateImported } from '../sharing/correlate-import.js';
import type { SharingDeps } from '../sharing/deps.js';
import type { TaxiiCollection } from './collections.js';

/** TAXII asks for at least a day (§4.3); a week lets a client that was down catch up. */
export const STATUS_KEPT_DAYS = 7;

type Envelope = { objects: unknown[] };

/** The envelope in a body, or a 422 saying what it is instead. */
export function parseEnvelope(body: Buffer): Envelope {
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch (error) {
    throw new DomainError('taxii_bad_envelope', `the body is not JSON: ${(error as Error).message}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new DomainError('taxii_bad_envelope', 'the body must be a TAXII envelope: {"objects": [...]}');
  const objects = (value as Record<string, unknown>).objects;
  if (objects === undefined) return { objects: [] };
  if (!Array.isArray(objects))
    throw new DomainError('taxii_bad_envelope', 'the envelope\'s "objects" must be a list of STIX objects');
  if (objects.length > 0 && objects.every(ofAnotherVersion))
    throw new DomainError(
      'taxii_bad_envelope',
      'the envelope holds no STIX 2.1 object: this server takes STIX 2.1 only (spec_version "2.1")',
    );
  return { objects };
}

/**
 * An object that says it is another STIX version: a `spec_version` other than 2.1, or none on
 * an object with `created` (a STIX 2.0 domain object; 2.1 requires `spec_version` there). A
 * 2.1 cyber observable may omit `spec_version`, so one without `created` is not judged here.
 */
function ofAnotherVersion(object: unknown): boolean {
  if (object === null || typeof object !== 'object') return false;
  const { spec_version: version, created } = object as Record<string, unknown>;
  return version === undefined ? created !== undefined : version !== '2.1';
}

export async function postObjects(
  deps: SharingDeps,
  ctx: CommandContext,
  principal: Principal,
  collection: TaxiiCollection,
  body: Buffer,
): Promise<TaxiiStatusRecord> {
  if (!collection.canWrite)
    throw new ForbiddenError(
      'taxii_not_writable',
      `the collection ${collection.alias} does not take objects from you`,
    );
  const envelope = parseEnvelope(body);
  const requested = ctx.clock.now();
  const report = collection.incidentId
    ? await importIntoIncident(deps, ctx, principal, collection.incidentId, Readable.from([body]))
    : await importStix(deps.database, [body], { ctx });
  if (!collection.incidentId) await correlateImported(deps.database, ctx, report);
  const { successes, failures } = outcomes(report, envelope, taxiiTimestamp(requested.toISOString()));
  const status: TaxiiStatusRecord = {
    id: randomUUID(),
    collectionId: collection.id,
    userId: principal.userId,
    status: 'complete',
    requestTimestamp: requested.toISOString(),
    completedAt: ctx.clock.now().toISOString(),
    successes,
    failures,
    pendings: [],
  };
  const at = requested.toISOString();
  await runCommand(deps.database, ctx, async (tx) => {
    if (collection.scope.kind === 'posted') {
      const versions = report.objects.flatMap((o) => {
        if (o.status === 'rejected') return [];
        const object = envelope.objects[o.index] as Record<string, unknown> | undefined;
        return object ? [{ objectId: o.id, modified: versionKey(object) }] : [];
      });
      await addPostedVersions(tx, collection.scope.collectionId, versions, at);
    }
    await insertStatus(tx, status);
    await forgetStatusesBefore(
      tx,
      new Date(requested.getTime() - STATUS_KEPT_DAYS * 86_400_000).toISOString(),
    );
    return {
      value: null,
      audit: {
        actor: ctx.actor,
        action: 'taxii.objects_posted',
        subjectType: 'taxii_collection',
        subjectId: collection.id,
        details: {
          alias: collection.alias,
          statusId: status.id,
          importId: report.importId,
          successes: successes.length,
          failures: failures.length,
        },
      },
    };
  });
  return status;
}

function outcomes(
  report: ImportReport,
  envelope: Envelope,
  requested: string,
): { successes: StatusDetail[]; failures: StatusDetail[] } {
  const successes: StatusDetail[] = [];
  const failures: StatusDetail[] = [];
  for (const outcome of report.objects) {
    const object = envelope.objects[outcome.index];
    const version = taxiiVersion(object) ?? requested;
    if (outcome.status === 'rejected') {
      const id = outcome.id ?? idIn(object) ?? `(object ${outcome.index + 1} of the envelope)`;
      failures.push({ id, version, message: outcome.reason });
    } else {
      successes.push({
        id: outcome.id,
        version,
        ...(outcome.status === 'unchanged' ? { message: 'already held: unchanged' } : {}),
      });
    }
  }
  if (report.stopped)
    failures.push({ id: '(rest of the envelope)', version: requested, message: report.stopped });
  return { successes, failures };
}

function idIn(object: unknown): string | undefined {
  const id = (object as Record<string, unknown> | null)?.id;
  return typeof id === 'string' ? id : undefined;
}
