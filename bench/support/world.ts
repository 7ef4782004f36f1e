/**
 * A simulated world of Comity nodes, one per UN Member State, in this process over loopback
 * HTTP: the Secretariat's node publishes a directory of every State's card; every State trusts
 * the directory by its key alone and learns every other State from it; one State alerts all the
 * others at once and collects their receipts; another rotates its keys and the rotation reaches
 * everyone through the directory. Each phase checks its outcome (every peer trusted, every
 * receipt back, every new key learnt) and throws if anything is missing.
 */
import { SYSTEM_ACTOR } from '../../src/core/context.js';
import { listAlerts, sentAlert } from '../../src/app/alerts/alerts.js';
import { sendAlert } from '../../src/app/alerts/send-alert.js';
import { DirectoryDaemon } from '../../src/app/directory/daemon.js';
import { appendToDirectory, collectListedCards, createDirectory } from '../../src/app/directory/operated.js';
import { directoryDocument } from '../../src/app/directory/mirror.js';
import { addDirectory } from '../../src/app/directory/trusted.js';
import { findPeer, listPeers } from '../../src/federation/peers/peers-store.js';
import type { ManualClock } from '../../src/core/clock.js';
import { type NetworkNode, startNetwork } from '../../test/support/network.js';

/** ISO 3166-1 alpha-2 codes of the 193 UN Member States. */
export const UN_MEMBER_STATES = (
  'AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA CF TD CL ' +
  'CN CO KM CG CR CI HR CU CY CZ KP CD DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT ' +
  'GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ' +
  'ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA ' +
  'KR RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TH TL TG TO TT ' +
  'TN TR TM TV UG UA AE GB TZ US UY UZ VU VE VN YE ZM ZW'
).split(' ');

export interface WorldFigures {
  readonly nodes: number;
  readonly startMs: number;
  readonly publishMs: number;
  /** From the first State adding the directory to the last one trusting every other State. */
  readonly fullTrustMs: number;
  readonly directoryBytes: number;
  readonly alertFanOutMs: number;
  readonly alertRecipients: number;
  readonly rotationMs: number;
  readonly rssMiBPerNode: number;
}

const ID = 'un-register';

export async function runWorld(
  count: number,
  clock: ManualClock,
  log: (line: string) => void = () => {},
): Promise<WorldFigures> {
  const states = UN_MEMBER_STATES.slice(0, count).map((s) => s.toLowerCase());
  let t = performance.now();
  const net = await startNetwork({ names: ['un', ...states], dialect: 'sqlite', clock, trustAll: false });
  const startMs = performance.now() - t;
  log(`${net.nodes.length} nodes started in ${(startMs / 1000).toFixed(1)} s`);
  const ctx = { actor: SYSTEM_ACTOR, requestId: null, clock };
  try {
    const un = net.node('un');
    t = performance.now();
    const { fingerprint } = await createDirectory(un.deps, ctx, {
      id: ID,
      name: 'Register of the States Parties',
    });
    const cards = await Promise.all(
      states.map(
        async (s) =>
          (await (await fetch(`${net.node(s).url}/federation/v1/card`)).json()) as {
            card: string;
            fingerprint: string;
          },
      ),
    );
    await appendToDirectory(un.deps, ctx, ID, { cards });
    const publishMs = performance.now() - t;
    const directoryBytes = Buffer.byteLength(JSON.stringify(await directoryDocument(un.deps, ID)));
    const source = `${un.url}/federation/v1/directories/${ID}`;

    t = performance.now();
    for (const s of states) await addDirectory(net.node(s).deps, ctx, { source, fingerprint });
    const fullTrustMs = performance.now() - t;
    for (const s of states) {
      const peers = (await listPeers(net.node(s).database)).filter((p) => p.status === 'active');
      if (peers.length !== states.length - 1)
        throw new Error(`${s} trusts ${peers.length} peers, not ${states.length - 1}`);
    }
    log(
      `every State trusts the ${states.length - 1} others through the directory in ${(fullTrustMs / 1000).toFixed(1)} s`,
    );

    const [first, ...others] = states as [string, ...string[]];
    const sender = net.node(first);
    t = performance.now();
    const alert = await sendAlert(sender.deps, ctx, {
      kind: 'alert',
      title: 'Ransomware campaign against hospitals',
      body: 'The same affiliate, through the same VPN appliance, in many States: check your hospitals.',
      tlp: 'green',
      states: others.map((s) => s.toUpperCase()),
    });
    await drainAll(net.nodes, () => allDelivered(sender, alert.id, others.length));
    const alertFanOutMs = performance.now() - t;
    for (const s of others)
      if ((await listAlerts(net.node(s).deps)).received.length !== 1)
        throw new Error(`${s} did not receive the alert`);
    log(
      `one alert reached ${others.length} States, every 'delivered' receipt back, in ${(alertFanOutMs / 1000).toFixed(1)} s`,
    );

    const rotating = net.node(others[0] as string);
    t = performance.now();
    await rotating.federation.rotateKeys(ctx);
    const newKid = rotating.federation.keyring.signer().keyId;
    const collected = await collectListedCards(un.deps, ctx, ID);
    if (collected.failed.length > 0)
      throw new Error(`collecting cards failed: ${JSON.stringify(collected.failed[0])}`);
    for (const s of states)
      if (s !== rotating.name) await new DirectoryDaemon(net.node(s).deps, 60_000).runOnce();
    const rotationMs = performance.now() - t;
    for (const s of states) {
      if (s === rotating.name) continue;
      const peer = await findPeer(net.node(s).database.db, rotating.name);
      if (!peer?.keys.some((k) => k.kid === newKid))
        throw new Error(`${s} did not learn ${rotating.name}'s new key`);
    }
    log(`a key rotation reached every State through the directory in ${(rotationMs / 1000).toFixed(1)} s`);
    return {
      nodes: net.nodes.length,
      startMs,
      publishMs,
      fullTrustMs,
      directoryBytes,
      alertFanOutMs,
      alertRecipients: others.length,
      rotationMs,
      rssMiBPerNode: process.memoryUsage().rss / 1024 / 1024 / net.nodes.length,
    };
  } finally {
    await net.close();
  }
}

async function allDelivered(sender: NetworkNode, id: string, expected: number): Promise<boolean> {
  const view = await sentAlert(sender.deps, id);
  return (
    view.recipients.length === expected && view.recipients.every((r) => r.receipts.delivered !== undefined)
  );
}

/** Runs every node's outbox until `done` holds (the receipts travel back as messages too). */
async function drainAll(nodes: readonly NetworkNode[], done: () => Promise<boolean>): Promise<void> {
  for (let round = 0; round < 50; round++) {
    let moved = 0;
    for (const n of nodes) {
      const r = await n.federation.worker.processAll();
      moved += r.accepted + r.rejected;
    }
    if (await done()) return;
    if (moved === 0) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the alert did not reach every State in 50 delivery rounds');
}
