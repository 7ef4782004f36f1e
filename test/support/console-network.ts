/**
 * Two States' nodes (or three, XC too) for the console's browser tests: XA and XB on real HTTP, the wall clock
 * (the browser's clock is real, so deadlines read as they would), each with its 24/7 desk,
 * central authority and hub, a 24/7 officer per node, and an outbox pump that delivers
 * messages between the nodes as a running node would.
 */
import { createUser } from '../../src/app/accounts/users.js';
import type { UnLanguage } from '../../src/core/accounts/languages.js';
import type { Role } from '../../src/core/accounts/roles.js';
import { SYSTEM_ACTOR } from '../../src/core/context.js';
import { TEST_PASSWORD_COST } from './app.js';
import { type Network, type NetworkNode, WallClock, startNetwork } from './network.js';
import { type AuthorityKey, Parties } from './request-parties.js';
import { logIn } from './session.js';

export const PASSWORD = 'correct horse battery staple 7';

export interface ConsoleNetwork {
  readonly network: Network;
  readonly xa: NetworkNode;
  readonly xb: NetworkNode;
  /** Any node by name, e.g. 'xc' in a network started with three. */
  node(name: string): NetworkNode;
  readonly parties: Parties;
  /** Creates a person on a node; returns the user name. */
  person(
    node: NetworkNode,
    username: string,
    options?: {
      roles?: Role[];
      authority?: AuthorityKey;
      language?: UnLanguage;
      displayName?: string;
      oneTimePassword?: boolean;
    },
  ): Promise<{ username: string; password: string; id: string }>;
  /** Puts a person on call at their node's 24/7 desk from now for 12 hours. */
  onCall(node: NetworkNode, person: { username: string; password: string; id: string }): Promise<void>;
  close(): Promise<void>;
}

export async function startConsoleNetwork(names: readonly string[] = ['xa', 'xb']): Promise<ConsoleNetwork> {
  const network = await startNetwork({ names, clock: new WallClock('2026-01-01T00:00:00Z') });
  const parties = new Parties(network);
  await parties.setUp();
  const xa = network.node('xa');
  const xb = network.node('xb');
  let pumping = true;
  let busy = false;
  const pump = setInterval(() => {
    if (busy || !pumping) return;
    busy = true;
    void network
      .drain(50)
      .catch(() => undefined)
      .finally(() => {
        busy = false;
      });
  }, 150);
  return {
    network,
    xa,
    xb,
    node: (name) => network.node(name),
    parties,
    async person(node, username, options = {}) {
      const created = await createUser(
        node.database,
        { actor: SYSTEM_ACTOR, requestId: null, clock: network.clock },
        {
          username,
          displayName: options.displayName ?? username,
          roles: options.roles ?? ['poc_officer'],
          authorityId: parties.authority(node, options.authority ?? 'desk'),
          email: `${username}@${node.state.toLowerCase()}.example`,
          ...(options.oneTimePassword ? {} : { password: PASSWORD }),
          ...(options.language ? { language: options.language } : {}),
        },
        TEST_PASSWORD_COST,
      );
      return { username, password: created.oneTimePassword ?? PASSWORD, id: created.user.id };
    },
    async onCall(node, person) {
      const session = await logIn(node, person.username, person.password);
      const now = Date.now();
      const res = await session.call(
        'PUT',
        `/api/register/authorities/${parties.authority(node, 'desk')}/oncall`,
        {
          shifts: [
            {
              userId: person.id,
              position: 0,
              startsAt: new Date(now - 3_600_000).toISOString(),
              endsAt: new Date(now + 12 * 3_600_000).toISOString(),
              timezone: 'Europe/Vienna',
            },
          ],
        },
      );
      if (res.statusCode !== 200) throw new Error(`roster: ${res.body}`);
    },
    async close() {
      pumping = false;
      clearInterval(pump);
      while (busy) await new Promise((r) => setTimeout(r, 20));
      await network.close();
    },
  };
}
