/**
 * What the web console reads and does, over two real nodes: the actions each side may take,
 * the receipt ladder of a request moving rung by rung (accepted, delivered on arrival, opened
 * when a person opens it, answered on acknowledgement) with the signing key's fingerprint,
 * the live event stream over real HTTP (resumed with Last-Event-ID), the instruments in force
 * between two States, each user's language, and resumable evidence uploads.
 */
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { loadRegimeRegistry } from '../../src/storage/legal/regime-files.js';
import { type RequestDriver, openRequest } from '../support/request-driver.js';
import { type Network, startNetwork } from '../support/network.js';
import { Parties } from '../support/request-parties.js';

const registry = loadRegimeRegistry();
let network: Network;
let parties: Parties;
let r: RequestDriver;

before(async () => {
  network = await startNetwork({ names: ['xa', 'xb'] });
  parties = new Parties(network);
  await parties.setUp();
});
after(async () => network.close());

/** Reads server-sent events from a real HTTP stream until `until` holds or the time is up. */
async function readEvents(
  url: string,
  cookie: string,
  until: (events: Array<{ id: number; data: { kind: string; id: string; action: string } }>) => boolean,
  headers: Record<string, string> = {},
  timeoutMs = 10_000,
) {
  const controller = new AbortController();
  const res = await fetch(url, { headers: { cookie, ...headers }, signal: controller.signal });
  assert.equal(res.status, 200, res.status === 200 ? '' : await res.text());
  assert.match(res.headers.get('content-type') ?? '', /^text\/event-stream/);
  const events: Array<{ id: number; data: { kind: string; id: string; action: string } }> = [];
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const deadline = setTimeout(() => controller.abort(), timeoutMs);
  try {
    while (!until(events)) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      for (let cut = buffer.indexOf('\n\n'); cut >= 0; cut = buffer.indexOf('\n\n')) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const id = /^id: (\d+)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (id && data) events.push({ id: Number(id), data: JSON.parse(data) });
      }
    }
  } catch (error) {
    if ((error as Error).name !== 'AbortError') throw error;
  } finally {
    clearTimeout(deadline);
    controller.abort();
  }
  return events;
}

test('the 24/7 officer of XA sees a request from XB arrive on the live stream, over real HTTP', async () => {
  const xa = network.node('xa');
  const officer = await parties.session(xa, 'desk', 'poc_officer');
  const stream = readEvents(`${xa.url}/api/events`, officer.cookie(), (events) =>
    events.some((e) => e.data.kind === 'request' && e.data.action === 'request.arrival_alerted'),
  );
  await new Promise((resolve) => setTimeout(resolve, 200));
  r = await openRequest(network, parties, registry, {
    regime: 'uncc-2024',
    instrument: 'preservation',
    from: network.node('xb'),
    to: xa,
  });
  const events = await stream;
  const arrival = events.find((e) => e.data.action === 'request.arrival_alerted');
  assert.ok(arrival, `events seen: ${events.map((e) => e.data.action).join(', ')}`);
  assert.equal(arrival.data.id, r.id);
  assert.ok(
    events.every((e) => e.data.kind === 'request' && e.data.id === r.id),
    'only what the officer may see',
  );

  // Reconnecting with the last id seen resumes after it: nothing seen before comes again.
  const last = events.at(-1)!.id;
  await r.act(r.receiver, { type: 'start_review' });
  const resumed = await readEvents(
    `${xa.url}/api/events`,
    officer.cookie(),
    (seen) => seen.some((e) => e.data.action === 'request.start_review'),
    { 'last-event-id': String(last) },
  );
  assert.ok(resumed.length > 0);
  assert.ok(
    resumed.every((e) => e.id > last),
    'no event before the resume point comes again',
  );
});

