/**
 * `npm run bench -- federation-crypto`: envelope seal/open rates next to the raw node:crypto
 * operations they are made of (Ed25519 sign/verify, ephemeral X25519 + HKDF + AES-256-GCM),
 * measured in the same run, plus jose's nested JWS-in-JWE for comparison. 1 KB payloads.
 */
import {
  createCipheriv,
  createDecipheriv,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  sign,
  verify,
} from 'node:crypto';
import { CompactEncrypt, CompactSign, compactDecrypt, compactVerify, importJWK } from 'jose';
import { systemClock } from '../src/core/clock.js';
import {
  type PartyRef,
  generateKeyPair,
  localDecrypter,
  localSigner,
  openEnvelope,
  sealEnvelope,
  signatureHeaders,
  verifyRequest,
} from '../src/federation/index.js';
import { type BenchReport, newReport } from './report.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const PAYLOAD = { kind: 'preservation', text: 'x'.repeat(1000) };
const PAYLOAD_BYTES = Buffer.from(JSON.stringify(PAYLOAD));

/**
 * Operations per second of `fn`: best of three slices of about SECONDS/3 each, after a short
 * warm-up. The best slice, not the mean, because the machine is shared and load from other
 * processes only ever slows a slice down.
 */
async function rate(fn: () => unknown | Promise<unknown>): Promise<number> {
  for (let i = 0; i < 50; i++) await fn();
  let best = 0;
  for (let slice = 0; slice < 3; slice++) {
    const started = performance.now();
    const deadline = started + (SECONDS * 1000) / 3;
    let n = 0;
    while (performance.now() < deadline) {
      for (let i = 0; i < 20; i++) await fn();
      n += 20;
    }
    best = Math.max(best, n / ((performance.now() - started) / 1000));
  }
  return best;
}

