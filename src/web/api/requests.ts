/**
 * Every request the person may see, page after page. The API gives at most 1,000 a page and
 * names the next page in a `Link` header; the desk must never show a silent first page as if
 * it were the whole inbox, so this follows the links to the end.
 */
import { api, call } from './client';
import type { RequestView } from './types';
import { nextCursor } from '../lib/link-header';

const PAGE = 1000;

export async function allRequests(): Promise<RequestView[]> {
  const all: RequestView[] = [];
  let cursor: string | undefined;
  do {
    const pending = api.GET('/api/requests', {
      params: { query: { limit: PAGE, ...(cursor ? { cursor } : {}) } },
    });
    all.push(...(await call(pending)));
    cursor = nextCursor((await pending).response.headers.get('link'));
  } while (cursor);
  return all;
}
