/**
 * Each evidence file's key is sealed with the node's evidence key (HKDF from the node's key
 * secret, so no second secret to keep) before it is stored beside the file's facts.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { FileKey } from './sealed-file.js';
import { DomainError } from '../../core/errors.js';

export function evidenceKeyFrom(secret: string): Buffer {
  return Buffer.from(
    hkdfSync('sha256', Buffer.from(secret, 'utf8'), Buffer.alloc(0), 'comity evidence file keys v1', 32),
  );
}

export function sealFileKey(evidenceKey: Buffer, fileId: string, fileKey: FileKey): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', evidenceKey, nonce);
  cipher.setAAD(Buffer.from(fileId));
  const sealed = Buffer.concat([
    cipher.update(Buffer.concat([fileKey.key, fileKey.ivPrefix])),
    cipher.final(),
  ]);
  return [
    'v1',
    nonce.toString('base64url'),
    sealed.toString('base64url'),
    cipher.getAuthTag().toString('base64url'),
  ].join('.');
}

export function openFileKey(evidenceKey: Buffer, fileId: string, sealed: string): FileKey {
  const [version, nonce, body, tag] = sealed.split('.');
  if (version !== 'v1' || !nonce || !body || !tag)
    throw new DomainError('evidence_integrity_failed', 'the sealed key of an evidence file is malformed');
  const decipher = createDecipheriv('aes-256-gcm', evidenceKey, Buffer.from(nonce, 'base64url'));
  decipher.setAAD(Buffer.from(fileId));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  const plain = Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]);
  return { key: plain.subarray(0, 32), ivPrefix: plain.subarray(32, 40) };
}
