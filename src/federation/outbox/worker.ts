/**
 * The delivery worker: for each peer with pending messages it takes the peer's lease (so one
 * worker, across instances, delivers to a peer at a time and order holds), POSTs the oldest
 * pending envelopes as signed batches, stores the signed `accepted` receipts, and records
 * failures as per-peer back-off. State lives in the database, so a restart resumes where the
 * last committed batch left off; a batch sent but not recorded is sent again, and the inbox's
 * de-duplication makes that harmless.
 */
import { randomUUID } from 'node:crypto';
import type { Clock } from '../../core/clock.js';
import { type CommandContext, SYSTEM_ACTOR } from '../../core/context.js';
import { appendAudit } from '../../storage/audit/audit-log.js';
import type { Database, Tx } from '../../storage/database.js';
import { signatureHeaders } from '../http-signature/sign.js';
import type { Keyring } from '../node-identity/keys-store.js';
import { inboxUrl } from '../node-identity/own-card.js';
import { type Peer, findPeer } from '../peers/peers-store.js';
import { BATCH_CONTENT_TYPE, type BatchResponse, type EnvelopeResult } from '../transport/batch.js';
import { acceptReceipts, verifyAcceptedReceipts } from './accept-receipts.js';
import { raiseOverdueAlerts, recordAlert } from './alerts.js';
import { breakerState, isPermanentRejection, retryDelayMs } from './retry-policy.js';

export interface DeliveryOptions {
  readonly database: Database;
  readonly clock: Clock;
  readonly nodeId: string;
  /** The current keyring (it changes on rotation). */
  readonly keyring: () => Keyring;
  readonly alertAfterMs: number;
  readonly maxBatchEnvelopes?: number;
  readonly maxBatchBytes?: number;
  readonly requestTimeoutMs?: number;
  /** Poll interval of the background loop; commits also wake it. */
  readonly pollIntervalMs?: number;
  readonly fetch?: typeof fetch;
  readonly random?: () => number;
  readonly onError?: (error: unknown) => void;
  /** Called after the commit that recorded peers' `accepted` receipts (metrics, benchmarks). */
  readonly onAccepted?: (messageIds: readonly string[]) => void;
}

/**
 * Work that feeds the outbox as delivery makes room (e.g. the next chunks of a large transfer):
 * run at the start of every pass and after every batch the peer accepted, and awaited, so a
 * pass keeps delivering what the hook queues and a restart picks up where it stopped.
 */
export type DeliveryHook = () => Promise<void>;

export interface PassResult {
  /** Messages the peers accepted (with a verified receipt) during the pass. */
  readonly accepted: number;
  /** Messages refused for good (alerted). */
  readonly rejected: number;
  /** Batches that failed (network, HTTP error, unverifiable answer). */
  readonly failedBatches: number;
}

/**
 * A lease is short and renewed after every batch: a crashed worker (SIGKILL, power loss) holds
 * its peers for at most this long before a restarted or sibling worker takes over.
 */
const LEASE_MS = 60_000;

/** Delivers the outbox; `start()`/`destroy()` for the process, `processAll()` for tests. */
export class DeliveryWorker {
  readonly #o: DeliveryOptions;
  readonly #owner = randomUUID();
  #chain: Promise<unknown> = Promise.resolve();
  #timer: NodeJS.Timeout | undefined;
  #running = false;
  #wakePending = false;
  readonly #hooks: DeliveryHook[] = [];

  constructor(options: DeliveryOptions) {
    this.#o = options;
  }

  /** Adds a hook run at the start of each pass and after each accepted batch. */
  addHook(hook: DeliveryHook): void {
    this.#hooks.push(hook);
  }

