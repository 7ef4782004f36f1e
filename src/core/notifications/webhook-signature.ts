/**
 * Outgoing webhooks are signed with HMAC-SHA256 over `<timestamp>.<body>`, sent as
 * `Comity-Signature: t=<unix seconds>,v1=<hex>`. The timestamp inside the signed bytes lets a
 * receiver refuse replays older than its tolerance (the same scheme payment providers use, so
 * existing receivers' code carries over).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const WEBHOOK_SIGNATURE_HEADER = 'comity-signature';

export function signWebhook(secret: string, body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  return `t=${t},v1=${v1}`;
}

export type WebhookVerdict =
  | { readonly ok: true; readonly timestamp: number }
  | { readonly ok: false; readonly reason: 'bad_format' | 'bad_signature' | 'too_old' | 'from_the_future' };

/** Checks a received signature; `toleranceSeconds` bounds how old (or early) a delivery may be. */
export function verifyWebhook(
  secret: string,
  header: string | undefined,
  body: string,
  now: Date,
  toleranceSeconds = 300,
): WebhookVerdict {
  const match = header ? /^t=(\d{1,12}),v1=([0-9a-f]{64})$/.exec(header.trim()) : null;
  if (!match) return { ok: false, reason: 'bad_format' };
  const timestamp = Number(match[1]);
  const expected = Buffer.from(createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex'));
  if (!timingSafeEqual(expected, Buffer.from(match[2]!))) return { ok: false, reason: 'bad_signature' };
  const age = Math.floor(now.getTime() / 1000) - timestamp;
  if (age > toleranceSeconds) return { ok: false, reason: 'too_old' };
  if (age < -toleranceSeconds) return { ok: false, reason: 'from_the_future' };
  return { ok: true, timestamp };
}
