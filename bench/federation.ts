/**
 * Federation end to end on SQLite over loopback HTTP (`npm run bench -- federation`): two
 * nodes in this process — enqueue (sealed, in its own audited transaction) → POSTed in a
 * signed batch → opened, stored and receipted at the receiver → receipt verified and stored
 * back at the sender. Figures: throughput, latency at a fixed offered load, fan-out to 50
 * peers, catch-up of a large backlog (checked for zero loss and zero duplicates), next to the
 * raw crypto of one message measured in the same run.
 */
import { randomUUID } from 'node:crypto';
import { SYSTEM_ACTOR } from '../src/core/context.js';
import { generateKeyPair } from '../src/federation/crypto/key-pair.js';
import { localDecrypter, localSigner } from '../src/federation/crypto/signer.js';
import { openEnvelope } from '../src/federation/envelope/open.js';
import { sealEnvelope } from '../src/federation/envelope/seal.js';
import { buildReceipt, verifyReceipt } from '../src/federation/receipts/receipt.js';
import { appendAudit } from '../src/storage/audit/audit-log.js';
import { type Network, NOTE_TYPE, WallClock, startNetwork, trust } from '../test/support/network.js';
import { type BenchReport, type BenchResult, newReport, percentile } from './report.js';

const clock = new WallClock();
const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const THROUGHPUT_MESSAGES = env('BENCH_FED_MESSAGES', 20_000);
const LATENCY_SECONDS = env('BENCH_FED_LATENCY_SECONDS', 10);
const OFFERED_RATE = 500;
const FANOUT_PEERS = env('BENCH_FED_FANOUT', 50);
const CATCHUP_MESSAGES = env('BENCH_FED_CATCHUP', 100_000);

/** Raw per-message crypto: seal, open, sign the receipt, verify the receipt. */
async function rawCryptoBaseline(): Promise<number> {
  const sig = generateKeyPair('Ed25519');
  const enc = generateKeyPair('X25519');
  const signer = localSigner(sig);
  const recipientKey = { kid: enc.kid, jwk: enc.publicJwk };
  const decrypters = [localDecrypter(enc)];
  const n = 3000;
  const started = performance.now();
  for (let i = 0; i < n; i++) {
    const sealed = await sealEnvelope({
      signer,
      from: { node: 'a' },
      to: { node: 'b' },
      recipientKey,
      type: NOTE_TYPE,
      payload: { note: i },
      clock,
    });
    const opened = await openEnvelope(sealed.compact, {
      decrypters,
      expectedRecipient: { node: 'b' },
      clock,
      resolveSenderKey: () => ({ kid: sig.kid, jwk: sig.publicJwk }),
    });
    if (!opened.ok) throw new Error('baseline open failed');
    const r = await buildReceipt({
      signer,
      receiptType: 'accepted',
      messageId: sealed.id,
      envelopeDigest: sealed.digest,
      from: 'b',
      to: 'a',
      clock,
    });
    const v = await verifyReceipt(r.compact, { resolveKey: () => ({ kid: sig.kid, jwk: sig.publicJwk }) });
    if (!v.ok) throw new Error('baseline receipt failed');
  }
  return n / ((performance.now() - started) / 1000);
}

/** Enqueues `count` notes from a to b, `perTx` per transaction (each transaction audited). */
async function enqueue(
  net: Network,
  from: string,
  to: string,
  count: number,
  perTx = 1,
  tag = 'x',
): Promise<string[]> {
  const node = net.node(from);
  const ids: string[] = [];
  for (let i = 0; i < count; i += perTx) {
    const n = Math.min(perTx, count - i);
    await node.database.transact(async (tx) => {
      const audit = [];
      for (let k = 0; k < n; k++) {
        const q = await node.federation.enqueue(tx, {
          peer: to,
          type: NOTE_TYPE,
          payload: { note: `${tag}-${i + k}` },
        });
        ids.push(q.messageId);
        audit.push(q.audit);
      }
      await appendAudit(tx, { actor: SYSTEM_ACTOR, requestId: null, clock }, audit);
    });
  }
  return ids;
}

async function throughput(baseline: number): Promise<BenchResult> {
  const accepted = new Set<string>();
  let resolveDone: () => void = () => undefined;
  const done = new Promise<void>((r) => {
    resolveDone = r;
  });
  const net = await startNetwork({
    names: ['xa', 'xb'],
    dialect: 'sqlite',
    clock,
    nodeOptions: {
      pollIntervalMs: 50,
      maxBatchEnvelopes: 500,
      onAccepted: (ids) => {
        for (const id of ids) accepted.add(id);
        if (accepted.size >= THROUGHPUT_MESSAGES) resolveDone();
      },
    },
  });
  try {
    net.node('xa').federation.worker.start();
    const started = performance.now();
    await enqueue(net, 'xa', 'xb', THROUGHPUT_MESSAGES, 1, 'tp');
    await done;
    const seconds = (performance.now() - started) / 1000;
    const value = THROUGHPUT_MESSAGES / seconds;
    return {
      name: `end-to-end delivered messages/s (${THROUGHPUT_MESSAGES}, one audited transaction each)`,
      value,
      unit: 'msg/s',
      baseline: { name: 'raw crypto of one message, one core', value: baseline, unit: 'msg/s' },
      target: '>= 2,000 msg/s',
      met: value >= 2000,
      notes:
        'both nodes share one event loop, so the ceiling is the raw-crypto baseline; batching amortises everything else',
    };
  } finally {
    await net.close();
  }
}

