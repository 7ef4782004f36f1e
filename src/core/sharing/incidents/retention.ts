/**
 * The instant a retention condition ends. `retentionUntil` is written as a date ("keep until
 * 2027-05-04", that whole day included, read in UTC) or as an instant; anything else is not a
 * deadline this node can keep, so it returns undefined and the object is kept (the condition
 * stays visible to people, who must apply it).
 */
export function retentionEnds(retentionUntil: string): Date | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(retentionUntil)) {
    const start = Date.parse(`${retentionUntil}T00:00:00.000Z`);
    return Number.isNaN(start) ? undefined : new Date(start + 24 * 60 * 60 * 1000);
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(retentionUntil)) return undefined;
  const at = Date.parse(retentionUntil);
  return Number.isNaN(at) ? undefined : new Date(at);
}