test('someone without need to know sees nothing of the request on the stream', async () => {
  const xa = network.node('xa');
  // The central authority's people do not handle a 24/7 preservation request: the API hides it from them.
  const lawyer = await parties.session(xa, 'ca', 'central_authority');
  assert.equal((await lawyer.call('GET', `/api/requests/${r.id}`)).statusCode, 404);
  const events = await readEvents(`${xa.url}/api/events?after=0`, lawyer.cookie(), () => false, {}, 1500);
  assert.deepEqual(
    events.filter((e) => e.data.id === r.id),
    [],
  );
});

test('each side is offered the actions the legal core would let it take, and told why the others are closed', async () => {
  const mine = (await r.receiver('GET', `/api/requests/${r.id}/actions`)).json() as Array<{
    type: string;
    available: boolean;
    reason?: { code: string };
  }>;
  const open = mine.filter((a) => a.available).map((a) => a.type);
  assert.ok(open.includes('accept'), `open to XA: ${open.join(', ')}`);
  assert.ok(!open.includes('submit'));
  assert.equal(mine.find((a) => a.type === 'submit')?.reason?.code, 'illegal_transition');
  const theirs = (await r.sender('GET', `/api/requests/${r.id}/actions`)).json() as typeof mine;
  assert.equal(theirs.find((a) => a.type === 'accept')?.available, false);
  assert.equal(theirs.find((a) => a.type === 'withdraw')?.available, true);
});

test('the requesting side sees the receipt ladder of its submission climb to answered, signed with XA’s key', async () => {
  await network.drain();
  const ladder = (await r.sender('GET', `/api/requests/${r.id}/messages`)).json() as Array<{
    direction: string;
    type: string;
    rungs: Array<{ rung: string; keyFingerprint: string; signedBy: string }>;
  }>;
  const submission = ladder.find((m) => m.direction === 'out' && m.type === 'request.events');
  assert.ok(submission, JSON.stringify(ladder));
  assert.deepEqual(
    submission.rungs.map((x) => x.rung),
    ['accepted', 'delivered', 'opened', 'answered'],
  );
  const xaCard = (await (await fetch(`${network.node('xa').url}/federation/v1/card`)).json()) as {
    fingerprint: string;
  };
  for (const rung of submission.rungs) {
    assert.equal(rung.signedBy, 'xa');
    assert.equal(rung.keyFingerprint, xaCard.fingerprint);
  }
  // XA holds the same messages, incoming, with the receipts it gave.
  const theirs = (await r.receiver('GET', `/api/requests/${r.id}/messages`)).json() as typeof ladder;
  const arrived = theirs.find((m) => m.direction === 'in' && m.type === 'request.events');
  assert.deepEqual(
    arrived?.rungs.map((x) => x.rung),
    ['accepted', 'delivered', 'opened', 'answered'],
  );
});

test('the composer is offered only the instruments in force between the two States, with their fields and sources', async () => {
  const res = await r.sender('GET', '/api/regimes/instruments?requestedState=XA');
  assert.equal(res.statusCode, 200, res.body);
  const instruments = res.json() as Array<{
    regime: string;
    instrument: string;
    spec: { fields?: Array<{ name: string; required: boolean; source: string }> };
  }>;
  const preservation = instruments.find((i) => i.regime === 'uncc-2024' && i.instrument === 'preservation');
  assert.ok(preservation);
  assert.ok(preservation.spec.fields!.some((f) => f.required && f.source.length > 0));
  for (const i of instruments) registry.resolve(i.regime, i.instrument, 'XB', 'XA');
  assert.equal((await r.sender('GET', '/api/regimes/instruments?requestedState=xa')).statusCode, 400);
  const offences = (await r.sender('GET', '/api/offences')).json() as { offences: Array<{ code: string }> };
  assert.ok(offences.offences.some((o) => o.code === 'UNCC-7'));
});

