/**
 * One page from a remote TAXII 2.1 collection, read defensively: a server that stalls is cut
 * off after a timeout, one that sends more than the page limit in bytes is cut off while it
 * sends, and an answer that is not a TAXII envelope (wrong status, media type, JSON or shape)
 * is an error naming what came instead. Nothing of a refused page is kept.
 */
import { TAXII_MEDIA_TYPE } from '../../../core/taxii/media-types.js';

export interface RemoteAuth {
  readonly auth: 'none' | 'basic' | 'token';
  readonly username: string | null;
  readonly secret: string | null;
}

export interface RemotePage {
  readonly objects: readonly unknown[];
  readonly more: boolean;
  readonly next?: string;
  /** `X-TAXII-Date-Added-Last`, when the page had objects. */
  readonly dateAddedLast?: string;
}

export interface FetchLimits {
  readonly timeoutMs: number;
  readonly maxBytes: number;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 60_000, maxBytes: 64 * 1024 * 1024 };

/** A remote answered something the poller cannot use: the subscription's last error. */
export class RemoteTaxiiError extends Error {
  override readonly name = 'RemoteTaxiiError';
}

export function authorizationOf(auth: RemoteAuth): Record<string, string> {
  if (auth.auth === 'basic')
    return {
      authorization: `Basic ${Buffer.from(`${auth.username ?? ''}:${auth.secret ?? ''}`).toString('base64')}`,
    };
  if (auth.auth === 'token') return { authorization: `Bearer ${auth.secret ?? ''}` };
  return {};
}

export async function fetchPage(
  url: string,
  auth: RemoteAuth,
  limits: FetchLimits = DEFAULT_LIMITS,
): Promise<RemotePage> {
  let response: Response;
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    response = await fetch(url, {
      headers: { accept: TAXII_MEDIA_TYPE, ...authorizationOf(auth) },
      signal,
      redirect: 'error',
    });
  } catch (error) {
    throw new RemoteTaxiiError(
      signal.aborted
        ? `the server did not answer within ${Math.round(limits.timeoutMs / 1000)} s`
        : `the server could not be reached: ${(error as Error).message}`,
    );
  }
  const text = await readLimited(response, limits, signal);
  if (response.status !== 200)
    throw new RemoteTaxiiError(`the server answered ${response.status}: ${describeError(text)}`);
  const type = response.headers.get('content-type') ?? '';
  if (!/^application\/taxii\+json/i.test(type))
    throw new RemoteTaxiiError(`the server answered ${type || 'no media type'}, not TAXII JSON`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new RemoteTaxiiError('the server answered something that is not JSON');
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    throw new RemoteTaxiiError('the server answered JSON that is not a TAXII envelope');
  const { objects, more, next } = body as Record<string, unknown>;
  if (objects !== undefined && !Array.isArray(objects))
    throw new RemoteTaxiiError('the envelope\'s "objects" is not a list');
  if (more !== undefined && typeof more !== 'boolean')
    throw new RemoteTaxiiError('the envelope\'s "more" is not true or false');
  if (next !== undefined && typeof next !== 'string')
    throw new RemoteTaxiiError('the envelope\'s "next" is not text');
  const last = response.headers.get('x-taxii-date-added-last');
  return {
    objects: (objects as unknown[] | undefined) ?? [],
    more: more === true,
    ...(typeof next === 'string' && next.length > 0 ? { next } : {}),
    ...(last ? { dateAddedLast: last } : {}),
  };
}

async function readLimited(response: Response, limits: FetchLimits, signal: AbortSignal): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > limits.maxBytes) {
    await response.body?.cancel();
    throw new RemoteTaxiiError(
      `the server sent a page of ${declared} bytes; at most ${limits.maxBytes} are read`,
    );
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body ?? []) {
      size += chunk.byteLength;
      if (size > limits.maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        throw new RemoteTaxiiError(`the server sent more than ${limits.maxBytes} bytes in one page: cut off`);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof RemoteTaxiiError) throw error;
    throw new RemoteTaxiiError(
      signal.aborted
        ? `the server stalled while sending a page: cut off after ${Math.round(limits.timeoutMs / 1000)} s`
        : `the page was interrupted: ${(error as Error).message}`,
    );
  }
  return Buffer.concat(chunks).toString('utf8');
}

function describeError(text: string): string {
  try {
    const error = JSON.parse(text) as { title?: unknown; description?: unknown };
    return (
      [error.title, error.description].filter((x) => typeof x === 'string').join(': ') || text.slice(0, 200)
    );
  } catch {
    return text.slice(0, 200) || 'no explanation';
  }
}
