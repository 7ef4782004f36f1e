import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateStixObject } from '../stix/validate.js';
import { classifyMarking } from './classify.js';
import {
  COMITY_MARKING_NAMESPACE,
  PAP_LEVELS,
  PAP_MARKING_IDS,
  papFromLabel,
  papMarkingDefinition,
  TLP_1_MARKING_IDS,
  TLP_LEVELS,
  TLP_MARKING_IDS,
  tlpFromLabel,
  tlpMarkingDefinition,
  tlpOfStandardId,
} from './tlp.js';
import { URL_NAMESPACE, uuidV5 } from './uuid-v5.js';

describe('TLP marking-definitions', () => {
  it('publishes the TLP 2.0 objects as valid STIX, one per level', () => {
    for (const tlp of TLP_LEVELS) {
      const definition = tlpMarkingDefinition(tlp);
      assert.equal(definition.id, TLP_MARKING_IDS[tlp]);
      const check = validateStixObject(definition);
      assert.ok(check.ok, check.ok ? '' : check.reason);
      assert.deepEqual(classifyMarking(definition.id, new Map()), { kind: 'tlp', tlp });
    }
  });

  it('maps the TLP 1.0 ids to their 2.0 levels, WHITE to CLEAR', () => {
    assert.equal(tlpOfStandardId(TLP_1_MARKING_IDS.white), 'clear');
    assert.equal(tlpOfStandardId(TLP_1_MARKING_IDS.green), 'green');
    assert.equal(tlpOfStandardId(TLP_1_MARKING_IDS.amber), 'amber');
    assert.equal(tlpOfStandardId(TLP_1_MARKING_IDS.red), 'red');
  });

  it('reads TLP labels and MISP tags', () => {
    assert.equal(tlpFromLabel('TLP:AMBER+STRICT'), 'amber+strict');
    assert.equal(tlpFromLabel('tlp:white'), 'clear');
    assert.equal(tlpFromLabel('tlp:"red"'), 'red');
    assert.equal(tlpFromLabel('tlp:ex:chr'), undefined);
    assert.equal(tlpFromLabel('PAP:RED'), undefined);
  });
});

describe('PAP marking-definitions', () => {
  it('have ids that are UUIDv5 of PAP:<LEVEL> in the Comity namespace', () => {
    assert.equal(uuidV5(URL_NAMESPACE, 'urn:comity:marking-definition'), COMITY_MARKING_NAMESPACE);
    for (const pap of PAP_LEVELS) {
      assert.equal(
        PAP_MARKING_IDS[pap],
        `marking-definition--${uuidV5(COMITY_MARKING_NAMESPACE, `PAP:${pap.toUpperCase()}`)}`,
      );
      const definition = papMarkingDefinition(pap);
      const check = validateStixObject(definition);
      assert.ok(check.ok, check.ok ? '' : check.reason);
      assert.deepEqual(classifyMarking(definition.id, new Map()), { kind: 'pap', pap });
    }
  });

  it('computes RFC 4122 version-5 UUIDs (the RFC test name)', () => {
    assert.equal(
      uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com'),
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('recognises MISP-style PAP labels case-insensitively, WHITE as CLEAR', () => {
    assert.equal(papFromLabel('PAP:GREEN'), 'green');
    assert.equal(papFromLabel('pap:amber'), 'amber');
    assert.equal(papFromLabel('PAP:WHITE'), 'clear');
    assert.equal(papFromLabel('PAP:GREENISH'), undefined);
    assert.equal(papFromLabel('TLP:GREEN'), undefined);
  });
});

describe('classifyMarking', () => {
  const id = 'marking-definition--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061';
  const known = (definition: Record<string, unknown>) =>
    new Map([
      [
        id,
        {
          type: 'marking-definition',
          id,
          spec_version: '2.1',
          created: '2021-01-01T00:00:00Z',
          ...definition,
        },
      ],
    ]);

  it('fails closed on unknown ids and on kinds it cannot enforce', () => {
    assert.match(classifyMarking(id, new Map()).kind, /unusable/);
    const odd = classifyMarking(
      id,
      known({ definition_type: 'x-acme-classification', definition: { level: 'secret' } }),
    );
    assert.equal(odd.kind, 'unusable');
    assert.match((odd as { reason: string }).reason, /x-acme-classification/);
    assert.equal(
      classifyMarking(id, known({ definition_type: 'tlp', definition: { tlp: 'purple' } })).kind,
      'unusable',
    );
  });

  it('reads foreign TLP, statement and PAP statement markings', () => {
    assert.deepEqual(classifyMarking(id, known({ definition_type: 'tlp', definition: { tlp: 'white' } })), {
      kind: 'tlp',
      tlp: 'clear',
    });
    assert.deepEqual(
      classifyMarking(
        id,
        known({ definition_type: 'statement', definition: { statement: 'Copyright 2021 ACME' } }),
      ),
      {
        kind: 'statement',
        statement: 'Copyright 2021 ACME',
      },
    );
    assert.deepEqual(
      classifyMarking(id, known({ definition_type: 'statement', definition: { statement: 'PAP:RED' } })),
      {
        kind: 'pap',
        pap: 'red',
      },
    );
  });

  it('does not let a look-alike object redefine a standard id', () => {
    const red = TLP_MARKING_IDS.red;
    const fake = new Map([[red, { ...tlpMarkingDefinition('clear'), id: red }]]);
    assert.deepEqual(classifyMarking(red, fake), { kind: 'tlp', tlp: 'red' });
  });
});
