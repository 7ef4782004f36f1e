/**
 * Three nodes (XA, XB, XC) with a State, an authority and the node identity each, users of any
 * role, and API calls as those users: the setup of the incident-sharing tests.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import type { Role } from '../../src/core/accounts/roles.js';
import { SYSTEM_ACTOR } from '../../src/core/context.js';
import { TLP_MARKING_IDS, type Tlp } from '../../src/core/sharing/markings/tlp.js';
import { createUser } from '../../src/app/accounts/users.js';
import { createAuthority } from '../../src/app/register/authorities.js';
import { setNodeIdentity } from '../../src/app/register/node-identity.js';
import { createState } from '../../src/app/register/states.js';
import { TEST_PASSWORD_COST } from './app.js';
import type { Network, NetworkNode } from './network.js';
import { logIn } from './session.js';

const PASSWORD = 'a long test password 42';

export type Call = (
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  url: string,
  payload?: unknown,
) => Promise<LightMyRequestResponse>;

/** Registers the node's State and authority and sets its identity; returns the authority id. */
export async function setupNode(network: Network, node: NetworkNode): Promise<string> {
  const ctx = { actor: SYSTEM_ACTOR, requestId: null, clock: network.clock };
  for (const n of network.nodes)
    await createState(node.database, ctx, { code: n.state, name: `State ${n.state}` });
  const authority = await createAuthority(node.database, ctx, node.state, {
    type: 'poc_24_7',
    name: `${node.state} CERT`,
    timezone: 'Europe/Vienna',
  });
  await setNodeIdentity(node.database, ctx, node.state, authority.id);
  return authority.id;
}

/** Creates a user and returns a function calling the API as them (session + CSRF). */
export async function userOn(
  network: Network,
  node: NetworkNode,
  username: string,
  roles: Role[],
  authorityId: string,
): Promise<Call> {
  await createUser(
    node.database,
    { actor: SYSTEM_ACTOR, requestId: null, clock: network.clock },
    {
      username,
      roles,
      password: PASSWORD,
      authorityId,
      email: `${username}@${node.state.toLowerCase()}.example`,
    },
    TEST_PASSWORD_COST,
  );
  return (await logIn(node, username, PASSWORD)).call;
}

/** An indicator testing one IPv4 address (or domain), with object markings and extras. */
export function indicator(value: string, markings: readonly string[], extra: Record<string, unknown> = {}) {
  const isIp = /^\d+\.\d+\.\d+\.\d+$/.test(value);
  return {
    type: 'indicator',
    spec_version: '2.1',
    id: `indicator--${randomUUID()}`,
    created: '2026-05-04T07:00:00.000Z',
    modified: '2026-05-04T07:00:00.000Z',
    name: `Indicator ${value}`,
    pattern: isIp ? `[ipv4-addr:value = '${value}']` : `[domain-name:value = '${value}']`,
    pattern_type: 'stix',
    valid_from: '2026-05-04T07:00:00.000Z',
    object_marking_refs: markings,
    ...extra,
  };
}

export const tlp = (level: Tlp) => TLP_MARKING_IDS[level];

export const CONDITIONS = {
  purpose: 'Response to the ransomware campaign against hospitals',
  retentionUntil: '2027-05-04',
  onwardTransfer: 'allowed',
} as const;

/**
 * Creates an incident as `call`, shares it with XB under `conditions` and delivers it: the
 * opening of most sharing tests. Returns the incident id and the share response.
 */
export async function incidentSharedWithXb(
  network: Network,
  call: Call,
  incident: Record<string, unknown>,
  conditions: Record<string, unknown> = CONDITIONS,
): Promise<{ id: string; share: LightMyRequestResponse }> {
  const created = await call('POST', '/api/incidents', incident);
  assert.equal(created.statusCode, 201, created.body);
  const id = created.json().incident.id as string;
  const share = await call('POST', `/api/incidents/${id}/shares`, { targetStates: ['XB'], conditions });
  assert.equal(share.statusCode, 201, share.body);
  await network.drain();
  return { id, share };
}
