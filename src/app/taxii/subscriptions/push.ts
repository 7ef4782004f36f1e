/**
 * Pushing chosen objects to a subscribed remote collection (`POST …/objects/`): like every
 * other exit, the objects are judged by their markings for the receiver first — a server
 * outside the federation, addressed by no share, so only what anyone in the community may
 * receive (TLP:CLEAR, TLP:GREEN) goes, redacted where granular markings say; the rest is named
 * as withheld. The remote's status resource is returned as it answered.
 */
import type { CommandContext } from '../../../core/context.js';
import { localContext } from '../../../core/sharing/incidents/audiences.js';
import { TAXII_MEDIA_TYPE } from '../../../core/taxii/media-types.js';
import { exportStixBundle } from '../../../interop/stix/export.js';
import { runCommand } from '../../../storage/command.js';
import type { Database } from '../../../storage/database.js';
import { authorizationOf, RemoteTaxiiError } from './remote-page.js';
import { subscriptionRow } from './subscriptions.js';

export interface PushResult {
  readonly sent: number;
  readonly withheld: number;
  readonly withheldBy: Readonly<Record<string, number>>;
  readonly missing: readonly string[];
  /** The remote's status resource (TAXII 2.1 §4.3.1), as it answered. */
  readonly status: Record<string, unknown> | null;
}

export async function pushObjects(
  database: Database,
  ctx: CommandContext,
  subscriptionId: string,
  objectIds: readonly string[],
  us: { nodeId: string; state: string },
): Promise<PushResult> {
  const sub = await subscriptionRow(database.db, subscriptionId);
  const receiver = `taxii:${new URL(sub.collection_url).origin}`;
  const { bundle, summary } = await exportStixBundle(database, {
    selection: { ids: objectIds },
    audience: { kind: 'node', nodeId: receiver, organisation: receiver, state: '' },
    localContext: { ...localContext(us.nodeId, us.state), recipientOrganisations: [], recipientStates: [] },
  });
  const objects = (JSON.parse(bundle) as { objects: unknown[] }).objects;
  let status: Record<string, unknown> | null = null;
  if (objects.length > 0) {
    let response: Response;
    try {
      response = await fetch(new URL('objects/', sub.collection_url), {
        method: 'POST',
        headers: { accept: TAXII_MEDIA_TYPE, 'content-type': TAXII_MEDIA_TYPE, ...authorizationOf(sub) },
        body: JSON.stringify({ objects }),
        signal: AbortSignal.timeout(120_000),
        redirect: 'error',
      });
    } catch (error) {
      throw new RemoteTaxiiError(`the server could not be reached: ${(error as Error).message}`);
    }
    const text = await response.text();
    if (response.status !== 202 && response.status !== 200)
      throw new RemoteTaxiiError(
        `the server refused the objects (${response.status}): ${text.slice(0, 300)}`,
      );
    try {
      status = JSON.parse(text) as Record<string, unknown>;
    } catch {
      throw new RemoteTaxiiError('the server took the objects but answered no status');
    }
  }
  await runCommand(database, ctx, async () => ({
    value: null,
    audit: {
      actor: ctx.actor,
      action: 'taxii.pushed',
      subjectType: 'taxii_subscription',
      subjectId: sub.id,
      details: {
        collectionUrl: sub.collection_url,
        sent: objects.length,
        withheld: summary.withheld,
        withheldBy: summary.withheldBy,
        ids: objectIds.length <= 100 ? objectIds : `${objectIds.length} objects`,
      },
    },
  }));
  return {
    sent: objects.length,
    withheld: summary.withheld,
    withheldBy: summary.withheldBy,
    missing: summary.missing,
    status,
  };
}
