/**
 * The TAXII client between two real nodes: XB subscribes to XA's federation-community
 * collection with the account XA opened for it, and receives exactly what XA's markings let
 * that account see — page by page, resuming where it stood after the poller dies between
 * fetching a page and storing it. Remote servers that answer garbage, loop on `next`, send too
 * much or stall are cut off with the subscription's error, and nothing of theirs is stored.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { pollSubscription } from '../../src/app/taxii/subscriptions/poll.js';
import { subscribe, subscriptionRow } from '../../src/app/taxii/subscriptions/subscriptions.js';
import type { CommandContext } from '../../src/core/context.js';
import { NO_POSTGRES, POSTGRES_URL } from '../support/databases.js';
import { type Network, type NetworkNode, startNetwork } from '../support/network.js';
import { type Call, indicator, setupNode, tlp, userOn } from '../support/sharing-network.js';
import { taxiiAs } from '../support/taxii-client.js';

const PASSWORD = 'a long test password 42';

for (const dialect of ['sqlite', 'postgres'] as const)
  describe(`a node subscribed to another's TAXII collection [${dialect}]`, {
    skip: dialect === 'postgres' && !POSTGRES_URL ? NO_POSTGRES : false,
  }, () => {
    let net: Network;
    let xa: NetworkNode;
    let xb: NetworkNode;
    let ctx: CommandContext;
    let admin: Call;
    const green: string[] = [];
    const withheld: string[] = [];
    let remote: Server;
    let remoteUrl = '';
    let answer: (url: string, res: import('node:http').ServerResponse) => void = () => undefined;

    before(async () => {
      net = await startNetwork({ names: ['xa', 'xb'], dialect });
      xa = net.node('xa');
      xb = net.node('xb');
      const authorityA = await setupNode(net, xa);
      const authorityB = await setupNode(net, xb);
      await userOn(net, xa, 'ana', ['analyst'], authorityA);
      // The account XA opened for XB's tools: an analyst there, with no need to know.
      await userOn(net, xa, 'feed-for-xb', ['analyst'], authorityA);
      admin = await userOn(net, xb, 'root', ['admin'], authorityB);
      ctx = { actor: { type: 'system', id: 'test' }, requestId: null, clock: net.clock };
      const objects = [
        ...Array.from({ length: 23 }, (_, i) => indicator(`198.51.100.${i + 1}`, [tlp('green')])),
        indicator('198.51.100.200', [tlp('clear')]),
        indicator('198.51.100.201', [tlp('amber')]),
        indicator('198.51.100.202', [tlp('red')]),
        indicator('198.51.100.203', []),
      ];
      for (const o of objects)
        (o.object_marking_refs.some((m) => m === tlp('green') || m === tlp('clear')) ? green : withheld).push(
          o.id,
        );
      // Posted through XA's own TAXII inbox, a few at a time, so they were added at different moments.
      const ana = taxiiAs(xa.url, { username: 'ana', password: PASSWORD });
      for (let i = 0; i < objects.length; i += 5) {
        net.clock.advance(1000);
        const posted = await ana('POST', '/taxii2/api/collections/inbox/objects/', {
          body: JSON.stringify({ objects: objects.slice(i, i + 5) }),
        });
        assert.equal(posted.status, 202, posted.text);
      }
      remote = createServer((req, res) => answer(req.url ?? '', res));
      await new Promise<void>((resolve) => remote.listen(0, '127.0.0.1', resolve));
      remoteUrl = `http://127.0.0.1:${(remote.address() as AddressInfo).port}/taxii2/api/collections/${randomUUID()}/`;
    });

    after(async () => {
      remote?.close();
      await net?.close();
    });

    const heldAtXb = async () =>
      (
        await xb.database.db
          .selectFrom('stix_objects')
          .select('id')
          .where('source', 'like', 'taxii:%')
          .where('is_current', '=', 1)
          .execute()
      )
        .map((r) => r.id)
        .sort();

    test('an administrator subscribes through the API; a bad address is refused at its field', async () => {
      const refused = await admin('POST', '/api/taxii/subscriptions', {
        title: 'XA community',
        collectionUrl: 'ftp://xa.example/taxii2/',
        auth: 'none',
      });
      assert.equal(refused.statusCode, 400);
      assert.equal(refused.json().errors[0].path, '/body/collectionUrl');
      const noSecret = await admin('POST', '/api/taxii/subscriptions', {
        title: 'XA community',
        collectionUrl: `${xa.url}/taxii2/api/collections/community/`,
        auth: 'basic',
        username: 'feed-for-xb',
      });
      assert.equal(noSecret.statusCode, 400);
      assert.equal((await admin('GET', '/api/taxii/subscriptions')).json().length, 0, 'nothing half-made');
    });

    test('XB receives exactly what XA lets its account see, page by page, resuming after the poller dies mid-way', async () => {
      const made = await admin('POST', '/api/taxii/subscriptions', {
        title: 'XA community',
        collectionUrl: `${xa.url}/taxii2/api/collections/community/objects/`,
        auth: 'basic',
        username: 'feed-for-xb',
        secret: PASSWORD,
        intervalMinutes: 15,
        defaultTlp: 'amber',
      });
      assert.equal(made.statusCode, 201, made.body);
      const id = made.json().id as string;
      assert.equal(made.json().collectionUrl, `${xa.url}/taxii2/api/collections/community/`);
      assert.ok(!JSON.stringify(made.json()).includes(PASSWORD), 'the secret is never shown');

      // The poller dies after fetching its third page, before storing it.
      const crashed = await pollSubscription(xb.database, ctx, id, {
        pageSize: 5,
        ourState: 'XB',
        nodeId: 'xb',
        afterFetch: (page) => {
          if (page === 3) throw new Error('killed');
        },
      });
      assert.equal(crashed.pages, 2);
      const halfway = await subscriptionRow(xb.database.db, id);
      assert.equal(Number(halfway.objects_received), 10, 'two pages stored with their checkpoint');
      assert.ok(halfway.next_cursor, 'mid-listing: the remote cursor is kept');
      assert.equal((await heldAtXb()).length, 10);

      const resumed = await pollSubscription(xb.database, ctx, id, {
        pageSize: 5,
        ourState: 'XB',
        nodeId: 'xb',
      });
      assert.equal(resumed.caughtUp, true, resumed.error);
      assert.deepEqual(await heldAtXb(), [...green].sort(), 'exactly the TLP:CLEAR and TLP:GREEN objects');
      const done = await subscriptionRow(xb.database.db, id);
      assert.equal(Number(done.objects_received), green.length, 'no page stored twice');
      assert.equal(done.next_cursor, null);
      assert.ok(done.added_after, 'caught up: the next poll asks for what is added after');

      // A later poll asks only for what is new.
      net.clock.advance(1000);
      const late = indicator('198.51.100.99', [tlp('green')]);
      await taxiiAs(xa.url, { username: 'ana', password: PASSWORD })(
        'POST',
        '/taxii2/api/collections/inbox/objects/',
        {
          body: JSON.stringify({ objects: [late] }),
        },
      );
      const again = await pollSubscription(xb.database, ctx, id, {
        pageSize: 5,
        ourState: 'XB',
        nodeId: 'xb',
      });
      assert.deepEqual([again.pages, again.received], [1, 1]);
      assert.ok((await heldAtXb()).includes(late.id));
      for (const hidden of withheld) assert.ok(!(await heldAtXb()).includes(hidden));

      // The console's list says where it stands.
      const listed = (await admin('GET', '/api/taxii/subscriptions')).json()[0];
      assert.deepEqual(
        [listed.objectsReceived, listed.failures, listed.lastError, listed.midListing],
        [green.length + 1, 0, null, false],
      );
    });

    test('two pollers never read the same feed at once (the lease is in the database, for every instance)', async () => {
      const [sub] = (await admin('GET', '/api/taxii/subscriptions')).json() as Array<{ id: string }>;
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let fetched: () => void = () => undefined;
      const reading = new Promise<void>((resolve) => {
        fetched = resolve;
      });
      const first = pollSubscription(xb.database, ctx, sub!.id, {
        ourState: 'XB',
        nodeId: 'xb',
        afterFetch: async () => {
          fetched();
          await held;
        },
      });
      await reading;
      const second = await pollSubscription(xb.database, ctx, sub!.id, { ourState: 'XB', nodeId: 'xb' });
      assert.equal(second.error, 'already being polled');
      release();
      assert.equal((await first).error, undefined);
      const after = await pollSubscription(xb.database, ctx, sub!.id, { ourState: 'XB', nodeId: 'xb' });
      assert.equal(after.error, undefined, 'free again once the first finished');
    });

    // [what, how the remote answers, the error, objects kept: only whole pages read before the fault]
    const failing: Array<
      [string, (url: string, res: import('node:http').ServerResponse) => void, RegExp, number]
    > = [
      [
        'garbage',
        (_url, res) => {
          res.writeHead(200, { 'content-type': 'application/taxii+json;version=2.1' });
          res.end('<html>surprise</html>');
        },
        /not JSON/,
        0,
      ],
      [
        'a next that loops',
        (_url, res) => {
          res.writeHead(200, { 'content-type': 'application/taxii+json;version=2.1' });
          res.end(
            JSON.stringify({
              more: true,
              next: 'same-again',
              objects: [indicator('203.0.113.250', [tlp('green')])],
            }),
          );
        },
        /same "next" again/,
        1,
      ],
      [
        'a page far too large',
        (_url, res) => {
          res.writeHead(200, { 'content-type': 'application/taxii+json;version=2.1' });
          res.write('{"objects":[');
          const chunk = `${JSON.stringify(indicator('203.0.113.251', [tlp('green')]))},`;
          for (let i = 0; i < 400; i++) res.write(chunk);
          res.end(`${JSON.stringify(indicator('203.0.113.252', [tlp('green')]))}]}`);
        },
        /more than 65536 bytes/,
        0,
      ],
      ['a stall', () => undefined, /stalled|did not answer/, 0],
      [
        'a refusal',
        (_url, res) => {
          res.writeHead(401, { 'content-type': 'application/taxii+json;version=2.1' });
          res.end(JSON.stringify({ title: 'Authentication required', description: 'who are you?' }));
        },
        /answered 401: Authentication required: who are you\?/,
        0,
      ],
    ];
    for (const [what, handler, error, kept] of failing)
      test(`a remote that sends ${what} is cut off with the subscription's error, no page half-stored`, async () => {
        answer = handler;
        const sub = await subscribe(xb.database, ctx, 'test', {
          title: what,
          collectionUrl: remoteUrl,
          auth: 'token',
          secret: 'cmty_remote',
          intervalMinutes: 10,
        });
        const before = await heldAtXb();
        const result = await pollSubscription(xb.database, ctx, sub.id, {
          ourState: 'XB',
          nodeId: 'xb',
          limits: { timeoutMs: 1500, maxBytes: 65_536 },
        });
        assert.match(result.error ?? '', error);
        assert.equal(
          (await heldAtXb()).length,
          before.length + kept,
          'whole pages only, none after the fault',
        );
        const row = await subscriptionRow(xb.database.db, sub.id);
        assert.match(row.last_error ?? '', error);
        assert.equal(Number(row.failures), 1);
        assert.equal(
          new Date(row.next_poll_at).getTime() - net.clock.now().getTime(),
          10 * 60_000,
          'the next poll waits for the interval, doubling with each failure in a row',
        );
        await pollSubscription(xb.database, ctx, sub.id, {
          ourState: 'XB',
          nodeId: 'xb',
          limits: { timeoutMs: 1500, maxBytes: 65_536 },
        });
        const twice = await subscriptionRow(xb.database.db, sub.id);
        assert.equal(new Date(twice.next_poll_at).getTime() - net.clock.now().getTime(), 20 * 60_000);
      });
  });
