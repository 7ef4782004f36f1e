/**
 * One node's federation, assembled: its keyring, identity and signed card, the message
 * catalogue, the outbox (enqueue + delivery worker) and the inbox. The server mounts it on
 * HTTP; tests and the demo start several in one process.
 */
import type { Clock } from '../../core/clock.js';
import { type CommandContext, SYSTEM_ACTOR } from '../../core/context.js';
import type { Database, Tx } from '../../storage/database.js';
import { type ScryptParams, openSealedKey, sealPrivateKey } from '../crypto/key-at-rest.js';
import type { KeyPair } from '../crypto/key-pair.js';
import type { HttpMessage } from '../http-signature/message.js';
import { type ReceiptSubject, receiptHandler, sendReceipt } from '../inbox/receipt-messages.js';
import { MessageCatalogue } from '../messages/catalogue.js';
import { type AirGapLine, importEnvelopes } from '../inbox/import-file.js';
import { type InboxOptions, type InboxReply, receiveBatch } from '../inbox/receive.js';
import { DEFAULT_THROTTLE, PeerThrottle, type ThrottleLimits } from '../inbox/throttle.js';
import { applyKeyRotations } from '../peers/peers-store.js';
import { type Keyring, ensureKeyring, rotateKeys } from '../node-identity/keys-store.js';
import { type NodeIdentity, buildOwnCard, inboxUrl } from '../node-identity/own-card.js';
import { type EnqueueInput, type Enqueued, enqueueMessage } from '../outbox/enqueue.js';
import { DeliveryWorker } from '../outbox/worker.js';
import type { HostedAuthority } from '../peers/peer-card.js';
import type { ReceiptType } from '../receipts/receipt.js';

export interface FederationNodeOptions {
  readonly database: Database;
  readonly clock: Clock;
  readonly nodeId: string;
  /** ISO 3166-1 alpha-2 code of the State served. */
  readonly state: string;
  /** Base URL peers reach this node at (may be set later, once a test server has its port). */
  readonly url: string;
  readonly authorities?: readonly HostedAuthority[];
  readonly keySecret: string;
  readonly scrypt?: ScryptParams;
  readonly alertAfterMs?: number;
  readonly maxBatchEnvelopes?: number;
  readonly maxBatchBytes?: number;
  readonly inboxMaxEnvelopes?: number;
  readonly inboxMaxBytes?: number;
  /** Each peer's allowance of envelopes at the inbox (default DEFAULT_THROTTLE); false for none. */
  readonly inboxThrottle?: ThrottleLimits | false;
  readonly pollIntervalMs?: number;
  readonly random?: () => number;
  readonly onError?: (error: unknown) => void;
  /** HTTP client for deliveries (tests wrap it to lose answers or fail on purpose). */
  readonly fetch?: typeof fetch;
  /** Called after peers' `accepted` receipts are recorded. */
  readonly onAccepted?: (messageIds: readonly string[]) => void;
}

export class FederationNode {
  readonly database: Database;
  readonly clock: Clock;
  readonly nodeId: string;
  /** The message types this node understands; capabilities install theirs when the node is assembled. */
  readonly catalogue = new MessageCatalogue();
  readonly worker: DeliveryWorker;
  #identity: NodeIdentity;
  #keyring: Keyring;
  #card: { compact: string; fingerprint: string; at: number } | undefined;
  readonly #options: FederationNodeOptions;
  readonly #throttle: PeerThrottle | undefined;

