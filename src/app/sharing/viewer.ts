/**
 * Every read of a STIX object goes through here: the caller's audience (this node's
 * organisation and State, `<username>@<nodeId>`, need to know from incident assignment or case
 * access) against the object's stored share context, with local objects read as originated by
 * this node. Objects a peer withdrew are hidden from everyone.
 */
import { localContext, userAudience } from '../../core/sharing/incidents/audiences.js';
import type { Principal } from '../../core/accounts/roles.js';
import {
  type Decision,
  mayDistribute,
  redact,
  type ShareContext,
} from '../../core/sharing/markings/distribution.js';
import type { StixObject } from '../../core/sharing/stix/validate.js';
import type { Database } from '../../storage/database.js';
import { heldMarkings } from '../../storage/sharing/current-objects.js';
import { withdrawnAmong } from '../../storage/sharing/shared-objects.js';
import type { StixObjectRecord, StoredStixObject } from '../../storage/sharing/types.js';
import { loadVisible } from '../cases/cases.js';
import type { SharingDeps } from './deps.js';

export interface Viewer {
  readonly principal: Principal;
  readonly nodeId: string;
  readonly state: string;
  /** Objects the user has need to know for: those of incidents assigned to them or of cases they see. */
  readonly needToKnow: ReadonlySet<string>;
  readonly markings: ReadonlyMap<string, StixObjectRecord>;
}

export async function viewerFor(deps: SharingDeps, principal: Principal): Promise<Viewer> {
  const db = deps.database.db;
  const incidents = await db
    .selectFrom('incidents')
    .select(['id', 'stix_id', 'case_id', 'assignees'])
    .execute();
  const mine: Array<{ id: string; stix_id: string }> = [];
  for (const incident of incidents) {
    const assigned = (JSON.parse(incident.assignees) as string[]).includes(principal.userId);
    const viaCase =
      !assigned &&
      incident.case_id !== null &&
      (await loadVisible(db, principal, incident.case_id).then(
        () => true,
        () => false,
      ));
    if (assigned || viaCase) mine.push(incident);
  }
  const needToKnow = new Set<string>(mine.map((i) => i.stix_id));
  if (mine.length > 0) {
    const rows = await db
      .selectFrom('incident_objects')
      .select('object_id')
      .where(
        'incident_id',
        'in',
        mine.map((i) => i.id),
      )
      .execute();
    for (const r of rows) needToKnow.add(r.object_id);
  }
  return {
    principal,
    nodeId: deps.nodeId,
    state: (await deps.ourState()) ?? '',
    needToKnow,
    markings: await heldMarkings(db),
  };
}

/** The decision for one stored object and this viewer. */
export function decide(viewer: Viewer, stored: StoredStixObject): Decision {
  const context = (stored.shareContext as ShareContext | null) ?? localContext(viewer.nodeId, viewer.state);
  const audience = userAudience({
    username: viewer.principal.username,
    nodeId: viewer.nodeId,
    state: viewer.state,
    needToKnow: viewer.needToKnow.has(stored.id),
  });
  return mayDistribute(
    stored.object as StixObject,
    viewer.markings as Map<string, StixObject>,
    context,
    audience,
  );
}

export interface VisibleObject {
  readonly object: StixObjectRecord;
  readonly source: string;
  readonly revoked: boolean;
  readonly redactedPaths: readonly string[];
}

/** The objects this viewer may see, redacted, in the order given; and how many were withheld. */
export async function visibleObjects(
  database: Database,
  viewer: Viewer,
  stored: readonly StoredStixObject[],
): Promise<{ objects: VisibleObject[]; withheld: number }> {
  const withdrawn = await withdrawnAmong(
    database.db,
    stored.map((s) => s.id),
  );
  const objects: VisibleObject[] = [];
  let withheld = 0;
  for (const s of stored) {
    const decision = withdrawn.has(s.id) ? undefined : decide(viewer, s);
    if (!decision?.allowed) {
      withheld++;
      continue;
    }
    const object =
      decision.redactedPaths.length > 0 ? redact(s.object as StixObject, decision.redactedPaths) : s.object;
    objects.push({ object, source: s.source, revoked: s.revoked, redactedPaths: decision.redactedPaths });
  }
  return { objects, withheld };
}
