/**
 * The people and authorities of a request between nodes of a test network, and field fixtures
 * for any instrument built from its pack. Each node serves a national hub (its identity) and
 * registers its 24/7 point of contact and central authority beside it, so a received request is
 * read by whoever its channel reaches (`src/server/requests/received-inbox.ts`): the 24/7 desk
 * the poc-to-poc ones, the central authority the ca-to-ca and authority-to-authority ones, the
 * hub everything else.
 */
import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import type { Role } from '../../src/core/accounts/roles.js';
import { SYSTEM_ACTOR } from '../../src/core/context.js';
import type { RequestState } from '../../src/core/legal/lifecycle/state.js';
import type { Instrument } from '../../src/core/legal/regimes/pack-schema.js';
import type { RegimeRegistry } from '../../src/core/legal/regimes/registry.js';
import { createUser } from '../../src/app/accounts/users.js';
import { createAuthority } from '../../src/app/register/authorities.js';
import { setNodeIdentity } from '../../src/app/register/node-identity.js';
import { createState } from '../../src/app/register/states.js';
import { TEST_PASSWORD_COST } from './app.js';
import type { Network, NetworkNode } from './network.js';
import { logIn, type Session } from './session.js';

const PASSWORD = 'a long test password 42';

export type AuthorityKey = 'hub' | 'desk' | 'ca';
export type Call = (
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: unknown,
) => Promise<LightMyRequestResponse>;

/** Which of a node's authorities handles a channel (the hub handles those no other does). */
export function authorityForChannel(channel: string): AuthorityKey {
  if (channel === 'poc_to_poc') return 'desk';
  if (channel === 'ca_to_ca' || channel === 'authority_to_authority') return 'ca';
  return 'hub';
}

export class Parties {
  readonly #network: Network;
  readonly #authorities = new Map<string, Record<AuthorityKey, string>>();
  readonly #sessions = new Map<string, Session>();
  #users = 0;

  constructor(network: Network) {
    this.#network = network;
  }

