import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TransferConditions } from '../lifecycle/types.js';
import {
  type ConsentRecord,
  decideDataUse,
  type ReceivedDataItem,
  type UseProposal,
} from './onward-transfer.js';

function item(over: Partial<TransferConditions> = {}): ReceivedDataItem {
  return {
    id: 'd1',
    originState: 'XA',
    requestId: 'req-2',
    receivedAt: '2026-06-01T10:00:00.000Z',
    conditions: {
      purpose: 'Investigation XB-2026-041 (ransomware)',
      retentionUntil: '2028-06-01T00:00:00.000Z',
      onwardTransfer: 'with_prior_consent',
      consentForm: 'written',
      personalDataCategories: ['traffic data'],
      source: 'UNCC art. 36',
      confidence: 'unconfirmed',
      ...over,
    },
  };
}

const consent = (over: Partial<ConsentRecord>): ConsentRecord => ({
  id: 'k1',
  dataItemId: 'd1',
  grantedBy: 'XA',
  grantedAt: '2026-07-01T00:00:00.000Z',
  scope: 'onward_transfer',
  recipient: 'XC',
  form: 'written',
  reference: 'XA-CA-2026/77',
  ...over,
});

const at = '2026-08-01T00:00:00.000Z';
const onward: UseProposal = { kind: 'onward_transfer', purpose: 'joint case', recipient: 'XC', at };
const reuse: UseProposal = { kind: 'reuse', purpose: 'Tax inquiry', at };

describe('decideDataUse (limitation on use and onward transfer)', () => {
  const table: {
    name: string;
    item: ReceivedDataItem;
    p: UseProposal;
    consents: ConsentRecord[];
    want: string;
  }[] = [
    {
      name: 'same purpose',
      item: item(),
      p: { ...reuse, purpose: 'investigation xb-2026-041 (ransomware)' },
      consents: [],
      want: 'same_purpose',
    },
    {
      name: 'new purpose without consent',
      item: item(),
      p: reuse,
      consents: [],
      want: 'prior_consent_required',
    },
    {
      name: 'new purpose with matching consent',
      item: item(),
      p: reuse,
      consents: [consent({ scope: 'reuse', purpose: 'tax inquiry', recipient: undefined })],
      want: 'consent',
    },
    {
      name: 'consent for another purpose does not count',
      item: item(),
      p: reuse,
      consents: [consent({ scope: 'reuse', purpose: 'something else' })],
      want: 'prior_consent_required',
    },
    {
      name: 'onward transfer forbidden',
      item: item({ onwardTransfer: 'forbidden' }),
      p: onward,
      consents: [consent({})],
      want: 'onward_transfer_forbidden',
    },
    {
      name: 'onward transfer allowed by conditions',
      item: item({ onwardTransfer: 'allowed' }),
      p: onward,
      consents: [],
      want: 'conditions_allow',
    },
    {
      name: 'onward transfer without consent',
      item: item(),
      p: onward,
      consents: [],
      want: 'prior_consent_required',
    },
    {
      name: 'onward transfer with consent',
      item: item(),
      p: onward,
      consents: [consent({})],
      want: 'consent',
    },
    {
      name: 'consent for another recipient',
      item: item(),
      p: onward,
      consents: [consent({ recipient: 'XD' })],
      want: 'prior_consent_required',
    },
    {
      name: 'consent by another State',
      item: item(),
      p: onward,
      consents: [consent({ grantedBy: 'XB' })],
      want: 'prior_consent_required',
    },
    {
      name: 'oral consent where writing is required',
      item: item(),
      p: onward,
      consents: [consent({ form: 'oral' })],
      want: 'consent_form_insufficient',
    },
    {
      name: 'oral consent where any form will do',
      item: item({ consentForm: 'any' }),
      p: onward,
      consents: [consent({ form: 'oral' })],
      want: 'consent',
    },
    {
      name: 'consent given after the proposed use',
      item: item(),
      p: onward,
      consents: [consent({ grantedAt: '2026-09-01T00:00:00.000Z' })],
      want: 'prior_consent_required',
    },
    {
      name: 'expired consent',
      item: item(),
      p: onward,
      consents: [consent({ expiresAt: '2026-07-15T00:00:00.000Z' })],
      want: 'prior_consent_required',
    },
    {
      name: 'retention over',
      item: item({ retentionUntil: '2026-07-01T00:00:00.000Z' }),
      p: { ...reuse, purpose: 'Investigation XB-2026-041 (ransomware)' },
      consents: [],
      want: 'retention_expired',
    },
  ];
  for (const t of table) {
    it(t.name, () => {
      const d = decideDataUse(t.item, t.p, t.consents);
      assert.equal(d.allowed ? d.basis : d.code, t.want);
      assert.ok(d.reasons.length > 0 && d.provisions.length > 0);
      if (d.allowed && d.basis === 'consent') assert.equal(d.consent?.reference, 'XA-CA-2026/77');
    });
  }
});
