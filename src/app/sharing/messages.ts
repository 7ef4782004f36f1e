/**
 * The wire payloads of incident sharing (see docs/FEDERATION.md §13) and their parsing. A share
 * is split into parts so each envelope stays far below the 4 MiB limit, whatever the objects.
 */
import { ValidationError } from '../../core/errors.js';
import type { IncidentFacts } from '../../core/sharing/incidents/facts.js';
import type { TransferConditions } from '../../core/sharing/incidents/transfer-conditions.js';
import type { ShareContext } from '../../core/sharing/markings/distribution.js';
import type { StixObjectRecord } from '../../storage/sharing/types.js';

export const SHARING_OBJECTS = 'sharing.objects';
export const SHARING_WITHDRAWN = 'sharing.withdrawn';

/** Serialized objects per envelope: a quarter of the envelope limit leaves room for JOSE overhead. */
export const MAX_PART_BYTES = 1024 * 1024;

export interface ContextEntry {
  readonly context: ShareContext;
  readonly conditions: TransferConditions;
}

export interface ObjectsPayload {
  readonly shareId: string;
  /** share: a share; update: a new version of objects sent before; sighting: back to the source. */
  readonly kind: 'share' | 'update' | 'sighting';
  readonly part: number;
  readonly parts: number;
  readonly incident: IncidentFacts;
  readonly contexts: readonly ContextEntry[];
  readonly objects: ReadonlyArray<{ readonly object: StixObjectRecord; readonly context: number }>;
}

export interface WithdrawnPayload {
  readonly objectId: string;
  readonly incidentId: string;
  readonly reason: string;
}

/** Splits objects into parts of at most MAX_PART_BYTES of JSON each (an object larger goes alone). */
export function splitParts<T>(items: readonly T[], maxBytes = MAX_PART_BYTES): T[][] {
  const parts: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const bytes = Buffer.byteLength(JSON.stringify(item));
    if (current.length > 0 && size + bytes > maxBytes) {
      parts.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += bytes;
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

const bad = (what: string) =>
  new ValidationError(`malformed sharing message: ${what}`, [], 'malformed_share');

function strings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

export function parseObjectsPayload(payload: unknown): ObjectsPayload {
  if (payload === null || typeof payload !== 'object') throw bad('not an object');
  const p = payload as Record<string, unknown>;
  if (typeof p['shareId'] !== 'string') throw bad('shareId');
  if (p['kind'] !== 'share' && p['kind'] !== 'update' && p['kind'] !== 'sighting') throw bad('kind');
  if (!Number.isInteger(p['part']) || !Number.isInteger(p['parts'])) throw bad('part/parts');
  const incident = p['incident'] as Record<string, unknown> | null;
  if (
    incident === null ||
    typeof incident !== 'object' ||
    typeof incident['id'] !== 'string' ||
    !/^[A-Za-z0-9_-]{1,64}$/.test(incident['id']) ||
    typeof incident['stixId'] !== 'string' ||
    typeof incident['title'] !== 'string' ||
    typeof incident['status'] !== 'string' ||
    !strings(incident['affectedStates']) ||
    !strings(incident['sectors']) ||
    typeof incident['legalBasis'] !== 'string' ||
    typeof incident['originNode'] !== 'string' ||
    typeof incident['originState'] !== 'string'
  )
    throw bad('incident facts');
  if (!Array.isArray(p['contexts'])) throw bad('contexts');
  for (const c of p['contexts'] as unknown[]) {
    const entry = c as Record<string, unknown> | null;
    const ctx = entry?.['context'] as Record<string, unknown> | undefined;
    if (
      !ctx ||
      typeof ctx['originOrganisation'] !== 'string' ||
      typeof ctx['originState'] !== 'string' ||
      !strings(ctx['recipientOrganisations']) ||
      !strings(ctx['recipientStates']) ||
      !strings(ctx['namedRecipients']) ||
      entry?.['conditions'] === null ||
      typeof entry?.['conditions'] !== 'object'
    )
      throw bad('a share context');
  }
  if (!Array.isArray(p['objects'])) throw bad('objects');
  const contexts = (p['contexts'] as unknown[]).length;
  for (const o of p['objects'] as unknown[]) {
    const entry = o as Record<string, unknown> | null;
    if (
      !entry ||
      !Number.isInteger(entry['context']) ||
      (entry['context'] as number) < 0 ||
      (entry['context'] as number) >= contexts
    )
      throw bad('an object entry');
  }
  return payload as ObjectsPayload;
}

export function parseWithdrawnPayload(payload: unknown): WithdrawnPayload {
  const p = (payload ?? {}) as Record<string, unknown>;
  if (
    typeof p['objectId'] !== 'string' ||
    typeof p['incidentId'] !== 'string' ||
    typeof p['reason'] !== 'string'
  )
    throw bad('withdrawal');
  return p as unknown as WithdrawnPayload;
}
