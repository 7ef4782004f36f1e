import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { DAY, HOUR, ManualClock } from '../../core/clock.js';
import {
  type Actor,
  type AnyRequestCommand,
  decide,
  decideDataUse,
  evaluateDualCriminality,
  fold,
  INSTRUMENT_IDS,
  type RequestEvent,
  reviewRequest,
  validateRegimePack,
} from '../../core/legal/index.js';
import { checkRegimeDir, DEFAULT_REGIMES_DIR, loadRegimeRegistry, RegimeLoadError } from './regime-files.js';

const REGIMES = ['budapest-2001', 'eu-eio-2014-41', 'eu-epor-2023-1543', 'uncc-2024'];

describe('regime files on disk', () => {
  it('load without a single problem', () => {
    assert.deepEqual(checkRegimeDir(), []);
    const registry = loadRegimeRegistry();
    assert.deepEqual(registry.regimeIds(), REGIMES);
    assert.deepEqual(registry.stateCodes(), ['XA', 'XB', 'XC', 'XD']);
  });

  it('describe every instrument in every regime, available or not', () => {
    const registry = loadRegimeRegistry();
    for (const regime of REGIMES) {
      for (const id of INSTRUMENT_IDS) {
        const inst = registry.instrument(regime, id);
        assert.ok(inst, `${regime} lacks ${id}`);
      }
    }
  });

  it('give every value a source and a confidence', () => {
    for (const regime of REGIMES) {
      const obj = parse(readFileSync(join(DEFAULT_REGIMES_DIR, `${regime}.yaml`), 'utf8')) as unknown;
      const missing: string[] = [];
      walk(obj, '', (node, path) => {
        const needs =
          'value' in node ||
          /\/(grounds|fields|deadlines|extensions|reminders|discriminationScreening)\/\d+$/.test(path) ||
          /\/(dualCriminality|acknowledgement)$/.test(path);
        if (needs && (typeof node['source'] !== 'string' || typeof node['confidence'] !== 'string'))
          missing.push(path);
      });
      assert.deepEqual(missing, [], `${regime}: values without provenance`);
    }
  });
});

