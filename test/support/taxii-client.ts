/**
 * A TAXII 2.1 client for tests: real HTTP to a node's `/taxii2/`, as HTTP Basic, a bearer
 * token or nobody, with the TAXII Accept header unless a test sets another.
 */
import { request as httpRequest } from 'node:http';

export const TAXII = 'application/taxii+json;version=2.1';

export type TaxiiAuth = { username: string; password: string } | { token: string } | null;

export interface TaxiiResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
  json<T = Record<string, unknown>>(): T;
}

export interface TaxiiCallOptions {
  readonly headers?: Record<string, string>;
  readonly body?: string | Buffer;
  /** Leave out the Accept header (or replace it through `headers`). */
  readonly noAccept?: boolean;
}

export type TaxiiCall = (
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  options?: TaxiiCallOptions,
) => Promise<TaxiiResponse>;

export function authorizationOf(auth: TaxiiAuth): Record<string, string> {
  if (!auth) return {};
  if ('token' in auth) return { authorization: `Bearer ${auth.token}` };
  return { authorization: `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}` };
}

/** Calls `baseUrl` + path with exactly the headers given (no User-Agent is added). */
export function taxiiAs(baseUrl: string, auth: TaxiiAuth): TaxiiCall {
  return (method, path, options = {}) =>
    new Promise((resolve, reject) => {
      const headers: Record<string, string> = {
        ...(options.noAccept ? {} : { accept: TAXII }),
        ...authorizationOf(auth),
        ...(options.body === undefined ? {} : { 'content-type': TAXII }),
        ...options.headers,
      };
      const req = httpRequest(new URL(path, baseUrl), { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            json: <T>() => JSON.parse(text) as T,
          });
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      if (options.body !== undefined) req.end(options.body);
      else req.end();
    });
}
