/**
 * The TAXII 2.1 server checklist (docs/TAXII.md, T-02 to T-40), one test per item, over real
 * HTTP between real nodes: XA shares an incident with XB under several TLP levels, and TAXII
 * clients read and write XB's collections as XB's people. Each test names its checklist item.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { type Call, CONDITIONS, indicator, setupNode, tlp, userOn } from '../support/sharing-network.js';
import { NO_POSTGRES, POSTGRES_URL } from '../support/databases.js';
import { logIn } from '../support/session.js';
import { type Network, type NetworkNode, startNetwork } from '../support/network.js';
import { TAXII, type TaxiiCall, type TaxiiResponse, taxiiAs } from '../support/taxii-client.js';

const PASSWORD = 'a long test password 42';
const MAX_CONTENT_LENGTH = 65_536;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ROOT = '/taxii2/api/';

for (const dialect of ['sqlite', 'postgres'] as const)
  describe(`TAXII 2.1 checklist [${dialect}]`, {
    skip: dialect === 'postgres' && !POSTGRES_URL ? NO_POSTGRES : false,
  }, () => {
    let net: Network;
    let xa: NetworkNode;
    let xb: NetworkNode;
    let ana: Call;
    let alice: Call;
    const as: Record<'alice' | 'carol' | 'root' | 'nobody' | 'token', TaxiiCall> = {} as never;
    const ids: Record<string, string> = {};
    const collections: Record<string, string> = {};
    let incidentAtXa = '';

    interface Envelope {
      more?: boolean;
      next?: string;
      objects?: Array<{ id: string; type: string; modified?: string; [k: string]: unknown }>;
    }
    interface Manifest {
      more?: boolean;
      objects?: Array<{ id: string; date_added: string; version: string; media_type?: string }>;
    }

    const objectsOf = (res: TaxiiResponse) => (res.json<Envelope>().objects ?? []).map((o) => o.id);
    const path = (alias: string, rest = '') => `${ROOT}collections/${collections[alias]}/${rest}`;
    const sorted = (...names: string[]) => names.map((n) => ids[n]!).sort();
    const userOnCall = async (username: string) => (await logIn(xb, username, PASSWORD)).call;

    before(async () => {
      net = await startNetwork({
        names: ['xa', 'xb'],
        dialect,
        env: { COMITY_TAXII_MAX_CONTENT_LENGTH: String(MAX_CONTENT_LENGTH), COMITY_LOGIN_MAX_ATTEMPTS: '3' },
      });
      xa = net.node('xa');
      xb = net.node('xb');
      const authorityA = await setupNode(net, xa);
      const authorityB = await setupNode(net, xb);
      ana = await userOn(net, xa, 'ana', ['analyst'], authorityA);
      alice = await userOn(net, xb, 'alice', ['analyst'], authorityB);
      await userOn(net, xb, 'carol', ['central_authority'], authorityB);
      await userOn(net, xb, 'root', ['admin'], authorityB);
      await userOn(net, xb, 'mallory', ['analyst'], authorityB);

      const objects = {
        clear: indicator('203.0.113.10', [tlp('clear')]),
        green: indicator('203.0.113.20', [tlp('green')]),
        amber: indicator('203.0.113.30', [tlp('amber')]),
        red: indicator('203.0.113.40', [tlp('red')]),
      };
      for (const [name, o] of Object.entries(objects)) ids[name] = o.id;
      const created = await ana('POST', '/api/incidents', {
        title: 'Ransomware at Xa General Hospital',
        legalBasis: 'cert_cooperation',
        affectedStates: ['XA', 'XB'],
        tlp: 'green',
        objects: Object.values(objects),
      });
      assert.equal(created.statusCode, 201, created.body);
      incidentAtXa = created.json().incident.id;
      ids.incident = created.json().incident.stixId;
      const share = await ana('POST', `/api/incidents/${incidentAtXa}/shares`, {
        targetStates: ['XB'],
        namedRecipients: ['alice@xb'],
        conditions: CONDITIONS,
      });
      assert.equal(share.statusCode, 201, share.body);
      await net.drain();
      // A second version of the TLP:CLEAR indicator, a minute later.
      net.clock.advance(60_000);
      const update = await ana('POST', `/api/incidents/${incidentAtXa}/objects`, {
        objects: [{ ...objects.clear, name: 'C2 of the affiliate', modified: '2026-05-04T09:00:00.000Z' }],
      });
      assert.equal(update.json().objects[0].change, 'updated', update.body);
      await net.drain();
      net.clock.advance(60_000);

      const token = await alice('POST', '/api/auth/tokens', { name: 'TAXII client' });
      assert.equal(token.statusCode, 201, token.body);
      as.alice = taxiiAs(xb.url, { username: 'alice', password: PASSWORD });
      as.carol = taxiiAs(xb.url, { username: 'carol', password: PASSWORD });
      as.root = taxiiAs(xb.url, { username: 'root', password: PASSWORD });
      as.nobody = taxiiAs(xb.url, null);
      as.token = taxiiAs(xb.url, { token: token.json().token });

      const listed = await as.alice('GET', `${ROOT}collections/`);
      assert.equal(listed.status, 200, listed.text);
      for (const c of listed.json<{ collections: Array<{ id: string; alias: string }> }>().collections)
        collections[c.alias.startsWith('incident-') ? 'incident' : c.alias] = c.id;
    });

    after(async () => {
      await net?.close();
    });

    test('T-02 HTTP Basic and API tokens both authenticate a TAXII client', async () => {
      assert.equal((await as.alice('GET', '/taxii2/')).status, 200);
      assert.equal((await as.token('GET', '/taxii2/')).status, 200);
      assert.deepEqual(objectsOf(await as.token('GET', path('public', 'objects/'))), [ids.clear]);
    });

    test('T-03 no or wrong credentials get 401 with a challenge; repeated failures lock the account', async () => {
      const anonymous = await as.nobody('GET', '/taxii2/');
      assert.equal(anonymous.status, 401);
      assert.match(String(anonymous.headers['www-authenticate']), /^Basic realm="Comity TAXII"/);
      const wrong = taxiiAs(xb.url, { username: 'mallory', password: 'not the password' });
      for (let i = 0; i < 3; i++) assert.equal((await wrong('GET', '/taxii2/')).status, 401);
      const locked = await taxiiAs(xb.url, { username: 'mallory', password: PASSWORD })('GET', '/taxii2/');
      assert.equal(locked.status, 403, 'the right password no longer opens a locked account');
      assert.equal(locked.json().error_code, 'account_locked');
      assert.equal((await taxiiAs(xb.url, { token: 'cmty_forged' })('GET', '/taxii2/')).status, 401);
    });

    test('T-04 resources live at paths ending in a slash', async () => {
      assert.equal((await as.alice('GET', `${ROOT}collections/`)).status, 200);
      const bare = await as.alice('GET', `${ROOT}collections`);
      assert.equal(bare.status, 404);
      assert.equal(bare.headers['content-type'], TAXII);
    });

    test('T-05 the TAXII media type, with or without its version, is accepted; other versions and types get 406', async () => {
      for (const accept of [TAXII, 'application/taxii+json', 'application/taxii+json; version=2.1'])
        assert.equal((await as.alice('GET', '/taxii2/', { headers: { accept } })).status, 200, accept);
      for (const accept of ['application/taxii+json;version=2.0', 'text/html', 'application/json']) {
        const refused = await as.alice('GET', '/taxii2/', { headers: { accept } });
        assert.equal(refused.status, 406, accept);
        assert.equal(refused.json().http_status, '406');
      }
    });

    test('T-06 every answer, success or error, is application/taxii+json;version=2.1', async () => {
      for (const res of [
        await as.alice('GET', '/taxii2/'),
        await as.alice('GET', path('public', 'objects/')),
        await as.alice('GET', `${ROOT}collections/${randomUUID()}/`),
        await as.nobody('GET', ROOT),
        await as.alice('GET', path('public', 'objects/?limit=0')),
      ])
        assert.equal(res.headers['content-type'], TAXII, res.text);
    });

    test('T-07 a POST must send the TAXII media type: others get 415', async () => {
      const body = JSON.stringify({ objects: [indicator('198.51.100.7', [tlp('green')])] });
      const json = await as.alice('POST', path('inbox', 'objects/'), {
        body,
        headers: { 'content-type': 'application/json' },
      });
      assert.equal(json.status, 415);
      assert.equal(json.json().error_code, 'unsupported_media_type');
      const taxii = await as.alice('POST', path('inbox', 'objects/'), { body });
      assert.equal(taxii.status, 202, taxii.text);
    });

    test('T-08 a request without User-Agent is served', async () => {
      // The test client sends only the headers it is given: no User-Agent here.
      const res = await as.alice('GET', ROOT);
      assert.equal(res.status, 200);
    });

    test('T-09 JSON in UTF-8 with exact-case names; empty lists are left out', async () => {
      const none = await as.root('GET', `${ROOT}collections/`);
      assert.equal(none.status, 200);
      assert.equal(none.text, '{}', 'someone with no STIX role sees no collection, and no empty list');
      const empty = await as.alice('GET', path('public', 'objects/?match[type]=malware'));
      assert.deepEqual(empty.json(), { more: false });
      const named = await as.alice('POST', path('inbox', 'objects/'), {
        body: JSON.stringify({
          objects: [indicator('example.org', [tlp('green')], { name: 'Fälschung — 伪造 — تزوير' })],
        }),
      });
      assert.equal(named.status, 202);
      const id = named.json<{ successes: Array<{ id: string }> }>().successes[0]!.id;
      const back = await as.alice('GET', path('inbox', `objects/${id}/`));
      assert.equal(back.json<Envelope>().objects?.[0]?.name, 'Fälschung — 伪造 — تزوير');
    });

    test('T-10 every TAXII timestamp is UTC with six fractional digits', async () => {
      const manifest = await as.alice('GET', path('incident', 'manifest/'));
      for (const record of manifest.json<Manifest>().objects ?? []) {
        assert.match(record.date_added, TIMESTAMP);
        assert.match(record.version, TIMESTAMP);
      }
      assert.match(String(manifest.headers['x-taxii-date-added-first']), TIMESTAMP);
      const posted = await as.alice('POST', path('inbox', 'objects/'), {
        body: JSON.stringify({ objects: [indicator('198.51.100.8', [tlp('green')])] }),
      });
      assert.match(posted.json().request_timestamp as string, TIMESTAMP);
    });

    test('T-11 discovery at /taxii2/: a title, and a default that is one of the API roots, written as a path', async () => {
      const discovery = (await as.alice('GET', '/taxii2/')).json<{
        title: string;
        default: string;
        api_roots: string[];
      }>();
      assert.ok(discovery.title.length > 0);
      assert.ok(discovery.api_roots.includes(discovery.default));
      for (const root of discovery.api_roots) {
        assert.match(root, /^\/[^/]/, 'relative, beginning with a single slash');
        assert.ok(!root.includes('?') && !root.includes('..'));
      }
    });

    test('T-12 at least one API root, each at its own URL, each answering', async () => {
      const roots = (await as.alice('GET', '/taxii2/')).json<{ api_roots: string[] }>().api_roots;
      assert.ok(roots.length >= 1);
      assert.equal(new Set(roots).size, roots.length);
      for (const root of roots) assert.equal((await as.alice('GET', root)).status, 200);
    });

    test('T-13 the API root: title, versions with TAXII 2.1, max_content_length; an unknown root is 404', async () => {
      const root = (await as.alice('GET', ROOT)).json<{
        title: string;
        versions: string[];
        max_content_length: number;
      }>();
      assert.ok(root.title.length > 0);
      assert.ok(root.versions.includes(TAXII));
      assert.equal(root.max_content_length, MAX_CONTENT_LENGTH);
      assert.equal((await as.alice('GET', '/taxii2/elsewhere/')).status, 404);
    });

    test('T-14 a status is readable by whoever posted, for more than a day; unknown, foreign or old ones are 404', async () => {
      const posted = await as.alice('POST', path('inbox', 'objects/'), {
        body: JSON.stringify({ objects: [indicator('198.51.100.9', [tlp('green')])] }),
      });
      const statusPath = `${ROOT}status/${posted.json().id}/`;
      assert.equal((await as.alice('GET', statusPath)).status, 200);
      assert.equal((await as.carol('GET', statusPath)).status, 404, 'another person reads it as unknown');
      assert.equal((await as.alice('GET', `${ROOT}status/${randomUUID()}/`)).status, 404);
      assert.equal((await as.alice('GET', `${ROOT}status/not-a-uuid/`)).status, 404);
      net.clock.advance(25 * 3_600_000);
      assert.equal((await as.alice('GET', statusPath)).status, 200, 'still there after 25 hours');
    });

    test('T-15 the status resource: counts that add up, lists as long as their counts, versions as modified', async () => {
      const good = indicator('198.51.100.10', [tlp('green')], { modified: '2026-05-04T10:11:12.345Z' });
      const posted = await as.alice('POST', path('inbox', 'objects/'), {
        body: JSON.stringify({ objects: [good, { type: 'indicator', id: 'indicator--nope' }] }),
      });
      assert.equal(posted.status, 202);
      const status = (await as.alice('GET', `${ROOT}status/${posted.json().id}/`)).json<{
        id: string;
        status: string;
        total_count: number;
        success_count: number;
        failure_count: number;
        pending_count: number;
        successes: Array<{ id: string; version: string }>;
        failures: Array<{ id: string; message: string }>;
        pendings?: unknown[];
      }>();
      assert.equal(status.status, 'complete');
      assert.equal(status.total_count, status.success_count + status.failure_count + status.pending_count);
      assert.deepEqual(
        [status.total_count, status.success_count, status.failure_count, status.pending_count],
        [2, 1, 1, 0],
      );
      assert.equal(status.successes.length, status.success_count);
      assert.equal(status.failures.length, status.failure_count);
      assert.equal(status.pendings, undefined, 'no empty list');
      assert.deepEqual(status.successes[0], { id: good.id, version: '2026-05-04T10:11:12.345000Z' });
      assert.equal(status.failures[0]!.id, 'indicator--nope');
      assert.ok(status.failures[0]!.message.length > 0);
    });

    test('T-16 the collections list, in the same order every time', async () => {
      const first = (await as.alice('GET', `${ROOT}collections/`)).json<{
        collections: Array<{ id: string }>;
      }>();
      const second = (await as.alice('GET', `${ROOT}collections/`)).json<{
        collections: Array<{ id: string }>;
      }>();
      assert.deepEqual(
        first.collections.map((c) => c.id),
        second.collections.map((c) => c.id),
      );
      assert.deepEqual(
        first.collections.map((c) => c.id),
        [collections.public, collections.community, collections.inbox, collections.incident],
      );
    });

    test('T-17 each collection: a UUIDv4 id, a title, can_read and can_write, a unique alias, STIX 2.1', async () => {
      const list = (await as.alice('GET', `${ROOT}collections/`)).json<{
        collections: Array<{
          id: string;
          title: string;
          alias: string;
          can_read: boolean;
          can_write: boolean;
          media_types: string[];
        }>;
      }>().collections;
      for (const c of list) {
        assert.match(c.id, UUID4);
        assert.ok(c.title.length > 0);
        assert.equal(typeof c.can_read, 'boolean');
        assert.equal(typeof c.can_write, 'boolean');
        assert.deepEqual(c.media_types, ['application/stix+json;version=2.1']);
      }
      assert.equal(new Set(list.map((c) => c.alias)).size, list.length);
      const carol = (await as.carol('GET', `${ROOT}collections/`)).json<{
        collections: Array<{ alias: string; can_write: boolean }>;
      }>().collections;
      assert.ok(
        carol.every((c) => !c.can_write),
        'a reader writes nowhere',
      );
    });

    test('T-18 one collection by id (or alias); an unknown one is 404', async () => {
      const one = await as.alice('GET', path('inbox'));
      assert.equal(one.status, 200);
      assert.equal(one.json().alias, 'inbox');
      assert.equal((await as.alice('GET', `${ROOT}collections/inbox/`)).json().id, collections.inbox);
      assert.equal((await as.alice('GET', `${ROOT}collections/${randomUUID()}/`)).status, 404);
    });

    test('T-19 the manifest: one record per version, filters applied to the objects, the media type named', async () => {
      const all = (await as.alice('GET', path('public', 'manifest/?match[version]=all'))).json<Manifest>();
      assert.deepEqual(
        all.objects?.map((r) => [r.id, r.version]),
        [
          [ids.clear, '2026-05-04T07:00:00.000000Z'],
          [ids.clear, '2026-05-04T09:00:00.000000Z'],
        ],
      );
      assert.ok(all.objects?.every((r) => r.media_type === 'application/stix+json;version=2.1'));
      const incidents = (
        await as.alice('GET', path('incident', 'manifest/?match[type]=incident'))
      ).json<Manifest>();
      assert.deepEqual(
        incidents.objects?.map((r) => r.id),
        [ids.incident],
      );
    });

    test('T-20 objects come in an envelope, an empty one too', async () => {
      const page = (await as.alice('GET', path('incident', 'objects/'))).json<Envelope>();
      assert.equal(page.more, false);
      assert.deepEqual(
        page.objects?.map((o) => o.id).sort(),
        sorted('incident', 'clear', 'green', 'amber', 'red'),
      );
      assert.deepEqual((await as.alice('GET', path('public', 'objects/?match[type]=tool'))).json(), {
        more: false,
      });
    });

    test('T-21 one object by id: its versions as filtered; an unknown one is 404', async () => {
      const latest = (await as.alice('GET', path('public', `objects/${ids.clear}/`))).json<Envelope>();
      assert.deepEqual(
        latest.objects?.map((o) => o.modified),
        ['2026-05-04T09:00:00.000Z'],
      );
      const every = (
        await as.alice('GET', path('public', `objects/${ids.clear}/?match[version]=all`))
      ).json<Envelope>();
      assert.deepEqual(
        every.objects?.map((o) => o.modified),
        ['2026-05-04T07:00:00.000Z', '2026-05-04T09:00:00.000Z'],
      );
      const unknown = await as.alice('GET', path('public', `objects/indicator--${randomUUID()}/`));
      assert.equal(unknown.status, 404);
      assert.equal(
        (await as.alice('GET', path('public', `objects/${ids.clear}/?match[type]=indicator`))).status,
        400,
        'match[type] is not a filter of this endpoint',
      );
    });

    test("T-22 an object's versions, oldest first, with spec_version and paging", async () => {
      const versions = (await as.alice('GET', path('public', `objects/${ids.clear}/versions/`))).json<{
        more: boolean;
        versions: string[];
      }>();
      assert.deepEqual(versions, {
        more: false,
        versions: ['2026-05-04T07:00:00.000000Z', '2026-05-04T09:00:00.000000Z'],
      });
      const first = (await as.alice('GET', path('public', `objects/${ids.clear}/versions/?limit=1`))).json<{
        more: boolean;
        next: string;
        versions: string[];
      }>();
      assert.deepEqual([first.more, first.versions], [true, ['2026-05-04T07:00:00.000000Z']]);
      const rest = (
        await as.alice(
          'GET',
          path('public', `objects/${ids.clear}/versions/?limit=1&next=${encodeURIComponent(first.next)}`),
        )
      ).json<{ more: boolean; versions: string[] }>();
      assert.deepEqual(rest, { more: false, versions: ['2026-05-04T09:00:00.000000Z'] });
      assert.deepEqual(
        (
          await as.alice('GET', path('public', `objects/${ids.clear}/versions/?match[spec_version]=2.0`))
        ).json(),
        { more: false },
      );
    });

    test('T-23 without read access, the reading endpoints answer 404 (as for what does not exist)', async () => {
      for (const rest of [
        'manifest/',
        'objects/',
        `objects/${ids.clear}/`,
        `objects/${ids.clear}/versions/`,
      ]) {
        const res = await as.root('GET', path('public', rest));
        assert.equal(res.status, 404, rest);
      }
    });

    test('T-24 manifest and objects run oldest first by date_added', async () => {
      const posted: string[] = [];
      for (const value of ['192.0.2.1', '192.0.2.2', '192.0.2.3']) {
        net.clock.advance(1000);
        const o = indicator(value, [tlp('green')]);
        posted.push(o.id);
        assert.equal(
          (await as.alice('POST', path('inbox', 'objects/'), { body: JSON.stringify({ objects: [o] }) }))
            .status,
          202,
        );
      }
      const manifest = (await as.alice('GET', path('inbox', 'manifest/'))).json<Manifest>().objects ?? [];
      const dates = manifest.map((r) => r.date_added);
      assert.deepEqual(dates, [...dates].sort());
      assert.deepEqual(
        manifest.slice(-3).map((r) => r.id),
        posted,
      );
      assert.deepEqual(objectsOf(await as.alice('GET', path('inbox', 'objects/'))).slice(-3), posted);
    });

    test('T-25 every page carries X-TAXII-Date-Added-First and -Last of its own items', async () => {
      // The TLP:CLEAR indicator's first version arrived at 08:00, its second at 08:01.
      for (const [rest, first] of [
        ['manifest/', '2026-05-04T08:01:00.000000Z'],
        ['objects/', '2026-05-04T08:01:00.000000Z'],
        ['manifest/?match[version]=all', '2026-05-04T08:00:00.000000Z'],
        [`objects/${ids.clear}/?match[version]=all`, '2026-05-04T08:00:00.000000Z'],
        [`objects/${ids.clear}/versions/`, '2026-05-04T08:00:00.000000Z'],
      ] as const) {
        const res = await as.alice('GET', path('public', rest));
        assert.equal(res.headers['x-taxii-date-added-first'], first, rest);
        assert.equal(res.headers['x-taxii-date-added-last'], '2026-05-04T08:01:00.000000Z', rest);
      }
      const manifest = await as.alice('GET', path('incident', 'manifest/'));
      const records = manifest.json<Manifest>().objects!;
      assert.equal(manifest.headers['x-taxii-date-added-first'], records[0]!.date_added);
      assert.equal(manifest.headers['x-taxii-date-added-last'], records.at(-1)!.date_added);
    });

    test('T-26 malformed parameters are 400 with a TAXII error naming them', async () => {
      for (const query of [
        'added_after=yesterday',
        'added_after=2026-02-30T00:00:00Z',
        'limit=ten',
        'match[id]=not-an-id',
        'match[type]=Indicator',
        'match[version]=latest',
        'match[spec_version]=two',
        'colour=red',
      ]) {
        const res = await as.alice('GET', path('public', `objects/?${query}`));
        assert.equal(res.status, 400, query);
        assert.equal(res.json().error_code, 'taxii_bad_query', query);
        assert.ok(String(res.json().description).length > 10);
      }
    });

    test('T-27 added_after is strictly after date_added, once, and its absence starts from the oldest', async () => {
      const all = (await as.alice('GET', path('incident', 'manifest/'))).json<Manifest>().objects!;
      const clearAdded = all.find((r) => r.id === ids.clear)!.date_added;
      const after = (
        await as.alice('GET', path('incident', `manifest/?added_after=${clearAdded}`))
      ).json<Manifest>();
      assert.deepEqual(after.objects ?? [], [], 'nothing was added to the incident after the last version');
      const before = (
        await as.alice('GET', path('incident', 'manifest/?added_after=2026-05-04T07:59:59.999999Z'))
      ).json<Manifest>();
      assert.equal(before.objects?.length, all.length);
      const twice = await as.alice(
        'GET',
        path('incident', `manifest/?added_after=${clearAdded}&added_after=${clearAdded}`),
      );
      assert.equal(twice.status, 400);
    });

    test('T-28 limit: a positive whole number, never exceeded; 0 and -20 are 400', async () => {
      for (const limit of ['0', '-20', '1.5'])
        assert.equal((await as.alice('GET', path('incident', `objects/?limit=${limit}`))).status, 400, limit);
      for (const limit of [1, 2, 3]) {
        const page = (await as.alice('GET', path('incident', `objects/?limit=${limit}`))).json<Envelope>();
        assert.equal(page.objects?.length, limit);
        assert.equal(page.more, true);
      }
    });

    test('T-29 more and next lead through every object; added_after from the last header works too', async () => {
      const seen: string[] = [];
      let next: string | undefined;
      for (let round = 0; round < 10; round++) {
        const page = (
          await as.alice(
            'GET',
            path('incident', `objects/?limit=2${next ? `&next=${encodeURIComponent(next)}` : ''}`),
          )
        ).json<Envelope>();
        seen.push(...(page.objects ?? []).map((o) => o.id));
        if (!page.more) break;
        assert.ok(page.next, 'more comes with next');
        next = page.next;
      }
      assert.deepEqual([...seen].sort(), sorted('incident', 'clear', 'green', 'amber', 'red'));
      // Continuing with added_after = the last page's X-TAXII-Date-Added-Last (distinct dates here:
      // versions stored in one batch share theirs, which is why `next` is the exact way on).
      const versions: string[] = [];
      let addedAfter = '';
      for (let round = 0; round < 5; round++) {
        const res = await as.alice(
          'GET',
          path(
            'public',
            `manifest/?match[version]=all&limit=1${addedAfter ? `&added_after=${addedAfter}` : ''}`,
          ),
        );
        versions.push(...(res.json<Manifest>().objects ?? []).map((r) => r.version));
        if (!res.json<Manifest>().more) break;
        addedAfter = String(res.headers['x-taxii-date-added-last']);
      }
      assert.deepEqual(versions, ['2026-05-04T07:00:00.000000Z', '2026-05-04T09:00:00.000000Z']);
    });

    test('T-30 next is checked, never trusted: altered, for other filters, another person or collection is 400', async () => {
      const page = (
        await as.alice('GET', path('incident', 'objects/?limit=1&match[type]=indicator'))
      ).json<Envelope>();
      const next = page.next!;
      const again = (extra: string, who: TaxiiCall = as.alice, alias = 'incident') =>
        who('GET', path(alias, `objects/?limit=1&next=${encodeURIComponent(next)}${extra}`));
      assert.equal((await again('&match[type]=indicator')).status, 200);
      assert.equal((await again('&match[type]=indicator&limit=3')).status, 400, 'limit given twice');
      assert.equal((await again('')).status, 400, 'filters changed');
      assert.equal((await again('&match[type]=incident')).status, 400, 'filters changed');
      assert.equal((await again('&match[type]=indicator', as.carol)).status, 400, 'another person');
      assert.equal(
        (await again('&match[type]=indicator', as.alice, 'community')).status,
        400,
        'another collection',
      );
      const [body, mac] = next.split('.');
      const forged = `${Buffer.from(Buffer.from(body!, 'base64url').toString().replace('2026', '2025')).toString('base64url')}.${mac}`;
      const tampered = await as.alice(
        'GET',
        path('incident', `objects/?limit=1&match[type]=indicator&next=${forged}`),
      );
      assert.equal(tampered.status, 400);
      assert.equal(tampered.json().error_code, 'taxii_bad_query');
    });

    test('T-31 match fields combine with AND, values with OR; a field twice is 400; unknown fields are ignored', async () => {
      const either = objectsOf(
        await as.alice('GET', path('incident', `objects/?match[id]=${ids.green},${ids.red}`)),
      );
      assert.deepEqual(either.sort(), sorted('green', 'red'));
      const both = objectsOf(
        await as.alice(
          'GET',
          path('incident', `objects/?match[id]=${ids.green},${ids.incident}&match[type]=incident`),
        ),
      );
      assert.deepEqual(both, [ids.incident]);
      assert.equal(
        (await as.alice('GET', path('incident', `objects/?match[id]=${ids.green}&match[id]=${ids.red}`)))
          .status,
        400,
      );
      assert.equal(
        objectsOf(await as.alice('GET', path('incident', 'objects/?match[colour]=red'))).length,
        5,
      );
    });

    test('T-32 match[id] and match[type] on objects and manifest; any STIX type name is a valid filter', async () => {
      for (const type of ['attack-pattern', 'x-acme-widget', 'marking-definition', 'ipv4-addr']) {
        const res = await as.alice('GET', path('incident', `manifest/?match[type]=${type}`));
        assert.equal(res.status, 200, type);
      }
      const manifest = (
        await as.alice('GET', path('incident', `manifest/?match[id]=${ids.amber}`))
      ).json<Manifest>();
      assert.deepEqual(
        manifest.objects?.map((r) => r.id),
        [ids.amber],
      );
    });

    test('T-33 match[version]: last by default, first, all, exact versions; all alone; no duplicates', async () => {
      const versionsOf = async (q: string) =>
        ((await as.alice('GET', path('public', `manifest/?${q}`))).json<Manifest>().objects ?? []).map(
          (r) => r.version,
        );
      assert.deepEqual(await versionsOf(''), ['2026-05-04T09:00:00.000000Z']);
      assert.deepEqual(await versionsOf('match[version]=last'), ['2026-05-04T09:00:00.000000Z']);
      assert.deepEqual(await versionsOf('match[version]=first'), ['2026-05-04T07:00:00.000000Z']);
      assert.deepEqual(await versionsOf('match[version]=first,last'), [
        '2026-05-04T07:00:00.000000Z',
        '2026-05-04T09:00:00.000000Z',
      ]);
      assert.deepEqual(await versionsOf('match[version]=2026-05-04T07:00:00Z'), [
        '2026-05-04T07:00:00.000000Z',
      ]);
      assert.deepEqual(await versionsOf('match[version]=2026-05-04T07:00:00.000000Z'), [
        '2026-05-04T07:00:00.000000Z',
      ]);
      for (const bad of ['all,last', 'first,first'])
        assert.equal(
          (await as.alice('GET', path('public', `manifest/?match[version]=${bad}`))).status,
          400,
          bad,
        );
    });

    test('T-34 match[spec_version]: only the versions listed; without it, the latest (2.1)', async () => {
      const count = async (q: string) =>
        objectsOf(await as.alice('GET', path('incident', `objects/?${q}`))).length;
      assert.equal(await count(''), 5);
      assert.equal(await count('match[spec_version]=2.1'), 5);
      assert.equal(await count('match[spec_version]=2.0,2.1'), 5);
      assert.equal(await count('match[spec_version]=2.0'), 0);
    });

    test('T-35 a POST answers 202 with a status; an exact copy of a stored object is a success', async () => {
      const o = indicator('192.0.2.50', [tlp('green')]);
      const first = await as.alice('POST', path('inbox', 'objects/'), {
        body: JSON.stringify({ objects: [o] }),
      });
      assert.equal(first.status, 202);
      assert.equal(first.json().success_count, 1);
      const again = await as.alice('POST', path('inbox', 'objects/'), {
        body: JSON.stringify({ objects: [o] }),
      });
      assert.equal(again.status, 202);
      assert.deepEqual([again.json().success_count, again.json().failure_count], [1, 0]);
      const posted = await xb.database.db
        .selectFrom('audit_events')
        .select(['actor_type', 'subject_id', 'details'])
        .where('action', '=', 'taxii.objects_posted')
        .execute();
      const mine = posted.filter((p) => JSON.parse(p.details).statusId === first.json().id);
      assert.deepEqual(
        mine.map((p) => p.actor_type),
        ['user'],
        'the post is on record in the name of who signed in, not as anonymous',
      );
    });

    test('T-36 writing where one may not is 403; past max_content_length is 413, and never at or below it', async () => {
      const o = indicator('192.0.2.60', [tlp('green')]);
      const body = JSON.stringify({ objects: [o] });
      assert.equal((await as.alice('POST', path('public', 'objects/'), { body })).status, 403);
      assert.equal((await as.carol('POST', path('inbox', 'objects/'), { body })).status, 403);
      const exactly = (size: number) => {
        const text = JSON.stringify({ objects: [{ ...o, description: '' }] });
        return text.replace('"description":""', `"description":"${'x'.repeat(size - text.length)}"`);
      };
      const atLimit = exactly(MAX_CONTENT_LENGTH);
      assert.equal(Buffer.byteLength(atLimit), MAX_CONTENT_LENGTH);
      assert.equal((await as.alice('POST', path('inbox', 'objects/'), { body: atLimit })).status, 202);
      const over = await as.alice('POST', path('inbox', 'objects/'), {
        body: exactly(MAX_CONTENT_LENGTH + 1),
      });
      assert.equal(over.status, 413);
      assert.equal(over.json().http_status, '413');
    });

    test('T-37 a body that is not an envelope, or holds no STIX 2.1, is 422; one bad object fails alone', async () => {
      for (const body of ['{"objects": ', '[1,2]', '{"objects": {"type": "indicator"}}', '\u00e9'])
        assert.equal((await as.alice('POST', path('inbox', 'objects/'), { body })).status, 422, body);
      const stix20 = {
        type: 'indicator',
        id: `indicator--${randomUUID()}`,
        created: '2016-04-06T20:03:48.000Z',
        modified: '2016-04-06T20:03:48.000Z',
        labels: ['malicious-activity'],
        pattern: "[ipv4-addr:value = '192.0.2.70']",
        valid_from: '2016-04-06T20:03:48.000Z',
      };
      const refused = await as.alice('POST', path('inbox', 'objects/'), {
        body: JSON.stringify({ objects: [stix20] }),
      });
      assert.equal(refused.status, 422);
      assert.match(String(refused.json().description), /STIX 2\.1/);
      const mixed = await as.alice('POST', path('inbox', 'objects/'), {
        body: JSON.stringify({
          objects: [stix20, indicator('192.0.2.71', [tlp('green')], { x_acme_score: 7 })],
        }),
      });
      assert.equal(mixed.status, 202);
      assert.deepEqual([mixed.json().success_count, mixed.json().failure_count], [1, 1]);
    });

    test('T-38 DELETE needs read and write: 404 without either, 403 with one, 200 with both, and then it is gone', async () => {
      const o = indicator('192.0.2.80', [tlp('green')]);
      await as.alice('POST', path('inbox', 'objects/'), { body: JSON.stringify({ objects: [o] }) });
      const target = path('inbox', `objects/${o.id}/`);
      assert.equal((await as.root('DELETE', target)).status, 404, '(can_read, can_write) = (F, F)');
      assert.equal((await as.carol('DELETE', target)).status, 403, '(T, F)');
      assert.equal(
        (await as.alice('DELETE', path('public', `objects/${ids.clear}/`))).status,
        403,
        '(T, F) for alice on public',
      );
      const gone = await as.alice('DELETE', target);
      assert.equal(gone.status, 200, gone.text);
      assert.equal(gone.text, '');
      assert.equal((await as.alice('GET', target)).status, 404);
      assert.ok(!objectsOf(await as.alice('GET', path('inbox', 'objects/'))).includes(o.id));
      assert.ok(
        !((await as.alice('GET', path('inbox', 'manifest/'))).json<Manifest>().objects ?? []).some(
          (r) => r.id === o.id,
        ),
      );
      assert.equal((await as.alice('DELETE', target)).status, 404, 'twice is not found');
      // A version filter narrows the deletion: only the first version leaves.
      const v2 = { ...o, id: `indicator--${randomUUID()}` };
      await as.alice('POST', path('inbox', 'objects/'), {
        body: JSON.stringify({ objects: [v2, { ...v2, modified: '2026-05-04T12:00:00.000Z' }] }),
      });
      const narrowed = await as.alice('DELETE', path('inbox', `objects/${v2.id}/?match[version]=first`));
      assert.equal(narrowed.status, 200, narrowed.text);
      const left = (await as.alice('GET', path('inbox', `objects/${v2.id}/versions/`))).json<{
        versions: string[];
      }>();
      assert.deepEqual(left.versions, ['2026-05-04T12:00:00.000000Z']);
    });

    test('T-39 errors are TAXII error messages: a title, and http_status equal to the status', async () => {
      for (const res of [
        await as.alice('GET', path('public', 'objects/?limit=0')),
        await as.nobody('GET', ROOT),
        await as.alice('GET', `${ROOT}collections/${randomUUID()}/`),
        await as.alice('POST', path('public', 'objects/'), { body: '{}' }),
      ]) {
        const error = res.json<{
          title: string;
          http_status: string;
          error_code: string;
          error_id: string;
        }>();
        assert.ok(error.title.length > 0);
        assert.equal(error.http_status, String(res.status));
        assert.ok(error.error_code.length > 0);
        assert.ok(error.error_id.length > 0);
      }
    });

    test('T-40 what the caller may not see answers as what does not exist', async () => {
      // carol (XB) has no need to know: the AMBER object exists in the incident but not for her,
      // and the TLP:RED one names alice only.
      for (const name of ['amber', 'red']) {
        const hidden = await as.carol('GET', path('incident', `objects/${ids[name]}/`));
        const missing = await as.carol('GET', path('incident', `objects/indicator--${randomUUID()}/`));
        assert.deepEqual(
          [hidden.status, hidden.json().error_code],
          [missing.status, missing.json().error_code],
          name,
        );
        assert.equal(hidden.status, 404);
      }
      const foreign = await as.root('GET', path('incident'));
      const unknown = await as.root('GET', `${ROOT}collections/${randomUUID()}/`);
      assert.deepEqual(
        [foreign.status, foreign.json().error_code],
        [unknown.status, unknown.json().error_code],
      );
    });

    test('markings decide what each collection shows each person, as everywhere else in Comity', async () => {
      // Only XA's objects: the inbox tests above posted TLP:GREEN objects of XB's own.
      const shared = `?match[id]=${sorted('incident', 'clear', 'green', 'amber', 'red').join(',')}`;
      const seen = async (who: TaxiiCall, alias: string) =>
        objectsOf(await who('GET', path(alias, `objects/${shared}`))).sort();
      assert.deepEqual(await seen(as.alice, 'public'), [ids.clear]);
      assert.deepEqual(await seen(as.alice, 'community'), sorted('incident', 'clear', 'green'));
      assert.deepEqual(
        await seen(as.alice, 'incident'),
        sorted('incident', 'clear', 'green', 'amber', 'red'),
        'alice was named: she has need to know, and the TLP:RED object names her',
      );
      assert.deepEqual(
        await seen(as.carol, 'incident'),
        sorted('incident', 'clear', 'green'),
        'carol sees the incident but not what needs a reason to know',
      );
      assert.deepEqual(await seen(as.carol, 'community'), sorted('incident', 'clear', 'green'));
    });

    test('the console is told where to point a client, the collections one sees and what one posted', async () => {
      const overview = await alice('GET', '/api/taxii');
      assert.equal(overview.statusCode, 200, overview.body);
      const view = overview.json() as {
        discoveryUrl: string;
        apiRootUrl: string;
        basicAllowed: boolean;
        collections: Array<{
          id: string;
          kind: string;
          incidentTitle?: string;
          canWrite: boolean;
          objectsUrl: string;
        }>;
      };
      assert.equal(view.discoveryUrl, `${xb.url}/taxii2/`);
      assert.equal(view.apiRootUrl, `${xb.url}/taxii2/api/`);
      assert.equal(view.basicAllowed, true);
      assert.deepEqual(
        view.collections.map((c) => [c.kind, c.incidentTitle ?? null, c.canWrite]),
        [
          ['public', null, false],
          ['community', null, false],
          ['inbox', null, true],
          ['incident', 'Ransomware at Xa General Hospital', true],
        ],
      );
      // The address given is one a client can use as it is.
      const inbox = view.collections.find((c) => c.kind === 'inbox')!;
      assert.equal((await as.alice('GET', new URL(inbox.objectsUrl).pathname)).status, 200);
      const posts = (await alice('GET', '/api/taxii/posts')).json() as Array<{
        collectionAlias?: string;
        requestTimestamp: string;
        failures: Array<{ id: string; message?: string }>;
      }>;
      assert.ok(posts.length >= 10);
      assert.ok(posts.every((p) => p.collectionAlias === 'inbox'));
      const stamps = posts.map((p) => p.requestTimestamp);
      assert.deepEqual(stamps, [...stamps].sort().reverse(), 'newest first');
      assert.ok(posts.some((p) => p.failures.some((f) => f.id === 'indicator--nope')));
      const carol = await userOnCall('carol');
      assert.deepEqual((await carol('GET', '/api/taxii/posts')).json(), [], 'one sees only one’s own posts');
      const root = await userOnCall('root');
      assert.equal((await root('GET', '/api/taxii')).statusCode, 403);
    });
  });