async function latency(): Promise<BenchResult[]> {
  const enqueuedAt = new Map<string, number>();
  const latencies: number[] = [];
  const net = await startNetwork({
    names: ['xa', 'xb'],
    dialect: 'sqlite',
    clock,
    nodeOptions: {
      pollIntervalMs: 50,
      onAccepted: (ids) => {
        const now = performance.now();
        for (const id of ids) {
          const t = enqueuedAt.get(id);
          if (t !== undefined) latencies.push(now - t);
        }
      },
    },
  });
  try {
    const xa = net.node('xa');
    xa.federation.worker.start();
    const total = OFFERED_RATE * LATENCY_SECONDS;
    const started = performance.now();
    for (let i = 0; i < total; i++) {
      // Open-loop schedule: message i is due at i / rate, whatever happened before.
      const due = started + (i * 1000) / OFFERED_RATE;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      // The id is chosen first: the receipt can come back before the enqueue call returns.
      const id = randomUUID();
      enqueuedAt.set(id, performance.now());
      await xa.database.transact(async (tx) => {
        const q = await xa.federation.enqueue(tx, {
          id,
          peer: 'xb',
          type: NOTE_TYPE,
          payload: { note: `lat-${i}` },
        });
        await appendAudit(tx, { actor: SYSTEM_ACTOR, requestId: null, clock }, [q.audit]);
      });
    }
    const deadline = performance.now() + 120_000;
    while (latencies.length < total && performance.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    if (latencies.length < total)
      throw new Error(`only ${latencies.length} of ${total} messages were receipted`);
    latencies.sort((a, b) => a - b);
    const p99 = percentile(latencies, 99);
    return [
      {
        name: `latency p50 at ${OFFERED_RATE} msg/s offered (enqueue → accepted receipt stored)`,
        value: percentile(latencies, 50),
        unit: 'ms',
      },
      {
        name: `latency p99 at ${OFFERED_RATE} msg/s offered`,
        value: p99,
        unit: 'ms',
        target: '< 250 ms',
        met: p99 < 250,
      },
    ];
  } finally {
    await net.close();
  }
}

async function fanout(): Promise<BenchResult> {
  const names = ['hub', ...Array.from({ length: FANOUT_PEERS }, (_, i) => `p${i}`)];
  const net = await startNetwork({ names, dialect: 'sqlite', clock, trustAll: false });
  try {
    const hub = net.node('hub');
    for (const p of net.nodes.slice(1)) {
      await trust(hub, p, clock);
      await trust(p, hub, clock);
    }
    const started = performance.now();
    await hub.database.transact(async (tx) => {
      const audit = [];
      for (const p of net.nodes.slice(1))
        audit.push(
          (await hub.federation.enqueue(tx, { peer: p.name, type: NOTE_TYPE, payload: { note: 'to all' } }))
            .audit,
        );
      await appendAudit(tx, { actor: SYSTEM_ACTOR, requestId: null, clock }, audit);
    });
    const r = await net.drain();
    const ms = performance.now() - started;
    if (r.accepted !== FANOUT_PEERS) throw new Error(`fan-out accepted ${r.accepted} of ${FANOUT_PEERS}`);
    return {
      name: `fan-out of one message to ${FANOUT_PEERS} peers (all receipts back)`,
      value: ms,
      unit: 'ms',
    };
  } finally {
    await net.close();
  }
}

async function catchUp(): Promise<BenchResult> {
  const net = await startNetwork({
    names: ['xa', 'xb'],
    dialect: 'sqlite',
    clock,
    nodeOptions: { maxBatchEnvelopes: 500 },
  });
  try {
    const xb = net.node('xb');
    await xb.stop();
    const ids = await enqueue(net, 'xa', 'xb', CATCHUP_MESSAGES, 1000, 'cu');
    await xb.start();
    const started = performance.now();
    const xa = net.node('xa');
    let failedBatches = 0;
    // With a wall clock a failed batch backs off for real seconds; keep draining until the
    // queue is empty (a transient failure costs time, never messages).
    for (;;) {
      failedBatches += (await net.drain(10_000)).failedBatches;
      const left = await xa.database.db
        .selectFrom('outbox')
        .select('seq')
        .where('status', '=', 'pending')
        .limit(1)
        .execute();
      if (left.length === 0) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const seconds = (performance.now() - started) / 1000;
    const effects = await xb.effects();
    const lost = ids.filter((id) => !effects.has(id)).length;
    const duplicated = [...effects.values()].filter((n) => n > 1).length;
    const pending = await net
      .node('xa')
      .database.db.selectFrom('outbox')
      .select('seq')
      .where('status', '!=', 'accepted')
      .execute();
    return {
      name: `catch-up of ${CATCHUP_MESSAGES.toLocaleString('en-US')} queued messages after the peer returns`,
      value: seconds,
      unit: 's',
      target: '< 90 s, zero loss, zero duplicates',
      met: seconds < 90 && lost === 0 && duplicated === 0 && pending.length === 0,
      notes: `lost ${lost}, duplicated ${duplicated}, not receipted ${pending.length}, failed batches retried ${failedBatches}; ${(CATCHUP_MESSAGES / seconds).toFixed(0)} msg/s`,
    };
  } finally {
    await net.close();
  }
}

export async function run(): Promise<BenchReport> {
  const report = newReport('federation (SQLite, loopback HTTP, both nodes in one process)');
  const phase = (name: string) => console.error(`federation bench: ${name}…`);
  phase('raw crypto baseline');
  const baseline = await rawCryptoBaseline();
  report.results.push({
    name: 'raw crypto per message (seal + open + receipt sign + verify)',
    value: baseline,
    unit: 'msg/s',
  });
  phase('throughput');
  report.results.push(await throughput(baseline));
  phase('latency');
  report.results.push(...(await latency()));
  phase('fan-out');
  report.results.push(await fanout());
  phase('catch-up');
  report.results.push(await catchUp());
  return report;
}
