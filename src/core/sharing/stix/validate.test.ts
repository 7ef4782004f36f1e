import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadSharedObjects, SHARED_DIR, STIX_EXAMPLE_FILES } from '../../../../test/support/shared-data.js';
import { INCIDENT_CORE_EXTENSION_ID } from './incident-extension.js';
import { type StixCheck, validateStixObject } from './validate.js';

const ID = '8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f';
const OTHER = '1f1c1a5a-5c2f-4c89-b3b8-3b0a5f2d2b11';
const MARKING = 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421';

function indicator(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'indicator',
    spec_version: '2.1',
    id: `indicator--${ID}`,
    created: '2021-01-01T00:00:00.000Z',
    modified: '2021-01-02T00:00:00.000Z',
    pattern: "[ipv4-addr:value = '198.51.100.7']",
    pattern_type: 'stix',
    valid_from: '2021-01-01T00:00:00Z',
    ...extra,
  };
}

function refused(check: StixCheck): { reason: string; path?: string } {
  assert.equal(check.ok, false, 'expected the object to be refused');
  return check as { reason: string; path?: string };
}

function accepted(check: StixCheck): string[] {
  assert.ok(check.ok, check.ok ? '' : `${check.reason} at ${check.path}`);
  return check.warnings;
}

describe('validateStixObject: identity of the object', () => {
  it('accepts a well-formed indicator without warnings', () => {
    assert.deepEqual(accepted(validateStixObject(indicator())), []);
  });

  it('refuses unknown types, bundles and non-objects, and accepts custom types with a warning', () => {
    assert.match(
      refused(validateStixObject({ ...indicator(), type: 'widget', id: `widget--${ID}` })).reason,
      /unknown type/,
    );
    assert.match(
      refused(validateStixObject({ type: 'bundle', id: `bundle--${ID}`, objects: [] })).reason,
      /container/,
    );
    assert.match(refused(validateStixObject([1])).reason, /JSON object/);
    const custom = {
      type: 'x-acme-widget',
      id: `x-acme-widget--${ID}`,
      spec_version: '2.1',
      created: '2021-01-01T00:00:00Z',
      modified: '2021-01-01T00:00:00Z',
    };
    assert.match(accepted(validateStixObject(custom))[0] ?? '', /custom type x-acme-widget/);
  });

  it('requires the id prefix to equal the type and the UUID to follow RFC 4122', () => {
    assert.deepEqual(refused(validateStixObject(indicator({ id: `malware--${ID}` }))), {
      ok: false,
      id: `malware--${ID}`,
      type: 'indicator',
      reason: "id prefix 'malware' does not match type 'indicator'",
      path: '/id',
    });
    // Version nibble 0 and variant nibble c are outside RFC 4122.
    assert.equal(
      refused(validateStixObject(indicator({ id: 'indicator--8e2e2d2b-17d4-0cbf-938f-98ee46b3cd3f' }))).path,
      '/id',
    );
    assert.equal(
      refused(validateStixObject(indicator({ id: 'indicator--8e2e2d2b-17d4-4cbf-c38f-98ee46b3cd3f' }))).path,
      '/id',
    );
  });

  it('requires spec_version 2.1 on SDOs but not on SCOs', () => {
    const { spec_version: _, ...noVersion } = indicator();
    assert.equal(refused(validateStixObject(noVersion)).path, '/spec_version');
    assert.equal(refused(validateStixObject(indicator({ spec_version: '2.0' }))).path, '/spec_version');
    accepted(validateStixObject({ type: 'ipv4-addr', id: `ipv4-addr--${ID}`, value: '198.51.100.1' }));
  });
});

