/**
 * Hostile inputs for a node's inbox, from a seeded generator so a failure can be replayed:
 * random bytes, truncated and bit-flipped envelopes, envelopes for another node, expired ones,
 * replays with altered content, oversized batches, wrong content types, unsigned and
 * mis-signed requests. Each case says which refusals are acceptable.
 */
import { randomUUID } from 'node:crypto';
import { sealEnvelope } from '../../src/federation/envelope/seal.js';
import { signatureHeaders } from '../../src/federation/http-signature/sign.js';
import { BATCH_CONTENT_TYPE } from '../../src/federation/transport/batch.js';
import type { Network, NetworkNode } from './network.js';

export interface FuzzCase {
  readonly name: string;
  readonly body: Uint8Array | string;
  readonly contentType: string;
  readonly sign: boolean;
  /** Acceptable `reason` values of the refusal. */
  readonly reasons: readonly string[];
}

/** Mulberry32: small, fast, seeded. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seals a valid note from `from` to `to` (or to `sealFor`'s keys while addressed to `to`). */
export async function sealNote(
  net: Network,
  from: NetworkNode,
  to: NetworkNode,
  options: { id?: string; ttlMs?: number; payload?: unknown } = {},
): Promise<string> {
  const key = to.federation.keyring.records.find((k) => k.use === 'enc' && k.status === 'active');
  if (!key) throw new Error('no encryption key');
  const sealed = await sealEnvelope({
    signer: from.federation.keyring.signer(),
    from: { node: from.name },
    to: { node: to.name },
    recipientKey: key,
    type: 'test.note',
    payload: options.payload ?? { note: 'fuzz' },
    clock: net.clock,
    ...(options.id ? { id: options.id } : {}),
    ...(options.ttlMs ? { ttlMs: options.ttlMs } : {}),
  });
  return sealed.compact;
}

export function batchOf(envelopes: readonly string[]): string {
  return JSON.stringify({ batchId: randomUUID(), envelopes });
}

/** POSTs a body to `to`'s inbox, signed by `from` unless told otherwise. */
export async function post(
  net: Network,
  from: NetworkNode,
  to: NetworkNode,
  body: Uint8Array | string,
  contentType = BATCH_CONTENT_TYPE,
  sign = true,
): Promise<{ status: number; json: Record<string, unknown> | undefined }> {
  const url = `${to.url}/federation/v1/inbox`;
  const headers: Record<string, string> = { 'content-type': contentType };
  if (sign)
    Object.assign(
      headers,
      await signatureHeaders(
        { method: 'POST', url, headers, body },
        { signer: from.federation.keyring.signer(), clock: net.clock },
      ),
    );
  const res = await fetch(url, { method: 'POST', headers, body });
  const text = await res.text();
  let json: Record<string, unknown> | undefined;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = undefined;
  }
  return { status: res.status, json };
}

/** Builds case number `i` from the generator; `other` is a third node (for misaddressed mail). */
export async function fuzzCase(
  net: Network,
  random: () => number,
  from: NetworkNode,
  to: NetworkNode,
  other: NetworkNode,
): Promise<FuzzCase> {
  const pick = Math.floor(random() * 10);
  const bytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(random() * 256));
  const valid = await sealNote(net, from, to);
  switch (pick) {
    case 0:
      return {
        name: 'random bytes',
        body: bytes(1 + Math.floor(random() * 2000)),
        contentType: BATCH_CONTENT_TYPE,
        sign: true,
        reasons: ['malformed'],
      };
    case 1: {
      const cut = Math.floor(random() * (valid.length - 1));
      return {
        name: `truncated at ${cut}`,
        body: batchOf([valid.slice(0, cut)]),
        contentType: BATCH_CONTENT_TYPE,
        sign: true,
        reasons: ['malformed', 'bad_signature'],
      };
    }
    case 2: {
      const at = Math.floor(random() * valid.length);
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
      let flipped = alphabet[Math.floor(random() * alphabet.length)] as string;
      if (flipped === valid[at]) flipped = valid[at] === 'A' ? 'B' : 'A';
      const body = batchOf([
        `${valid.slice(0, at)}${valid[at] === '.' ? 'x' : flipped}${valid.slice(at + 1)}`,
      ]);
      return {
        name: `bit-flipped at ${at}`,
        body,
        contentType: BATCH_CONTENT_TYPE,
        sign: true,
        reasons: ['malformed', 'bad_signature', 'not_for_us'],
      };
    }
    case 3:
      return {
        name: 'for another node',
        body: batchOf([await sealNote(net, from, other)]),
        contentType: BATCH_CONTENT_TYPE,
        sign: true,
        reasons: ['not_for_us'],
      };
    case 4: {
      const old = await sealNote(net, from, to, { ttlMs: 1000 });
      net.clock.advance(5000);
      return {
        name: 'expired',
        body: batchOf([old]),
        contentType: BATCH_CONTENT_TYPE,
        sign: true,
        reasons: ['expired'],
      };
    }
    case 5: {
      const stored = await to.database.db
        .selectFrom('inbox_messages')
        .select('message_id')
        .where('from_node', '=', from.name)
        .limit(1)
        .executeTakeFirst();
      const id = stored?.message_id ?? randomUUID();
      const replay = await sealNote(net, from, to, { id, payload: { note: 'altered replay' } });
      return {
        name: 'replay with other content',
        body: batchOf([replay]),
        contentType: BATCH_CONTENT_TYPE,
        sign: true,
        reasons: stored ? ['replayed'] : ['malformed'],
      };
    }
    case 6:
      return {
        name: 'too many envelopes',
        body: batchOf(Array.from({ length: 501 }, () => 'x')),
        contentType: BATCH_CONTENT_TYPE,
        sign: true,
        reasons: ['too_large'],
      };
    case 7: {
      const types = [
        'application/json',
        'text/plain',
        'application/octet-stream',
        'multipart/form-data; boundary=x',
      ];
      return {
        name: 'wrong content type',
        body: batchOf([valid]),
        contentType: types[Math.floor(random() * types.length)] as string,
        sign: true,
        reasons: ['malformed'],
      };
    }
    case 8:
      return {
        name: 'unsigned',
        body: batchOf([valid]),
        contentType: BATCH_CONTENT_TYPE,
        sign: false,
        reasons: ['bad_signature'],
      };
    default: {
      const shapes = [
        '{}',
        '[]',
        'null',
        JSON.stringify({ batchId: 'not-a-uuid', envelopes: [valid] }),
        JSON.stringify({ batchId: randomUUID(), envelopes: [] }),
        JSON.stringify({ batchId: randomUUID(), envelopes: [42] }),
        JSON.stringify({ batchId: randomUUID(), envelopes: [valid], extra: true }),
      ];
      return {
        name: 'malformed batch',
        body: shapes[Math.floor(random() * shapes.length)] as string,
        contentType: BATCH_CONTENT_TYPE,
        sign: true,
        reasons: ['malformed'],
      };
    }
  }
}
