import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DomainError } from '../../errors.js';
import { fixtureRegistry } from '../../../../test/support/legal/fixture-registry.js';
import { evaluateDualCriminality } from './dual-criminality.js';

const registry = fixtureRegistry();
const base = { regime: 'test-regime', requestingState: 'TB', requestedState: 'TA' } as const;

describe('evaluateDualCriminality (fixture)', () => {
  const cases = [
    {
      name: 'preservation of a Convention offence needs none',
      q: { ...base, instrument: 'preservation', offences: [{ code: 'UNCC-7' }] },
      outcome: 'not_required',
    },
    {
      name: 'preservation for a non-Convention offence triggers the reservation check',
      q: { ...base, instrument: 'preservation', offences: [{ code: 'UNCC-SC', conduct: ['fraud'] }] },
      outcome: 'not_satisfied',
    },
    {
      name: 'declared element present in the facts',
      q: {
        ...base,
        instrument: 'stored_data',
        offences: [{ code: 'UNCC-7', elements: { security_breach: true } }],
      },
      outcome: 'satisfied',
    },
    {
      name: 'declared element excluded by the facts',
      q: {
        ...base,
        instrument: 'stored_data',
        offences: [{ code: 'UNCC-7', elements: { security_breach: false } }],
      },
      outcome: 'not_satisfied',
    },
    {
      name: 'declared element not stated',
      q: { ...base, instrument: 'stored_data', offences: [{ code: 'UNCC-7' }] },
      outcome: 'cannot_decide',
    },
    {
      name: 'no mapping in a complete list',
      q: { ...base, instrument: 'stored_data', offences: [{ code: 'UNCC-9' }] },
      outcome: 'not_satisfied',
    },
    {
      name: 'serious crime matched on conduct',
      q: { ...base, instrument: 'stored_data', offences: [{ code: 'UNCC-SC', conduct: ['Extortion'] }] },
      outcome: 'satisfied',
    },
    {
      name: 'serious crime without conduct',
      q: { ...base, instrument: 'stored_data', offences: [{ code: 'UNCC-SC' }] },
      outcome: 'cannot_decide',
    },
    {
      name: 'coercive-only State, non-coercive request',
      q: {
        regime: 'test-regime',
        requestingState: 'TA',
        requestedState: 'TB',
        instrument: 'stored_data',
        coercive: false,
        offences: [{ code: 'UNCC-9' }],
      },
      outcome: 'not_required',
    },
    {
      name: 'coercive-only State, coercive request, mapped offence',
      q: {
        regime: 'test-regime',
        requestingState: 'TA',
        requestedState: 'TB',
        instrument: 'stored_data',
        offences: [{ code: 'UNCC-9' }],
      },
      outcome: 'satisfied',
    },
  ] as const;
  for (const c of cases) {
    it(c.name, () => {
      const r = evaluateDualCriminality(registry, c.q);
      assert.equal(r.outcome, c.outcome, r.reasons.join('\n'));
      assert.ok(r.reasons.length > 0);
      assert.ok(r.provisions.length > 0);
      for (const p of r.provisions) assert.ok(p.source && p.confidence);
    });
  }

  it('cites the matched national provision and the equivalence rule', () => {
    const r = evaluateDualCriminality(registry, {
      ...base,
      instrument: 'stored_data',
      offences: [{ code: 'UNCC-7', elements: { security_breach: true } }],
    });
    assert.deepEqual(r.offences[0]?.matched, [{ id: 'TA-1', provision: 'TA s. 1', maxPenaltyYears: 3 }]);
    assert.match(r.reasons[0]!, /TA s\. 1/);
  });

  it('refuses an instrument the regime does not provide', () => {
    assert.throws(
      () => evaluateDualCriminality(registry, { ...base, instrument: 'interception', offences: [] }),
      (e: unknown) => e instanceof DomainError && e.code === 'instrument_not_available',
    );
  });
});