  private constructor(options: FederationNodeOptions, keyring: Keyring) {
    this.#options = options;
    this.#throttle =
      options.inboxThrottle === false
        ? undefined
        : new PeerThrottle(options.inboxThrottle ?? DEFAULT_THROTTLE);
    this.database = options.database;
    this.clock = options.clock;
    this.nodeId = options.nodeId;
    this.#keyring = keyring;
    this.#identity = {
      nodeId: options.nodeId,
      state: options.state,
      url: options.url,
      authorities: options.authorities ?? [],
    };
    this.catalogue.install([receiptHandler(options.nodeId)]);
    this.worker = new DeliveryWorker({
      database: options.database,
      clock: options.clock,
      nodeId: options.nodeId,
      keyring: () => this.#keyring,
      alertAfterMs: options.alertAfterMs ?? 60 * 60_000,
      ...(options.maxBatchEnvelopes ? { maxBatchEnvelopes: options.maxBatchEnvelopes } : {}),
      ...(options.maxBatchBytes ? { maxBatchBytes: options.maxBatchBytes } : {}),
      ...(options.pollIntervalMs ? { pollIntervalMs: options.pollIntervalMs } : {}),
      ...(options.random ? { random: options.random } : {}),
      ...(options.onError ? { onError: options.onError } : {}),
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.onAccepted ? { onAccepted: options.onAccepted } : {}),
    });
  }

  /** Opens the node's federation, creating its keys on first start. */
  static async open(options: FederationNodeOptions): Promise<FederationNode> {
    const ctx: CommandContext = { actor: SYSTEM_ACTOR, requestId: null, clock: options.clock };
    const keyring = await ensureKeyring(
      options.database,
      ctx,
      options.nodeId,
      (options.authorities ?? []).map((a) => a.id),
      { secret: options.keySecret, ...(options.scrypt ? { scrypt: options.scrypt } : {}) },
    );
    return new FederationNode(options, keyring);
  }

  get keyring(): Keyring {
    return this.#keyring;
  }

  get identity(): NodeIdentity {
    return this.#identity;
  }

  /** Seals a private key this node holds besides its own (a directory's) under its key secret. */
  async sealKey(pair: KeyPair): Promise<string> {
    const { keySecret, scrypt } = this.#options;
    return JSON.stringify(await sealPrivateKey(pair, keySecret, scrypt ? { scrypt } : {}));
  }

  /** Opens a key sealed by `sealKey`. */
  openKey(sealed: string): Promise<KeyPair> {
    return openSealedKey(sealed, this.#options.keySecret);
  }

  /** Sets the public base URL (tests learn their port after listening). */
  setUrl(url: string): void {
    this.#identity = { ...this.#identity, url: url.replace(/\/+$/, '') };
    this.#card = undefined;
  }

  /** This node's signed card, re-signed at most once a minute. */
  async card(): Promise<{ compact: string; fingerprint: string }> {
    const now = this.clock.now().getTime();
    if (!this.#card || now - this.#card.at > 60_000 || now < this.#card.at) {
      const built = await buildOwnCard(this.#identity, this.#keyring, this.clock);
      this.#card = { compact: built.compact, fingerprint: built.fingerprint, at: now };
    }
    return { compact: this.#card.compact, fingerprint: this.#card.fingerprint };
  }

  /** Seals and queues a message in the caller's transaction (see enqueueMessage). */
  enqueue(tx: Tx, input: EnqueueInput): Promise<Enqueued> {
    return enqueueMessage(tx, this.#sender(), input);
  }

  /** Signs a higher-rung receipt about a received message and queues it to its sender. */
  sendReceipt(
    tx: Tx,
    messageId: string,
    receiptType: Exclude<ReceiptType, 'accepted'>,
    about?: ReceiptSubject,
  ): Promise<Enqueued> {
    return sendReceipt(tx, this.#sender(), { messageId, receiptType, ...(about ? { about } : {}) });
  }

  /** Handles one inbox POST. */
  receive(message: HttpMessage): Promise<InboxReply> {
    return receiveBatch(this.#inboxOptions(), message);
  }

  /**
   * Imports an air-gap file's lines: rotation announcements first, then the envelopes through
   * the inbox's checks. Returns one result line per envelope, to carry back to the sender.
   */
  async importAirGap(lines: readonly AirGapLine[]): Promise<AirGapLine[]> {
    const ctx: CommandContext = {
      actor: { type: 'system', id: 'air-gap-import' },
      requestId: null,
      clock: this.clock,
    };
    const rotations = lines.flatMap((l) => (l.kind === 'key-rotation' ? [l.announcement] : []));
    if (rotations.length > 0) await this.database.transact((tx) => applyKeyRotations(tx, ctx, rotations));
    const envelopes = lines.flatMap((l) => (l.kind === 'envelope' ? [l] : []));
    const results = await importEnvelopes(
      this.#inboxOptions(),
      envelopes.map((l) => l.envelope),
    );
    return results.map((result, i) => ({
      kind: 'result',
      from: this.nodeId,
      to: (envelopes[i] as { from: string }).from,
      result,
    }));
  }

  /** Exports the pending envelopes for `peer` as air-gap lines (they stay pending until receipted). */
  async exportAirGap(peer: string): Promise<AirGapLine[]> {
    const rows = await this.database.db
      .selectFrom('outbox')
      .select(['envelope'])
      .where('peer', '=', peer)
      .where('status', '=', 'pending')
      .orderBy('seq')
      .execute();
    return [
      ...this.#keyring.announcements.map((announcement) => ({
        kind: 'key-rotation' as const,
        from: this.nodeId,
        announcement,
      })),
      ...rows.map((r) => ({ kind: 'envelope' as const, from: this.nodeId, to: peer, envelope: r.envelope })),
    ];
  }

  #inboxOptions(): InboxOptions {
    return {
      database: this.database,
      clock: this.clock,
      nodeId: this.nodeId,
      authorities: () => this.#identity.authorities.map((a) => a.id),
      keyring: () => this.#keyring,
      catalogue: this.catalogue,
      inboxUrl: () => inboxUrl(this.#identity.url),
      ...(this.#options.inboxMaxEnvelopes ? { maxEnvelopes: this.#options.inboxMaxEnvelopes } : {}),
      ...(this.#options.inboxMaxBytes ? { maxBatchBytes: this.#options.inboxMaxBytes } : {}),
      ...(this.#throttle ? { throttle: this.#throttle } : {}),
    };
  }

  /** Rotates the node's (or a hosted authority's) keys; old ones stay verifiable. */
  async rotateKeys(ctx: CommandContext, authority?: string): Promise<Keyring> {
    this.#keyring = await rotateKeys(this.database, ctx, this.nodeId, {
      secret: this.#options.keySecret,
      ...(this.#options.scrypt ? { scrypt: this.#options.scrypt } : {}),
      ...(authority === undefined ? {} : { authority }),
    });
    this.#card = undefined;
    return this.#keyring;
  }

  #sender() {
    return { nodeId: this.nodeId, keyring: this.#keyring, clock: this.clock, wake: () => this.worker.wake() };
  }
}
