/**
 * Correlation lookup for a person: what a typed value most likely is, whether it is on a
 * warning list (a common benign value), and where it occurs among what the caller may see —
 * STIX objects filtered by the markings for the caller, requests by case need-to-know — each
 * with the State it came from.
 */
import type { Principal } from '../../core/accounts/roles.js';
import { ValidationError } from '../../core/errors.js';
import { guessObservable } from '../../core/sharing/observables/guess.js';
import { warningFor } from '../../core/sharing/observables/warning-lists.js';
import { currentObjects } from '../../storage/sharing/current-objects.js';
import { incidentsHolding } from '../../storage/sharing/incident-rows.js';
import { lookupObservable } from '../../storage/sharing/observable-index.js';
import { loadForPrincipal } from '../requests/requests.js';
import type { SharingDeps } from './deps.js';
import { viewerFor, visibleObjects } from './viewer.js';

export interface LookupMatch {
  subjectType: string;
  subjectId: string;
  objectType: string | null;
  source: string;
  sourceState: string;
  revoked: boolean;
  incidents: string[];
}

export async function lookupValue(deps: SharingDeps, principal: Principal, value: string) {
  const key = guessObservable(value);
  if (!key)
    throw new ValidationError(
      'the value is not an observable this node recognises',
      [{ path: '/value', message: 'not recognised' }],
      'observable_not_recognised',
    );
  const warning = warningFor(key) ?? null;
  const raw = await lookupObservable(deps.database, { kind: key.kind, value: key.value });
  const viewer = await viewerFor(deps, principal);
  const ourState = (await deps.ourState()) ?? '';
  const peers = new Map(
    (await deps.database.db.selectFrom('peers').select(['node_id', 'state']).execute()).map((p) => [
      p.node_id,
      p.state,
    ]),
  );
  const stixIds = raw.filter((m) => m.subjectType === 'stix').map((m) => m.subjectId);
  const visible = await visibleObjects(
    deps.database,
    viewer,
    await currentObjects(deps.database.db, stixIds),
  );
  const seen = new Set(visible.objects.map((o) => o.object.id));
  const matches: LookupMatch[] = [];
  for (const m of raw) {
    if (m.subjectType === 'stix' && !seen.has(m.subjectId)) continue;
    if (m.subjectType === 'request') {
      const ok = await loadForPrincipal(deps.database, principal, m.subjectId).then(
        () => true,
        () => false,
      );
      if (!ok) continue;
    }
    const source = m.source ?? 'local';
    matches.push({
      subjectType: m.subjectType,
      subjectId: m.subjectId,
      objectType: m.objectType,
      source,
      sourceState: source === 'local' ? ourState : (peers.get(source) ?? ''),
      revoked: m.revoked,
      incidents:
        m.subjectType === 'stix'
          ? (await incidentsHolding(deps.database.db, [m.subjectId])).map((i) => i.id)
          : [],
    });
  }
  return { kind: key.kind, value: key.value, warning, matches };
}
