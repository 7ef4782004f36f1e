import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Instrument } from '../regimes/pack-schema.js';
import { checkCoerciveSafeguards } from './coercive.js';

const field = (name: string, required: boolean) => ({
  name,
  label: `${name} label`,
  type: 'text' as const,
  required,
  source: `test pack, ${name}`,
  confidence: 'checked' as const,
});
const coercive = (authorisingRequired: boolean): Instrument =>
  ({
    coercive: { value: true, source: 'test pack art. 5', confidence: 'checked' },
    fields: [
      field('legalBasisDomestic', true),
      field('proportionalityStatement', true),
      field('authorisingAuthority', authorisingRequired),
    ],
  }) as unknown as Instrument;
const statements = {
  legalBasisDomestic: 'Code of Criminal Procedure s. 134',
  proportionalityStatement: 'One account, five days: nothing less intrusive would identify the sender.',
};

test('a coercive measure without its authorising authority is blocked when the pack requires it', () => {
  const findings = checkCoerciveSafeguards(coercive(true), statements);
  assert.deepEqual(
    findings.map((f) => [f.code, f.severity, f.path]),
    [['coercive_statement_missing', 'blocking', '/fields/authorisingAuthority']],
  );
});

test('a statement the pack makes optional (validation after an emergency order) is only a warning citing the pack', () => {
  const findings = checkCoerciveSafeguards(coercive(false), statements);
  assert.deepEqual(
    findings.map((f) => [f.code, f.severity, f.path]),
    [['coercive_statement_deferred', 'warning', '/fields/authorisingAuthority']],
  );
  assert.equal(findings[0]!.provision?.source, 'test pack, authorisingAuthority');
  assert.equal(
    checkCoerciveSafeguards(coercive(false), { ...statements, authorisingAuthority: 'Judge' }).length,
    0,
  );
});

test('an instrument that does not list a statement at all still needs it', () => {
  const bare = { coercive: { value: true, source: 's', confidence: 'checked' } } as unknown as Instrument;
  assert.equal(checkCoerciveSafeguards(bare, {}).filter((f) => f.severity === 'blocking').length, 3);
});