test('a user chooses the console language once, for every device; only the six UN languages', async () => {
  const set = await r.sender('PUT', '/api/auth/language', { language: 'ar' });
  assert.equal(set.statusCode, 200, set.body);
  assert.equal(
    ((await r.sender('GET', '/api/auth/me')).json() as { user: { language: string } }).user.language,
    'ar',
  );
  const bad = await r.sender('PUT', '/api/auth/language', { language: 'de' });
  assert.equal(bad.statusCode, 400);
  assert.equal((bad.json() as { errors: Array<{ path: string }> }).errors[0]?.path, '/body/language');
  assert.equal(
    ((await r.sender('GET', '/api/auth/me')).json() as { user: { language: string } }).user.language,
    'ar',
  );
});

test('evidence uploads resume after a lost chunk, check the browser’s SHA-256, and keep nothing on a mismatch', async () => {
  const xa = network.node('xa');
  const officer = await parties.session(xa, 'desk', 'poc_officer');
  const kase = await officer.call('POST', '/api/cases', { title: 'upload target' });
  const caseId = (kase.json() as { id: string }).id;
  const file = randomBytes(2 * 1024 * 1024 + 12_345);
  const sha = createHash('sha256').update(file).digest('hex');
  const chunk = (i: number) => file.subarray(i * 1024 * 1024, (i + 1) * 1024 * 1024);
  const put = (id: string, i: number, body: Buffer) =>
    officer.call('PUT', `/api/uploads/${id}/chunks/${i}`, body, {
      'content-type': 'application/octet-stream',
    });

  const started = await officer.call('POST', `/api/cases/${caseId}/uploads`, {
    filename: 'logs.bin',
    mediaType: 'application/octet-stream',
    size: file.length,
  });
  assert.equal(started.statusCode, 201, started.body);
  const upload = started.json() as { id: string; chunkCount: number; missing: number[] };
  assert.equal(upload.chunkCount, 3);
  assert.equal((await put(upload.id, 2, chunk(2))).statusCode, 200);
  assert.equal((await put(upload.id, 0, chunk(0))).statusCode, 200);
  assert.equal((await put(upload.id, 0, chunk(0))).statusCode, 200, 'a chunk sent twice changes nothing');
  const status = (await officer.call('GET', `/api/uploads/${upload.id}`)).json() as {
    missing: number[];
    chunksReceived: number;
  };
  assert.deepEqual(status.missing, [1]);
  assert.equal(status.chunksReceived, 2);
  const early = await officer.call('POST', `/api/uploads/${upload.id}/complete`, { sha256: sha });
  assert.equal(early.statusCode, 409);
  assert.equal((early.json() as { code: string }).code, 'upload_incomplete');
  assert.equal((await put(upload.id, 1, chunk(1).subarray(1))).statusCode, 400, 'a short chunk is refused');
  assert.equal((await put(upload.id, 1, chunk(1))).statusCode, 200);
  const done = await officer.call('POST', `/api/uploads/${upload.id}/complete`, { sha256: sha });
  assert.equal(done.statusCode, 201, done.body);
  const evidence = done.json() as { id: string; sha256: string; size: number };
  assert.equal(evidence.sha256, sha);
  const content = await fetch(`${xa.url}/api/evidence/${evidence.id}/content`, {
    headers: { cookie: officer.cookie() },
  });
  assert.deepEqual(Buffer.from(await content.arrayBuffer()), file);

  const second = (
    await officer.call('POST', `/api/cases/${caseId}/uploads`, {
      filename: 'other.bin',
      mediaType: 'application/octet-stream',
      size: 10,
    })
  ).json() as { id: string };
  assert.equal((await put(second.id, 0, Buffer.alloc(10, 1))).statusCode, 200);
  const wrong = await officer.call('POST', `/api/uploads/${second.id}/complete`, { sha256: sha });
  assert.equal(wrong.statusCode, 400);
  assert.equal((wrong.json() as { code: string }).code, 'hash_mismatch');
  const listed = (await officer.call('GET', `/api/cases/${caseId}/evidence`)).json() as Array<{ id: string }>;
  assert.deepEqual(
    listed.map((e) => e.id),
    [evidence.id],
  );
});
