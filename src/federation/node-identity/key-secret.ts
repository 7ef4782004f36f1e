/**
 * Where the secret that seals the node's private keys comes from: the configuration, or — for
 * an embedded SQLite node with none configured — a random secret kept in `node.secret` (mode
 * 0600) beside the database, so a single-machine node starts with no manual step. PostgreSQL
 * nodes must configure it: several instances share the sealed keys.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ValidationError } from '../../core/errors.js';

export const SECRET_FILE = 'node.secret';

export interface KeySecretSource {
  readonly keySecret?: string;
  readonly dataDir: string;
  readonly dialect: 'sqlite' | 'postgres';
}

/** Returns the configured secret, or reads (creating on first start) `<dataDir>/node.secret`. */
export function resolveKeySecret(source: KeySecretSource): string {
  if (source.keySecret !== undefined) return source.keySecret;
  if (source.dialect === 'postgres')
    throw new ValidationError('COMITY_KEY_SECRET must be set when the node runs on PostgreSQL');
  const path = join(source.dataDir, SECRET_FILE);
  if (existsSync(path)) {
    const secret = readFileSync(path, 'utf8').trim();
    if (secret.length < 16) throw new ValidationError(`${path} holds no usable secret`);
    return secret;
  }
  mkdirSync(source.dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  // 'wx' fails if another process created the file meanwhile: never overwrite a secret.
  writeFileSync(path, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(path, 0o600);
  return secret;
}
