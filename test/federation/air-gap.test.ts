/**
 * Air-gap transport: envelopes exported as JSON lines, imported on the other side through the
 * same checks, and the signed receipts carried back; a replayed or tampered file changes nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SYSTEM_ACTOR } from '../../src/core/context.js';
import { parseAirGap } from '../../src/federation/inbox/import-file.js';
import { ingestResults } from '../../src/federation/outbox/ingest-results.js';
import type { EnvelopeResult } from '../../src/federation/transport/batch.js';
import { type Network, startNetwork } from '../support/network.js';
import { tamperedCompact } from '../support/tamper.js';

describe('air-gap file transport', () => {
  let net: Network;
  before(async () => {
    net = await startNetwork({ names: ['xa', 'xb'] });
  });
  after(async () => {
    await net.close();
  });

  test('export → import → ingest delivers with verified receipts, and a second import has no second effect', async () => {
    const xa = net.node('xa');
    const xb = net.node('xb');
    await xb.stop(); // no network between them
    const ids = [await xa.send('xb', 'by file 1'), await xa.send('xb', 'by file 2')];
    const file = (await xa.federation.exportAirGap('xb')).map((l) => JSON.stringify(l)).join('\n');
    const lines = parseAirGap(file);
    assert.equal(lines.filter((l) => l.kind === 'envelope').length, 2);

    const results = await xb.federation.importAirGap(lines);
    assert.ok(results.every((r) => r.kind === 'result' && r.result.status === 'accepted'));
    const effects = await xb.effects();
    for (const id of ids) assert.equal(effects.get(id), 1);

    const again = await xb.federation.importAirGap(lines);
    assert.ok(
      again.every((r) => r.kind === 'result' && r.result.status === 'accepted' && r.result.duplicate),
    );
    assert.equal((await xb.effects()).size, 2);

    const back = parseAirGap(results.map((r) => JSON.stringify(r)).join('\n'));
    const ctx = { actor: SYSTEM_ACTOR, requestId: null, clock: net.clock };
    const outcome = await ingestResults(
      xa.database,
      ctx,
      'xa',
      'xb',
      back.flatMap((l) => (l.kind === 'result' ? [l.result] : [])),
    );
    assert.equal(outcome.accepted, 2);
    const rows = await xa.database.db.selectFrom('outbox').select(['status', 'accepted_at']).execute();
    assert.ok(rows.every((r) => r.status === 'accepted' && r.accepted_at !== null));
  });

  test('a tampered envelope in a file is refused and an altered receipt is not believed', async () => {
    const xa = net.node('xa');
    const xb = net.node('xb');
    const id = await xa.send('xb', 'tamper me');
    const lines = await xa.federation.exportAirGap('xb');
    const env = lines.find((l) => l.kind === 'envelope');
    assert.ok(env && env.kind === 'envelope');
    const tampered = { ...env, envelope: tamperedCompact(env.envelope) };
    const refused = await xb.federation.importAirGap([tampered]);
    assert.equal(refused[0]?.kind === 'result' && refused[0].result.status, 'rejected');
    assert.equal((await xb.effects()).get(id), undefined);

    const ok = await xb.federation.importAirGap([env]);
    const result = (ok[0] as { result: EnvelopeResult }).result;
    assert.equal(result.status, 'accepted');
    const forged =
      result.status === 'accepted' ? { ...result, receipt: tamperedCompact(result.receipt) } : result;
    const ctx = { actor: SYSTEM_ACTOR, requestId: null, clock: net.clock };
    const outcome = await ingestResults(xa.database, ctx, 'xa', 'xb', [forged]);
    assert.equal(outcome.accepted, 0);
    assert.equal(outcome.refused.length, 1);
    const row = await xa.database.db
      .selectFrom('outbox')
      .select('status')
      .where('message_id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(row.status, 'pending');
  });
});
