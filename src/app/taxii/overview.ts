/**
 * What the console shows of the TAXII server to one person: where to point a TAXII client, how
 * to sign in with it, the collections they see, and what their tools posted in the days the
 * statuses are kept.
 */
import type { Principal } from '../../core/accounts/roles.js';
import { listStatuses, type TaxiiStatusRecord } from '../../storage/taxii/status-rows.js';
import type { SharingDeps } from '../sharing/deps.js';
import { collectionsFor, type TaxiiCollection } from './collections.js';
import { STATUS_KEPT_DAYS } from './post-objects.js';

export type CollectionKind = 'public' | 'community' | 'inbox' | 'incident';

export interface CollectionView {
  readonly id: string;
  readonly alias: string;
  readonly kind: CollectionKind;
  /** The incident's title, for an incident's collection. */
  readonly incidentTitle?: string;
  readonly incidentId?: string;
  readonly canRead: boolean;
  readonly canWrite: boolean;
  /** Where a client reads and posts its objects. */
  readonly objectsUrl: string;
}

export interface TaxiiOverview {
  readonly discoveryUrl: string;
  readonly apiRootUrl: string;
  readonly maxContentLength: number;
  /** False when the account has a second factor: Basic cannot carry it, a token must be used. */
  readonly basicAllowed: boolean;
  readonly statusDays: number;
  readonly collections: readonly CollectionView[];
}

export async function taxiiOverview(
  deps: SharingDeps,
  principal: Principal,
  options: { publicUrl: string; apiRootPath: string; discoveryPath: string; maxContentLength: number },
): Promise<TaxiiOverview> {
  const user = await deps.database.db
    .selectFrom('users')
    .select('totp_enabled')
    .where('id', '=', principal.userId)
    .executeTakeFirst();
  const apiRootUrl = `${options.publicUrl}${options.apiRootPath}`;
  const collections = await collectionsFor(deps, principal);
  return {
    discoveryUrl: `${options.publicUrl}${options.discoveryPath}`,
    apiRootUrl,
    maxContentLength: options.maxContentLength,
    basicAllowed: !user?.totp_enabled,
    statusDays: STATUS_KEPT_DAYS,
    collections: collections.map((c) => viewOf(c, apiRootUrl)),
  };
}

function viewOf(c: TaxiiCollection, apiRootUrl: string): CollectionView {
  const kind: CollectionKind = c.scope.kind === 'incident' ? 'incident' : (c.alias as CollectionKind);
  return {
    id: c.id,
    alias: c.alias,
    kind,
    ...(c.incidentId ? { incidentId: c.incidentId } : {}),
    ...(c.incidentTitle === undefined ? {} : { incidentTitle: c.incidentTitle }),
    canRead: c.canRead,
    canWrite: c.canWrite,
    objectsUrl: `${apiRootUrl}collections/${c.id}/objects/`,
  };
}

export interface PostView extends TaxiiStatusRecord {
  /** The collection's alias, when the caller still sees it. */
  readonly collectionAlias?: string;
}

/** The caller's own posts of the last days, newest first (at most 100). */
export async function recentPosts(deps: SharingDeps, principal: Principal): Promise<PostView[]> {
  const since = new Date(deps.clock.now().getTime() - STATUS_KEPT_DAYS * 86_400_000).toISOString();
  const statuses = await listStatuses(deps.database.db, principal.userId, since, 100);
  if (statuses.length === 0) return [];
  const aliases = new Map((await collectionsFor(deps, principal)).map((c) => [c.id, c.alias]));
  return statuses.map((s) => {
    const alias = aliases.get(s.collectionId);
    return alias ? { ...s, collectionAlias: alias } : s;
  });
}