  /** Registers every node's State, the other nodes' States, and its three authorities. */
  async setUp(): Promise<void> {
    const ctx = { actor: SYSTEM_ACTOR, requestId: null, clock: this.#network.clock };
    for (const node of this.#network.nodes) {
      for (const other of this.#network.nodes)
        await createState(node.database, ctx, { code: other.state, name: `State ${other.state}` });
      const make = async (type: 'poc_24_7' | 'central_authority' | 'competent_authority', name: string) =>
        (
          await createAuthority(node.database, ctx, node.state, {
            type,
            name: `${node.state} ${name}`,
            timezone: 'Europe/Vienna',
          })
        ).id;
      const ids = {
        hub: await make('competent_authority', 'national cooperation hub'),
        desk: await make('poc_24_7', '24/7 point of contact'),
        ca: await make('central_authority', 'central authority'),
      };
      await setNodeIdentity(node.database, ctx, node.state, ids.hub);
      this.#authorities.set(node.name, ids);
    }
  }

  authority(node: NetworkNode, key: AuthorityKey): string {
    return this.#authorities.get(node.name)![key];
  }

  /** A logged-in user holding `role` at `authority` of `node` (one per combination). */
  async as(node: NetworkNode, authority: AuthorityKey, role: Role): Promise<Call> {
    return (await this.session(node, authority, role)).call;
  }

  /** The same user's session, with its cookie for raw HTTP (event streams, downloads). */
  async session(node: NetworkNode, authority: AuthorityKey, role: Role): Promise<Session> {
    const key = `${node.name}|${authority}|${role}`;
    const known = this.#sessions.get(key);
    if (known) return known;
    const username = `${node.name}-${authority}-${role.replaceAll('_', '-')}-${++this.#users}`;
    await createUser(
      node.database,
      { actor: SYSTEM_ACTOR, requestId: null, clock: this.#network.clock },
      {
        username,
        roles: [role],
        password: PASSWORD,
        authorityId: this.authority(node, authority),
        email: `${username}@${node.state.toLowerCase()}.example`,
      },
      TEST_PASSWORD_COST,
    );
    const session = await logIn(node, username, PASSWORD);
    this.#sessions.set(key, session);
    return session;
  }
}

/** Outgoing messages a node holds, by id: an action refused locally must add none. */
export async function outboxIds(node: NetworkNode): Promise<string[]> {
  const rows = await node.database.db.selectFrom('outbox').select('message_id').execute();
  return rows.map((r) => r.message_id).sort();
}

/** Reads the state of a request at both nodes and asserts they are deep-equal. */
export async function bothAgree(
  requesting: Call,
  requested: Call,
  id: string,
  step: string,
): Promise<RequestState> {
  const a = await requesting('GET', `/api/requests/${id}`);
  const b = await requested('GET', `/api/requests/${id}`);
  assert.equal(a.statusCode, 200, `${step}, requesting node: ${a.body}`);
  assert.equal(b.statusCode, 200, `${step}, requested node: ${b.body}`);
  assert.deepEqual(a.json().state, b.json().state, `both nodes agree after ${step}`);
  return b.json().state as RequestState;
}

/** A draft body for any instrument: every required field of its pack filled by type. */
export function draftBody(
  regime: string,
  instrumentId: string,
  instrument: Instrument,
  states: { requesting: string; requested: string },
): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const spec of instrument.fields ?? []) {
    if (!spec.required) continue;
    const value = fixtureFor(spec.type, spec.name, spec.label, states);
    if (value !== undefined) fields[spec.name] = value;
  }
  return {
    regime,
    instrument: instrumentId,
    requestedState: states.requested,
    fields,
    items: [
      {
        id: 'logs',
        description: 'Connection logs of host 203.0.113.7, 1-5 May 2026',
        dataCategory: 'traffic',
        personalData: true,
      },
      {
        id: 'subscriber',
        description: 'Subscriber data of the account that rented the host',
        dataCategory: 'subscriber',
        personalData: true,
      },
    ],
    offences: [{ code: 'UNCC-7', elements: { security_breach: true } }],
  };
}

function fixtureFor(
  type: string,
  name: string,
  label: string,
  states: { requesting: string; requested: string },
): unknown {
  switch (type) {
    case 'string':
    case 'text':
      return `${states.requesting} test value for ${label}`;
    case 'boolean':
      return true;
    case 'integer':
      return 5;
    case 'date':
      return '2026-05-01';
    case 'datetime':
      return '2026-05-01T10:00:00.000Z';
    case 'string_list':
      return name === 'participatingStates' ? [states.requesting, states.requested] : ['hostco.example'];
    case 'period':
      return { from: '2026-05-01T00:00:00.000Z', to: '2026-05-31T00:00:00.000Z' };
    case 'emergency_justification':
      return {
        personsAtRisk: 'Patients on ventilators at Xa General Hospital',
        threatNature: 'Ransomware is spreading to the life-support network',
        imminence: 'Within hours',
      };
    default:
      // Offences and data items travel as the request's own lists, not as fields.
      return undefined;
  }
}

/** Every (regime, instrument) the packs make available, with the first pair of network States it runs between. */
export function availableInstruments(
  registry: RegimeRegistry,
  states: readonly string[],
): Array<{ regime: string; id: string; requesting: string; requested: string }> {
  const out: Array<{ regime: string; id: string; requesting: string; requested: string }> = [];
  for (const regime of registry.regimeIds()) {
    const pack = registry.regime(regime)!;
    for (const id of Object.keys(pack.instruments).sort()) {
      if (!registry.instrument(regime, id)?.available.value) continue;
      const pair = pairs(states).find(([from, to]) => {
        try {
          registry.resolve(regime, id, from, to);
          return true;
        } catch {
          return false;
        }
      });
      assert.ok(pair, `${regime}/${id} is available in the pack but between no two States of the network`);
      out.push({ regime, id, requesting: pair[0], requested: pair[1] });
    }
  }
  return out;
}

function pairs(states: readonly string[]): Array<[string, string]> {
  return states.flatMap((a) => states.filter((b) => b !== a).map((b) => [a, b] as [string, string]));
}
