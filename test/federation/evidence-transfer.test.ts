/**
 * Evidence sent from the requested State (XB) to the requesting State (XA) through the
 * federation, in chunk messages: verified and filed at XA with both chains of custody; resumed
 * after both nodes restart mid-transfer with no chunk twice; a corrupted chunk or file detected
 * and refused with nothing kept; wrong side, role, state and input refused with nothing sent.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { EvidenceView } from '../../src/app/evidence/evidence.js';
import type { TransferView } from '../../src/app/evidence/transfer/list-transfers.js';
import { type Network, type NetworkNode, startNetwork } from '../support/network.js';
import {
  type Call,
  custody,
  executedRequest,
  fileEvidence,
  sessionOn,
  setupNode,
  submittedRequest,
} from '../support/two-states.js';

const MIB = 1024 * 1024;
let network: Network;
let xa: NetworkNode;
let xb: NetworkNode;
let caXa: Call;
let caXb: Call;
let requestId = '';
let xaCase = '';
let xbCase = '';

before(async () => {
  network = await startNetwork({ names: ['xa', 'xb'] });
  xa = network.node('xa');
  xb = network.node('xb');
  const deskXa = await setupNode(network, xa);
  const deskXb = await setupNode(network, xb);
  caXa = await sessionOn(network, xa, 'ca-xa', ['central_authority'], deskXa);
  caXb = await sessionOn(network, xb, 'ca-xb', ['central_authority'], deskXb);
  xaCase = (await caXa('POST', '/api/cases', { title: 'Ransomware at Xa General Hospital' })).json().id;
  requestId = await executedRequest(network, caXa, caXb, xaCase);
  xbCase = (await caXb('POST', '/api/cases', { title: 'Execution of the XA request' })).json().id;
  const filed = await caXb('POST', `/api/requests/${requestId}/case`, { caseId: xbCase });
  assert.equal(filed.statusCode, 200, filed.body);
});
after(async () => {
  await network.close();
});

const transfers = async (who: Call) =>
  (await who('GET', `/api/requests/${requestId}/evidence-transfers`)).json() as TransferView[];

/** Lets `allowed` delivery POSTs through, then fails every one (the link or the node goes down). */
function failingAfter(allowed: number): typeof fetch {
  let calls = 0;
  return (async (url: string | URL | Request, init?: RequestInit) => {
    if (++calls > allowed) throw new TypeError('fetch failed: link down');
    return fetch(url, init);
  }) as typeof fetch;
}

test('a file is sent in chunks, verified at XA, filed in the requesting case, downloaded byte for byte; both custody logs tell the story', async () => {
  const original = randomBytes(2 * MIB + 12345);
  const stored = await fileEvidence(caXb, xbCase, requestId, original);
  const started = await caXb('POST', `/api/requests/${requestId}/evidence-transfers`, {
    evidenceIds: [stored.id],
  });
  assert.equal(started.statusCode, 202, started.body);
  assert.equal(started.json()[0].status, 'sending');
  await network.drain();

  const sent = (await transfers(caXb)).find((t) => t.evidenceId === stored.id)!;
  assert.equal(sent.direction, 'outgoing');
  assert.equal(sent.status, 'verified');
  assert.equal(sent.chunkCount, 3);
  assert.equal(sent.chunksAcknowledged, 3);
  const received = (await transfers(caXa)).find((t) => t.id === sent.id)!;
  assert.equal(received.direction, 'incoming');
  assert.equal(received.status, 'verified');
  assert.equal(received.chunksReceived, 3);
  assert.equal(received.evidenceId, sent.remoteEvidenceId);

  const list = (await caXa('GET', `/api/cases/${xaCase}/evidence`)).json() as EvidenceView[];
  const filed = list.find((e) => e.id === received.evidenceId)!;
  assert.equal(filed.requestId, requestId);
  assert.equal(filed.sha256, stored.sha256);
  const download = await caXa('GET', `/api/evidence/${filed.id}/content`);
  assert.equal(download.statusCode, 200);
  assert.ok(download.rawPayload.equals(original), 'XA downloads exactly the bytes XB filed');

  const atXb = (await custody(xb)).filter((e) => e.details.evidenceId === stored.id).map((e) => e.action);
  assert.deepEqual(atXb, [
    'evidence.stored',
    'evidence.transfer_started',
    'evidence.transmitted',
    'evidence.delivery_verified',
  ]);
  const atXa = (await custody(xa)).filter((e) => e.details.transferId === sent.id);
  assert.deepEqual(
    atXa.map((e) => e.action),
    ['evidence.transfer_offered', 'evidence.received'],
  );
  assert.deepEqual(
    { ...atXa[1]!.details },
    {
      evidenceId: filed.id,
      transferId: sent.id,
      from: 'xb',
      requestId,
      itemId: 'mailbox',
      remoteEvidenceId: stored.id,
      filename: 'mailbox.mbox',
      size: original.length,
      sha256: stored.sha256,
      verified: true,
    },
  );
  // The chunks' content is sealed on disk at XA, never kept in clear in the inbox.
  const kept = await xa.database.db
    .selectFrom('inbox_messages')
    .select('payload')
    .where('type', '=', 'evidence.chunk')
    .execute();
  assert.equal(kept.length, 3);
  assert.ok(kept.every((k) => !('data' in JSON.parse(k.payload))));
});

