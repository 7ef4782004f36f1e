/**
 * Stores objects a user gives an incident, each checked on its own, inside the caller's
 * transaction: invalid ones are reported with their reason (and JSON Pointer) and the rest
 * stored. A user may add a peer's object to an incident only as it stands: changing an object
 * another node originated is refused (only its originator speaks for it).
 */
import { extractObservables } from '../../core/sharing/observables/extract.js';
import { validateStixObject } from '../../core/sharing/stix/validate.js';
import type { Tx } from '../../storage/database.js';
import { addIncidentMembers } from '../../storage/sharing/incident-rows.js';
import { putStixObject } from '../../storage/sharing/put-object.js';
import type { CorrelationSubject } from './correlate.js';
import { refusedByValidation } from '../../interop/stix/import-report.js';

export type ObjectReport =
  | {
      index: number;
      id: string;
      type: string;
      status: 'accepted';
      change: 'created' | 'updated' | 'history';
      warnings: string[];
    }
  | { index: number; id: string; type: string; status: 'unchanged' }
  | {
      index: number;
      id?: string;
      type?: string;
      status: 'rejected';
      code: string;
      reason: string;
      path?: string;
    };

export interface StoredBatch {
  readonly report: ObjectReport[];
  /** Objects whose current version changed: to correlate and to propagate. */
  readonly changed: string[];
  readonly subjects: CorrelationSubject[];
}

export async function storeLocalObjects(
  tx: Tx,
  incidentId: string,
  objects: readonly unknown[],
  at: string,
): Promise<StoredBatch> {
  const report: ObjectReport[] = [];
  const changed: string[] = [];
  const subjects: CorrelationSubject[] = [];
  const members: string[] = [];
  for (const [index, value] of objects.entries()) {
    const check = validateStixObject(value);
    if (!check.ok) {
      report.push(refusedByValidation(index, check));
      continue;
    }
    const object = check.object;
    // A peer's object: the store answers `foreign` for a change, `unchanged` for the same version.
    const observables = extractObservables(object).map((o) => ({ kind: o.kind, value: o.value }));
    const put = await putStixObject(tx, { object, observables, source: 'local', at });
    if (put.status === 'foreign') {
      report.push({
        index,
        id: object.id,
        type: object.type,
        status: 'rejected',
        code: 'not_originator',
        reason: `${object.id} was originated by ${put.heldFrom}; only its originator may change it`,
      });
      continue;
    }
    if (put.status === 'conflict') {
      report.push({
        index,
        id: object.id,
        type: object.type,
        status: 'rejected',
        code: 'version_conflict',
        reason: `another object with this id and modified (${put.modified}) is already stored; a change needs a later modified`,
      });
      continue;
    }
    members.push(object.id);
    if (put.status === 'unchanged') {
      report.push({ index, id: object.id, type: object.type, status: 'unchanged' });
      continue;
    }
    report.push({
      index,
      id: object.id,
      type: object.type,
      status: 'accepted',
      change: put.status,
      warnings: check.warnings,
    });
    if (put.status !== 'history') {
      changed.push(object.id);
      subjects.push({ type: 'stix', id: object.id, source: 'local', observables });
    }
  }
  await addIncidentMembers(tx, incidentId, members, at);
  return { report, changed, subjects };
}
