/**
 * The composition root: the one place that assembles a node — database, regime packs,
 * federation, every capability's messages, daemons and delivery work, and the HTTP face — for
 * every caller: `comity start`, the demo, the test networks, the crash tests and the benchmarks.
 * Nothing else builds a node, so what runs in tests is what runs in production.
 */
import type { FastifyServerOptions } from 'fastify';
import type { PasswordCost } from '../app/accounts/passwords.js';
import { bootstrapAdmin, type FirstAdmin } from '../app/accounts/bootstrap.js';
import { capabilitiesOf } from '../app/capabilities.js';
import type { Capability } from '../app/capability.js';
import type { Config } from '../app/config/config.js';
import type { Daemon, DaemonOptions } from '../app/daemon.js';
import type { AppDeps } from '../app/deps.js';
import { type Clock, systemClock } from '../core/clock.js';
import { InvariantError } from '../core/errors.js';
import type { RegimeRegistry } from '../core/legal/regimes/registry.js';
import type { MessageBinding } from '../federation/messages/message-type.js';
import { PeriodicDaemon } from '../app/periodic.js';
import type { FederationNodeOptions } from '../federation/node/federation-node.js';
import { FederationNode } from '../federation/node/federation-node.js';
import type { PassResult } from '../federation/outbox/worker.js';
import { type Database, openDatabase } from '../storage/database.js';
import { loadRegimeRegistry } from '../storage/legal/regime-files.js';
import type { App } from '../http/schemas.js';
import { buildHttpServer } from '../http/server.js';
import { federationFromRegister } from './federation-from-register.js';

/** The federation identity of a node that is not read from its register (test networks). */
export type FederationIdentity = Pick<FederationNodeOptions, 'nodeId' | 'state'> &
  Partial<Omit<FederationNodeOptions, 'database' | 'clock' | 'nodeId' | 'state'>>;

export interface OpenNodeOptions {
  readonly config: Config;
  /** Default: the system clock. Tests pass a manual clock. */
  readonly clock?: Clock;
  /**
   * An open, migrated database the caller owns (closed by the caller, not by `close()`).
   * Default: the one the configuration names, opened, migrated when configured, and owned.
   */
  readonly database?: Database;
  /** Default: the packs in `regimes/`; broken packs stop the node, naming file, path and reason. */
  readonly registry?: RegimeRegistry;
  /**
   * How the node federates: `register` (default) opens it from the node identity in the
   * register (`comity setup`) and runs without federation until there is one; `off` never;
   * an identity opens it with that node id and State (and any federation option overrides).
   */
  readonly federation?: 'register' | 'off' | FederationIdentity;
  /** Delivery tuning for either way of opening the federation (poll interval, error handler, …). */
  readonly federationTuning?: Partial<Omit<FederationNodeOptions, 'database' | 'clock' | 'nodeId' | 'state'>>;
  /** Create the first administrator on an empty node (`comity start`). */
  readonly bootstrapAdmin?: boolean;
  /** Message handlers beyond the capabilities' own (a test domain). */
  readonly extraMessages?: readonly MessageBinding[];
  readonly passwordCost?: PasswordCost;
  /** A pino configuration, or false for silence. Default: the configured log level. */
  readonly logger?: FastifyServerOptions['logger'];
  readonly daemonPollMs?: DaemonOptions['pollMs'];
  /** Tests: fail any response its schema would change (see buildHttpServer). */
  readonly checkResponses?: boolean;
}

export interface ComityNode {
  readonly config: Config;
  readonly clock: Clock;
  readonly database: Database;
  readonly registry: RegimeRegistry;
  readonly federation: FederationNode | undefined;
  /** The application's dependencies, as commands and queries take them. */
  readonly deps: AppDeps;
  readonly capabilities: readonly Capability[];
  readonly daemons: readonly Daemon[];
  /** The running daemon of a class (tests and the demo run its passes by hand). */
  daemon<T extends Daemon>(kind: abstract new (...args: never[]) => T): T;
  /** The HTTP face (rebuilt when the node listens again after `stopListening`). */
  readonly http: App;
  /** The administrator created on first start, with its one-time password. */
  readonly firstAdmin: FirstAdmin | undefined;
  /** The base URL once listening. */
  readonly url: string | undefined;
  /** Binds HTTP (the configured host and port, or `port`), and tells the federation its URL. */
  listen(port?: number): Promise<string>;
  /** Stops serving HTTP (the node is offline); the database and daemons stay. */
  stopListening(): Promise<void>;
  /** Listens, then starts delivery and every daemon. */
  start(): Promise<string>;
  /** One delivery pass to every peer, until nothing moves (tests and the demo). */
  processAll(): Promise<PassResult>;
  /** Stops everything and closes what the node opened. */
  close(): Promise<void>;
}

