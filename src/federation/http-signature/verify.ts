/**
 * Verifies a Comity transport signature and says why it failed. Nonce de-duplication needs
 * storage, so the nonce is returned for the inbox to record until `expires`.
 */
import { verify } from 'node:crypto';
import type { Clock } from '../../core/clock.js';
import { type ResolvedKey, publicKeyObject } from '../crypto/jwk.js';
import { contentDigestMatches } from './content-digest.js';
import { type HttpMessage, type ReadMessage, readMessage } from './message.js';
import {
  COVERED_COMPONENTS,
  DEFAULT_CLOCK_SKEW_SECONDS,
  MAX_SIGNATURE_TTL_SECONDS,
  SIGNATURE_ALG,
  SIGNATURE_TAG,
} from './profile.js';
import { signatureBase } from './signature-base.js';
import { type BareItem, type InnerList, type Member, parseDictionary } from './structured-fields.js';

export type HttpSignatureFailure =
  | 'no_signature'
  | 'bad_signature'
  | 'unknown_key'
  | 'expired'
  | 'wrong_target'
  | 'digest_mismatch';

export type VerifyRequestResult =
  | {
      readonly ok: true;
      readonly keyId: string;
      readonly key: ResolvedKey;
      readonly nonce: string;
      readonly created: Date;
      readonly expires: Date;
      /** The body that was verified, so a handler need not read the request again. */
      readonly body: Uint8Array;
    }
  | {
      readonly ok: false;
      readonly reason: HttpSignatureFailure;
      readonly detail: string;
      readonly keyId?: string;
    };

export interface VerifyRequestOptions {
  /** The sender key with this keyid (an Ed25519 JWK), or undefined when unknown. */
  readonly resolveKey: (keyId: string) => ResolvedKey | undefined | Promise<ResolvedKey | undefined>;
  readonly clock: Clock;
  /** Our public inbox URL; the request's URL must equal it (adapters rebuild it behind proxies). */
  readonly expectedTarget?: string;
  readonly maxSkewSeconds?: number;
}

interface ComityInput {
  readonly list: InnerList;
  readonly signature: Uint8Array;
  readonly params: ReadonlyMap<string, BareItem>;
}

/** Finds the signature tagged `comity`; a string is a failure detail. */
function findComitySignature(message: ReadMessage): ComityInput | 'absent' | string {
  const inputHeader = message.headers.get('signature-input');
  const sigHeader = message.headers.get('signature');
  if (!inputHeader || !sigHeader) return 'absent';
  let inputs: Array<readonly [string, Member]>;
  let sigs: Array<readonly [string, Member]>;
  try {
    inputs = parseDictionary(inputHeader);
    sigs = parseDictionary(sigHeader);
  } catch (error) {
    return (error as Error).message;
  }
  for (const [label, member] of inputs) {
    if (member.kind !== 'inner-list') continue;
    const params = new Map(member.params);
    if (params.get('tag') !== SIGNATURE_TAG) continue;
    const sig = sigs.find(([l]) => l === label)?.[1];
    if (sig?.kind !== 'item' || !(sig.value instanceof Uint8Array)) return `no signature value for ${label}`;
    return { list: member, signature: sig.value, params };
  }
  return 'absent';
}

/** Verifies the Comity signature of a Request or plain message. */
export async function verifyRequest(
  message: Request | HttpMessage,
  options: VerifyRequestOptions,
): Promise<VerifyRequestResult> {
  const read = await readMessage(message);
  const found = findComitySignature(read);
  if (found === 'absent') return { ok: false, reason: 'no_signature', detail: 'no signature tagged comity' };
  if (typeof found === 'string') return { ok: false, reason: 'bad_signature', detail: found };
  const { list, params, signature } = found;
  const keyId = params.get('keyid');
  const created = params.get('created');
  const expires = params.get('expires');
  const nonce = params.get('nonce');
  if (typeof keyId !== 'string') return { ok: false, reason: 'bad_signature', detail: 'keyid missing' };
  const fail = (reason: HttpSignatureFailure, detail: string): VerifyRequestResult => ({
    ok: false,
    reason,
    detail,
    keyId,
  });
  const covered = list.items.map((i) => i.value);
  if (COVERED_COMPONENTS.some((c) => !covered.includes(c)))
    return fail('bad_signature', `must cover ${COVERED_COMPONENTS.join(' ')}`);
  if (params.get('alg') !== SIGNATURE_ALG) return fail('bad_signature', 'alg must be ed25519');
  if (typeof created !== 'number' || typeof expires !== 'number' || typeof nonce !== 'string' || nonce === '')
    return fail('bad_signature', 'created, expires and nonce are required');

  if (options.expectedTarget !== undefined && read.url.href !== new URL(options.expectedTarget).href)
    return fail('wrong_target', `request is for ${read.url.href}, this inbox is ${options.expectedTarget}`);

  const now = options.clock.now().getTime() / 1000;
  const skew = options.maxSkewSeconds ?? DEFAULT_CLOCK_SKEW_SECONDS;
  if (now > expires) return fail('expired', `signature expired at ${expires}`);
  if (created > now + skew) return fail('expired', 'signature created in the future');
  if (expires <= created || expires - created > MAX_SIGNATURE_TTL_SECONDS)
    return fail('expired', `signature lifetime must be 1..${MAX_SIGNATURE_TTL_SECONDS} s`);

  const key = await options.resolveKey(keyId);
  if (key?.jwk.crv !== 'Ed25519') return fail('unknown_key', `no Ed25519 key ${keyId}`);

  if (!contentDigestMatches(read.headers.get('content-digest'), read.body))
    return fail('digest_mismatch', 'Content-Digest does not match the body');

  const base = signatureBase(read, list);
  if (base === undefined) return fail('bad_signature', 'a covered component is missing from the request');
  let valid = false;
  try {
    valid = verify(null, Buffer.from(base, 'utf8'), publicKeyObject(key.jwk), signature);
  } catch {
    valid = false;
  }
  if (!valid) return fail('bad_signature', 'signature does not verify');
  return {
    ok: true,
    keyId,
    key,
    nonce,
    created: new Date(created * 1000),
    expires: new Date(expires * 1000),
    body: read.body,
  };
}