  async #runHooks(): Promise<void> {
    for (const hook of this.#hooks) {
      try {
        await hook();
      } catch (error) {
        // A failing feeder never stops delivery of what is already queued.
        this.#o.onError?.(error);
      }
    }
  }

  /** Starts the background loop (poll + wake on commit). */
  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#schedule(0);
  }

  /** Asks for a pass soon (after a commit that enqueued something). */
  wake(): void {
    if (!this.#running || this.#wakePending) return;
    this.#wakePending = true;
    this.#schedule(0);
  }

  /** Stops the loop and waits for the pass in flight. */
  async destroy(): Promise<void> {
    this.#running = false;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#chain.catch(() => undefined);
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.destroy();
  }

  /** One full pass: alerts, then every due peer until its queue is empty or it fails. */
  processAll(): Promise<PassResult> {
    const run = this.#chain.then(() => this.#pass());
    this.#chain = run.catch(() => undefined);
    return run;
  }

  #schedule(delay: number): void {
    if (!this.#running) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#wakePending = false;
      this.processAll()
        .catch((error) => this.#o.onError?.(error))
        .finally(() => this.#schedule(this.#o.pollIntervalMs ?? 1000));
    }, delay);
    this.#timer.unref?.();
  }

  get #ctx(): CommandContext {
    return { actor: SYSTEM_ACTOR, requestId: null, clock: this.#o.clock };
  }

  async #pass(): Promise<PassResult> {
    const { database, clock } = this.#o;
    await this.#runHooks();
    await raiseOverdueAlerts(database, this.#ctx, this.#o.alertAfterMs);
    const now = clock.now().toISOString();
    const due = await database.db
      .selectFrom('peers')
      .select('node_id')
      .where('status', '=', 'active')
      .where((eb) => eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', now)]))
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('outbox')
            .select('seq')
            .whereRef('outbox.peer', '=', 'peers.node_id')
            .where('outbox.status', '=', 'pending'),
        ),
      )
      .orderBy('node_id')
      .execute();
    const total = { accepted: 0, rejected: 0, failedBatches: 0 };
    await Promise.all(
      due.map(async ({ node_id }) => {
        const r = await this.#deliverPeer(node_id);
        total.accepted += r.accepted;
        total.rejected += r.rejected;
        total.failedBatches += r.failedBatches;
      }),
    );
    return total;
  }

  /** Takes the peer's lease (SKIP LOCKED on PostgreSQL, so instances never wait on each other). */
  async #claim(nodeId: string): Promise<Peer | undefined> {
    const { database, clock } = this.#o;
    return database.transact(async (tx) => {
      const now = clock.now();
      let query = tx.db
        .selectFrom('peers')
        .selectAll()
        .where('node_id', '=', nodeId)
        .where('status', '=', 'active');
      if (tx.dialect === 'postgres') query = query.forUpdate().skipLocked();
      const row = await query.executeTakeFirst();
      if (!row) return undefined;
      const leased =
        row.lease_until !== null &&
        Date.parse(row.lease_until) > now.getTime() &&
        row.lease_owner !== this.#owner;
      if (leased || breakerState(row.failures, row.next_attempt_at, now) === 'open') return undefined;
      await tx.db
        .updateTable('peers')
        .set({ lease_owner: this.#owner, lease_until: new Date(now.getTime() + LEASE_MS).toISOString() })
        .where('node_id', '=', nodeId)
        .execute();
      return findPeer(tx.db, nodeId);
    });
  }

  async #renew(nodeId: string): Promise<void> {
    const until = new Date(this.#o.clock.now().getTime() + LEASE_MS).toISOString();
    await this.#o.database.transact(async (tx) => {
      await tx.db
        .updateTable('peers')
        .set({ lease_until: until })
        .where('node_id', '=', nodeId)
        .where('lease_owner', '=', this.#owner)
        .execute();
    });
  }

  async #release(nodeId: string): Promise<void> {
    await this.#o.database.transact(async (tx) => {
      await tx.db
        .updateTable('peers')
        .set({ lease_owner: null, lease_until: null })
        .where('node_id', '=', nodeId)
        .where('lease_owner', '=', this.#owner)
        .execute();
    });
  }

  async #deliverPeer(nodeId: string): Promise<PassResult> {
    const result = { accepted: 0, rejected: 0, failedBatches: 0 };
    let peer = await this.#claim(nodeId);
    if (!peer) return result;
    try {
      for (;;) {
        const probe = breakerState(peer.failures, peer.nextAttemptAt, this.#o.clock.now()) === 'half_open';
        const rows = await this.#nextBatch(nodeId, probe ? 1 : (this.#o.maxBatchEnvelopes ?? 200));
        if (rows.length === 0) break;
        const outcome = await this.#send(peer, rows);
        result.accepted += outcome.accepted;
        result.rejected += outcome.rejected;
        if (outcome.accepted > 0) await this.#runHooks();
        if (!outcome.ok) {
          result.failedBatches++;
          break;
        }
        const refreshed = await findPeer(this.#o.database.db, nodeId);
        if (refreshed?.status !== 'active') break;
        peer = refreshed;
        await this.#renew(nodeId);
      }
    } finally {
      await this.#release(nodeId);
    }
    return result;
  }

  async #nextBatch(nodeId: string, limit: number) {
    const rows = await this.#o.database.db
      .selectFrom('outbox')
      .select(['seq', 'message_id', 'envelope', 'digest', 'bytes'])
      .where('peer', '=', nodeId)
      .where('status', '=', 'pending')
      .orderBy('seq')
      .limit(limit)
      .execute();
    const maxBytes = this.#o.maxBatchBytes ?? 4 * 1024 * 1024;
    let bytes = 0;
    const batch = [];
    for (const row of rows) {
      // Always send at least one, whatever its size: the inbox judges it, nothing is skipped.
      if (batch.length > 0 && bytes + row.bytes > maxBytes) break;
      bytes += row.bytes;
      batch.push(row);
    }
    return batch;
  }

  async #send(
    peer: Peer,
    rows: ReadonlyArray<{ message_id: string; envelope: string; digest: string }>,
  ): Promise<{ ok: boolean; accepted: number; rejected: number }> {
    const { clock } = this.#o;
    const keyring = this.#o.keyring();
    const batchId = randomUUID();
    const announcements = keyring.announcements.slice(0, 16);
    const body = JSON.stringify({
      batchId,
      envelopes: rows.map((r) => r.envelope),
      ...(announcements.length > 0 ? { keyRotations: announcements } : {}),
    });
    const url = inboxUrl(peer.url);
    let response: BatchResponse | undefined;
    let error: string | undefined;
    try {
      const headers = { 'content-type': BATCH_CONTENT_TYPE };
      const signed = await signatureHeaders(
        { method: 'POST', url, headers, body },
        { signer: keyring.signer(), clock },
      );
      const res = await (this.#o.fetch ?? fetch)(url, {
        method: 'POST',
        headers: { ...headers, ...signed, accept: 'application/json' },
        body,
        signal: AbortSignal.timeout(this.#o.requestTimeoutMs ?? 30_000),
      });
      const text = await res.text();
      const parsed = safeJson(text);
      if (isBatchResponse(parsed, batchId, rows.length)) response = parsed;
      else error = `HTTP ${res.status}: ${describeProblem(parsed, text)}`;
    } catch (e) {
      error = `${(e as Error).name}: ${(e as Error).message}`;
    }
    if (!response) {
      await this.#recordFailure(peer, rows, error ?? 'no answer');
      return { ok: false, accepted: 0, rejected: 0 };
    }
    return this.#recordResults(peer, rows, response);
  }

  async #recordFailure(
    peer: Peer,
    rows: ReadonlyArray<{ message_id: string }>,
    error: string,
  ): Promise<void> {
    const { database, clock } = this.#o;
    const now = clock.now();
    const failures = peer.failures + 1;
    await database.transact(async (tx) => {
      await tx.db
        .updateTable('peers')
        .set({
          failures,
          next_attempt_at: new Date(now.getTime() + retryDelayMs(failures, this.#o.random)).toISOString(),
          last_error: error.slice(0, 500),
        })
        .where('node_id', '=', peer.nodeId)
        .execute();
      await markAttempted(tx, rows, now, error);
      // One audit event per failed batch (not per message): failures are frequent while a peer is down.
      await appendAudit(tx, this.#ctx, [
        {
          actor: SYSTEM_ACTOR,
          action: 'federation.delivery.failed',
          subjectType: 'peer',
          subjectId: peer.nodeId,
          details: { messages: rows.length, failures, error: error.slice(0, 200) },
        },
      ]);
    });
  }

  async #recordResults(
    peer: Peer,
    rows: ReadonlyArray<{ message_id: string; digest: string }>,
    response: BatchResponse,
  ): Promise<{ ok: boolean; accepted: number; rejected: number }> {
    const { database, clock, nodeId } = this.#o;
    const results = rows.map((row, i) => ({ row, result: response.results[i] as EnvelopeResult }));
    // Verify receipts before the transaction: crypto does not need the write lock.
    const verdicts = await verifyAcceptedReceipts(
      nodeId,
      peer,
      results.flatMap(({ row, result }) =>
        result.status === 'accepted'
          ? [{ messageId: row.message_id, digest: row.digest, compact: result.receipt }]
          : [],
      ),
    );
    const verified = verdicts.flatMap((v) => (v.ok ? [v] : []));
    const unverified = new Map(verdicts.flatMap((v) => (v.ok ? [] : [[v.messageId, v.problem] as const])));
    const accepted = verified.length;
    let rejected = 0;
    let transient = 0;
    await database.transact(async (tx) => {
      const now = clock.now();
      for (const { row, result } of results) {
        if (result.status === 'rejected' && isPermanentRejection(result.reason)) {
          await tx.db
            .updateTable('outbox')
            .set({
              status: 'rejected',
              last_attempt_at: now.toISOString(),
              last_error: `${result.reason}: ${result.detail}`.slice(0, 500),
            })
            .where('message_id', '=', row.message_id)
            .execute();
          await recordAlert(tx, this.#ctx, {
            messageId: row.message_id,
            peer: peer.nodeId,
            reason: `rejected_${result.reason}`,
            detail: result.detail.slice(0, 500),
          });
          rejected++;
        } else if (result.status === 'rejected' || unverified.has(row.message_id)) {
          const why =
            result.status === 'rejected'
              ? `${result.reason}: ${result.detail}`
              : `receipt not verified: ${unverified.get(row.message_id)}`;
          await markAttempted(tx, [row], now, why);
          transient++;
        }
      }
      const audit = await acceptReceipts(tx, {
        peer: peer.nodeId,
        verified,
        now,
        route: { via: 'http', batchId: response.batchId },
      });
      const failed = accepted === 0 && rejected === 0;
      const failures = failed ? peer.failures + 1 : 0;
      await tx.db
        .updateTable('peers')
        .set({
          failures,
          next_attempt_at: failed
            ? new Date(now.getTime() + retryDelayMs(failures, this.#o.random)).toISOString()
            : null,
          last_error: failed ? 'no envelope of the batch was accepted' : null,
        })
        .where('node_id', '=', peer.nodeId)
        .execute();
      if (audit) await appendAudit(tx, this.#ctx, [audit]);
      const notify = this.#o.onAccepted;
      const acceptedIds = verified.map((v) => v.messageId);
      if (notify && acceptedIds.length > 0) tx.onCommit(() => notify(acceptedIds));
    });
    // A batch where nothing moved is a failure: stop, back off, keep order.
    return { ok: accepted + rejected > 0 && transient === 0, accepted, rejected };
  }
}

async function markAttempted(
  tx: Tx,
  rows: ReadonlyArray<{ message_id: string }>,
  now: Date,
  error: string,
): Promise<void> {
  if (rows.length === 0) return;
  await tx.db
    .updateTable('outbox')
    .set((eb) => ({
      attempts: eb('attempts', '+', 1),
      last_attempt_at: now.toISOString(),
      last_error: error.slice(0, 500),
    }))
    .where(
      'message_id',
      'in',
      rows.map((r) => r.message_id),
    )
    .execute();
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function describeProblem(parsed: unknown, text: string): string {
  const p = parsed as { code?: unknown; reason?: unknown; detail?: unknown } | undefined;
  if (p && typeof p === 'object')
    return `${String(p.reason ?? p.code ?? 'error')}: ${String(p.detail ?? '')}`;
  return text.slice(0, 200);
}

function isBatchResponse(value: unknown, batchId: string, count: number): value is BatchResponse {
  const v = value as BatchResponse | undefined;
  return (
    !!v &&
    v.batchId === batchId &&
    Array.isArray(v.results) &&
    v.results.length === count &&
    v.results.every(
      (r) =>
        (r?.status === 'accepted' && typeof r.receipt === 'string') ||
        (r?.status === 'rejected' && typeof r.reason === 'string' && typeof r.detail === 'string'),
    )
  );
}
