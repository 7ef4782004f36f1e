/** Typed errors raised by key handling; verification paths return results instead. */
import { DomainError } from '../../core/errors.js';

/** The configured secret does not open this sealed key file (or the file was altered). */
export class KeySecretError extends DomainError {
  override readonly name = 'KeySecretError';
  constructor(kid: string | undefined) {
    super(
      'key_secret_wrong',
      `the configured key secret does not open sealed key ${kid ?? '(unnamed)'}: check COMITY key secret, or the file was altered`,
      { details: { kid } },
    );
  }
}

/** The sealed key file is not in a format or version this build understands. */
export class SealedKeyFormatError extends DomainError {
  override readonly name = 'SealedKeyFormatError';
  constructor(problem: string) {
    super('sealed_key_malformed', `sealed key file is not usable: ${problem}`, {
      details: { problem },
    });
  }
}
