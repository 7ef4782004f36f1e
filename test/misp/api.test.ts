/**
 * The MISP-compatible API over real HTTP, called the way PyMISP calls it (the MISP
 * `Authorization: <key>` header, JSON bodies, the same routes and parameters): connecting,
 * adding, viewing, listing, editing and deleting events, adding attributes, restSearch on
 * events and attributes, tags; every read filtered by the caller's markings; bad input refused
 * in MISP's error shape and changing nothing. On SQLite and PostgreSQL.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pullFeed } from '../../src/app/misp/pull-feed.js';
import { md5 } from '../../src/app/misp/write-feed.js';
import { systemClock } from '../../src/core/clock.js';
import { getCurrentStixObject } from '../../src/storage/sharing/read-objects.js';
import { createTestDatabase, NO_POSTGRES, POSTGRES_URL } from '../support/databases.js';
import { type Network, type NetworkNode, startNetwork } from '../support/network.js';
import { type Call, CONDITIONS, indicator, setupNode, tlp, userOn } from '../support/sharing-network.js';

const FIXTURE = readFileSync(
  join(import.meta.dirname, '../../src/interop/misp/fixtures/ransomware-event.json'),
  'utf8',
);
const EVENT = JSON.parse(FIXTURE).Event as { uuid: string; info: string; Attribute: Array<{ uuid: string }> };
const MAX_BODY = 200_000;

/**
 * MISP JSON as the assertions read it: loosely, field by field, as a PyMISP script would.
 */
// biome-ignore lint/suspicious/noExplicitAny: answers are read field by field and every read is asserted
type Json = Record<string, any>;

interface MispResponse {
  status: number;
  body: string;
  json<T = Json>(): T;
}
type MispCall = (method: string, path: string, body?: unknown) => Promise<MispResponse>;

