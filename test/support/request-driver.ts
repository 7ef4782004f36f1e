/**
 * Drives one request between two nodes of a test network: drafted and submitted by a user of
 * the requesting node, read and acted on by the user its channel reaches at the requested node.
 * Every accepted action is followed by a drain and a check that both nodes agree; every refused
 * one by a check that neither node queued anything.
 */
import assert from 'node:assert/strict';
import type { Role } from '../../src/core/accounts/roles.js';
import type { RequestState } from '../../src/core/legal/lifecycle/state.js';
import type { RegimeRegistry } from '../../src/core/legal/regimes/registry.js';
import type { Network, NetworkNode } from './network.js';
import {
  authorityForChannel,
  bothAgree,
  type Call,
  draftBody,
  outboxIds,
  type Parties,
} from './request-parties.js';

export interface RequestDriver {
  readonly id: string;
  readonly from: NetworkNode;
  readonly to: NetworkNode;
  readonly sender: Call;
  readonly receiver: Call;
  /** Applies an action, expects `status`, drains, and returns the state both nodes agree on. */
  act(who: Call, action: Record<string, unknown>, status?: 200 | 202): Promise<RequestState>;
  /** Applies an action that must be refused with `status` and `code`, and nothing queued anywhere. */
  refused(
    who: Call,
    action: Record<string, unknown>,
    status: number,
    code: string,
  ): Promise<{ detail: string }>;
  state(): Promise<RequestState>;
}

export interface DriverOptions {
  readonly regime: string;
  readonly instrument: string;
  readonly from: NetworkNode;
  readonly to: NetworkNode;
  /** Changes to the fixture's draft body (e.g. fewer items). */
  readonly body?: (body: Record<string, unknown>) => Record<string, unknown>;
  /** Submit right away (default true). */
  readonly submit?: boolean;
}

export async function openRequest(
  network: Network,
  parties: Parties,
  registry: RegimeRegistry,
  options: DriverOptions,
): Promise<RequestDriver> {
  const { from, to } = options;
  const inst = registry.resolve(options.regime, options.instrument, from.state, to.state).instrument;
  const sender = await parties.as(
    from,
    authorityForChannel(inst.channel?.value ?? 'none'),
    inst.senderRoles!.value[0] as Role,
  );
  const kase = await sender('POST', '/api/cases', { title: `${options.regime} ${options.instrument}` });
  assert.equal(kase.statusCode, 201, kase.body);
  const base = draftBody(options.regime, options.instrument, inst, {
    requesting: from.state,
    requested: to.state,
  });
  const draft = await sender('POST', `/api/cases/${kase.json().id}/requests`, options.body?.(base) ?? base);
  assert.equal(draft.statusCode, 201, draft.body);
  const id = draft.json().id as string;
  const receiver = await parties.as(
    to,
    authorityForChannel((draft.json().state as RequestState).channel),
    inst.receiverRoles!.value[0] as Role,
  );
  const driver: RequestDriver = {
    id,
    from,
    to,
    sender,
    receiver,
    async act(who, action, status = who === sender ? 202 : 200) {
      network.clock.advance(60_000);
      const res = await who('POST', `/api/requests/${id}/actions`, { action });
      assert.equal(res.statusCode, status, `${String(action.type)}: ${res.body}`);
      await network.drain();
      return bothAgree(sender, receiver, id, String(action.type));
    },
    async refused(who, action, status, code) {
      const before = [await outboxIds(from), await outboxIds(to)];
      const res = await who('POST', `/api/requests/${id}/actions`, { action });
      assert.equal(res.statusCode, status, `${String(action.type)}: ${res.body}`);
      assert.equal(res.json().code, code, res.body);
      assert.ok(String(res.json().detail).length > 0, 'the refusal gives a reason');
      assert.deepEqual([await outboxIds(from), await outboxIds(to)], before, 'nothing was sent');
      return { detail: res.json().detail as string };
    },
    async state() {
      return bothAgree(sender, receiver, id, 'reading');
    },
  };
  if (options.submit !== false) {
    const submitted = await driver.act(sender, { type: 'submit' }, 200);
    assert.equal(submitted.status, 'received');
  }
  return driver;
}

/** Review, screening (every question of the regime, no concern) and acceptance at the requested node. */
export async function reviewAndAccept(
  driver: RequestDriver,
  registry: RegimeRegistry,
): Promise<RequestState> {
  const state = await driver.state();
  await driver.act(driver.receiver, { type: 'start_review' });
  const questions = registry.regime(state.regime)!.discriminationScreening.map((q) => q.id);
  await driver.act(driver.receiver, {
    type: 'answer_screening',
    answers: questions.map((questionId) => ({ questionId, concern: false })),
  });
  return driver.act(driver.receiver, { type: 'accept' });
}

/** A consultation on `topic`, opened and concluded as agreed (required before refusing or postponing MLA). */
export async function consult(
  driver: RequestDriver,
  id: string,
  topic: 'refusal' | 'postponement' | 'partial_execution',
  itemIds: string[] = [],
): Promise<void> {
  await driver.act(driver.receiver, {
    type: 'open_consultation',
    consultationId: id,
    topic,
    proposal: `Proposed ${topic.replace('_', ' ')}; please comment.`,
    itemIds,
  });
  await driver.act(driver.receiver, {
    type: 'conclude_consultation',
    consultationId: id,
    outcome: 'agreed',
    summary: `The requesting State agreed to the ${topic.replace('_', ' ')}.`,
  });
}