test('a transfer cut off mid-way resumes after both nodes restart, with no chunk sent or filed twice', async () => {
  const original = randomBytes(9 * MIB + 1);
  const stored = await fileEvidence(caXb, xbCase, requestId, original, 'disk.img');
  const started = await caXb('POST', `/api/requests/${requestId}/evidence-transfers`, {
    evidenceIds: [stored.id],
  });
  const transferId = started.json().find((t: { evidenceId: string }) => t.evidenceId === stored.id)
    .id as string;
  await xb.restart({ fetch: failingAfter(4) });
  await network.drain();
  const midway = await xa.database.db
    .selectFrom('evidence_transfers_in')
    .selectAll()
    .where('id', '=', transferId)
    .executeTakeFirstOrThrow();
  assert.equal(midway.status, 'receiving');
  assert.ok(
    midway.chunks_received > 0 && midway.chunks_received < 10,
    `${midway.chunks_received} chunks before the cut`,
  );

  await xa.restart();
  await xb.restart();
  network.clock.advance(60_000);
  await network.drain();
  const done = (await transfers(caXb)).find((t) => t.id === transferId)!;
  assert.equal(done.status, 'verified', JSON.stringify(done));
  const chunkMessages = await xb.database.db
    .selectFrom('evidence_transfer_chunks_out')
    .select('chunk_index')
    .where('transfer_id', '=', transferId)
    .execute();
  assert.deepEqual(
    chunkMessages.map((c) => c.chunk_index).sort((a, b) => a - b),
    [...Array(10).keys()],
  );
  const files = await xa.database.db
    .selectFrom('evidence')
    .select('id')
    .where('sha256', '=', stored.sha256)
    .execute();
  assert.equal(files.length, 1, 'filed once');
  const download = await caXa('GET', `/api/evidence/${files[0]!.id}/content`);
  assert.ok(download.rawPayload.equals(original));
});

test('a chunk altered in storage at XA fails the whole-file check: nothing kept, both sides audit it', async () => {
  const stored = await fileEvidence(caXb, xbCase, requestId, randomBytes(3 * MIB), 'altered.bin');
  const started = await caXb('POST', `/api/requests/${requestId}/evidence-transfers`, {
    evidenceIds: [stored.id],
  });
  const transferId = started.json().find((t: { evidenceId: string }) => t.evidenceId === stored.id)
    .id as string;
  await xb.restart({ fetch: failingAfter(2) });
  await network.drain();
  const row = await xa.database.db
    .selectFrom('evidence_transfers_in')
    .selectAll()
    .where('id', '=', transferId)
    .executeTakeFirstOrThrow();
  assert.ok(row.chunks_received >= 1);
  const partial = join(xa.dataDir, 'evidence', `${row.evidence_id}.incoming`);
  const bytes = readFileSync(partial);
  bytes[100]! ^= 0xff;
  writeFileSync(partial, bytes);
  await xb.restart();
  network.clock.advance(60_000);
  await network.drain();

  const sent = (await transfers(caXb)).find((t) => t.id === transferId)!;
  assert.equal(sent.status, 'rejected');
  assert.match(String(sent.reason), /^file_hash_mismatch/);
  assert.equal(existsSync(partial), false, 'the partial file is gone');
  assert.equal(
    await xa.database.db
      .selectFrom('evidence')
      .select('id')
      .where('id', '=', row.evidence_id)
      .executeTakeFirst(),
    undefined,
  );
  assert.ok(
    (await custody(xa)).some(
      (e) => e.action === 'evidence.transfer_rejected' && e.details.transferId === transferId,
    ),
  );
  assert.ok(
    (await custody(xb)).some(
      (e) => e.action === 'evidence.delivery_rejected' && e.details.transferId === transferId,
    ),
  );
});

test('a chunk whose content does not match its own hash is refused: the transfer is rejected and the sender told', async () => {
  const stored = await fileEvidence(caXb, xbCase, requestId, randomBytes(MIB + 7), 'forged.bin');
  const started = await caXb('POST', `/api/requests/${requestId}/evidence-transfers`, {
    evidenceIds: [stored.id],
  });
  const transferId = started.json().find((t: { evidenceId: string }) => t.evidenceId === stored.id)
    .id as string;
  // Queued right after the offer, before the pump queues the real chunks.
  await xb.database.transact((tx) =>
    xb.federation.enqueue(tx, {
      peer: 'xa',
      type: 'evidence.chunk',
      payload: {
        transferId,
        index: 1,
        sha256: '0'.repeat(64),
        data: Buffer.from('seven b').toString('base64'),
      },
    }),
  );
  await network.drain();
  const sent = (await transfers(caXb)).find((t) => t.id === transferId)!;
  assert.equal(sent.status, 'rejected');
  assert.match(String(sent.reason), /^chunk_hash_mismatch/);
  assert.equal((await transfers(caXa)).find((t) => t.id === transferId)!.status, 'rejected');
});