/** A client that sends what PyMISP sends. */
function mispAs(url: string, key: string | null): MispCall {
  return async (method, path, body) => {
    const res = await fetch(`${url}/misp/${path}`, {
      method,
      headers: {
        ...(key === null ? {} : { Authorization: key }),
        Accept: 'application/json',
        'content-type': 'application/json',
        'User-Agent': 'PyMISP 2.4.190 - Python 3.11',
      },
      ...(body === undefined ? {} : { body: Buffer.isBuffer(body) ? body : JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: text, json: () => JSON.parse(text) };
  };
}

const attributesOf = (event: Json): Json[] => [
  ...event.Attribute,
  ...event.Object.flatMap((o: { Attribute: unknown[] }) => o.Attribute),
];

for (const dialect of ['sqlite', 'postgres'] as const)
  describe(`MISP-compatible API [${dialect}]`, {
    skip: dialect === 'postgres' && !POSTGRES_URL ? NO_POSTGRES : false,
  }, () => {
    let net: Network;
    let xb: NetworkNode;
    let alice: Call;
    /** A report made at XA, shared with XB: an event of a peer, its attributes under four TLP levels. */
    const peer = { report: '', values: {} as Record<'clear' | 'green' | 'amber' | 'red', string> };
    const as: Record<'alice' | 'carol' | 'nobody' | 'forged', MispCall> = {} as never;
    const keys: Record<'alice' | 'carol', string> = { alice: '', carol: '' };

    before(async () => {
      net = await startNetwork({
        names: ['xa', 'xb'],
        dialect,
        env: { COMITY_MISP_MAX_CONTENT_LENGTH: String(MAX_BODY) },
      });
      const xa = net.node('xa');
      xb = net.node('xb');
      const authorityA = await setupNode(net, xa);
      const ana = await userOn(net, xa, 'ana', ['analyst'], authorityA);
      const authority = await setupNode(net, xb);
      alice = await userOn(net, xb, 'alice', ['analyst'], authority);
      const carol = await userOn(net, xb, 'carol', ['central_authority'], authority);
      const keyOf = async (call: Call) => {
        const made = await call('POST', '/api/auth/tokens', { name: 'PyMISP' });
        assert.equal(made.statusCode, 201, made.body);
        return made.json().token as string;
      };
      const levels = ['clear', 'green', 'amber', 'red'] as const;
      const indicators = levels.map((level, i) => indicator(`203.0.113.${60 + i}`, [tlp(level)]));
      levels.forEach((level, i) => {
        peer.values[level] = `203.0.113.${60 + i}`;
      });
      const report = {
        type: 'report',
        spec_version: '2.1',
        id: `report--${randomUUID()}`,
        created: '2026-05-04T07:00:00.000Z',
        modified: '2026-05-04T07:00:00.000Z',
        name: 'Command servers of the campaign',
        published: '2026-05-04T07:00:00.000Z',
        object_refs: indicators.map((o) => o.id),
        object_marking_refs: [tlp('green')],
      };
      peer.report = report.id;
      const created = await ana('POST', '/api/incidents', {
        title: 'Campaign against hospitals',
        legalBasis: 'cert_cooperation',
        affectedStates: ['XA', 'XB'],
        tlp: 'green',
        objects: [...indicators, report],
      });
      assert.equal(created.statusCode, 201, created.body);
      const shared = await ana('POST', `/api/incidents/${created.json().incident.id}/shares`, {
        targetStates: ['XB'],
        namedRecipients: ['alice@xb'],
        conditions: CONDITIONS,
      });
      assert.equal(shared.statusCode, 201, shared.body);
      await net.drain();
      keys.alice = await keyOf(alice);
      keys.carol = await keyOf(carol);
      as.alice = mispAs(xb.url, keys.alice);
      as.carol = mispAs(xb.url, keys.carol);
      as.nobody = mispAs(xb.url, null);
      as.forged = mispAs(xb.url, 'cmty_forged');
    });
    after(() => net?.close());

    test('PyMISP connects: version, its recommended version, the user; without a valid key, 401 in MISP shape', async () => {
      const version = await as.alice('GET', 'servers/getVersion');
      assert.equal(version.status, 200);
      assert.match(version.json().version, /^2\.4\.\d+$/);
      assert.equal(
        (await as.alice('GET', 'servers/getPyMISPVersion.json')).json().version,
        version.json().version,
      );
      const me = (await as.alice('GET', 'users/view/me')).json();
      assert.equal(me.User.email, 'alice');
      assert.equal(me.Role.perm_add, true);
      assert.deepEqual(me.UserSetting, []);
      for (const caller of [as.nobody, as.forged]) {
        const refused = await caller('GET', 'servers/getVersion');
        assert.equal(refused.status, 401);
        assert.deepEqual(Object.keys(refused.json()).slice(0, 3), ['name', 'message', 'url']);
      }
      assert.equal((await as.carol('GET', 'users/view/me')).json().Role.perm_add, false);
    });

    test('events/add takes a MISP event and answers it in MISP shape; the same event again is refused', async () => {
      const added = await as.alice('POST', 'events/add', JSON.parse(FIXTURE));
      assert.equal(added.status, 200, added.body);
      const event = added.json().Event;
      assert.equal(event.uuid, EVENT.uuid);
      assert.equal(event.info, EVENT.info);
      assert.match(event.id, /^\d+$/);
      const attributes = attributesOf(event);
      assert.equal(attributes.length, 13, 'every readable attribute, objects included');
      assert.equal(Number(event.attribute_count), 13);
      for (const a of attributes) {
        assert.equal(a.event_id, event.id);
        assert.match(a.id, /^\d+$/);
      }
      assert.deepEqual(
        event.Tag.map((t: { name: string }) => t.name),
        ['tlp:green', 'PAP:AMBER', 'circl:incident-classification="malware"'],
      );
      assert.equal(event.Galaxy[0].GalaxyCluster[0].value, 'LockBit');
      const audited = await xb.database.db
        .selectFrom('audit_events')
        .select(['actor_type', 'actor_id'])
        .where('action', '=', 'misp.event_imported')
        .execute();
      assert.deepEqual(
        audited.map((a) => a.actor_type),
        ['token'],
        'the import is on record in the name of the key that made it',
      );
      const again = await as.alice('POST', 'events/add', JSON.parse(FIXTURE));
      assert.equal(again.status, 409);
      assert.equal(again.json().code, 'misp_event_exists');
    });

    test('events/view by uuid and by MISP number; events/index lists it; an unknown id is 404', async () => {
      const byUuid = (await as.alice('GET', `events/view/${EVENT.uuid}`)).json().Event;
      const byNumber = await as.alice('GET', `events/view/${byUuid.id}`);
      assert.equal(byNumber.status, 200);
      assert.deepEqual(byNumber.json().Event, byUuid);
      const index = (await as.alice('GET', 'events/index')).json<Json[]>();
      const listed = index.find((e) => e.uuid === EVENT.uuid);
      assert.ok(listed);
      assert.equal(listed.id, byUuid.id);
      assert.equal(listed.Attribute, undefined, 'the index lists events, not their attributes');
      const unknown = await as.alice('GET', `events/view/${randomUUID()}`);
      assert.equal(unknown.status, 404);
      assert.equal(unknown.json().code, 'misp_event_not_found');
    });

    test("a peer's event holds, for each reader, only the attributes their markings let them receive", async () => {
      const valuesFor = async (call: MispCall) => {
        const res = await call('GET', `events/view/${peer.report}`);
        assert.equal(res.status, 200, res.body);
        return attributesOf(res.json().Event)
          .map((a) => a.value)
          .sort();
      };
      const { clear, green, red } = peer.values;
      assert.deepEqual(
        await valuesFor(as.carol),
        [clear, green],
        'TLP:AMBER without need to know and TLP:RED are withheld',
      );
      assert.ok((await valuesFor(as.alice)).includes(red), 'alice@xb is a named recipient of TLP:RED');
      const hidden = await as.carol('POST', 'attributes/restSearch', { returnFormat: 'json', value: red });
      assert.deepEqual(
        hidden.json().response.Attribute,
        [],
        'a search does not reveal what the caller may not read',
      );
      const named = await as.alice('POST', 'attributes/restSearch', { returnFormat: 'json', value: red });
      assert.equal(named.json().response.Attribute.length, 1);
      const edit = await as.alice('POST', `events/edit/${peer.report}`, { Event: { info: 'mine now' } });
      assert.equal(edit.status, 409, 'only the originator changes its event');
      assert.equal(edit.json().code, 'not_originator');
    });

    test('the node is a MISP feed for each key: what its owner may receive, pulled over HTTP by another node', async () => {
      const uuid = peer.report.slice('report--'.length);
      const manifest = (await as.carol('GET', 'feed/manifest.json')).json();
      assert.equal(manifest[uuid].info, 'Command servers of the campaign');
      assert.deepEqual(
        manifest[uuid].Tag.map((t: Json) => t.name),
        ['tlp:green'],
      );
      const event = (await as.carol('GET', `feed/${uuid}.json`)).json().Event;
      const { clear, green, red } = peer.values;
      assert.deepEqual(
        attributesOf(event)
          .map((a) => a.value)
          .sort(),
        [clear, green],
      );
      const hashes = (await as.carol('GET', 'feed/hashes.csv')).body;
      assert.ok(hashes.includes(`${md5(green)},${uuid}`));
      assert.ok(!hashes.includes(md5(red)), 'nor is a withheld value hinted at by its hash');
      assert.equal((await as.nobody('GET', 'feed/manifest.json')).status, 401);

      const other = await createTestDatabase(dialect);
      try {
        const deps = {
          database: other.database,
          clock: systemClock,
          nodeId: 'misp-mirror',
          ourState: async () => 'XC',
        };
        const ctx = { actor: { type: 'system' as const, id: 'test' }, requestId: null, clock: systemClock };
        const pull = await pullFeed(deps, ctx, `${xb.url}/misp/feed/`, {
          limits: { headers: { Authorization: keys.carol } },
        });
        assert.deepEqual(pull.failed, []);
        assert.ok(pull.imported.some((i) => i.uuid === uuid));
        const held = await getCurrentStixObject(other.database, peer.report);
        assert.equal(
          (held!.object.object_refs as string[]).length,
          2,
          'only what carol may receive travelled',
        );
      } finally {
        await other.dispose();
      }
    });

    test('attributes/add adds to the event, keeping what it held', async () => {
      const domain = {
        uuid: randomUUID(),
        type: 'domain',
        category: 'Network activity',
        value: 'exfil.example.org',
        to_ids: true,
      };
      const added = await as.alice('POST', `attributes/add/${EVENT.uuid}`, { Attribute: domain });
      assert.equal(added.status, 200, added.body);
      assert.equal(added.json().Attribute.value, 'exfil.example.org');
      const seen = attributesOf((await as.carol('GET', `events/view/${EVENT.uuid}`)).json().Event).map(
        (a) => a.uuid,
      );
      assert.ok(seen.includes(domain.uuid));
      assert.ok(seen.includes(EVENT.Attribute[1]!.uuid), 'the attributes held before stay in the event');
      const refused = await as.alice('POST', `attributes/add/${EVENT.uuid}`, {
        type: 'domain',
        value: 'x.example',
      });
      assert.equal(refused.status, 422);
      assert.match(refused.json().message, /no valid uuid/);
      const forbidden = await as.carol('POST', `attributes/add/${EVENT.uuid}`, {
        ...domain,
        uuid: randomUUID(),
      });
      assert.equal(forbidden.status, 403, 'a central authority reads but does not write threat data');
    });

    test('attributes/restSearch and events/restSearch find by value, type and tag, page by page', async () => {
      const byValue = await as.carol('POST', 'attributes/restSearch', {
        returnFormat: 'json',
        value: 'exfil.example.org',
      });
      assert.equal(byValue.status, 200, byValue.body);
      const found = byValue.json().response.Attribute;
      assert.deepEqual(
        found.map((a: { value: string }) => a.value),
        ['exfil.example.org'],
      );
      assert.equal(found[0].Event.uuid, EVENT.uuid);
      const byType = (
        await as.carol('POST', 'attributes/restSearch', { type: 'domain', limit: 1, page: 1 })
      ).json();
      assert.equal(byType.response.Attribute.length, 1);
      const page2 = (
        await as.carol('POST', 'attributes/restSearch', { type: 'domain', limit: 1, page: 2 })
      ).json();
      assert.notEqual(page2.response.Attribute[0]?.uuid, byType.response.Attribute[0].uuid);
      const events = (
        await as.carol('POST', 'events/restSearch', { returnFormat: 'json', value: 'exfil.example.org' })
      ).json();
      assert.deepEqual(
        events.response.map((e: { Event: { uuid: string } }) => e.Event.uuid),
        [EVENT.uuid],
      );
      const byTag = (
        await as.carol('POST', 'events/restSearch', { tags: ['circl:incident-classification="malware"'] })
      ).json();
      assert.equal(byTag.response.length, 1);
      const notTag = (await as.carol('POST', 'events/restSearch', { tags: ['!tlp:green'] })).json();
      assert.equal(notTag.response.length, 0);
      for (const [body, problem] of [
        [{ limit: 0 }, /limit: a whole number from 1 to 1000/],
        [{ returnFormat: 'csv' }, /json only/],
        [{ last: 'yesterday' }, /last: a span/],
      ] as const) {
        const bad = await as.carol('POST', 'attributes/restSearch', body);
        assert.equal(bad.status, 400, JSON.stringify(body));
        assert.equal(bad.json().code, 'misp_bad_search');
        assert.match(bad.json().message, problem);
      }
    });

    test('events/edit merges as MISP does: what is sent changes, what is not sent stays, deleted leaves', async () => {
      const before = (await as.alice('GET', `events/view/${EVENT.uuid}`)).json().Event;
      const gone = EVENT.Attribute[0]!.uuid;
      const edited = await as.alice('POST', `events/edit/${before.id}`, {
        Event: {
          uuid: EVENT.uuid,
          info: 'Affiliate infrastructure (revised)',
          Tag: before.Tag,
          Attribute: [{ uuid: gone, deleted: true }],
        },
      });
      assert.equal(edited.status, 200, edited.body);
      const event = edited.json().Event;
      assert.equal(event.info, 'Affiliate infrastructure (revised)');
      const uuids = attributesOf(event).map((a) => a.uuid);
      assert.ok(!uuids.includes(gone));
      assert.equal(uuids.length, attributesOf(before).length - 1);
      assert.ok(Number(event.timestamp) >= Number(before.timestamp));
    });

    test('tags/add and tags/index; bad input refused with the reason', async () => {
      const added = await as.alice('POST', 'tags/add', {
        Tag: { name: 'comity:exercise', colour: '#112233' },
      });
      assert.equal(added.status, 200, added.body);
      assert.equal(added.json().Tag.colour, '#112233');
      const names = (await as.carol('GET', 'tags/index')).json().Tag.map((t: { name: string }) => t.name);
      for (const name of [
        'comity:exercise',
        'tlp:amber',
        'PAP:AMBER',
        'circl:incident-classification="malware"',
      ])
        assert.ok(names.includes(name), name);
      const bad = await as.alice('POST', 'tags/add', { Tag: { name: 'x', colour: 'blue' } });
      assert.equal(bad.status, 400);
      assert.match(bad.json().message, /#RRGGBB/);
    });

    test('bad bodies: not a MISP event, not UTF-8, too large: refused, nothing stored', async () => {
      const before = (await as.alice('GET', 'events/index')).json<unknown[]>().length;
      const notEvent = await as.alice('POST', 'events/add', { hello: 'world' });
      assert.equal(notEvent.status, 422);
      assert.equal(notEvent.json().code, 'misp_bad_event');
      const latin1 = Buffer.concat([
        Buffer.from(`{"Event":{"uuid":"${randomUUID()}","info":"caf`),
        Buffer.from([0xe9]),
        Buffer.from('"}}'),
      ]);
      const bad = await as.alice('POST', `events/edit/${EVENT.uuid}`, latin1);
      assert.equal(bad.status, 400);
      assert.equal(bad.json().code, 'malformed_body');
      const big = { Event: { uuid: randomUUID(), info: 'x'.repeat(MAX_BODY) } };
      const tooLarge = await as.alice('POST', 'events/add', big);
      assert.equal(tooLarge.status, 413);
      assert.equal((await as.alice('GET', 'events/index')).json<unknown[]>().length, before);
    });

    test('events/delete revokes the event: it is gone from view, index and search', async () => {
      const deleted = await as.alice('POST', `events/delete/${EVENT.uuid}`);
      assert.equal(deleted.status, 200, deleted.body);
      assert.equal(deleted.json().success, true);
      assert.equal((await as.alice('GET', `events/view/${EVENT.uuid}`)).status, 404);
      assert.ok(
        !(await as.alice('GET', 'events/index'))
          .json<Array<{ uuid: string }>>()
          .some((e) => e.uuid === EVENT.uuid),
      );
      const search = (await as.alice('POST', 'attributes/restSearch', { value: 'exfil.example.org' })).json();
      assert.deepEqual(search.response.Attribute, []);
    });
  });
