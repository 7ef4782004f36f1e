import assert from 'node:assert/strict';
import { test } from 'node:test';
import { signWebhook, verifyWebhook } from './webhook-signature.js';

const at = new Date('2026-05-04T03:00:00Z');
const body = '{"event":"request.received","requestId":"r1"}';

test('a signature verifies with the same secret and body', () => {
  const header = signWebhook('s3cret', body, at);
  assert.match(header, /^t=\d+,v1=[0-9a-f]{64}$/);
  assert.deepEqual(verifyWebhook('s3cret', header, body, at), { ok: true, timestamp: at.getTime() / 1000 });
});

test('another secret, a changed body or a changed timestamp fail', () => {
  const header = signWebhook('s3cret', body, at);
  assert.deepEqual(verifyWebhook('other', header, body, at), { ok: false, reason: 'bad_signature' });
  assert.deepEqual(verifyWebhook('s3cret', header, `${body} `, at), { ok: false, reason: 'bad_signature' });
  const shifted = header.replace(/^t=(\d+)/, (_, t: string) => `t=${Number(t) + 1}`);
  assert.deepEqual(verifyWebhook('s3cret', shifted, body, at), { ok: false, reason: 'bad_signature' });
});

test('a replay after the tolerance window is refused, as is one from the future', () => {
  const header = signWebhook('s3cret', body, at);
  assert.deepEqual(verifyWebhook('s3cret', header, body, new Date(at.getTime() + 301_000)), {
    ok: false,
    reason: 'too_old',
  });
  assert.deepEqual(verifyWebhook('s3cret', header, body, new Date(at.getTime() - 301_000)), {
    ok: false,
    reason: 'from_the_future',
  });
  assert.equal(verifyWebhook('s3cret', header, body, new Date(at.getTime() + 299_000)).ok, true);
});

test('garbage headers are a format error, not an exception', () => {
  for (const h of [undefined, '', 't=abc,v1=00', 'v1=aa', `t=1,v1=${'z'.repeat(64)}`]) {
    assert.deepEqual(verifyWebhook('s3cret', h, body, at), { ok: false, reason: 'bad_format' });
  }
});
