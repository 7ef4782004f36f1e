/**
 * Two States' nodes with their desks and central authorities, and a stored-data request from XA
 * brought to `executed` at XB and filed there in an execution case — the point at which XB can
 * send evidence back. Shared by the evidence-transfer tests.
 */
import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import type { Role } from '../../src/core/accounts/roles.js';
import { SYSTEM_ACTOR } from '../../src/core/context.js';
import { createUser } from '../../src/app/accounts/users.js';
import { createAuthority } from '../../src/app/register/authorities.js';
import { setNodeIdentity } from '../../src/app/register/node-identity.js';
import { createState } from '../../src/app/register/states.js';
import { TEST_PASSWORD_COST } from './app.js';
import type { Network, NetworkNode } from './network.js';
import { logIn } from './session.js';

const PASSWORD = 'a long test password 42';

export type Call = ((
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: unknown,
  headers?: Record<string, string>,
) => Promise<LightMyRequestResponse>) & { cookie: string; userId: string; authorityId: string };

export async function setupNode(network: Network, node: NetworkNode): Promise<string> {
  const ctx = { actor: SYSTEM_ACTOR, requestId: null, clock: network.clock };
  await createState(node.database, ctx, { code: node.state, name: `State ${node.state}` });
  const authority = await createAuthority(node.database, ctx, node.state, {
    type: 'central_authority',
    name: `${node.state} central authority`,
    timezone: 'Europe/Vienna',
  });
  await setNodeIdentity(node.database, ctx, node.state, authority.id);
  return authority.id;
}

export async function sessionOn(
  network: Network,
  node: NetworkNode,
  username: string,
  roles: Role[],
  authorityId: string,
): Promise<Call> {
  const { user } = await createUser(
    node.database,
    { actor: SYSTEM_ACTOR, requestId: null, clock: network.clock },
    { username, roles, password: PASSWORD, authorityId },
    TEST_PASSWORD_COST,
  );
  const session = await logIn(node, username, PASSWORD);
  const call = session.call;
  const result = Object.assign(call, { userId: user.id, authorityId });
  // The cookie changes when the session is renewed, so it is read at the time of use.
  Object.defineProperty(result, 'cookie', { get: () => session.cookie() });
  return result as unknown as Call;
}

/** Drafts and submits at XA; once drained, XB holds it as `received`. Returns its id. */
export async function submittedRequest(network: Network, caXa: Call, xaCase: string): Promise<string> {
  const draft = await caXa('POST', `/api/cases/${xaCase}/requests`, {
    regime: 'uncc-2024',
    instrument: 'stored_data',
    requestedState: 'XB',
    fields: {
      requestingAuthority: 'XA central authority',
      subjectMatter: 'Ransomware attack on a hospital',
      conductingAuthority: 'XA public prosecutor, cybercrime unit',
      factsSummary:
        'Patient records were encrypted on 3 May 2026; the ransom note named a mailbox hosted in XB.',
      assistanceSought: 'Disclosure of the preserved mailbox content.',
      purpose: 'Identify and prosecute the attackers.',
      legalBasisDomestic: 'XA Code of Criminal Procedure s. 134',
      authorisingAuthority: 'Investigating judge, XA district court',
      proportionalityStatement: 'One mailbox, for the five days of the attack only.',
    },
    items: [
      {
        id: 'mailbox',
        description: 'Mailbox export, 1-5 May 2026',
        dataCategory: 'content',
        personalData: true,
      },
    ],
    offences: [{ code: 'UNCC-7', elements: { security_breach: true } }],
  });
  assert.equal(draft.statusCode, 201, draft.body);
  const id = draft.json().id as string;
  const step = async (who: Call, action: Record<string, unknown>) => {
    network.clock.advance(60_000);
    const res = await who('POST', `/api/requests/${id}/actions`, { action });
    assert.ok(res.statusCode === 200 || res.statusCode === 202, `${String(action.type)}: ${res.body}`);
    await network.drain();
  };
  await step(caXa, { type: 'submit' });
  return id;
}

/** Drafts at XA, then drives the request at XB to `executed`; returns its id. */
export async function executedRequest(
  network: Network,
  caXa: Call,
  caXb: Call,
  xaCase: string,
): Promise<string> {
  const id = await submittedRequest(network, caXa, xaCase);
  const step = async (who: Call, action: Record<string, unknown>) => {
    network.clock.advance(60_000);
    const res = await who('POST', `/api/requests/${id}/actions`, { action });
    assert.ok(res.statusCode === 200 || res.statusCode === 202, `${String(action.type)}: ${res.body}`);
    await network.drain();
  };
  await step(caXb, { type: 'start_review' });
  await step(caXb, {
    type: 'answer_screening',
    answers: ['protected_grounds', 'prejudice_for_those_reasons', 'protected_freedoms'].map((q) => ({
      questionId: q,
      concern: false,
    })),
  });
  await step(caXb, { type: 'accept' });
  await step(caXb, { type: 'start_execution' });
  await step(caXb, { type: 'execute_item', itemId: 'mailbox' });
  return id;
}

/** Files `bytes` as evidence of the request in an XB case (through the API). */
export async function fileEvidence(
  caXb: Call,
  caseId: string,
  requestId: string,
  bytes: Buffer,
  filename = 'mailbox.mbox',
) {
  const res = await caXb(
    'PUT',
    `/api/cases/${caseId}/evidence?filename=${filename}&requestId=${requestId}&itemId=mailbox`,
    bytes,
    {
      'content-type': 'application/octet-stream',
    },
  );
  assert.equal(res.statusCode, 201, res.body);
  return res.json() as { id: string; sha256: string; size: number };
}

/** The audit actions of a node about evidence, in order. */
export async function custody(
  node: NetworkNode,
): Promise<Array<{ action: string; details: Record<string, unknown> }>> {
  const rows = await node.database.db
    .selectFrom('audit_events')
    .select(['action', 'details'])
    .where('action', 'like', 'evidence.%')
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({ action: r.action, details: JSON.parse(r.details) as Record<string, unknown> }));
}
