/**
 * `DELETE …/collections/{id}/objects/{object-id}/` (TAXII 2.1 §5.7): takes an object's
 * versions out of a collection the caller may both read and write. The object stays in the
 * node's store, and in any other collection or incident that holds it: deleting from the inbox
 * forgets that it was posted there; deleting from an incident's collection unlinks the object
 * from the incident (an incident holds objects, not single versions, so this happens when any
 * version the filters select is there). `match[version]` and `match[spec_version]` narrow it.
 */
import type { CommandContext } from '../../core/context.js';
import { ForbiddenError, NotFoundError } from '../../core/errors.js';
import type { TaxiiQuery } from '../../core/taxii/query.js';
import { runCommand } from '../../storage/command.js';
import { removeIncidentMember } from '../../storage/sharing/incident-rows.js';
import { addTimelineEntry } from '../../storage/sharing/timeline.js';
import { removePostedVersions } from '../../storage/taxii/posted-objects.js';
import type { SharingDeps } from '../sharing/deps.js';
import type { Viewer } from '../sharing/viewer.js';
import type { TaxiiCollection } from './collections.js';
import { MAX_PAGE, readCollection } from './read-collection.js';

export async function deleteObject(
  deps: SharingDeps,
  ctx: CommandContext,
  viewer: Viewer,
  collection: TaxiiCollection,
  objectId: string,
  query: TaxiiQuery,
): Promise<void> {
  // (can_read, can_write): (F,F) is answered as unknown; (T,F) and (F,T) as forbidden.
  if (!collection.canRead && !collection.canWrite) throw new NotFoundError('taxii_collection', collection.id);
  if (!collection.canRead)
    throw new ForbiddenError(
      'taxii_not_readable',
      `you may not read or delete from the collection ${collection.alias}`,
    );
  if (!collection.canWrite)
    throw new ForbiddenError(
      'taxii_not_writable',
      `the collection ${collection.alias} does not take changes from you`,
    );
  const page = await readCollection(
    deps.database,
    viewer,
    collection,
    { endpoint: 'delete', query: { ...query, limit: MAX_PAGE }, objectId },
    ctx.clock.now(),
  );
  if (page.items.length === 0) throw new NotFoundError('taxii_object', objectId);
  const scope = collection.scope;
  if (scope.kind === 'incident' && objectId === scope.incidentStixId)
    throw new ForbiddenError(
      'taxii_not_writable',
      "an incident's own STIX object cannot be taken out of the incident's collection",
    );
  const at = ctx.clock.now().toISOString();
  await runCommand(deps.database, ctx, async (tx) => {
    let removed = 0;
    if (scope.kind === 'posted') {
      removed = await removePostedVersions(
        tx,
        scope.collectionId,
        objectId,
        page.items.map((i) => i.storedVersion),
      );
    } else if (scope.kind === 'incident') {
      removed = await removeIncidentMember(tx, scope.incidentId, objectId);
      if (removed > 0)
        await addTimelineEntry(tx, {
          incidentId: scope.incidentId,
          at,
          kind: 'objects_removed',
          text: `${objectId} removed from the incident through TAXII`,
          actor: `user:${viewer.principal.userId}`,
          details: { objectIds: [objectId], via: 'taxii' },
        });
    }
    return {
      value: null,
      audit: {
        actor: ctx.actor,
        action: 'taxii.object_deleted',
        subjectType: 'taxii_collection',
        subjectId: collection.id,
        details: { alias: collection.alias, objectId, versions: page.items.map((i) => i.version), removed },
      },
    };
  });
}
