/**
 * Signs the transport request (a batch POSTed to a peer's inbox). The signature binds the
 * method, the destination URL, the content type and, through Content-Digest, the body.
 */
import { randomBytes } from 'node:crypto';
import type { Clock } from '../../core/clock.js';
import type { Signer } from '../crypto/signer.js';
import { contentDigest } from './content-digest.js';
import { type HttpMessage, readMessage } from './message.js';
import {
  COVERED_COMPONENTS,
  DEFAULT_SIGNATURE_TTL_SECONDS,
  SIGNATURE_ALG,
  SIGNATURE_LABEL,
  SIGNATURE_TAG,
} from './profile.js';
import { signatureBase } from './signature-base.js';
import { type InnerList, serializeBareItem, serializeInnerList } from './structured-fields.js';

export interface SignRequestOptions {
  readonly signer: Signer;
  readonly clock: Clock;
  readonly ttlSeconds?: number;
  /** Random 128-bit base64url nonce when absent; fixed only for test vectors. */
  readonly nonce?: string;
}

/** The three headers a signed request carries. */
export interface SignatureHeaders {
  readonly 'content-digest': string;
  readonly 'signature-input': string;
  readonly signature: string;
}

/** Computes the signature headers for a request; the request itself is not changed. */
export async function signatureHeaders(
  message: Request | HttpMessage,
  options: SignRequestOptions,
): Promise<SignatureHeaders> {
  const read = await readMessage(message);
  const digest = contentDigest(read.body);
  const headers = new Headers(read.headers);
  headers.set('content-digest', digest);
  if (!headers.has('content-type')) throw new TypeError('a signed Comity request needs a content-type');
  const created = Math.floor(options.clock.now().getTime() / 1000);
  const list: InnerList = {
    kind: 'inner-list',
    items: COVERED_COMPONENTS.map((value) => ({ value, params: [] })),
    params: [
      ['created', created],
      ['expires', created + (options.ttlSeconds ?? DEFAULT_SIGNATURE_TTL_SECONDS)],
      ['keyid', options.signer.keyId],
      ['nonce', options.nonce ?? randomBytes(16).toString('base64url')],
      ['alg', SIGNATURE_ALG],
      ['tag', SIGNATURE_TAG],
    ],
  };
  const base = signatureBase({ ...read, headers }, list);
  if (base === undefined) throw new TypeError('the request lacks a covered component');
  const signature = await options.signer.sign(Buffer.from(base, 'utf8'));
  return {
    'content-digest': digest,
    'signature-input': `${SIGNATURE_LABEL}=${serializeInnerList(list)}`,
    signature: `${SIGNATURE_LABEL}=${serializeBareItem(signature)}`,
  };
}

/** Returns a new Request equal to `request` plus the signature headers. */
export async function signRequest(
  request: Request | HttpMessage,
  options: SignRequestOptions,
): Promise<Request> {
  const read = await readMessage(request);
  const added = await signatureHeaders(
    { method: read.method, url: read.url.href, headers: read.headers, body: read.body },
    options,
  );
  const headers = new Headers(read.headers);
  for (const [name, value] of Object.entries(added)) headers.set(name, value);
  return new Request(read.url, { method: read.method, headers, body: read.body });
}
