/**
 * Reading an RFC 8288 `Link` header: the node names the next page of a long list there
 * (`</api/requests?limit=1000&cursor=…>; rel="next"`).
 */

/** The `cursor` query parameter of the `rel="next"` target, if the header names one. */
export function nextCursor(link: string | null | undefined): string | undefined {
  const next = link?.split(',').find((part) => /;\s*rel="?next"?(\s*;|\s*$)/.test(part));
  const target = next?.match(/<([^>]+)>/)?.[1];
  if (!target) return undefined;
  return new URL(target, 'http://node.invalid').searchParams.get('cursor') ?? undefined;
}