describe('a broken pack', () => {
  it('fails validation when one value lacks its source, naming the path', () => {
    const obj = parse(readFileSync(join(DEFAULT_REGIMES_DIR, 'uncc-2024.yaml'), 'utf8')) as {
      instruments: { preservation: { deadlines: { source?: string }[] } };
    };
    delete obj.instruments.preservation.deadlines[0]!.source;
    const result = validateRegimePack(obj, 'uncc-2024.yaml');
    assert.equal(result.ok, false);
    assert.ok(!result.ok);
    assert.deepEqual(result.problems, [
      {
        file: 'uncc-2024.yaml',
        path: '/instruments/preservation/deadlines/0',
        reason: "missing required property 'source'",
      },
    ]);
  });

  it('makes loading throw one error listing file, path and reason of every problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'comity-regimes-'));
    try {
      cpSync(DEFAULT_REGIMES_DIR, dir, { recursive: true });
      const file = join(dir, 'budapest-2001.yaml');
      writeFileSync(
        file,
        readFileSync(file, 'utf8')
          .replace('confidence: checked', 'confidence: sure')
          .replace('kind: preservation', 'kind: keep'),
      );
      writeFileSync(
        join(dir, 'states', 'xa.yaml'),
        readFileSync(join(dir, 'states', 'xa.yaml'), 'utf8').replace('calendar: xa', 'calendar: nowhere'),
      );
      assert.throws(
        () => loadRegimeRegistry(dir),
        (e: unknown) => {
          assert.ok(e instanceof RegimeLoadError);
          assert.deepEqual(
            e.problems.map((p) => `${p.file} ${p.path}`),
            [
              'budapest-2001.yaml /confidence',
              'budapest-2001.yaml /instruments/preservation/kind',
              'states/xa.yaml /calendar',
            ],
          );
          assert.match(
            e.message,
            /budapest-2001.yaml: \/confidence: must be one of checked, secondary, unconfirmed/,
          );
          return true;
        },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const registry = loadRegimeRegistry();

type Row = { channel: string; dc: string; required: string; deadlines: string; grounds: string } | null;

/** Every instrument of every regime: channel, dual criminality, required fields, deadlines, refusal grounds. */
const TABLE: [string, string, Row][] = [
  [
    'budapest-2001',
    'preservation',
    {
      channel: 'poc_to_poc',
      dc: 'not_required',
      required: 'requestingAuthority offences factsSummary items relationToOffence necessity mlaToFollow',
      deadlines: 'preservation_period=60d',
      grounds: 'BC29_POLITICAL_OFFENCE BC29_ESSENTIAL_INTERESTS BC29_DC_RESERVATION',
    },
  ],
  [
    'budapest-2001',
    'traffic_disclosure',
    {
      channel: 'poc_to_poc',
      dc: 'not_required',
      required: 'preservationReference providersIdentified communicationPath',
      deadlines: 'disclosure=-h',
      grounds: 'BC30_POLITICAL_OFFENCE BC30_ESSENTIAL_INTERESTS',
    },
  ],
  [
    'budapest-2001',
    'stored_data',
    {
      channel: 'ca_to_ca',
      dc: 'may_be_required',
      required:
        'requestingAuthority offences factsSummary items purpose legalBasisDomestic authorisingAuthority proportionalityStatement',
      deadlines: 'execution=-d',
      grounds: 'BC25_LAW_OR_TREATY BC27_POLITICAL_OFFENCE BC27_ESSENTIAL_INTERESTS BC25_NO_DUAL_CRIMINALITY',
    },
  ],
  [
    'budapest-2001',
    'realtime_traffic',
    {
      channel: 'ca_to_ca',
      dc: 'may_be_required',
      required:
        'requestingAuthority offences factsSummary items collectionPeriod legalBasisDomestic authorisingAuthority proportionalityStatement',
      deadlines: 'execution=-d',
      grounds: 'BC25_LAW_OR_TREATY BC27_POLITICAL_OFFENCE BC27_ESSENTIAL_INTERESTS BC25_NO_DUAL_CRIMINALITY',
    },
  ],
  [
    'budapest-2001',
    'interception',
    {
      channel: 'ca_to_ca',
      dc: 'may_be_required',
      required:
        'requestingAuthority offences factsSummary items collectionPeriod legalBasisDomestic authorisingAuthority proportionalityStatement',
      deadlines: 'execution=-d',
      grounds: 'BC25_LAW_OR_TREATY BC27_POLITICAL_OFFENCE BC27_ESSENTIAL_INTERESTS BC25_NO_DUAL_CRIMINALITY',
    },
  ],
  [
    'budapest-2001',
    'general_mla',
    {
      channel: 'ca_to_ca',
      dc: 'may_be_required',
      required: 'requestingAuthority offences factsSummary items purpose',
      deadlines: 'execution=-d',
      grounds: 'BC25_LAW_OR_TREATY BC27_POLITICAL_OFFENCE BC27_ESSENTIAL_INTERESTS BC25_NO_DUAL_CRIMINALITY',
    },
  ],
  [
    'budapest-2001',
    'emergency',
    {
      channel: 'poc_to_poc',
      dc: 'not_required',
      required: 'requestingAuthority emergencyJustification factsSummary items',
      deadlines: 'response=-h written_confirmation=-h',
      grounds: 'BC27_POLITICAL_OFFENCE BC27_ESSENTIAL_INTERESTS BC25_LAW_OR_TREATY',
    },
  ],
  [
    'budapest-2001',
    'spontaneous_information',
    {
      channel: 'authority_to_authority',
      dc: 'not_applicable',
      required: 'sendingAuthority informationSummary items',
      deadlines: '',
      grounds: '',
    },
  ],
  ['budapest-2001', 'police_cooperation', null],
  [
    'budapest-2001',
    'joint_investigation',
    {
      channel: 'authority_to_authority',
      dc: 'not_applicable',
      required: 'requestingAuthority scope participatingStates items',
      deadlines: '',
      grounds: 'BC27_ESSENTIAL_INTERESTS',
    },
  ],
  [
    'budapest-2001',
    'production',
    {
      channel: 'authority_to_authority',
      dc: 'may_be_required',
      required:
        'issuingAuthority issueDate legalBasis provider offences requestingAuthority items legalBasisDomestic authorisingAuthority proportionalityStatement',
      deadlines: 'service=45d subscriber_production=20d traffic_production=45d',
      grounds: 'BC27_POLITICAL_OFFENCE BC27_ESSENTIAL_INTERESTS BC25_LAW_OR_TREATY',
    },
  ],
  [
    'eu-eio-2014-41',
    'preservation',
    {
      channel: 'judicial_to_judicial',
      dc: 'required_unless_listed',
      required: 'issuingAuthority items offences factsSummary',
      deadlines: 'provisional_decision=24h preservation_period=-d',
      grounds:
        'EIO11_IMMUNITY EIO11_NATIONAL_SECURITY EIO11_NON_CRIMINAL EIO11_NE_BIS_IN_IDEM EIO11_EXTRATERRITORIAL EIO11_FUNDAMENTAL_RIGHTS EIO11_NO_DUAL_CRIMINALITY EIO11_MEASURE_RESTRICTED',
    },
  ],
  ['eu-eio-2014-41', 'traffic_disclosure', null],
  [
    'eu-eio-2014-41',
    'stored_data',
    {
      channel: 'judicial_to_judicial',
      dc: 'required_unless_listed',
      required:
        'issuingAuthority items proceedingsType offences factsSummary maxPenaltyYears proportionalityStatement legalBasisDomestic authorisingAuthority',
      deadlines: 'acknowledgement=7d recognition=30d execution=90d',
      grounds:
        'EIO11_IMMUNITY EIO11_NATIONAL_SECURITY EIO11_NON_CRIMINAL EIO11_NE_BIS_IN_IDEM EIO11_EXTRATERRITORIAL EIO11_FUNDAMENTAL_RIGHTS EIO11_NO_DUAL_CRIMINALITY EIO11_MEASURE_RESTRICTED',
    },
  ],
  [
    'eu-eio-2014-41',
    'realtime_traffic',
    {
      channel: 'judicial_to_judicial',
      dc: 'required_unless_listed',
      required:
        'issuingAuthority items offences factsSummary maxPenaltyYears collectionPeriod proportionalityStatement legalBasisDomestic authorisingAuthority',
      deadlines: 'acknowledgement=7d recognition=30d execution=90d',
      grounds:
        'EIO11_IMMUNITY EIO11_NATIONAL_SECURITY EIO11_NON_CRIMINAL EIO11_NE_BIS_IN_IDEM EIO11_EXTRATERRITORIAL EIO11_FUNDAMENTAL_RIGHTS EIO11_NO_DUAL_CRIMINALITY EIO11_MEASURE_RESTRICTED',
    },
  ],
  [
    'eu-eio-2014-41',
    'interception',
    {
      channel: 'judicial_to_judicial',
      dc: 'required_unless_listed',
      required:
        'issuingAuthority subjectIdentity collectionPeriod technicalData relevance items offences factsSummary maxPenaltyYears proportionalityStatement legalBasisDomestic authorisingAuthority',
      deadlines: 'acknowledgement=7d recognition=30d execution=90d',
      grounds:
        'EIO11_IMMUNITY EIO11_NATIONAL_SECURITY EIO11_NE_BIS_IN_IDEM EIO11_FUNDAMENTAL_RIGHTS EIO11_NO_DUAL_CRIMINALITY EIO11_MEASURE_RESTRICTED EIO30_NOT_AUTHORISED_DOMESTICALLY',
    },
  ],
  [
    'eu-eio-2014-41',
    'general_mla',
    {
      channel: 'judicial_to_judicial',
      dc: 'required_unless_listed',
      required:
        'issuingAuthority items proceedingsType offences factsSummary maxPenaltyYears proportionalityStatement legalBasisDomestic authorisingAuthority',
      deadlines: 'acknowledgement=7d recognition=30d execution=90d',
      grounds:
        'EIO11_IMMUNITY EIO11_NATIONAL_SECURITY EIO11_NON_CRIMINAL EIO11_NE_BIS_IN_IDEM EIO11_EXTRATERRITORIAL EIO11_FUNDAMENTAL_RIGHTS EIO11_NO_DUAL_CRIMINALITY EIO11_MEASURE_RESTRICTED',
    },
  ],
  ['eu-eio-2014-41', 'emergency', null],
  ['eu-eio-2014-41', 'spontaneous_information', null],
  ['eu-eio-2014-41', 'police_cooperation', null],
  ['eu-eio-2014-41', 'joint_investigation', null],
  ['eu-eio-2014-41', 'production', null],
  [
    'eu-epor-2023-1543',
    'preservation',
    {
      channel: 'authority_to_provider',
      dc: 'not_required',
      required: 'issuingAuthority addressee items offences factsSummary',
      deadlines: 'preservation_period=60d',
      grounds: 'EPOR12_IMMUNITY EPOR12_FUNDAMENTAL_RIGHTS',
    },
  ],
  ['eu-epor-2023-1543', 'traffic_disclosure', null],
  ['eu-epor-2023-1543', 'stored_data', null],
  ['eu-epor-2023-1543', 'realtime_traffic', null],
  ['eu-epor-2023-1543', 'interception', null],
  ['eu-epor-2023-1543', 'general_mla', null],
  [
    'eu-epor-2023-1543',
    'emergency',
    {
      channel: 'authority_to_provider',
      dc: 'required_unless_listed',
      required:
        'issuingAuthority addressee emergencyJustification items offences factsSummary proportionalityStatement legalBasisDomestic',
      deadlines: 'production_emergency=8h objection_emergency=96h written_confirmation=48h',
      grounds: 'EPOR12_IMMUNITY EPOR12_FUNDAMENTAL_RIGHTS EPOR12_NE_BIS_IN_IDEM EPOR12_NO_DUAL_CRIMINALITY',
    },
  ],
  ['eu-epor-2023-1543', 'spontaneous_information', null],
  ['eu-epor-2023-1543', 'police_cooperation', null],
  ['eu-epor-2023-1543', 'joint_investigation', null],
  [
    'eu-epor-2023-1543',
    'production',
    {
      channel: 'authority_to_provider',
      dc: 'required_unless_listed',
      required:
        'issuingAuthority addressee items offences statutoryProvision factsSummary maxPenaltyYears proportionalityStatement legalBasisDomestic authorisingAuthority deliveryAuthority',
      deadlines: 'production=10d production_emergency=8h objection=10d objection_emergency=96h',
      grounds: 'EPOR12_IMMUNITY EPOR12_FUNDAMENTAL_RIGHTS EPOR12_NE_BIS_IN_IDEM EPOR12_NO_DUAL_CRIMINALITY',
    },
  ],
  [
    'uncc-2024',
    'preservation',
    {
      channel: 'poc_to_poc',
      dc: 'not_required',
      required: 'requestingAuthority offences factsSummary items relationToOffence necessity mlaToFollow',
      deadlines: 'preservation_period=60d',
      grounds: 'UNCC40_ESSENTIAL_INTERESTS UNCC40_DISCRIMINATION UNCC42_DC_RESERVATION',
    },
  ],
  [
    'uncc-2024',
    'traffic_disclosure',
    {
      channel: 'poc_to_poc',
      dc: 'not_required',
      required: 'preservationReference providersIdentified communicationPath',
      deadlines: 'disclosure=-h',
      grounds: 'UNCC40_ESSENTIAL_INTERESTS UNCC40_DISCRIMINATION',
    },
  ],
  [
    'uncc-2024',
    'stored_data',
    {
      channel: 'ca_to_ca',
      dc: 'may_be_required',
      required:
        'requestingAuthority subjectMatter conductingAuthority factsSummary assistanceSought purpose offences items legalBasisDomestic authorisingAuthority proportionalityStatement',
      deadlines: 'execution=-d',
      grounds:
        'UNCC40_NONCONFORMITY UNCC40_ESSENTIAL_INTERESTS UNCC40_DOMESTIC_PROHIBITION UNCC40_LEGAL_SYSTEM UNCC40_DISCRIMINATION UNCC40_NO_DUAL_CRIMINALITY UNCC40_DE_MINIMIS',
    },
  ],
  [
    'uncc-2024',
    'realtime_traffic',
    {
      channel: 'ca_to_ca',
      dc: 'may_be_required',
      required:
        'requestingAuthority factsSummary offences items necessity collectionPeriod durationJustification legalBasisDomestic authorisingAuthority proportionalityStatement',
      deadlines: 'execution=-d',
      grounds:
        'UNCC40_NONCONFORMITY UNCC40_ESSENTIAL_INTERESTS UNCC40_DOMESTIC_PROHIBITION UNCC40_LEGAL_SYSTEM UNCC40_DISCRIMINATION UNCC40_NO_DUAL_CRIMINALITY UNCC40_DE_MINIMIS',
    },
  ],
  [
    'uncc-2024',
    'interception',
    {
      channel: 'ca_to_ca',
      dc: 'may_be_required',
      required:
        'requestingAuthority factsSummary offences items necessity collectionPeriod durationJustification legalBasisDomestic authorisingAuthority proportionalityStatement',
      deadlines: 'execution=-d',
      grounds:
        'UNCC40_NONCONFORMITY UNCC40_ESSENTIAL_INTERESTS UNCC40_DOMESTIC_PROHIBITION UNCC40_LEGAL_SYSTEM UNCC40_DISCRIMINATION UNCC40_NO_DUAL_CRIMINALITY UNCC40_DE_MINIMIS',
    },
  ],
  [
    'uncc-2024',
    'general_mla',
    {
      channel: 'ca_to_ca',
      dc: 'may_be_required',
      required:
        'requestingAuthority subjectMatter conductingAuthority factsSummary assistanceSought purpose offences items',
      deadlines: 'execution=-d',
      grounds:
        'UNCC40_NONCONFORMITY UNCC40_ESSENTIAL_INTERESTS UNCC40_DOMESTIC_PROHIBITION UNCC40_LEGAL_SYSTEM UNCC40_DISCRIMINATION UNCC40_NO_DUAL_CRIMINALITY UNCC40_DE_MINIMIS',
    },
  ],
  [
    'uncc-2024',
    'emergency',
    {
      channel: 'poc_to_poc',
      dc: 'not_required',
      required: 'requestingAuthority emergencyJustification factsSummary items',
      deadlines: 'response=-h written_confirmation=-h',
      grounds: 'UNCC40_ESSENTIAL_INTERESTS UNCC40_DISCRIMINATION UNCC40_DOMESTIC_PROHIBITION',
    },
  ],
  [
    'uncc-2024',
    'spontaneous_information',
    {
      channel: 'authority_to_authority',
      dc: 'not_applicable',
      required: 'sendingAuthority informationSummary items',
      deadlines: '',
      grounds: '',
    },
  ],
  [
    'uncc-2024',
    'police_cooperation',
    {
      channel: 'police_to_police',
      dc: 'not_applicable',
      required: 'requestingAuthority inquiry items',
      deadlines: '',
      grounds: 'UNCC40_ESSENTIAL_INTERESTS',
    },
  ],
  [
    'uncc-2024',
    'joint_investigation',
    {
      channel: 'authority_to_authority',
      dc: 'not_applicable',
      required: 'requestingAuthority scope participatingStates items',
      deadlines: '',
      grounds: 'UNCC40_ESSENTIAL_INTERESTS',
    },
  ],
  ['uncc-2024', 'production', null],
];

describe('regime packs: instruments table', () => {
  it('covers every instrument of the four regimes', () => {
    assert.equal(TABLE.length, 4 * INSTRUMENT_IDS.length);
  });
  for (const [regime, id, want] of TABLE) {
    it(`${regime} ${id}`, () => {
      const inst = registry.instrument(regime, id)!;
      assert.equal(inst.available.value, want !== null);
      assert.ok(inst.available.source && inst.available.confidence);
      if (!want) return;
      const unit = (u: string) => (u === 'hours' ? 'h' : u === 'working_days' ? 'wd' : 'd');
      assert.deepEqual(
        {
          channel: inst.channel!.value,
          dc: inst.dualCriminality!.policy,
          required: (inst.fields ?? [])
            .filter((f) => f.required)
            .map((f) => f.name)
            .join(' '),
          deadlines: (inst.deadlines ?? []).map((d) => `${d.id}=${d.amount ?? '-'}${unit(d.unit)}`).join(' '),
          grounds: inst.refusalGrounds!.value.join(' '),
        },
        want,
      );
      for (const g of inst.refusalGrounds!.value) assert.ok(registry.ground(regime, g), `${g} defined`);
    });
  }
});

describe('regime packs: key figures from the reference', () => {
  const deadline = (regime: string, id: string, d: string) =>
    registry.instrument(regime, id)!.deadlines!.find((x) => x.id === d)!;
  it('UNCC and Budapest preservation: at least 60 days, then until the decision', () => {
    for (const r of ['uncc-2024', 'budapest-2001']) {
      const d = deadline(r, 'preservation', 'preservation_period');
      assert.equal(d.amount, 60);
      assert.equal(d.kind, 'minimum_period');
      assert.match(d.afterwards!, /decision/);
    }
    assert.equal(deadline('uncc-2024', 'preservation', 'preservation_period').confidence, 'unconfirmed');
    assert.equal(deadline('budapest-2001', 'preservation', 'preservation_period').confidence, 'checked');
  });
  it('EPOR: 10 days, 8 hours in an emergency, 96-hour objection, 60 + 30 days preservation', () => {
    assert.equal(deadline('eu-epor-2023-1543', 'production', 'production').amount, 10);
    const e = deadline('eu-epor-2023-1543', 'production', 'production_emergency');
    assert.deepEqual([e.amount, e.unit, e.appliesWhen, e.confidence], [8, 'hours', 'emergency', 'checked']);
    assert.equal(deadline('eu-epor-2023-1543', 'production', 'objection_emergency').amount, 96);
    const ext = registry.instrument('eu-epor-2023-1543', 'preservation')!.extensions![0]!;
    assert.deepEqual([ext.amount, ext.maxTimes], [30, 1]);
  });
  it('EIO: recognition 30 days (+30 with reasons), execution 90 days from the decision', () => {
    assert.equal(deadline('eu-eio-2014-41', 'general_mla', 'recognition').amount, 30);
    const exec = deadline('eu-eio-2014-41', 'general_mla', 'execution');
    assert.deepEqual([exec.amount, exec.from], [90, 'decision']);
    const ext = registry.instrument('eu-eio-2014-41', 'general_mla')!.extensions![0]!;
    assert.deepEqual([ext.amount, ext.reasonsRequired], [30, true]);
  });
  it('Second Protocol figures are present but unconfirmed', () => {
    for (const [d, n] of [
      ['service', 45],
      ['subscriber_production', 20],
      ['traffic_production', 45],
    ] as const) {
      const x = deadline('budapest-2001', 'production', d);
      assert.deepEqual([x.amount, x.confidence], [n, 'unconfirmed']);
    }
  });
  it('the UNCC emergency definition is checked and requires a structured justification', () => {
    assert.equal(registry.regime('uncc-2024')!.emergencyDefinition.confidence, 'checked');
    const f = registry
      .instrument('uncc-2024', 'emergency')!
      .fields!.find((x) => x.name === 'emergencyJustification')!;
    assert.deepEqual([f.type, f.required], ['emergency_justification', true]);
  });
});

describe('bilateral overrides', () => {
  it('XA-XB keep preserved data 90 days and acknowledge MLA within 5 working days', () => {
    const r = registry.resolve('uncc-2024', 'preservation', 'XB', 'XA');
    const d = r.instrument.deadlines!.find((x) => x.id === 'preservation_period')!;
    assert.equal(d.amount, 90);
    assert.match(d.source, /XA-XB memorandum/);
    assert.match(d.note!, /bilateral xa-xb-uncc/);
    assert.equal(registry.instrument('uncc-2024', 'preservation')!.deadlines![0]!.amount, 60);
    const ack = registry.resolve('uncc-2024', 'stored_data', 'XA', 'XB').instrument.acknowledgement!;
    assert.deepEqual([ack.required, ack.amount, ack.unit], [true, 5, 'working_days']);
  });
  it('XA-XC exclude interception, and XD is not a UNCC party', () => {
    assert.throws(
      () => registry.resolve('uncc-2024', 'interception', 'XC', 'XA'),
      /excluded by bilateral agreement xa-xc-uncc/,
    );
    assert.throws(() => registry.resolve('uncc-2024', 'stored_data', 'XA', 'XD'), /not in force for XD/);
    assert.ok(registry.resolve('eu-epor-2023-1543', 'production', 'XA', 'XD'));
  });
});

describe('dual criminality across declarations (demo States)', () => {
  const q = (
    requesting: string,
    requested: string,
    instrument: string,
    offences: object[],
    regime = 'uncc-2024',
  ) =>
    evaluateDualCriminality(registry, {
      regime,
      instrument,
      requestingState: requesting,
      requestedState: requested,
      offences: offences as never,
    }).outcome;
  const table: [string, string, string, string, object[], string][] = [
    [
      'XA security-breach declaration met',
      'XB',
      'XA',
      'stored_data',
      [{ code: 'UNCC-7', elements: { security_breach: true } }],
      'satisfied',
    ],
    [
      'XA declaration excluded by the facts',
      'XB',
      'XA',
      'stored_data',
      [{ code: 'UNCC-7', elements: { security_breach: false } }],
      'not_satisfied',
    ],
    ['XA declaration not addressed', 'XB', 'XA', 'stored_data', [{ code: 'UNCC-7' }], 'cannot_decide'],
    [
      'XA: non-coercive general MLA needs none',
      'XB',
      'XA',
      'general_mla',
      [{ code: 'UNCC-16' }],
      'not_required',
    ],
    [
      'XB requires it always; NCII is an offence there',
      'XA',
      'XB',
      'general_mla',
      [{ code: 'UNCC-16' }],
      'satisfied',
    ],
    [
      'XA has no NCII offence (complete list)',
      'XB',
      'XA',
      'stored_data',
      [{ code: 'UNCC-16' }],
      'not_satisfied',
    ],
    ['XC never requires it', 'XA', 'XC', 'stored_data', [{ code: 'UNCC-16' }], 'not_required'],
    [
      'preservation of a Convention offence',
      'XB',
      'XA',
      'preservation',
      [{ code: 'UNCC-9' }],
      'not_required',
    ],
    [
      'XA preservation reservation, extortion criminal in XA',
      'XB',
      'XA',
      'preservation',
      [{ code: 'UNCC-SC', conduct: ['extortion'], provision: 'XB PC 244', maxPenaltyYears: 16 }],
      'satisfied',
    ],
    [
      'XA preservation reservation, conduct unknown to XA',
      'XB',
      'XA',
      'preservation',
      [{ code: 'UNCC-SC', conduct: ['tax evasion'], provision: 'XB', maxPenaltyYears: 5 }],
      'not_satisfied',
    ],
    [
      'EPOR listed category, 5 years',
      'XD',
      'XA',
      'production',
      [{ code: 'UNCC-9', maxPenaltyYears: 5 }],
      'not_required',
    ],
    [
      'EPOR listed category below 3 years: checked, XA has the offence',
      'XD',
      'XA',
      'production',
      [{ code: 'UNCC-9', maxPenaltyYears: 2 }],
      'satisfied',
    ],
    [
      'EPOR non-listed offence with no XD equivalent',
      'XA',
      'XD',
      'production',
      [{ code: 'UNCC-12', maxPenaltyYears: 5 }],
      'not_satisfied',
    ],
  ];
  for (const [name, from, to, inst, offences, want] of table) {
    it(name, () => {
      const regime = inst === 'production' ? 'eu-epor-2023-1543' : 'uncc-2024';
      assert.equal(q(from, to, inst, offences, regime), want);
    });
  }
  it('XC with an incomplete offence list cannot decide', () => {
    const r = evaluateDualCriminality(registry, {
      regime: 'uncc-2024',
      instrument: 'preservation',
      requestingState: 'XA',
      requestedState: 'XC',
      offences: [{ code: 'UNCC-16' }],
    });
    assert.equal(r.outcome, 'not_required'); // XC made no preservation reservation
  });
});

describe('worked example: ransomware, XB asks XA under the UN Convention', () => {
  it('preservation, follow-up MLA, refusal of one item and execution of the rest', () => {
    const clock = new ManualClock('2026-11-02T07:10:00.000Z'); // Monday 02:10 in Bogota
    const logs = new Map<string, RequestEvent[]>();
    const run = (id: string, actor: Actor, cmd: AnyRequestCommand) => {
      const log = logs.get(id) ?? [];
      const state = log.length ? fold(log) : undefined;
      log.push(...decide(state, cmd, { clock, registry, actor }));
      logs.set(id, log);
      return fold(log);
    };
    const xbPoc: Actor = { userId: 'xb-poc-1', role: 'poc_officer', side: 'requesting' };
    const xaPoc: Actor = { userId: 'xa-poc-1', role: 'poc_officer', side: 'requested' };
    const xbCa: Actor = { userId: 'xb-ca-1', role: 'central_authority', side: 'requesting' };
    const xaCa: Actor = { userId: 'xa-ca-1', role: 'central_authority', side: 'requested' };
    const offences = [
      {
        code: 'UNCC-7',
        provision: 'XB Law 1273 art. 269A',
        maxPenaltyYears: 8,
        elements: { security_breach: true },
      },
      { code: 'UNCC-9', provision: 'XB Law 1273 art. 269D', maxPenaltyYears: 10 },
      { code: 'UNCC-SC', provision: 'XB Penal Code art. 244', maxPenaltyYears: 16, conduct: ['extortion'] },
    ];
    // 1. Preservation, PoC to PoC.
    run('P-1', xbPoc, {
      type: 'draft',
      requestId: 'P-1',
      regime: 'uncc-2024',
      instrument: 'preservation',
      requestingState: 'XB',
      requestedState: 'XA',
      fields: {
        requestingAuthority: 'XB National Cyber Police, 24/7 desk',
        factsSummary:
          'Ransomware encrypted the systems of a public hospital on 1 Nov 2026; ransom note points to a leak site.',
        relationToOffence: 'The leak site and the C2 server are hosted by a provider in XA.',
        custodianOrLocation: 'HostCo XA Ltd, data centre in XA',
        necessity: 'The provider keeps logs 30 days; the servers may be wiped.',
        mlaToFollow: true,
        userNonNotification: true,
      },
      items: [
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
      ],
      offences,
    });
    run('P-1', xbPoc, { type: 'submit' });
    clock.advance(20 * 60_000);
    let p = run('P-1', xaPoc, { type: 'sign_receipt' });
    const period = p.deadlines.find((d) => d.id === 'preservation_period')!;
    assert.equal(period.amount, 90); // the XA-XB memorandum overrides the Convention's 60 days
    assert.match(period.local!.requested, /Europe\/Vienna/);
    assert.match(period.local!.requesting, /America\/Bogota/);
    run('P-1', xaPoc, { type: 'start_review' });
    run('P-1', xaPoc, {
      type: 'answer_screening',
      answers: [
        { questionId: 'protected_grounds', concern: false },
        { questionId: 'prejudice_for_those_reasons', concern: false },
        { questionId: 'protected_freedoms', concern: false },
      ],
    });
    run('P-1', xaPoc, { type: 'accept' });
    p = run('P-1', xaPoc, { type: 'confirm_preservation' });
    assert.equal(p.preservation, 'active');
    // 2. Follow-up MLA for stored data, central authority to central authority.
    clock.advance(30 * DAY);
    run('M-1', xbCa, {
      type: 'draft',
      requestId: 'M-1',
      regime: 'uncc-2024',
      instrument: 'stored_data',
      requestingState: 'XB',
      requestedState: 'XA',
      linkedPreservationId: 'P-1',
      fields: {
        requestingAuthority: 'XB Ministry of Justice, central authority',
        subjectMatter: 'Criminal investigation 2026-4471 into a ransomware attack on a hospital',
        conductingAuthority: 'Prosecutor for cybercrime, XB',
        factsSummary:
          'Ransomware encrypted the hospital systems; stolen patient data are offered on a leak site.',
        assistanceSought: 'Disclose the preserved data of P-1.',
        purpose: 'Identify and prosecute the offenders',
        preservationReference: 'P-1',
        legalBasisDomestic: 'XB Code of Criminal Procedure art. 236',
        authorisingAuthority: 'Judge of control of guarantees, XB',
        proportionalityStatement:
          'Limited to one server and one account used in the attack, for 10 days around the attack; no less intrusive means exist.',
      },
      items: [
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
      ],
      offences,
    });
    run('M-1', xbCa, { type: 'submit' });
    clock.advance(3 * HOUR);
    let m = run('M-1', xaCa, { type: 'sign_receipt' });
    assert.equal(m.deadlines.find((d) => d.id === 'execution')!.dueAt, null); // "as soon as possible"
    const ack = m.deadlines.find((d) => d.id === 'acknowledgement')!;
    // The XA-XB memorandum adds an acknowledgement within 5 XA working days of the signed receipt.
    assert.deepEqual([ack.amount, ack.unit, ack.status], [5, 'working_days', 'running']);
    assert.match(ack.local!.requested, /^2026-12-09 23:59 Europe\/Vienna/);
    p = run('P-1', xaCa, { type: 'record_follow_up', followUpRequestId: 'M-1' });
    assert.equal(p.preservation, 'follow_up_received');
    m = run('M-1', xaCa, { type: 'start_review' });
    assert.equal(m.deadlines.find((d) => d.id === 'acknowledgement')!.status, 'stopped');
    const review = reviewRequest(registry, fold(logs.get('M-1')!));
    assert.equal(review.dualCriminality.outcome, 'satisfied');
    run('M-1', xaCa, {
      type: 'answer_screening',
      answers: [
        { questionId: 'protected_grounds', concern: false },
        { questionId: 'prejudice_for_those_reasons', concern: false },
        { questionId: 'protected_freedoms', concern: false },
      ],
    });
    run('M-1', xaCa, {
      type: 'accept',
      conditions: [{ id: 'use', kind: 'use_limitation', text: 'Use only in investigation 2026-4471' }],
    });
    run('M-1', xbCa, { type: 'agree_conditions' });
    run('M-1', xaCa, { type: 'start_execution' });
    run('M-1', xaCa, { type: 'execute_item', itemId: 'c2-logs' });
    run('M-1', xaCa, { type: 'execute_item', itemId: 'account' });
    // 3. The disk image also holds a news outlet's archive: XA consults, then refuses that item.
    run('M-1', xaCa, {
      type: 'open_consultation',
      consultationId: 'k-1',
      topic: 'partial_execution',
      proposal:
        'The image contains a journalist archive; XA proposes to refuse the image and execute the rest.',
      itemIds: ['image'],
    });
    run('M-1', xaCa, {
      type: 'conclude_consultation',
      consultationId: 'k-1',
      outcome: 'agreed',
      summary: 'XB accepts.',
    });
    m = run('M-1', xaCa, {
      type: 'refuse_item',
      itemId: 'image',
      ground: 'UNCC40_DOMESTIC_PROHIBITION',
      reasons: 'XA law forbids seizing a journalist archive for a comparable domestic offence.',
    });
    assert.equal(m.status, 'partially_executed');
    const conditions = {
      purpose: 'Investigation 2026-4471',
      retentionUntil: '2031-12-31T00:00:00.000Z',
      onwardTransfer: 'with_prior_consent' as const,
      consentForm: 'written' as const,
      personalDataCategories: ['traffic data', 'subscriber data'],
      source: 'UNCC arts 36, 40',
      confidence: 'unconfirmed' as const,
    };
    m = run('M-1', xaCa, {
      type: 'transmit_results',
      items: [
        { itemId: 'c2-logs', dataItemId: 'D-1', conditions },
        { itemId: 'account', dataItemId: 'D-2', conditions },
      ],
    });
    assert.equal(m.status, 'results_transmitted');
    p = run('P-1', xaCa, { type: 'release_preservation', reason: 'M-1 decided and executed in part' });
    run('P-1', xbPoc, { type: 'close' });
    run('M-1', xbCa, { type: 'close' });
    // XB may not pass the logs to XC without XA's written consent.
    const decision = decideDataUse(
      { id: 'D-1', originState: 'XA', requestId: 'M-1', receivedAt: clock.now().toISOString(), conditions },
      { kind: 'onward_transfer', purpose: 'joint case', recipient: 'XC', at: clock.now().toISOString() },
      [],
    );
    assert.equal(decision.allowed, false);
  });
});

function walk(node: unknown, path: string, visit: (n: Record<string, unknown>, p: string) => void): void {
  if (Array.isArray(node)) {
    for (const [i, x] of node.entries()) walk(x, `${path}/${i}`, visit);
  } else if (typeof node === 'object' && node !== null) {
    visit(node as Record<string, unknown>, path);
    for (const [k, v] of Object.entries(node)) walk(v, `${path}/${k}`, visit);
  }
}
