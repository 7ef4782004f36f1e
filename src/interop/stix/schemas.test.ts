/**
 * Every object Comity emits validates against the official OASIS STIX 2.1 JSON schemas: a store
 * holding one object of each supported type (our fixtures plus the OASIS examples) is exported,
 * and each exported object is checked against the schema of its type. The schemas live outside
 * the repository: set COMITY_STIX_SCHEMAS to a folder with `schemas/` (CI points it at
 * ../shared/stix2-json-schemas).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { createTestDatabase } from '../../../test/support/databases.js';
import {
  jsonFiles,
  loadSchemas,
  SCHEMAS,
  SCHEMAS_DIR,
  schemaFor,
  schemasSkip,
} from '../../../test/support/stix-schemas.js';
import { ManualClock } from '../../core/clock.js';
import type { Database } from '../../storage/database.js';
import { exportStixBundle } from './export.js';
import { importStixFile } from './import.js';

const DIR = SCHEMAS_DIR;
const skip = schemasSkip;
const FIXTURE = join(import.meta.dirname, 'fixtures/one-of-each.json');
const ctx = {
  actor: { type: 'system' as const, id: 'test' },
  requestId: null,
  clock: new ManualClock('2026-03-01T10:00:00.000Z'),
};
const origin = {
  originOrganisation: 'xa-cert',
  originState: 'XA',
  recipientOrganisations: [],
  recipientStates: [],
  namedRecipients: [],
};

let handle: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
let database: Database;

before(async () => {
  if (skip) return;
  handle = await createTestDatabase('sqlite');
  database = handle.database;
});
after(async () => {
  await handle?.dispose();
});

test('every exported object validates against the official schema of its type', { skip }, async () => {
  const { ajv, byPath } = loadSchemas(SCHEMAS!);
  const examples = join(DIR!, 'examples');
  for (const file of [FIXTURE, ...(existsSync(examples) ? jsonFiles(examples) : [])]) {
    const report = await importStixFile(database, file, { ctx });
    assert.equal(
      report.rejected,
      0,
      `${file}: ${JSON.stringify(report.objects.find((o) => o.status === 'rejected'))}`,
    );
  }
  const { bundle, summary } = await exportStixBundle(database, {
    selection: {},
    audience: { kind: 'user', organisation: 'xa-cert', state: 'XA' },
    localContext: origin,
  });
  assert.equal(summary.withheld, 0);
  const parsed = JSON.parse(bundle) as {
    type: string;
    id: string;
    objects: Array<{ type: string; id: string }>;
  };
  assert.equal(parsed.type, 'bundle');
  assert.match(parsed.id, /^bundle--[0-9a-f-]{36}$/);

  const fixtureTypes = new Set(
    (JSON.parse(readFileSync(FIXTURE, 'utf8')) as { objects: Array<{ type: string }> }).objects.map(
      (o) => o.type,
    ),
  );
  const checked = new Set<string>();
  const failures: string[] = [];
  const validators = new Map<string, ValidateFunction>();
  for (const object of parsed.objects) {
    let validate = validators.get(object.type);
    if (!validate) {
      validate = ajv.getSchema(schemaFor(object.type, byPath))!;
      validators.set(object.type, validate);
    }
    const objectId = object.id;
    if (!validate(object)) failures.push(`${objectId}: ${ajv.errorsText(validate.errors)}`);
    checked.add(object.type);
  }
  assert.deepEqual(failures, []);
  // The check can fail: an indicator without its pattern is refused by the same schemas.
  const indicator = parsed.objects.find((o) => o.type === 'indicator')!;
  const { pattern: _dropped, ...broken } = indicator as Record<string, unknown>;
  assert.equal(validators.get('indicator')!(broken), false);
  for (const type of fixtureTypes) assert.ok(checked.has(type), `no ${type} was exported`);
  assert.ok(checked.size >= 43, `${checked.size} types checked`);
});
