/**
 * An incident timeline entry said in the reader's language: the node records, beside its own
 * English account of each event, the facts it is made of (counts, States, object ids); these
 * fill a message of the reader's catalogue. An entry whose facts are not all there — written
 * by an older node, or a kind this console does not know — is shown in the node's words.
 */
export interface TimelineMessage {
  readonly key: string;
  readonly values: Record<string, string | number>;
  /** Messages said first and joined as a list into the value `parts` (one per State shared with). */
  readonly parts?: readonly TimelineMessage[];
}

type Details = Record<string, unknown>;

const text = (d: Details, k: string): string | undefined =>
  typeof d[k] === 'string' ? (d[k] as string) : undefined;
const count = (d: Details, k: string): number | undefined =>
  typeof d[k] === 'number' && Number.isInteger(d[k]) ? (d[k] as number) : undefined;
const strings = (d: Details, k: string): string[] | undefined =>
  Array.isArray(d[k]) && (d[k] as unknown[]).every((x) => typeof x === 'string')
    ? (d[k] as string[])
    : undefined;

/** Every value present, or nothing (never a message with a hole in it). */
function all(key: string, values: Record<string, string | number | undefined>): TimelineMessage | null {
  if (Object.values(values).some((v) => v === undefined)) return null;
  return { key, values: values as Record<string, string | number> };
}

/**
 * The message for an entry, with its values; lists come joined by `list` (the locale's own
 * commas and "and"). Null when the entry is to be shown in the node's words.
 */
export function timelineMessage(
  kind: string,
  details: Details,
  list: (items: readonly string[]) => string,
): TimelineMessage | null {
  switch (kind) {
    case 'created':
      return all('timelineText.created', { title: text(details, 'title') });
    case 'objects_added':
    case 'bundle_imported':
      return all('timelineText.objects', {
        accepted: count(details, 'accepted'),
        unchanged: count(details, 'unchanged'),
        rejected: count(details, 'rejected'),
      });
    case 'shared': {
      const peers = Array.isArray(details['peers']) ? (details['peers'] as Details[]) : undefined;
      const parts = peers?.map((p) =>
        all('timelineText.sharedWith', {
          state: text(p, 'state'),
          sent: count(p, 'sent'),
          withheld: count(p, 'withheld'),
        }),
      );
      if (!parts || parts.length === 0 || parts.some((p) => p === null)) return null;
      return { key: 'timelineText.shared', values: {}, parts: parts as TimelineMessage[] };
    }
    case 'received':
    case 'updated_by_origin': {
      const stored = strings(details, 'stored');
      const refused = Array.isArray(details['refused']) ? (details['refused'] as unknown[]) : undefined;
      return all(kind === 'received' ? 'timelineText.received' : 'timelineText.updatedByOrigin', {
        from: text(details, 'from'),
        state: text(details, 'fromState'),
        stored: stored?.length,
        refused: refused?.length,
      });
    }
    case 'sighting': {
      const of = strings(details, 'sightingOf');
      if (of !== undefined)
        return all('timelineText.sightingReceived', {
          from: text(details, 'from'),
          state: text(details, 'fromState'),
          objects: of.length > 0 ? list(of) : undefined,
        });
      return all('timelineText.sighting', {
        object: text(details, 'objectId'),
        count: count(details, 'count'),
      });
    }
    case 'revoked':
      return text(details, 'reason') !== undefined
        ? all('timelineText.revokedBecause', {
            object: text(details, 'objectId'),
            reason: text(details, 'reason'),
          })
        : all('timelineText.revoked', { object: text(details, 'objectId') });
    case 'consent':
      return all('timelineText.consent', {
        state: text(details, 'state'),
        reference: text(details, 'reference'),
      });
    case 'assigned': {
      const who = strings(details, 'assignees');
      if (who === undefined) return null;
      return who.length === 0
        ? { key: 'timelineText.assignedNobody', values: {} }
        : { key: 'timelineText.assigned', values: { people: list(who) } };
    }
    case 'request_linked':
      return all('timelineText.requestLinked', {
        request: text(details, 'requestId')?.slice(0, 8),
        count: count(details, 'count'),
      });
    case 'correlation':
      return all('timelineText.correlation', { kind: text(details, 'kind'), value: text(details, 'value') });
    case 'withdrawn':
      return all('timelineText.withdrawn', {
        from: text(details, 'from'),
        object: text(details, 'objectId'),
        reason: text(details, 'reason'),
      });
    case 'erased':
      return all('timelineText.erased', {
        object: text(details, 'objectId'),
        from: text(details, 'from'),
        until: text(details, 'retentionUntil'),
      });
    default:
      return null;
  }
}
