/**
 * The audit screen's filters live in the address (so a trail can be bookmarked, sent to a
 * colleague, or linked from a request's page); these read and write that form.
 */
export interface AuditFilters {
  readonly subjectType?: string;
  readonly subjectId?: string;
  readonly action?: string;
  readonly actor?: string;
  /** ISO-8601 instants. */
  readonly from?: string;
  readonly to?: string;
  readonly order: 'newest' | 'oldest';
  /** Start after this event (oldest first) or before it (newest first). */
  readonly at?: number;
}

const TEXT = ['subjectType', 'subjectId', 'action', 'actor', 'from', 'to'] as const;

export function readFilters(search: string): AuditFilters {
  const params = new URLSearchParams(search);
  const filters: Record<string, string | number> = {
    order: params.get('order') === 'oldest' ? 'oldest' : 'newest',
  };
  for (const key of TEXT) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const at = Number(params.get('at'));
  if (params.get('at') && Number.isInteger(at) && at >= 0) filters.at = at;
  return filters as unknown as AuditFilters;
}

/** The address's query for these filters; empty ones and the default order are left out. */
export function writeFilters(filters: AuditFilters): string {
  const params = new URLSearchParams();
  for (const key of TEXT) {
    const value = filters[key]?.trim();
    if (value) params.set(key, value);
  }
  if (filters.order === 'oldest') params.set('order', 'oldest');
  if (filters.at !== undefined) params.set('at', String(filters.at));
  return params.toString();
}

/** The API's query for the filters (what the list and the export both take). */
export function apiQuery(filters: AuditFilters): Omit<AuditFilters, 'at'> {
  const { at: _at, ...rest } = filters;
  return rest;
}