export async function run(): Promise<BenchReport> {
  const report = newReport('federation-crypto');
  const sig = generateKeyPair('Ed25519');
  const enc = generateKeyPair('X25519');
  const signer = localSigner(sig);
  const decrypter = localDecrypter(enc);
  const FROM: PartyRef = { node: 'https://comity.fr.example' };
  const TO: PartyRef = { node: 'https://comity.ke.example' };
  const sigPublic = sig.publicJwk;

  // Raw baselines.
  const rawSignVerify = await rate(() => {
    const s = sign(null, PAYLOAD_BYTES, sig.privateKey);
    return verify(null, PAYLOAD_BYTES, sig.privateKey, s);
  });
  const recipientPublic = createPublicKey(enc.privateKey);
  const rawSeal = () => {
    const eph = generateKeyPairSync('x25519');
    const key = Buffer.from(
      hkdfSync(
        'sha256',
        diffieHellman({ privateKey: eph.privateKey, publicKey: recipientPublic }),
        '',
        'comity',
        32,
      ),
    );
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', key, iv);
    const ct = Buffer.concat([c.update(PAYLOAD_BYTES), c.final()]);
    return { eph: eph.publicKey, iv, ct, tag: c.getAuthTag() };
  };
  const rawOpen = (box: ReturnType<typeof rawSeal>) => {
    const key = Buffer.from(
      hkdfSync('sha256', diffieHellman({ privateKey: enc.privateKey, publicKey: box.eph }), '', 'comity', 32),
    );
    const d = createDecipheriv('aes-256-gcm', key, box.iv);
    d.setAuthTag(box.tag);
    return Buffer.concat([d.update(box.ct), d.final()]);
  };
  const rawSealOpen = await rate(() => rawOpen(rawSeal()));
  const rawSealOnly = await rate(rawSeal);
  const box = rawSeal();
  const rawOpenOnly = await rate(() => rawOpen(box));
  const signature = sign(null, PAYLOAD_BYTES, sig.privateKey);
  const rawSignSeal = await rate(() => {
    sign(null, PAYLOAD_BYTES, sig.privateKey);
    return rawSeal();
  });
  const rawOpenVerify = await rate(() => {
    rawOpen(box);
    return verify(null, PAYLOAD_BYTES, sig.privateKey, signature);
  });
  const rawFull = await rate(() => {
    const s = sign(null, PAYLOAD_BYTES, sig.privateKey);
    rawOpen(rawSeal());
    return verify(null, PAYLOAD_BYTES, sig.privateKey, s);
  });
  const raw = (name: string, value: number) => ({ name, value, unit: 'ops/s' });
  report.results.push(
    { name: 'raw Ed25519 sign+verify', value: rawSignVerify, unit: 'ops/s' },
    { name: 'raw X25519+HKDF+AES-GCM seal+open', value: rawSealOpen, unit: 'ops/s' },
    { name: 'raw X25519+HKDF+AES-GCM seal', value: rawSealOnly, unit: 'ops/s' },
    { name: 'raw X25519+HKDF+AES-GCM open', value: rawOpenOnly, unit: 'ops/s' },
  );

  // Our envelope.
  const sealInput = {
    signer,
    from: FROM,
    to: TO,
    recipientKey: { kid: enc.kid, jwk: enc.publicJwk },
    type: 'request.preservation',
    payload: PAYLOAD,
    clock: systemClock,
  };
  const openOptions = {
    decrypters: [decrypter],
    expectedRecipient: TO,
    resolveSenderKey: (_s: PartyRef, kid: string) => ({ kid, jwk: sigPublic }),
    clock: systemClock,
  };
  const sealed = await sealEnvelope(sealInput);
  const check = await openEnvelope(sealed.compact, openOptions);
  if (!check.ok) throw new Error(`bench envelope does not open: ${check.reason}`);
  const envSeal = await rate(() => sealEnvelope(sealInput));
  const envOpen = await rate(() => openEnvelope(sealed.compact, openOptions));
  const envBoth = await rate(async () => openEnvelope((await sealEnvelope(sealInput)).compact, openOptions));
  report.results.push(
    {
      name: 'envelope seal (sign + encrypt)',
      value: envSeal,
      unit: 'ops/s',
      baseline: raw('raw sign + seal', rawSignSeal),
    },
    {
      name: 'envelope open (decrypt + verify)',
      value: envOpen,
      unit: 'ops/s',
      baseline: raw('raw open + verify', rawOpenVerify),
    },
    {
      name: 'envelope seal+open',
      value: envBoth,
      unit: 'ops/s',
      baseline: raw('raw sign+seal+open+verify', rawFull),
    },
  );

  // jose nested JWS-in-JWE, same algorithms.
  const edPriv = await importJWK(sig.privateKey.export({ format: 'jwk' }) as never, 'EdDSA');
  const edPub = await importJWK(sig.publicJwk, 'EdDSA');
  const xPriv = await importJWK(enc.privateKey.export({ format: 'jwk' }) as never, 'ECDH-ES');
  const xPub = await importJWK(enc.publicJwk, 'ECDH-ES');
  const joseSeal = async () => {
    const jws = await new CompactSign(PAYLOAD_BYTES)
      .setProtectedHeader({ alg: 'EdDSA', kid: sig.kid })
      .sign(edPriv);
    return new CompactEncrypt(new TextEncoder().encode(jws))
      .setProtectedHeader({ alg: 'ECDH-ES', enc: 'A256GCM', kid: enc.kid })
      .encrypt(xPub);
  };
  const joseOpen = async (jwe: string) => {
    const { plaintext } = await compactDecrypt(jwe, xPriv);
    return compactVerify(new TextDecoder().decode(plaintext), edPub);
  };
  const joseCompact = await joseSeal();
  const jSeal = await rate(joseSeal);
  const jOpen = await rate(() => joseOpen(joseCompact));
  const jBoth = await rate(async () => joseOpen(await joseSeal()));
  report.results.push(
    {
      name: 'jose nested seal',
      value: jSeal,
      unit: 'ops/s',
      baseline: raw('raw sign + seal', rawSignSeal),
      notes: `ours is ${(envSeal / jSeal).toFixed(1)}x jose`,
    },
    {
      name: 'jose nested open',
      value: jOpen,
      unit: 'ops/s',
      baseline: raw('raw open + verify', rawOpenVerify),
      notes: `ours is ${(envOpen / jOpen).toFixed(1)}x jose`,
    },
    {
      name: 'jose nested seal+open',
      value: jBoth,
      unit: 'ops/s',
      baseline: raw('raw sign+seal+open+verify', rawFull),
      notes: `ours is ${(envBoth / jBoth).toFixed(1)}x jose`,
    },
  );

  // Transport signature of a 20-envelope batch (sign + verify, body hashed twice).
  const body = JSON.stringify({ batchId: 'b', envelopes: Array.from({ length: 20 }, () => sealed.compact) });
  const message = {
    method: 'POST',
    url: 'https://comity.ke.example/federation/v1/inbox',
    headers: { 'content-type': 'application/json' },
    body,
  };
  const httpBoth = await rate(async () => {
    const headers = await signatureHeaders(message, { signer, clock: systemClock });
    return verifyRequest(
      { ...message, headers: { ...message.headers, ...headers } },
      {
        resolveKey: (kid) => ({ kid, jwk: sigPublic }),
        clock: systemClock,
      },
    );
  });
  report.results.push({
    name: `HTTP signature sign+verify (${Math.round(body.length / 1024)} KB batch)`,
    value: httpBoth,
    unit: 'ops/s',
    baseline: raw('raw Ed25519 sign+verify', rawSignVerify),
  });
  return report;
}
