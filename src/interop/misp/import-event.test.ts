/**
 * The streamed MISP event import: the same event gives the same result whole or cut into
 * chunks of any size; tags written after the attributes (as MISP writes them) still mark the
 * attributes; bad elements are reported one by one; an input that is not an event writes
 * nothing. On SQLite and PostgreSQL.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { TLP_MARKING_IDS } from '../../core/sharing/markings/tlp.js';
import { isDomainError } from '../../core/errors.js';
import { countCurrentByType, getCurrentStixObject } from '../../storage/sharing/read-objects.js';
import { forEachDialect } from '../../../test/support/databases.js';
import { MispEventScanner } from './event-reader.js';
import { importMispEvent } from './import-event.js';

const FIXTURE = readFileSync(join(import.meta.dirname, 'fixtures', 'ransomware-event.json'));
const ctx = {
  actor: { type: 'system' as const, id: 'test' },
  requestId: null,
  clock: { now: () => new Date('2026-12-01T10:00:00Z') },
};

/** Cuts bytes into chunks of `size`, so every boundary case of the scanner is crossed. */
const chunked = (bytes: Buffer, size: number) => () => {
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) parts.push(bytes.subarray(i, i + size));
  return parts;
};

/** What the scanner hands out, joined, for comparing cuts. */
function scan(bytes: Buffer, size: number) {
  const scanner = new MispEventScanner();
  const elements: string[] = [];
  for (const part of chunked(bytes, size)())
    for (const e of scanner.push(part, true))
      elements.push(e.kind === 'element' ? `${e.list}:${e.text}` : e.reason);
  assert.equal(scanner.end(), undefined);
  return { elements, header: scanner.header() };
}

test('the scanner reads the same elements and header whatever the chunk size', () => {
  const whole = scan(FIXTURE, FIXTURE.length);
  assert.equal(whole.elements.length, 12, '10 attributes and 2 objects');
  assert.deepEqual(whole.header.Attribute, []);
  assert.deepEqual(whole.header.Object, []);
  assert.equal(whole.header.info, JSON.parse(FIXTURE.toString()).Event.info);
  for (const size of [1, 2, 3, 7, 64, 1000])
    assert.deepEqual(scan(FIXTURE, size), whole, `chunks of ${size}`);
});

test('a bare event (without {"Event": …}) is read the same', () => {
  const bare = Buffer.from(JSON.stringify(JSON.parse(FIXTURE.toString()).Event));
  const { elements, header } = scan(bare, 5);
  assert.equal(elements.length, 12);
  assert.equal(header.uuid, JSON.parse(FIXTURE.toString()).Event.uuid);
});

function bigEvent(attributes: number, tagsLast = true) {
  const uuid = randomUUID();
  const list = Array.from({ length: attributes }, (_, i) => ({
    uuid: randomUUID(),
    type: i % 3 === 0 ? 'ip-dst' : i % 3 === 1 ? 'domain' : 'weird-new-type',
    category: 'Network activity',
    value: i % 3 === 0 ? `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` : `host${i}.example.org`,
    to_ids: i % 2 === 0,
  }));
  const head = { uuid, info: 'Campaign with many indicators', date: '2026-11-30', timestamp: '1764500000' };
  const tags = { Tag: [{ name: 'tlp:amber' }] };
  const event = tagsLast ? { ...head, Attribute: list, ...tags } : { ...head, ...tags, Attribute: list };
  return { uuid, list, bytes: Buffer.from(JSON.stringify({ Event: event })) };
}

forEachDialect('MISP event import, streamed', (t) => {
  test('tags written after the attributes mark them; types without STIX are notes; batches hold the memory', async () => {
    const { uuid, list, bytes } = bigEvent(2500);
    const result = await importMispEvent(t.database, chunked(bytes, 4096), { ctx, batchSize: 300 });
    assert.deepEqual(result.attributes, { total: 2500, converted: 1667, keptAsNote: 833, refused: 0 });
    assert.equal(result.stix.rejected, 0);
    assert.equal(result.stix.accepted, 2501, 'every attribute and the report');
    assert.equal(result.stix.objects.length, 0, 'a clean import lists no outcome');
    assert.equal(result.outcomes.length, 833, 'the notes are listed with their reason');
    const first = await getCurrentStixObject(t.database, `indicator--${list[0]!.uuid}`);
    assert.deepEqual(first?.object.object_marking_refs, [TLP_MARKING_IDS.amber]);
    const report = await getCurrentStixObject(t.database, `report--${uuid}`);
    assert.equal((report!.object.object_refs as string[]).length, 2500);
    const again = await importMispEvent(t.database, chunked(bytes, 65536), { ctx });
    assert.deepEqual(
      [again.stix.accepted, again.stix.unchanged],
      [0, 2501],
      'importing it again changes nothing',
    );
  });

  test('an attribute that cannot be read is refused on its own, with the reason; the rest go in', async () => {
    const uuid = randomUUID();
    const good = {
      uuid: randomUUID(),
      type: 'domain',
      category: 'Network activity',
      value: 'ok.example',
      to_ids: true,
    };
    const text = `{"Event":{"uuid":"${uuid}","info":"mixed","Attribute":[${JSON.stringify(good)},"just text",{"uuid":"x","type":"ip-dst","value":"1.2.3.4","category":"Network activity"},{"type":"ip-dst","uuid":"${randomUUID()}","category":"Network activity","value":""}],"Object":[{"name":"ip-port","uuid":"${randomUUID()}","Attribute":[{"uuid":"${randomUUID()}","type":"port","category":"Network activity","value":"443"}]}, 17]}}`;
    const result = await importMispEvent(t.database, () => [Buffer.from(text)], { ctx });
    assert.deepEqual(result.attributes, { total: 6, converted: 1, keptAsNote: 1, refused: 4 });
    const reasons = result.outcomes
      .filter((o) => o.status === 'refused')
      .map((o) => o.status === 'refused' && o.reason);
    assert.deepEqual(reasons, [
      'the attribute is not a JSON object',
      'the attribute has no valid uuid',
      'the attribute has no value',
      'the MISP object is not a JSON object',
    ]);
    assert.ok(await getCurrentStixObject(t.database, `indicator--${good.uuid}`));
  });

  for (const [input, reason] of [
    ['', 'not a MISP event: the input is empty: expected a MISP event'],
    ['[1,2]', "not a MISP event: expected a MISP event (a JSON object), found '[' at byte 0"],
    ['{"Event":{"info":"no uuid","Attribute":[]}}', 'not a MISP event: the event has no valid "uuid"'],
    [
      `{"Event":{"uuid":"${randomUUID()}","Attribute":[{"uuid":1}`,
      'not a MISP event: the event ends before it is closed (byte 79)',
    ],
    [`{"Event":{"uuid":"${randomUUID()}","Tag":"tlp:red"}}`, 'not a MISP event: "Tag" must be a list'],
  ] as const) {
    test(`${JSON.stringify(input).slice(0, 40)} is refused whole, and nothing is written`, async () => {
      const before = await countCurrentByType(t.database);
      await assert.rejects(
        importMispEvent(t.database, () => [Buffer.from(input)], { ctx }),
        (error) => isDomainError(error) && error.code === 'misp_bad_event' && error.message === reason,
      );
      assert.deepEqual(await countCurrentByType(t.database), before);
    });
  }
});
