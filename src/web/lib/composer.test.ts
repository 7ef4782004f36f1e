import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  type ComposerValues,
  type FieldSpec,
  draftContent,
  findingsByField,
  inputFields,
  nextItemId,
  valuesFromDraft,
} from './composer';

const spec = (name: string, type: FieldSpec['type'], required = true): FieldSpec => ({
  name,
  label: name,
  type,
  required,
  source: 'UNCC art. 42',
  confidence: 'unconfirmed',
});

const SPECS = [
  spec('requestingAuthority', 'string'),
  spec('offences', 'offence_list'),
  spec('items', 'data_items'),
  spec('mlaToFollow', 'boolean'),
  spec('providersIdentified', 'string_list', false),
  spec('maxPenaltyYears', 'integer', false),
  spec('collectionPeriod', 'period', false),
  spec('emergencyJustification', 'emergency_justification', false),
];

test('items and offences have their own editors, not inputs', () => {
  assert.deepEqual(
    inputFields(SPECS).map((f) => f.name),
    [
      'requestingAuthority',
      'mlaToFollow',
      'providersIdentified',
      'maxPenaltyYears',
      'collectionPeriod',
      'emergencyJustification',
    ],
  );
});

test('what was typed becomes the draft the node takes; empty inputs are left out', () => {
  const values: ComposerValues = {
    fields: {
      requestingAuthority: 'XB 24/7 desk',
      providersIdentified: ' mail.xa.example \n\n host.xa.example ',
      maxPenaltyYears: '5',
      collectionPeriod: { from: '', to: '' },
    },
    items: [
      { id: 'i1', description: ' Login logs ', dataCategory: 'traffic', personalData: true },
      { id: 'i2', description: '   ', dataCategory: '', personalData: false },
    ],
    offences: [
      { code: 'UNCC-7', elements: ['security_breach'] },
      { code: 'UNCC-9', elements: [] },
    ],
  };
  assert.deepEqual(draftContent(SPECS, values), {
    fields: {
      requestingAuthority: 'XB 24/7 desk',
      // An unticked box is an answer: "no".
      mlaToFollow: false,
      providersIdentified: ['mail.xa.example', 'host.xa.example'],
      maxPenaltyYears: 5,
    },
    items: [{ id: 'i1', description: 'Login logs', dataCategory: 'traffic', personalData: true }],
    offences: [{ code: 'UNCC-7', elements: { security_breach: true } }, { code: 'UNCC-9' }],
  });
});

test('a number that is not one is sent as typed, so the node names the field', () => {
  const content = draftContent(SPECS, { fields: { maxPenaltyYears: 'five' }, items: [], offences: [] });
  assert.equal(content.fields['maxPenaltyYears'], 'five');
});

test('a stored draft comes back into the form as it was typed', () => {
  const typed: ComposerValues = {
    fields: {
      requestingAuthority: 'XB',
      mlaToFollow: true,
      providersIdentified: 'a.example\nb.example',
      maxPenaltyYears: '7',
      collectionPeriod: { from: '2026-12-01', to: '2026-12-05' },
      emergencyJustification: { personsAtRisk: 'a child', threatNature: 'abduction', imminence: 'tonight' },
    },
    items: [{ id: 'i1', description: 'Logs', dataCategory: 'traffic', personalData: true }],
    offences: [{ code: 'UNCC-7', elements: ['security_breach'] }],
  };
  const stored = draftContent(SPECS, typed);
  assert.deepEqual(valuesFromDraft(SPECS, stored), typed);
});

test('new items get the next free id, so ids stay stable while a draft is edited', () => {
  assert.equal(nextItemId([]), 'i1');
  const row = { description: '', dataCategory: '' as const, personalData: false };
  assert.equal(
    nextItemId([
      { id: 'i1', ...row },
      { id: 'i3', ...row },
    ]),
    'i4',
  );
  assert.equal(nextItemId([{ id: 'i2', ...row }]), 'i3');
  assert.equal(nextItemId([{ id: 'i1', ...row }]), 'i2');
});

test('review findings are attached to the fields they name', () => {
  const byField = findingsByField([
    {
      code: 'missing_required_field',
      severity: 'blocking',
      path: '/fields/necessity',
      message: 'necessity is required',
    },
    {
      code: 'missing_required_field',
      severity: 'blocking',
      path: '/fields/items',
      message: 'items are required',
    },
    { code: 'unknown_offence_code', severity: 'blocking', path: '/offences/0/code', message: 'UNCC-99' },
    { code: 'language_not_accepted', severity: 'warning', path: '/language', message: 'fr' },
    { code: 'keep_confidential', severity: 'info', path: '/confidentiality', message: 'keep it' },
  ]);
  assert.deepEqual([...byField.keys()].sort(), ['', 'items', 'language', 'necessity', 'offences']);
  assert.equal(byField.get('necessity')![0]!.code, 'missing_required_field');
  assert.equal(byField.get('')![0]!.code, 'keep_confidential');
});
