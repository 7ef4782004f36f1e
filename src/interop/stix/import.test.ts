/**
 * The lenient importer: real bundles from ../shared, hand-made hostile ones, batches that fail
 * at the database, idempotent re-imports and the audit trail, on both engines.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { sql } from 'kysely';
import { forEachDialect } from '../../../test/support/databases.js';
import { ManualClock } from '../../core/clock.js';
import type { CommandContext } from '../../core/context.js';
import { countAudit, listAudit } from '../../storage/audit/audit-log.js';
import type { Database } from '../../storage/database.js';
import { lookupObservable } from '../../storage/sharing/observable-index.js';
import { getCurrentStixObject } from '../../storage/sharing/read-objects.js';
import { importStix, importStixFile } from './import.js';
import type { ImportReport } from './import-report.js';

const SHARED = join(import.meta.dirname, '../../../../shared');
const DATA = join(SHARED, 'data');
const EXAMPLES = join(SHARED, 'stix2-json-schemas/examples');
const ctx: CommandContext = {
  actor: { type: 'user', id: 'analyst' },
  requestId: 'req-import',
  clock: new ManualClock('2026-03-01T10:00:00.000Z'),
};

let serial = 0;
function uuid(): string {
  serial++;
  return `8e2e2d2b-17d4-4cbf-938f-${serial.toString(16).padStart(12, '0')}`;
}

function indicator(extra: Record<string, unknown> = {}) {
  return {
    type: 'indicator',
    spec_version: '2.1',
    id: `indicator--${uuid()}`,
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    pattern: `[ipv4-addr:value = '203.0.113.${serial % 250}']`,
    pattern_type: 'stix',
    valid_from: '2026-01-01T00:00:00Z',
    ...extra,
  };
}

async function* chunks(text: string, size = 64 * 1024): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function rowCounts(database: Database) {
  const count = async (table: 'stix_objects' | 'observables') =>
    Number(
      (
        await database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    objects: await count('stix_objects'),
    observables: await count('observables'),
    audit: await countAudit(database),
  };
}

function rejections(report: ImportReport) {
  return report.objects.flatMap((o) => (o.status === 'rejected' ? [o] : []));
}

forEachDialect('STIX import', (t) => {
  test("a new version of a peer's object is refused: only its originator issues versions", async () => {
    const fromPeer = indicator();
    const bundle = (objects: unknown[]) =>
      JSON.stringify({ type: 'bundle', id: `bundle--${uuid()}`, objects });
    const received = await importStix(t.database, chunks(bundle([fromPeer])), { ctx, source: 'xb' });
    assert.equal(received.accepted, 1);
    const before = await rowCounts(t.database);
    const changed = { ...fromPeer, modified: '2026-02-01T00:00:00.000Z', name: 'renamed here' };
    const local = await importStix(t.database, chunks(bundle([fromPeer, changed])), { ctx });
    assert.deepEqual(
      local.objects.map((o) => o.status),
      ['unchanged', 'rejected'],
      'the same version is recognised; a new one is refused',
    );
    const refusal = rejections(local)[0]!;
    assert.equal(refusal.code, 'not_originator');
    assert.match(refusal.reason, /held from peer xb/);
    assert.deepEqual(await rowCounts(t.database), before, 'nothing written');
  });

  test('hostile objects are rejected one by one with their reasons while the rest imports', async () => {
    const good = [indicator(), indicator(), indicator()];
    const self = `relationship--${uuid()}`;
    const malware = `malware--${uuid()}`;
    const deep = `{"type":"note","id":"note--${uuid()}","x":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const huge = `{"type":"note","id":"note--${uuid()}","content":"${'A'.repeat(50 * 1024 * 1024)}"}`;
    const parts = [
      JSON.stringify(good[0]),
      JSON.stringify(indicator({ id: 'indicator--not-a-uuid' })),
      JSON.stringify(indicator({ modified: '2026-13-45T00:00:00Z' })),
      JSON.stringify({ ...indicator(), type: 'threat-thing', id: `threat-thing--${uuid()}` }),
      JSON.stringify(indicator({ pattern: "[ipv4-addr:value = '198.51.100.1'" })),
      JSON.stringify({
        type: 'relationship',
        spec_version: '2.1',
        id: self,
        created: '2026-01-01T00:00:00.000Z',
        modified: '2026-01-01T00:00:00.000Z',
        relationship_type: 'related-to',
        source_ref: malware,
        target_ref: malware,
      }),
      huge,
      JSON.stringify(good[1]),
      deep,
      `{"type":"indicator","id":"indicator--${uuid()}","name": tru }`,
      '42',
      JSON.stringify(good[2]),
    ];
    const text = `{"type":"bundle","id":"bundle--${uuid()}","objects":[${parts.join(',')}]}`;
    const progress: number[] = [];
    const report = await importStix(t.database, chunks(text, 1024 * 1024), {
      ctx,
      totalBytes: text.length,
      onProgress: (read, total) => {
        assert.equal(total, text.length);
        progress.push(read);
      },
    });
    assert.equal(report.stopped, undefined);
    assert.equal(report.total, parts.length);
    assert.equal(report.accepted, 3);
    assert.deepEqual(
      rejections(report).map((r) => [r.index, r.code]),
      [
        [1, 'invalid'],
        [2, 'invalid'],
        [3, 'invalid'],
        [4, 'invalid'],
        [5, 'invalid'],
        [6, 'too_large'],
        [8, 'too_deep'],
        [9, 'malformed'],
        [10, 'invalid'],
      ],
    );
    const reasons = rejections(report).map((r) => r.reason);
    assert.match(reasons[0]!, /not a valid STIX identifier/);
    assert.match(reasons[1]!, /not a valid timestamp/);
    assert.match(reasons[2]!, /unknown type/);
    assert.match(reasons[3]!, /pattern/);
    assert.match(reasons[4]!, /to itself/);
    assert.match(reasons[5]!, /larger than 10 MiB/);
    assert.match(reasons[6]!, /nested deeper/);
    assert.match(reasons[7]!, /malformed JSON/);
    assert.equal(rejections(report)[7]!.type, 'indicator');
    assert.deepEqual(
      progress,
      [...progress].sort((a, b) => a - b),
    );
    assert.equal(progress.at(-1), Buffer.byteLength(text));
    for (const g of good) assert.ok(await getCurrentStixObject(t.database, g.id), g.id);
  });

  test('re-importing the same bundle changes nothing and writes no audit event', async () => {
    const objects = Array.from({ length: 25 }, () => indicator());
    const text = JSON.stringify({ type: 'bundle', id: `bundle--${uuid()}`, objects });
    const first = await importStix(t.database, chunks(text, 100), { ctx, batchSize: 10 });
    assert.equal(first.accepted, 25);
    assert.equal(first.auditedBatches, 3);
    const before = await rowCounts(t.database);
    const again = await importStix(t.database, chunks(text, 100), { ctx, batchSize: 10 });
    assert.equal(again.unchanged, 25);
    assert.equal(again.auditedBatches, 0);
    assert.deepEqual(await rowCounts(t.database), before);
    const events = await listAudit(t.database, { action: 'stix.import', subjectId: first.importId });
    assert.deepEqual(
      events.map((e) => [e.details.batch, e.details.created]),
      [
        ['1', 10],
        ['2', 10],
        ['3', 5],
      ],
    );
    assert.match(String(events[0]!.details.versionsDigest), /^[0-9a-f]{64}$/);
  });

  test('a newer version replaces the observables; a different object under the same version is refused', async () => {
    const first = indicator();
    const newer = {
      ...first,
      modified: '2026-02-01T00:00:00.000Z',
      pattern: "[domain-name:value = 'Evil.Example.COM']",
    };
    const clash = { ...first, name: 'same version, other content' };
    const report = await importStix(t.database, chunks(JSON.stringify([first, newer, clash])), { ctx });
    assert.deepEqual(
      report.objects.map((o) =>
        o.status === 'accepted' ? o.change : o.status === 'rejected' ? o.code : o.status,
      ),
      ['created', 'updated', 'version_conflict'],
    );
    const matches = await lookupObservable(t.database, { kind: 'domain', value: 'evil.example.com' });
    assert.deepEqual(
      matches.map((m) => m.subjectId),
      [first.id],
    );
  });

  test('when the database refuses a batch, its objects are retried one by one and only the culprit fails', async () => {
    const objects = Array.from({ length: 6 }, () => indicator());
    const culprit = objects[3]!.id;
    if (t.dialect === 'sqlite') {
      await sql
        .raw(
          `create trigger refuse_one before insert on stix_objects when new.id = '${culprit}' begin select raise(abort, 'refused by test trigger'); end`,
        )
        .execute(t.database.db);
    } else {
      await sql
        .raw(
          `create function refuse_one() returns trigger language plpgsql as $$ begin if new.id = '${culprit}' then raise exception 'refused by test trigger'; end if; return new; end $$`,
        )
        .execute(t.database.db);
      await sql
        .raw(
          'create trigger refuse_one before insert on stix_objects for each row execute function refuse_one()',
        )
        .execute(t.database.db);
    }
    try {
      const before = await rowCounts(t.database);
      const report = await importStix(t.database, chunks(JSON.stringify(objects)), { ctx, batchSize: 100 });
      assert.equal(report.accepted, 5);
      assert.deepEqual(
        rejections(report).map((r) => [r.id, r.code]),
        [[culprit, 'database_error']],
      );
      assert.match(rejections(report)[0]!.reason, /refused by test trigger/);
      const after = await rowCounts(t.database);
      // Five objects, each with its one observable, each retried alone with its own audit event.
      assert.deepEqual(after, {
        objects: before.objects + 5,
        observables: before.observables + 5,
        audit: before.audit + 5,
      });
      assert.deepEqual(
        await lookupObservable(t.database, { kind: 'ipv4', value: objects[3]!.pattern.slice(19, -2) }),
        [],
      );
    } finally {
      await sql
        .raw('drop trigger refuse_one' + (t.dialect === 'postgres' ? ' on stix_objects' : ''))
        .execute(t.database.db);
    }
  });

  test('a truncated bundle keeps what came before and says where reading stopped', async () => {
    const objects = [indicator(), indicator()];
    const text = JSON.stringify({ type: 'bundle', objects }).slice(0, -20);
    const report = await importStix(t.database, chunks(text), { ctx });
    assert.equal(report.accepted, 1);
    assert.match(report.stopped ?? '', /ends before the bundle is closed/);
  });
});

const noData = existsSync(DATA) ? false : 'skipped: ../shared/data not found';

forEachDialect('STIX import of public data sets', (t) => {
  test('ATT&CK for ICS and CAPEC import; the two CAPEC URLs with a leading space pass with a warning', {
    skip: noData,
  }, async () => {
    const attack = await importStixFile(t.database, join(DATA, 'attack-ics/ics-attack-18.1.json'), { ctx });
    assert.equal(attack.total, 1826);
    assert.equal(attack.stopped, undefined);
    assert.equal(attack.accepted + attack.rejected, 1826);
    for (const r of rejections(attack))
      assert.ok(r.reason.length > 0 && r.code === 'invalid', JSON.stringify(r));
    assert.ok(
      attack.accepted >= 1800,
      `${attack.rejected} ATT&CK objects rejected: ${JSON.stringify(rejections(attack)[0])}`,
    );

    const capec = await importStixFile(t.database, join(DATA, 'capec/capec-2.1.json'), { ctx });
    assert.equal(capec.total, 2683);
    assert.equal(capec.accepted, 2683);
    const warned = capec.objects.flatMap((o) =>
      o.status === 'accepted' && o.warnings.length > 0 ? [o] : [],
    );
    assert.deepEqual(warned.map((o) => o.id).sort(), [
      'attack-pattern--c9b31907-c466-4325-af55-c418aea8b964',
      'attack-pattern--ea2e5cbd-8278-4f8a-b56b-3cfb955d2366',
    ]);
    for (const o of warned) assert.match(o.warnings.join(' '), /url/);

    const before = await rowCounts(t.database);
    const again = await importStixFile(t.database, join(DATA, 'capec/capec-2.1.json'), { ctx });
    assert.equal(again.unchanged, 2683);
    assert.deepEqual(await rowCounts(t.database), before);
  });

  test('the OASIS examples import without rejections', {
    skip: existsSync(EXAMPLES) ? false : 'skipped: ../shared/stix2-json-schemas/examples not found',
  }, async () => {
    const files = readdirSync(EXAMPLES, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.json') && statSync(join(EXAMPLES, f)).isFile());
    assert.ok(files.length >= 8);
    let total = 0;
    for (const file of files) {
      const report = await importStixFile(t.database, join(EXAMPLES, file), { ctx });
      assert.equal(report.rejected, 0, `${file}: ${JSON.stringify(rejections(report)[0])}`);
      assert.equal(report.stopped, undefined, file);
      total += report.total;
    }
    assert.ok(total >= 250, `${total} objects`);
  });
});
