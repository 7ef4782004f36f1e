/**
 * `npm run demo -- scenario ransomware`: the worked example of docs/LEGAL-MODEL.md §6 played
 * across three nodes (XA, XB, XC) over real HTTP, each with its own database and keys. A
 * simulated clock starts at 02:10 in Bogota on Monday 2 November 2026 and is moved forward
 * between steps, so a month of cooperation plays in seconds:
 *
 *  1. XB's 24/7 officer sends a preservation request at night; XA's node signs the receipt and
 *     alerts its officer on call, who acknowledges it and confirms the preservation;
 *  2. a second preservation request is left unacknowledged and escalates automatically:
 *     the officer on call, then the backup, then the head of the desk;
 *  3. XB's central authority sends the follow-up MLA request; XA accepts it on a condition XB
 *     agrees to, consults XB, refuses the disk image on a permitted ground and executes the rest;
 *  4. XA transmits the evidence file with its SHA-256; XB's node verifies it on arrival;
 *  5. the preservation is released and both requests are closed.
 *
 * Every step goes through the HTTP API of the node concerned, and after every step the two
 * nodes' states of the request are compared. The script ends with the timeline and the signed
 * receipts as each node holds them. It uses the same in-process network as the integration
 * tests (test/support/network.ts): real HTTP, one simulated clock shared by all nodes.
 */
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { ManualClock, MINUTE, HOUR, DAY } from '../src/core/clock.js';
import { SYSTEM_ACTOR } from '../src/core/context.js';
import { localTime } from '../src/core/notifications/on-call.js';
import { createUser } from '../src/app/accounts/users.js';
import { RequestClockDaemon } from '../src/app/requests/request-clock.js';
import { addContact, createAuthority } from '../src/app/register/authorities.js';
import { setNodeIdentity } from '../src/app/register/node-identity.js';
import { createState } from '../src/app/register/states.js';
import { loadRegimeRegistry } from '../src/storage/legal/regime-files.js';
import { TEST_PASSWORD_COST } from '../test/support/app.js';
import { type NetworkNode, startNetwork } from '../test/support/network.js';

const VIENNA = 'Europe/Vienna';
const BOGOTA = 'America/Bogota';
const PASSWORD = 'scenario password, not for production';
const ESCALATE_AFTER_MINUTES = 15;

interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: a script reading many routes' answers field by field
  json: any;
  bytes: Buffer;
}
/** One logged-in person's HTTP calls; a Buffer body is sent as a file (application/octet-stream). */
type Call = (
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<Answer>;

export async function playRansomware(): Promise<void> {
  const clock = new ManualClock('2026-11-02T07:10:00.000Z');
  const network = await startNetwork({
    names: ['xa', 'xb', 'xc'],
    dialect: 'sqlite',
    clock,
    env: { COMITY_ESCALATION_MINUTES: String(ESCALATE_AFTER_MINUTES) },
  });
  const _registry = loadRegimeRegistry();
  const say = (line: string) =>
    console.log(
      `${clock.now().toISOString().slice(0, 16).replace('T', ' ')}Z | Bogota ${localTime(clock.now(), BOGOTA).slice(11, 16)} | Vienna ${localTime(clock.now(), VIENNA).slice(11, 16)} | ${line}`,
    );
  try {
    const xa = network.node('xa');
    const xb = network.node('xb');
    const { desk: xaDesk, centralAuthority: xaCa } = await setUpState(
      xa,
      'Republic of XA (fictional)',
      VIENNA,
    );
    const { desk: xbDesk, centralAuthority: xbCa } = await setUpState(
      xb,
      'Republic of XB (fictional)',
      BOGOTA,
    );
    await setUpState(network.node('xc'), 'Republic of XC (fictional)', 'Africa/Nairobi');
    const ctx = { actor: SYSTEM_ACTOR, requestId: null, clock };
    await addContact(xa.database, ctx, xaDesk, {
      name: 'Head of the XA 24/7 desk',
      role: 'head of desk',
      email: 'head@xa.example',
      timezone: VIENNA,
    });

    const pocXb = await person(xb, 'poc-xb', 'poc_officer', xbDesk);
    const caXb = await person(xb, 'ca-xb', 'central_authority', xbCa);
    const pocXa1 = await person(xa, 'poc-xa-1', 'poc_officer', xaDesk);
    const pocXa2 = await person(xa, 'poc-xa-2', 'poc_officer', xaDesk);
    const caXa = await person(xa, 'ca-xa', 'central_authority', xaCa);
    const ids = { one: await userId(pocXa1), two: await userId(pocXa2) };
    const roster = await pocXa1('PUT', `/api/register/authorities/${xaDesk}/oncall`, {
      shifts: [
        {
          userId: ids.one,
          position: 0,
          startsAt: '2026-11-01T00:00:00Z',
          endsAt: '2027-02-01T00:00:00Z',
          timezone: VIENNA,
        },
        {
          userId: ids.two,
          position: 1,
          startsAt: '2026-11-01T00:00:00Z',
          endsAt: '2027-02-01T00:00:00Z',
          timezone: VIENNA,
        },
      ],
    });
    expect(roster, 200, 'on-call roster');
    const daemon = xa.node.daemon(RequestClockDaemon);
    console.log(
      'Three nodes up over real HTTP: ' + network.nodes.map((n) => `${n.state} ${n.url}`).join(', '),
    );
    console.log('');

    const agree = async (label: string, id: string, a: Call, b: Call) => {
      await network.drain();
      const left = (await a('GET', `/api/requests/${id}`)).json.state;
      const right = (await b('GET', `/api/requests/${id}`)).json.state;
      if (!isDeepStrictEqual(left, right))
        throw new Error(
          `the nodes disagree about ${label}:\n${JSON.stringify(left, null, 1)}\n${JSON.stringify(right, null, 1)}`,
        );
      return right as { status: string; preservation?: string; items: Array<{ id: string; status: string }> };
    };
    const act = async (who: Call, id: string, action: Record<string, unknown>, expected = 200) => {
      const res = await who('POST', `/api/requests/${id}/actions`, { action });
      expect(res, expected, String(action.type));
      return res.json;
    };

    // 1. Preservation at night, 24/7 to 24/7.
    const xbCase = expect(
      await pocXb('POST', '/api/cases', { title: 'Ransomware at XB Public Hospital' }),
      201,
      'case',
    ).json.id as string;
    const p1 = await draft(pocXb, xbCase, preservation('C2 server and leak site at HostCo XA'));
    const validation = expect(await pocXb('GET', `/api/requests/${p1}/review`), 200, 'review').json;
    say(`XB 24/7 officer drafts preservation P-1 and checks it: ${summariseReview(validation)}`);
    await act(pocXb, p1, { type: 'submit' });
    let state = await agree('P-1', p1, pocXb, pocXa1);
    say(`XB submits P-1 → XA's node signs the receipt; both nodes: ${state.status}`);
    const alert = await xa.database.db
      .selectFrom('notifications')
      .select(['target', 'subject'])
      .where('event', '=', 'request.received')
      .executeTakeFirst();
    say(`XA alerts the officer on call: ${alert?.target} — "${alert?.subject}"`);

    clock.advance(2 * MINUTE);
    const p2 = await draft(pocXb, xbCase, preservation('mailbox named in the ransom note, MailCo XA'));
    await act(pocXb, p2, { type: 'submit' });
    await agree('P-2', p2, pocXb, pocXa1);
    say('XB submits P-2 (a second provider) — nobody at XA acknowledges it yet');

    clock.advance(18 * MINUTE);
    await act(pocXa1, p1, { type: 'start_review' });
    await act(pocXa1, p1, { type: 'answer_screening', answers: NO_CONCERNS });
    await act(pocXa1, p1, { type: 'accept' });
    await act(pocXa1, p1, { type: 'confirm_preservation' });
    state = await agree('P-1', p1, pocXb, pocXa1);
    say(`XA officer acknowledges P-1, screens it, accepts and confirms: preservation ${state.preservation}`);
    const news = await xb.database.db
      .selectFrom('notifications')
      .select(['target', 'subject'])
      .where('event', '=', 'request.update')
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
    say(`XB's node tells ${news?.target ?? 'nobody'}: "${news?.subject ?? '—'}"`);

    // 2. P-2 waits: the request clock escalates it, level by level, each an automatic event.
    for (let level = 1; level <= 3; level++) {
      clock.advance(ESCALATE_AFTER_MINUTES * MINUTE);
      const pass = await daemon.runOnce();
      await network.drain();
      const sent = await xa.database.db
        .selectFrom('notifications')
        .select(['target'])
        .where('event', '=', 'request.escalated')
        .orderBy('created_at', 'desc')
        .execute();
      say(
        `request clock at XA: ${pass.escalations} escalation(s) of P-2, level ${level} → ${sent[0]?.target ?? 'nobody'}`,
      );
    }
    clock.advance(5 * MINUTE);
    await act(pocXa2, p2, { type: 'start_review' });
    await act(pocXa2, p2, { type: 'answer_screening', answers: NO_CONCERNS });
    await act(pocXa2, p2, { type: 'accept' });
    await act(pocXa2, p2, { type: 'confirm_preservation' });
    state = await agree('P-2', p2, pocXb, pocXa2);
    say(`the backup officer takes P-2 over: preservation ${state.preservation}; escalation stops`);

    // 3. The follow-up MLA request, a month later, central authority to central authority.
    clock.advance(30 * DAY);
    const mlaCase = expect(
      await caXb('POST', '/api/cases', { title: 'MLA to XA: ransomware at XB Public Hospital' }),
      201,
      'case',
    ).json.id as string;
    const m1 = await draft(caXb, mlaCase, mla(p1));
    await act(caXb, m1, { type: 'submit' });
    state = await agree('M-1', m1, caXb, caXa);
    say(`XB central authority sends MLA request M-1 (stored data), linked to P-1: ${state.status}`);
    state = await agree('P-1', p1, pocXb, pocXa1);
    say(
      `XA's node links M-1 to P-1 on arrival (automatic): preservation ${state.preservation}, kept until the decision`,
    );
    clock.advance(3 * HOUR);
    await act(caXa, m1, { type: 'start_review' });
    await act(caXa, m1, { type: 'answer_screening', answers: NO_CONCERNS });
    await act(caXa, m1, {
      type: 'accept',
      conditions: [{ id: 'use', kind: 'use_limitation', text: 'Use only in investigation 2026-4471' }],
    });
    await agree('M-1', m1, caXb, caXa);
    say('XA accepts M-1 on one condition: use only in investigation 2026-4471');
    clock.advance(HOUR);
    await act(caXb, m1, { type: 'agree_conditions' }, 202);
    state = await agree('M-1', m1, caXb, caXa);
    say(`XB agrees to the condition (decided at XA, the single writer): ${state.status}`);
    clock.advance(DAY);
    await act(caXa, m1, { type: 'start_execution' });
    await act(caXa, m1, { type: 'execute_item', itemId: 'c2-logs' });
    await act(caXa, m1, { type: 'execute_item', itemId: 'account' });
    await act(caXa, m1, {
      type: 'open_consultation',
      consultationId: 'k-1',
      topic: 'partial_execution',
      proposal: 'The disk image holds a news outlet archive; XA proposes to refuse it and execute the rest.',
      itemIds: ['image'],
    });
    const early = await caXa('POST', `/api/requests/${m1}/actions`, {
      action: { type: 'refuse_item', itemId: 'image', ground: 'UNCC40_DOMESTIC_PROHIBITION', reasons: 'x' },
    });
    say(`XA tries to refuse the image before the consultation ends: ${early.status} — ${early.json.detail}`);
    clock.advance(2 * HOUR);
    await act(caXa, m1, {
      type: 'conclude_consultation',
      consultationId: 'k-1',
      outcome: 'agreed',
      summary: 'XB accepts the refusal of the image.',
    });
    await act(caXa, m1, {
      type: 'refuse_item',
      itemId: 'image',
      ground: 'UNCC40_DOMESTIC_PROHIBITION',
      reasons: 'XA law forbids seizing a journalist archive for a comparable domestic offence.',
    });
    state = await agree('M-1', m1, caXb, caXa);
    say(`after consulting XB, XA refuses the disk image (UNCC40_DOMESTIC_PROHIBITION): M-1 ${state.status}`);

    // 4. Evidence: the connection logs go to XB as an encrypted file with its SHA-256.
    const evidence = await transmitEvidence({ network, caXa, caXb, m1, xbCase: mlaCase, say });
    await act(caXa, m1, {
      type: 'transmit_results',
      items: [
        { itemId: 'c2-logs', dataItemId: 'D-1', sha256: evidence.sha256, conditions: CONDITIONS },
        { itemId: 'account', dataItemId: 'D-2', conditions: CONDITIONS },
      ],
    });
    state = await agree('M-1', m1, caXb, caXa);
    say(
      `XA transmits the results with their conditions (purpose, retention, onward transfer): ${state.status}`,
    );
    const onward = await caXb('POST', `/api/requests/${m1}/data-use`, {
      dataItemId: 'D-1',
      kind: 'onward_transfer',
      purpose: 'Investigation 2026-4471',
      recipient: 'XC',
    });
    say(`an XB analyst tries to pass D-1 to XC: ${onward.status} — ${onward.json.detail}`);

    // 5. Release and close.
    clock.advance(HOUR);
    await act(pocXa1, p1, { type: 'release_preservation', reason: 'M-1 decided and executed in part' });
    await agree('P-1', p1, pocXb, pocXa1);
    await act(pocXb, p1, { type: 'close' }, 202);
    await act(caXb, m1, { type: 'close' }, 202);
    const closed = [await agree('P-1', p1, pocXb, pocXa1), await agree('M-1', m1, caXb, caXa)];
    say(`XA's 24/7 desk releases P-1; XB closes P-1 and M-1: ${closed.map((s) => s.status).join(', ')}`);

    await printTimeline(xa, xb, pocXa1, { 'P-1': p1, 'P-2': p2, 'M-1': m1 });
    await printReceipts(xa, xb, { [p1]: 'P-1', [p2]: 'P-2', [m1]: 'M-1' });
    await printCustody(xa, xb);
    console.log('');
    console.log('Both nodes agreed on every request after every step.');
  } finally {
    await network.close();
  }

  async function setUpState(
    node: NetworkNode,
    name: string,
    timezone: string,
  ): Promise<{ desk: string; centralAuthority: string }> {
    const ctx = { actor: SYSTEM_ACTOR, requestId: null, clock };
    for (const n of network.nodes)
      await createState(node.database, ctx, {
        code: n.state,
        name: n === node ? name : `State ${n.state}`,
        languages: ['en'],
      });
    const desk = await createAuthority(node.database, ctx, node.state, {
      type: 'poc_24_7',
      name: `${node.state} 24/7 point of contact`,
      timezone,
    });
    const centralAuthority = await createAuthority(node.database, ctx, node.state, {
      type: 'central_authority',
      name: `${node.state} Ministry of Justice, central authority`,
      timezone,
    });
    await setNodeIdentity(node.database, ctx, node.state, desk.id);
    return { desk: desk.id, centralAuthority: centralAuthority.id };
  }

  async function person(
    node: NetworkNode,
    username: string,
    role: 'poc_officer' | 'central_authority',
    authorityId: string,
  ): Promise<Call> {
    const ctx = { actor: SYSTEM_ACTOR, requestId: null, clock };
    await createUser(
      node.database,
      ctx,
      {
        username,
        roles: [role],
        password: PASSWORD,
        authorityId,
        email: `${username}@${node.state.toLowerCase()}.example`,
      },
      TEST_PASSWORD_COST,
    );
    // Sessions expire while the simulated weeks pass: log in again when the node says so.
    let session = { cookie: '', csrfToken: '' };
    const login = async () => {
      const res = await fetch(`${node.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: PASSWORD }),
      });
      if (res.status !== 200) throw new Error(`${username} cannot log in: ${await res.text()}`);
      const cookie = /comity_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1] ?? '';
      session = { cookie, csrfToken: ((await res.json()) as { csrfToken: string }).csrfToken };
    };
    await login();
    const send = (method: string, path: string, body?: unknown, extra: Record<string, string> = {}) =>
      fetch(`${node.url}${path}`, {
        method,
        headers: {
          cookie: `comity_session=${session.cookie}`,
          'x-csrf-token': session.csrfToken,
          ...(body === undefined
            ? {}
            : { 'content-type': Buffer.isBuffer(body) ? 'application/octet-stream' : 'application/json' }),
          ...extra,
        },
        ...(body === undefined ? {} : { body: Buffer.isBuffer(body) ? body : JSON.stringify(body) }),
      });
    return async (method, path, body, extra) => {
      let res = await send(method, path, body, extra);
      if (res.status === 401) {
        await login();
        res = await send(method, path, body, extra);
      }
      const bytes = Buffer.from(await res.arrayBuffer());
      const json =
        res.headers.get('content-type')?.includes('json') && bytes.length > 0
          ? JSON.parse(bytes.toString())
          : null;
      return { status: res.status, json, bytes };
    };
  }
}

const NO_CONCERNS = ['protected_grounds', 'prejudice_for_those_reasons', 'protected_freedoms'].map(
  (questionId) => ({
    questionId,
    concern: false,
  }),
);

const CONDITIONS = {
  purpose: 'Investigation 2026-4471',
  retentionUntil: '2031-12-31T00:00:00.000Z',
  onwardTransfer: 'with_prior_consent',
  consentForm: 'written',
  personalDataCategories: ['traffic data', 'subscriber data'],
  source: 'UNCC arts 36, 40',
  confidence: 'unconfirmed',
};

const OFFENCES = [
  {
    code: 'UNCC-7',
    provision: 'XB Law 1273 art. 269A',
    maxPenaltyYears: 8,
    elements: { security_breach: true },
  },
  { code: 'UNCC-9', provision: 'XB Law 1273 art. 269D', maxPenaltyYears: 10 },
  { code: 'UNCC-SC', provision: 'XB Penal Code art. 244', maxPenaltyYears: 16, conduct: ['extortion'] },
];

const ITEMS = [
  {
    id: 'c2-logs',
    description: 'connection logs of server 203.0.113.7',
    dataCategory: 'traffic',
    personalData: true,
  },
  {
    id: 'account',
    description: 'subscriber data of the hosting account',
    dataCategory: 'subscriber',
    personalData: true,
  },
  {
    id: 'image',
    description: 'disk image of the leak-site server',
    dataCategory: 'content',
    personalData: true,
  },
];

function preservation(what: string) {
  return {
    regime: 'uncc-2024',
    instrument: 'preservation',
    requestedState: 'XA',
    urgency: 'urgent',
    language: 'en',
    fields: {
      requestingAuthority: 'XB National Cyber Police, 24/7 desk',
      factsSummary: `Ransomware encrypted the systems of a public hospital on 1 Nov 2026 (${what}).`,
      relationToOffence: 'The leak site and the C2 server are hosted by a provider in XA.',
      custodianOrLocation: 'HostCo XA Ltd, data centre in XA',
      necessity: 'The provider keeps logs 30 days; the servers may be wiped.',
      mlaToFollow: true,
      userNonNotification: true,
    },
    items: ITEMS,
    offences: OFFENCES,
  };
}

function mla(preservationId: string) {
  return {
    regime: 'uncc-2024',
    instrument: 'stored_data',
    requestedState: 'XA',
    language: 'en',
    linkedPreservationId: preservationId,
    fields: {
      requestingAuthority: 'XB Ministry of Justice, central authority',
      subjectMatter: 'Criminal investigation 2026-4471 into a ransomware attack on a hospital',
      conductingAuthority: 'Prosecutor for cybercrime, XB',
      factsSummary:
        'Ransomware encrypted the hospital systems; stolen patient data are offered on a leak site.',
      assistanceSought: 'Disclose the preserved data of P-1.',
      purpose: 'Identify and prosecute the offenders',
      preservationReference: preservationId,
      legalBasisDomestic: 'XB Code of Criminal Procedure art. 236',
      authorisingAuthority: 'Judge of control of guarantees, XB',
      proportionalityStatement:
        'Limited to one server and one account used in the attack, for 10 days around the attack; no less intrusive means exist.',
    },
    items: ITEMS,
    offences: OFFENCES,
  };
}

async function draft(who: Call, caseId: string, body: unknown): Promise<string> {
  return expect(await who('POST', `/api/cases/${caseId}/requests`, body), 201, 'draft').json.id as string;
}

async function userId(who: Call): Promise<string> {
  return (await who('GET', '/api/auth/me')).json.user.id as string;
}

function expect(res: Answer, status: number, what: string): Answer {
  if (res.status !== status)
    throw new Error(`${what}: expected ${status}, got ${res.status} ${JSON.stringify(res.json)}`);
  return res;
}

function summariseReview(review: {
  completeness?: { missing?: unknown[] };
  warnings?: unknown[];
  dualCriminality?: { outcome?: string };
}): string {
  const missing = (review.completeness?.missing ?? []) as unknown[];
  const warnings = (review.warnings ?? []) as unknown[];
  return `${missing.length} missing field(s), ${warnings.length} warning(s), dual criminality ${review.dualCriminality?.outcome ?? 'n/a'}`;
}

/**
 * XA files M-1 in an execution case, stores the connection logs there (SHA-256 computed on the
 * way in, sealed at rest) and transmits them to XB in chunk messages; XB's node checks every
 * chunk and the whole file's hash, files it in XB's case and reports "verified" back.
 */
async function transmitEvidence(args: {
  network: Awaited<ReturnType<typeof startNetwork>>;
  caXa: Call;
  caXb: Call;
  m1: string;
  xbCase: string;
  say: (line: string) => void;
}): Promise<{ sha256: string }> {
  const { network, caXa, caXb, m1, xbCase, say } = args;
  const content = Buffer.from(
    Array.from(
      { length: 20_000 },
      (_, i) =>
        `2026-10-31T22:${String(i % 60).padStart(2, '0')}:07Z 198.51.100.${i % 250} -> 203.0.113.7:443 TLS session ${i}\n`,
    ).join(''),
  );
  const sha256 = createHash('sha256').update(content).digest('hex');
  const execution = expect(
    await caXa('POST', '/api/cases', { title: 'Execution of MLA M-1 from XB' }),
    201,
    'case',
  ).json.id as string;
  expect(await caXa('POST', `/api/requests/${m1}/case`, { caseId: execution }), 200, 'file M-1');
  const stored = expect(
    await caXa(
      'PUT',
      `/api/cases/${execution}/evidence?filename=c2-connection-logs.txt&mediaType=text%2Fplain&requestId=${m1}&itemId=c2-logs`,
      content,
      { 'x-content-sha256': sha256 },
    ),
    201,
    'evidence upload',
  ).json;
  say(
    `XA stores the connection logs as evidence: ${stored.size} bytes, SHA-256 ${stored.sha256.slice(0, 16)}…`,
  );
  expect(
    await caXa('POST', `/api/requests/${m1}/evidence-transfers`, { evidenceIds: [stored.id] }),
    202,
    'transfer',
  );
  await network.drain();
  const outgoing = (await caXa('GET', `/api/requests/${m1}/evidence-transfers`)).json[0];
  const incoming = (await caXb('GET', `/api/requests/${m1}/evidence-transfers`)).json[0];
  say(
    `XA → XB: ${outgoing.chunkCount} encrypted chunk message(s); XB verified the hash on arrival: ${incoming.status}; XA's record: ${outgoing.status}`,
  );
  const files = (await caXb('GET', `/api/cases/${xbCase}/evidence`)).json as Array<{
    id: string;
    sha256: string;
  }>;
  const received = files.find((f) => f.id === incoming.evidenceId);
  if (!received) throw new Error("the evidence is not filed in XB's case");
  const download = await caXb('GET', `/api/evidence/${received.id}/content`);
  const downloaded = createHash('sha256').update(download.bytes).digest('hex');
  if (downloaded !== sha256) throw new Error('the file downloaded at XB differs from the one XA sent');
  say(`XB downloads it from its own node: SHA-256 ${downloaded.slice(0, 16)}… matches what XA recorded`);
  return { sha256 };
}

async function printTimeline(
  xa: NetworkNode,
  xb: NetworkNode,
  _reader: Call,
  requests: Record<string, string>,
) {
  console.log('');
  console.log('Timeline (the request logs, identical on both nodes; * = automatic)');
  const rows: Array<{ at: string; label: string; type: string; automatic: boolean; by: string }> = [];
  for (const [label, id] of Object.entries(requests)) {
    const atXa = await xa.database.db
      .selectFrom('request_events')
      .select(['seq', 'type', 'at', 'automatic', 'event'])
      .where('request_id', '=', id)
      .orderBy('seq')
      .execute();
    const atXb = await xb.database.db
      .selectFrom('request_events')
      .select(['seq', 'type', 'at'])
      .where('request_id', '=', id)
      .orderBy('seq')
      .execute();
    if (
      JSON.stringify(atXa.map((e) => [e.seq, e.type, e.at])) !==
      JSON.stringify(atXb.map((e) => [e.seq, e.type, e.at]))
    )
      throw new Error(`the logs of ${label} differ between the nodes`);
    for (const e of atXa) {
      const actor = (JSON.parse(e.event) as { actor?: { side?: string; role?: string } }).actor;
      const state = actor?.side === 'requested' ? 'XA' : 'XB';
      rows.push({
        at: e.at,
        label,
        type: e.type,
        automatic: e.automatic === 1,
        by: `${state} ${actor?.role ?? ''}`,
      });
    }
  }
  rows.sort((a, b) => a.at.localeCompare(b.at));
  for (const r of rows)
    console.log(
      `  ${r.at.slice(0, 16).replace('T', ' ')}Z  Bogota ${localTime(r.at, BOGOTA).slice(5, 16)}  Vienna ${localTime(r.at, VIENNA).slice(5, 16)}  ${r.label.padEnd(4)} ${r.automatic ? '*' : ' '} ${r.type.padEnd(24)} ${r.by}`,
    );
}

async function printReceipts(xa: NetworkNode, xb: NetworkNode, labels: Record<string, string>) {
  console.log('');
  console.log('Messages and their signed "accepted" receipts, as each node holds them');
  const lines: Array<{ at: string; text: string }> = [];
  for (const [receiver, sender] of [
    [xa, xb],
    [xb, xa],
  ] as const) {
    const received = await receiver.database.db
      .selectFrom('inbox_messages')
      .select(['message_id', 'type', 'payload'])
      .where('from_node', '=', sender.name)
      .execute();
    for (const m of received) {
      const label = labels[(JSON.parse(m.payload) as { requestId?: string }).requestId ?? ''];
      if (!label) continue;
      // The receiver keeps the receipt it signed; the sender keeps the one it verified.
      const held = (node: NetworkNode, direction: 'sent' | 'received') =>
        node.database.db
          .selectFrom('receipts')
          .select(['signed_at', 'envelope_digest'])
          .where('message_id', '=', m.message_id)
          .where('direction', '=', direction)
          .where('receipt_type', '=', 'accepted')
          .executeTakeFirst();
      const signed = await held(receiver, 'sent');
      const verified = await held(sender, 'received');
      const agreement = !verified
        ? 'not held by the sender'
        : verified.envelope_digest === signed?.envelope_digest
          ? `held by ${sender.state} too, same digest ${verified.envelope_digest.slice(0, 12)}…`
          : 'DIGESTS DIFFER';
      lines.push({
        at: signed?.signed_at ?? '',
        text: `  ${(signed?.signed_at ?? '—').slice(0, 19)}Z  ${sender.state}→${receiver.state}  ${label.padEnd(4)} ${m.type.padEnd(16)} signed by ${receiver.state}; ${agreement}`,
      });
    }
  }
  lines.sort((a, b) => a.at.localeCompare(b.at));
  for (const line of lines) console.log(line.text);
}

/** The evidence's chain of custody as each node's hash-chained audit log records it. */
async function printCustody(xa: NetworkNode, xb: NetworkNode) {
  console.log('');
  console.log("Chain of custody of the evidence (from each node's audit log)");
  for (const node of [xa, xb]) {
    const rows = await node.database.db
      .selectFrom('audit_events')
      .select(['seq', 'at', 'action', 'details'])
      .where('action', 'like', 'evidence.%')
      .orderBy('seq')
      .execute();
    for (const r of rows) {
      const d = JSON.parse(r.details) as { sha256?: string; size?: number };
      const facts = [
        d.size === undefined ? '' : `${d.size} bytes`,
        d.sha256 ? `SHA-256 ${d.sha256.slice(0, 12)}…` : '',
      ]
        .filter(Boolean)
        .join(', ');
      console.log(
        `  ${node.state} #${String(r.seq).padEnd(4)} ${r.at.slice(0, 19)}Z  ${r.action.padEnd(28)} ${facts}`,
      );
    }
  }
}
