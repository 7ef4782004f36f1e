/**
 * Longer inbox fuzz than the test suite's: `node --import tsx scripts/fuzz-inbox.ts [cases]
 * [seed]` (default 5,000 cases, a random seed it prints). Three nodes on loopback; every hostile
 * request must get a 4xx with an expected reason and store nothing, and the node must still
 * accept a valid batch afterwards. Exits 1 on the first violation, naming the case and seed.
 */
import { batchOf, fuzzCase, post, prng, sealNote } from '../test/support/inbox-fuzz.js';
import { startNetwork } from '../test/support/network.js';

const cases = Number(process.argv[2] ?? 5000);
const seed = Number(process.argv[3] ?? Math.floor(Math.random() * 2 ** 31));
console.log(`fuzzing the inbox: ${cases} cases, seed ${seed}`);

const net = await startNetwork({ names: ['xa', 'xb', 'xc'], dialect: 'sqlite' });
let failed = false;
try {
  const [xa, xb, xc] = net.nodes as [(typeof net.nodes)[0], (typeof net.nodes)[0], (typeof net.nodes)[0]];
  const first = await post(net, xa, xb, batchOf([await sealNote(net, xa, xb)]));
  if (first.status !== 200) throw new Error(`a valid batch was refused: ${first.status}`);
  const count = async () =>
    (await xb.database.db.selectFrom('inbox_messages').select('message_id').execute()).length +
    (await xb.effects()).size * 1_000_000;
  const baseline = await count();
  const random = prng(seed);
  const reasons = new Map<string, number>();
  for (let i = 0; i < cases; i++) {
    const c = await fuzzCase(net, random, xa, xb, xc);
    const res = await post(net, xa, xb, c.body, c.contentType, c.sign);
    const reason = String(res.json?.reason);
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    const stored = await count();
    if (res.status < 400 || res.status >= 500 || !c.reasons.includes(reason) || stored !== baseline) {
      console.error(
        `case ${i} (${c.name}) with seed ${seed}: status ${res.status}, reason ${reason}, stored ${stored !== baseline}`,
      );
      failed = true;
      break;
    }
    if ((i + 1) % 500 === 0) console.log(`  ${i + 1} cases ok`);
  }
  const after = await post(net, xa, xb, batchOf([await sealNote(net, xa, xb)]));
  if (after.status !== 200) {
    console.error(`the node stopped accepting valid batches (${after.status})`);
    failed = true;
  }
  console.log(`reasons seen: ${[...reasons].map(([r, n]) => `${r} ${n}`).join(', ')}`);
} finally {
  await net.close();
}
if (failed) process.exitCode = 1;
else console.log('no violation');