test('an envelope altered in transit fails the transport signature: nothing is stored, and the intact envelope sent again gets through', async () => {
  const stored = await fileEvidence(caXb, xbCase, requestId, randomBytes(2 * MIB), 'transit.bin');
  await xb.restart({
    fetch: (async (url: string | URL | Request, init?: RequestInit) => {
      const body = String(init?.body ?? '');
      // Flip one character inside the ciphertext of every large (chunk) envelope.
      const tampered =
        body.length > 100_000
          ? body.replace(
              /\.([A-Za-z0-9_-]{200})/,
              (_m, c: string) => `.${c[0] === 'A' ? 'B' : 'A'}${c.slice(1)}`,
            )
          : body;
      return fetch(url, { ...init, body: tampered });
    }) as typeof fetch,
  });
  const started = await caXb('POST', `/api/requests/${requestId}/evidence-transfers`, {
    evidenceIds: [stored.id],
  });
  const transferId = started.json().find((t: { evidenceId: string }) => t.evidenceId === stored.id)
    .id as string;
  await network.drain();
  const atXa = await xa.database.db
    .selectFrom('evidence_transfers_in')
    .select('chunks_received')
    .where('id', '=', transferId)
    .executeTakeFirst();
  assert.equal(atXa?.chunks_received ?? 0, 0, 'nothing of the altered batch was taken in');
  const refused = await xa.database.db
    .selectFrom('audit_events')
    .select('details')
    .where('action', '=', 'federation.inbox.refuse')
    .execute();
  assert.ok(
    refused.some((r) => /digest/i.test(r.details)),
    'the refusal is audited at XA',
  );
  await xb.restart();
  network.clock.advance(60_000);
  await network.drain();
  const sent = (await transfers(caXb)).find((t) => t.id === transferId)!;
  assert.equal(sent.status, 'verified', JSON.stringify(sent));
});

test('wrong side, wrong role, wrong state and bad input are refused with a code, and nothing is sent', async () => {
  const outbox = async () =>
    (await xb.database.db.selectFrom('outbox').select('message_id').execute()).length;
  const evidence = await fileEvidence(caXb, xbCase, requestId, randomBytes(1000), 'small.bin');
  const refused = async (who: Call, ids: string[], status: number, code: string | null, id = requestId) => {
    const before = await outbox();
    const res = await who('POST', `/api/requests/${id}/evidence-transfers`, { evidenceIds: ids });
    assert.equal(res.statusCode, status, res.body);
    if (code) assert.equal(res.json().code, code);
    assert.equal(await outbox(), before, `nothing queued for ${code}`);
  };

  await refused(caXa, [evidence.id], 403, 'wrong_side');
  const analyst = await sessionOn(network, xb, 'analyst-xb', ['analyst'], caXb.authorityId);
  await refused(analyst, [evidence.id], 403, null);
  const officer = await sessionOn(network, xb, 'poc-xb', ['poc_officer'], caXb.authorityId);
  // The regime lets only the central authority answer a stored-data request.
  await refused(officer, [evidence.id], 403, 'role_not_permitted');
  await refused(caXb, ['no-such-evidence'], 404, 'evidence_not_found');
  const loose = await caXb('PUT', `/api/cases/${xbCase}/evidence?filename=loose.bin`, randomBytes(10), {
    'content-type': 'application/octet-stream',
  });
  await refused(caXb, [loose.json().id], 400, 'evidence_not_of_request');
  const first = (await transfers(caXb)).find((t) => t.status === 'verified')!;
  await refused(caXb, [String(first.evidenceId)], 409, 'transfer_exists');

  const received = await submittedRequest(network, caXa, xaCase);
  const filed = await caXb('POST', `/api/requests/${received}/case`, { caseId: xbCase });
  assert.equal(filed.statusCode, 200, filed.body);
  const twice = await caXb('POST', `/api/requests/${received}/case`, { caseId: xbCase });
  assert.equal(twice.json().code, 'request_already_filed');
  const early = await fileEvidence(caXb, xbCase, received, randomBytes(10), 'early.bin');
  await refused(caXb, [early.id], 409, 'request_not_executed', received);

  const conditions = {
    purpose: 'Prosecution of the ransomware attack',
    retentionUntil: null,
    onwardTransfer: 'forbidden',
    consentForm: 'written',
    personalDataCategories: ['communications content'],
    source: 'XB conditions of use',
    confidence: 'checked',
  };
  network.clock.advance(60_000);
  const transmitted = await caXb('POST', `/api/requests/${requestId}/actions`, {
    action: { type: 'transmit_results', items: [{ itemId: 'mailbox', dataItemId: 'mbox-1', conditions }] },
  });
  assert.equal(transmitted.statusCode, 200, transmitted.body);
  await network.drain();
  network.clock.advance(60_000);
  assert.equal(
    (await caXa('POST', `/api/requests/${requestId}/actions`, { action: { type: 'close' } })).statusCode,
    202,
  );
  await network.drain();
  await refused(caXb, [evidence.id], 409, 'request_closed');
});
