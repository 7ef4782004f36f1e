/**
 * The wire messages of multilateral alerts (docs/FEDERATION.md §18): one alert addressed to
 * many States travels as one envelope per recipient, each naming every State addressed, and
 * each recipient may answer its sender.
 */
import { Type } from 'typebox';
import { messageType } from '../../federation/messages/message-type.js';

export const ALERT_KINDS = ['alert', 'spontaneous_information'] as const;
export const ALERT_TLPS = ['clear', 'green', 'amber'] as const;
const Enum = <T extends readonly string[]>(values: T) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values] });

export const ALERT_NOTICE = messageType({
  type: 'alert.notice',
  summary:
    'An alert or spontaneous information addressed to several States at once; one envelope per recipient, each listing every State addressed. The receiver answers with `delivered`, `opened` and `answered` receipts as people act on it.',
  schema: Type.Object({
    alertId: Type.String({ pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' }),
    kind: Enum(ALERT_KINDS),
    title: Type.String({ minLength: 1, maxLength: 300 }),
    body: Type.String({ minLength: 1, maxLength: 20_000 }),
    tlp: Enum(ALERT_TLPS),
    recipients: Type.Array(Type.String({ pattern: '^[A-Z]{2}$' }), { minItems: 1, maxItems: 250 }),
    sentAt: Type.String({ maxLength: 40 }),
  }),
  example: {
    alertId: '0b8a3f52-6d1e-4c9a-8e7f-1a2b3c4d5e6f',
    kind: 'alert',
    title: 'Ransomware campaign against hospitals: same affiliate, same entry point',
    body: 'Since 1 May, hospitals in five States were encrypted after a VPN appliance was exploited. Indicators are shared as incident 4c5d…; please check your hospitals.',
    tlp: 'green',
    recipients: ['XB', 'XC', 'XD'],
    sentAt: '2026-05-04T08:00:00.000Z',
  },
});

export const ALERT_ANSWER = messageType({
  type: 'alert.answer',
  summary: "A recipient's answer to an alert, sent to the alert's sender only.",
  schema: Type.Object({
    alertId: Type.String({ pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' }),
    text: Type.String({ minLength: 1, maxLength: 20_000 }),
  }),
  example: {
    alertId: '0b8a3f52-6d1e-4c9a-8e7f-1a2b3c4d5e6f',
    text: 'Two of our hospitals run the same appliance; both are patched and no intrusion is seen.',
  },
});

export const ALERT_MESSAGES = [ALERT_NOTICE, ALERT_ANSWER] as const;