describe('validateStixObject: timestamps', () => {
  it('names an impossible date precisely', () => {
    assert.deepEqual(refused(validateStixObject(indicator({ created: '2021-02-30T00:00:00Z' }))), {
      ok: false,
      id: `indicator--${ID}`,
      type: 'indicator',
      reason: 'created 2021-02-30T00:00:00Z is not a valid timestamp',
      path: '/created',
    });
  });

  it('requires UTC with Z, and accepts 29 February only in leap years', () => {
    assert.equal(
      refused(validateStixObject(indicator({ created: '2021-01-01T00:00:00+00:00' }))).path,
      '/created',
    );
    assert.equal(
      refused(validateStixObject(indicator({ created: '2021-02-29T00:00:00Z' }))).path,
      '/created',
    );
    accepted(validateStixObject(indicator({ created: '2020-02-29T00:00:00Z' })));
    assert.equal(
      refused(validateStixObject(indicator({ modified: '2021-01-01T24:00:00Z' }))).path,
      '/modified',
    );
  });

  it('requires modified >= created, to sub-millisecond precision', () => {
    assert.match(
      refused(
        validateStixObject(
          indicator({ created: '2021-01-02T00:00:00.0001Z', modified: '2021-01-02T00:00:00Z' }),
        ),
      ).reason,
      /modified .* must be at or after created/,
    );
    accepted(
      validateStixObject(
        indicator({ created: '2021-01-02T00:00:00Z', modified: '2021-01-02T00:00:00.000Z' }),
      ),
    );
  });

  it('requires valid_until strictly after valid_from', () => {
    const check = refused(validateStixObject(indicator({ valid_until: '2021-01-01T00:00:00Z' })));
    assert.equal(check.path, '/valid_until');
  });
});

describe('validateStixObject: required properties and references', () => {
  const base = { spec_version: '2.1', created: '2021-01-01T00:00:00Z', modified: '2021-01-01T00:00:00Z' };
  const cases: Array<[string, Record<string, unknown>, string]> = [
    [
      'relationship',
      { relationship_type: 'uses', source_ref: `malware--${ID}` },
      'relationship requires target_ref',
    ],
    ['sighting', {}, 'sighting requires sighting_of_ref'],
    ['malware', { name: 'x' }, 'malware requires is_family'],
    ['report', { name: 'r', published: '2021-01-01T00:00:00Z' }, 'report requires object_refs'],
    ['note', { content: 'c' }, 'note requires object_refs'],
    ['identity', {}, 'identity requires name'],
    ['incident', {}, 'incident requires name'],
    ['infrastructure', {}, 'infrastructure requires name'],
    ['grouping', { object_refs: [`malware--${ID}`] }, 'grouping requires context'],
    [
      'observed-data',
      { first_observed: '2021-01-01T00:00:00Z', last_observed: '2021-01-01T00:00:00Z' },
      'observed-data requires number_observed',
    ],
    ['marking-definition', {}, 'marking-definition needs definition_type and definition, or extensions'],
  ];
  for (const [type, properties, reason] of cases) {
    it(`${type}: ${reason}`, () => {
      assert.equal(
        refused(validateStixObject({ type, id: `${type}--${ID}`, ...base, ...properties })).reason,
        reason,
      );
    });
  }

  it('checks every *_ref and *_refs value, including nested ones', () => {
    assert.deepEqual(
      refused(
        validateStixObject(indicator({ extensions: { 'x-ext': { sample_refs: [`file--${ID}`, 'nope'] } } })),
      ).path,
      '/extensions/x-ext/sample_refs/1',
    );
    assert.match(
      refused(validateStixObject(indicator({ created_by_ref: `malware--${ID}` }))).reason,
      /must be an identity/,
    );
    assert.equal(
      refused(validateStixObject(indicator({ object_marking_refs: [`identity--${ID}`] }))).path,
      '/object_marking_refs/0',
    );
  });

  it('only warns about bad references in custom properties (ATT&CK ships empty ones)', () => {
    assert.match(
      accepted(validateStixObject(indicator({ x_mitre_data_source_ref: '' })))[0] ?? '',
      /x_mitre_data_source_ref/,
    );
  });

  it('calls a relationship to itself a circular reference', () => {
    const loop = { type: 'relationship', id: `relationship--${ID}`, ...base, relationship_type: 'uses' };
    assert.match(
      refused(
        validateStixObject({ ...loop, source_ref: `malware--${OTHER}`, target_ref: `malware--${OTHER}` }),
      ).reason,
      /circular reference/,
    );
    assert.match(
      refused(
        validateStixObject({ ...loop, source_ref: `relationship--${ID}`, target_ref: `malware--${OTHER}` }),
      ).reason,
      /circular reference/,
    );
    accepted(validateStixObject({ ...loop, source_ref: `malware--${ID}`, target_ref: `malware--${OTHER}` }));
  });
});