export async function openNode(options: OpenNodeOptions): Promise<ComityNode> {
  const { config } = options;
  const clock = options.clock ?? systemClock;
  const registry = options.registry ?? loadRegimeRegistry();
  const ownsDatabase = options.database === undefined;
  const database =
    options.database ?? (await openDatabase({ url: config.databaseUrl, poolSize: config.databasePoolSize }));
  try {
    if (ownsDatabase && config.migrateOnStart) await database.migrate();
    const firstAdmin = options.bootstrapAdmin
      ? ((await bootstrapAdmin(database, clock)) ?? undefined)
      : undefined;
    const federation = await openFederation(options, database, clock);
    const deps: AppDeps = {
      config,
      database,
      clock,
      registry,
      ...(federation ? { federation } : {}),
      ...(options.passwordCost ? { passwordCost: options.passwordCost } : {}),
    };
    let http: App | undefined;
    const log = (what: string) => (error: unknown) => {
      if (http) http.log.error({ err: error }, what);
      else console.error(`comity: ${what}: ${(error as Error).message}`);
    };
    const capabilities = capabilitiesOf(deps, {
      onError: log,
      ...(options.daemonPollMs ? { pollMs: options.daemonPollMs } : {}),
    });
    if (federation) installOnFederation(federation, capabilities, options.extraMessages ?? []);
    const daemons = capabilities.flatMap((c) => c.daemons ?? []);
    // One instance at a time runs each periodic pass (several `comity start` on one PostgreSQL).
    for (const daemon of daemons)
      if (daemon instanceof PeriodicDaemon) daemon.runOnlyWhen(() => database.lead(`daemon:${daemon.name}`));
    const face = {
      logger: options.logger ?? { level: config.logLevel },
      ...(options.checkResponses ? { checkResponses: true } : {}),
    };
    http = await buildHttpServer(deps, face);
    let url: string | undefined;
    let listening = false;
    // Fastify cannot listen again once closed: a node back online gets a new HTTP face.
    let faceClosed = false;
    let port = config.port;
    let started = false;
    let stopWaking: () => void = () => undefined;

    const node: ComityNode = {
      config,
      clock,
      database,
      registry,
      federation,
      deps,
      capabilities,
      daemons,
      daemon<T extends Daemon>(kind: abstract new (...args: never[]) => T): T {
        const found = daemons.find((d): d is T => d instanceof kind);
        if (!found) throw new InvariantError(`this node runs no ${kind.name}`);
        return found;
      },
      firstAdmin,
      get http() {
        return http as App;
      },
      get url() {
        return url;
      },
      async listen(at?: number) {
        if (listening) return url as string;
        if (faceClosed) {
          http = await buildHttpServer(deps, face);
          faceClosed = false;
        }
        const server = http as App;
        await server.listen({ port: at ?? port, host: config.host });
        port = (server.server.address() as { port: number }).port;
        listening = true;
        // A node on port 0 learns its port here; its card and its printed URL must name it.
        url = config.port === 0 ? config.publicUrl.replace(/:\d+$/, `:${port}`) : config.publicUrl;
        federation?.setUrl(url);
        return url;
      },
      async stopListening() {
        if (!listening) return;
        listening = false;
        faceClosed = true;
        await http?.close();
      },
      async start() {
        const at = await node.listen();
        if (!started) {
          started = true;
          federation?.worker.start();
          // Envelopes another instance queued may be for a peer whose lease this instance holds.
          if (federation) stopWaking = database.onOtherInstanceCommitted(() => federation.worker.wake());
          for (const daemon of daemons) daemon.start();
        }
        return at;
      },
      async processAll() {
        if (!federation) return { accepted: 0, rejected: 0, failedBatches: 0 };
        return federation.worker.processAll();
      },
      async close() {
        await node.stopListening();
        stopWaking();
        await federation?.worker.destroy();
        for (const daemon of daemons) await daemon.destroy();
        if (ownsDatabase) await database.close();
      },
    };
    return node;
  } catch (error) {
    if (ownsDatabase) await database.close().catch(() => undefined);
    throw error;
  }
}

async function openFederation(
  options: OpenNodeOptions,
  database: Database,
  clock: Clock,
): Promise<FederationNode | undefined> {
  const choice = options.federation ?? 'register';
  if (choice === 'off') return undefined;
  const tuning = options.federationTuning ?? {};
  if (choice === 'register') return federationFromRegister(options.config, database, clock, tuning);
  return FederationNode.open({
    url: options.config.publicUrl,
    keySecret: options.config.keySecret ?? '',
    ...tuning,
    ...choice,
    database,
    clock,
  });
}

/** Every capability's message handlers on the catalogue, and their delivery work on the worker. */
function installOnFederation(
  federation: FederationNode,
  capabilities: readonly Capability[],
  extra: readonly MessageBinding[],
): void {
  federation.catalogue.install([...capabilities.flatMap((c) => c.messages ?? []), ...extra]);
  for (const capability of capabilities)
    if (capability.onDelivery) federation.worker.addHook(capability.onDelivery);
}
