/**
 * Air-gap transport: the same envelopes carried as JSON lines in a file instead of an HTTP
 * batch. There is no transport signature, so each envelope's own signature (checked by the
 * same inbox path) authenticates it; the envelopes are grouped by their claimed sender, which
 * must be an active peer. The results, with signed receipts, go back the same way.
 */
import { randomUUID } from 'node:crypto';
import type { CommandContext } from '../../core/context.js';
import { peekEnvelope } from '../envelope/open.js';
import type { EnvelopeResult } from '../transport/batch.js';
import { type InboxOptions, loadPeers, receiveEnvelopes } from './receive.js';

/** One line of an air-gap file. */
export type AirGapLine =
  | { readonly kind: 'envelope'; readonly from: string; readonly to: string; readonly envelope: string }
  | { readonly kind: 'key-rotation'; readonly from: string; readonly announcement: string }
  | { readonly kind: 'result'; readonly from: string; readonly to: string; readonly result: EnvelopeResult };

/** Parses JSON lines, ignoring blank ones; a bad line throws naming its number. */
export function parseAirGap(text: string): AirGapLine[] {
  const out: AirGapLine[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new SyntaxError(`line ${i + 1} is not JSON`);
    }
    const kind = (value as { kind?: unknown })?.kind;
    if (kind !== 'envelope' && kind !== 'key-rotation' && kind !== 'result')
      throw new SyntaxError(`line ${i + 1} has no known kind`);
    out.push(value as AirGapLine);
  });
  return out;
}

/** Imports the envelopes of a file; returns one result line per envelope, in file order. */
export async function importEnvelopes(
  options: InboxOptions,
  envelopes: readonly string[],
  chunk = 500,
): Promise<EnvelopeResult[]> {
  const ctx: CommandContext = {
    actor: { type: 'system', id: 'air-gap-import' },
    requestId: null,
    clock: options.clock,
  };
  const peers = await loadPeers(options.database);
  const results: EnvelopeResult[] = envelopes.map(() => ({
    status: 'rejected',
    reason: 'unknown_peer',
    detail: 'the claimed sender is not an active peer',
  }));
  const groups = new Map<string, number[]>();
  envelopes.forEach((e, i) => {
    const from = peekEnvelope(e)?.from.node;
    if (from === undefined) {
      results[i] = { status: 'rejected', reason: 'malformed', detail: 'not a Comity envelope' };
      return;
    }
    groups.set(from, [...(groups.get(from) ?? []), i]);
  });
  for (const [from, indexes] of groups) {
    const peer = peers.find((p) => p.nodeId === from && p.status === 'active');
    if (!peer) continue;
    for (let i = 0; i < indexes.length; i += chunk) {
      const part = indexes.slice(i, i + chunk);
      const reply = await receiveEnvelopes(
        options,
        ctx,
        peer,
        randomUUID(),
        part.map((j) => envelopes[j] as string),
      );
      const partResults = 'body' in reply ? reply.body.results : (reply.problem.results ?? []);
      part.forEach((j, k) => {
        const r = partResults[k];
        if (r) results[j] = r;
      });
    }
  }
  return results;
}