describe('validateStixObject: patterns, markings, extensions and limits', () => {
  it('refuses a STIX pattern that does not parse, with the offset', () => {
    assert.equal(
      refused(validateStixObject(indicator({ pattern: "[ipv4-addr:value = '1.2.3.4'" }))).reason,
      "pattern does not parse at offset 28: expected ']' but found end of pattern",
    );
  });

  it('accepts other pattern languages with a warning that they are not checked', () => {
    for (const language of ['snort', 'yara', 'sigma', 'suricata', 'pcre']) {
      assert.match(
        accepted(validateStixObject(indicator({ pattern_type: language, pattern: 'anything' })))[0] ?? '',
        /not checked/,
      );
    }
  });

  it('requires granular selectors to resolve, and marking_ref or lang', () => {
    const ok = indicator({
      description: 'd',
      granular_markings: [{ selectors: ['description', 'pattern'], marking_ref: MARKING }],
    });
    accepted(validateStixObject(ok));
    const missing = indicator({ granular_markings: [{ selectors: ['description'], marking_ref: MARKING }] });
    assert.equal(refused(validateStixObject(missing)).path, '/granular_markings/0/selectors/0');
    const outOfRange = indicator({
      labels: ['a'],
      granular_markings: [{ selectors: ['labels.[1]'], lang: 'en' }],
    });
    assert.match(refused(validateStixObject(outOfRange)).reason, /does not resolve/);
    const empty = indicator({ granular_markings: [{ selectors: [], marking_ref: MARKING }] });
    assert.match(refused(validateStixObject(empty)).reason, /non-empty/);
    const neither = indicator({ granular_markings: [{ selectors: ['pattern'] }] });
    assert.match(refused(validateStixObject(neither)).reason, /exactly one of marking_ref and lang/);
  });

  it('accepts the incident core extension and checks its property kinds', () => {
    const incident = (body: Record<string, unknown>) => ({
      type: 'incident',
      spec_version: '2.1',
      id: `incident--${ID}`,
      created: '2021-01-01T00:00:00Z',
      modified: '2021-01-01T00:00:00Z',
      name: 'Ransomware at the ministry',
      extensions: { [INCIDENT_CORE_EXTENSION_ID]: { extension_type: 'property-extension', ...body } },
    });
    accepted(
      validateStixObject(
        incident({ determination: 'confirmed', criticality: 80, impact_refs: [`impact--${ID}`] }),
      ),
    );
    assert.equal(
      refused(validateStixObject(incident({ criticality: 'high' }))).path,
      `/extensions/${INCIDENT_CORE_EXTENSION_ID}/criticality`,
    );
  });

  it('warns about external reference URLs padded with spaces', () => {
    const warnings = accepted(
      validateStixObject(
        indicator({ external_references: [{ source_name: 's', url: ' https://example.org/a' }] }),
      ),
    );
    assert.match(warnings[0] ?? '', /\/external_references\/0\/url has leading or trailing spaces/);
  });

  it('refuses long strings and deep nesting with the path, without overflowing the stack', () => {
    const long = refused(
      validateStixObject(indicator({ description: 'é'.repeat(600) }), { maxStringBytes: 1000 }),
    );
    assert.deepEqual([long.reason, long.path], ['string longer than 1000 bytes', '/description']);
    accepted(validateStixObject(indicator({ description: 'é'.repeat(500) }), { maxStringBytes: 1000 }));
    let deep: unknown = 'bottom';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    const check = refused(validateStixObject(indicator({ x_deep: deep })));
    assert.equal(check.reason, 'nested deeper than 32 levels');
    assert.ok(check.path?.startsWith('/x_deep/0/0'));
  });
});

describe('validateStixObject on real data', async () => {
  const capec = await loadSharedObjects('data/capec/capec-2.1.json');
  const attack = await loadSharedObjects('data/attack-ics/ics-attack-18.1.json');
  const examples = await Promise.all(STIX_EXAMPLE_FILES.map(loadSharedObjects));
  const skip =
    !capec || !attack || examples.includes(undefined) ? `no shared data at ${SHARED_DIR.pathname}` : false;

  it('accepts all of CAPEC, warning about exactly the two padded URLs', { skip }, () => {
    const warned = (capec ?? []).filter((object) =>
      accepted(validateStixObject(object)).some((w) => w.includes('spaces')),
    );
    assert.equal(warned.length, 2);
  });

  it('accepts all of ATT&CK for ICS and the OASIS examples', { skip }, () => {
    for (const object of [...(attack ?? []), ...examples.flat()]) accepted(validateStixObject(object));
  });
});
