/**
 * The node's configuration as an administrator or auditor may read it: every documented
 * variable with the value in effect, secrets never shown — the key secret only as set or not,
 * passwords inside URLs masked.
 */
import { type Config, redact, VARIABLES } from './config.js';

export interface Setting {
  readonly variable: string;
  /** The value in effect, masked where it is a secret; null when unset (the default applies). */
  readonly value: string | null;
  readonly secret: boolean;
  readonly default: string;
  readonly description: string;
}

const value: Record<string, (c: Config) => string | null> = {
  COMITY_DATA_DIR: (c) => c.dataDir,
  COMITY_HOST: (c) => c.host,
  COMITY_PORT: (c) => String(c.port),
  COMITY_DATABASE_URL: (c) => redact(c.databaseUrl),
  COMITY_DATABASE_POOL_SIZE: (c) => String(c.databasePoolSize),
  COMITY_PUBLIC_URL: (c) => c.publicUrl,
  COMITY_TRUST_PROXY: (c) => String(c.trustProxy),
  COMITY_LOG_LEVEL: (c) => c.logLevel,
  COMITY_BODY_LIMIT_BYTES: (c) => String(c.bodyLimitBytes),
  COMITY_TAXII_MAX_CONTENT_LENGTH: (c) => String(c.taxiiMaxContentLength),
  COMITY_MISP_MAX_CONTENT_LENGTH: (c) => String(c.mispMaxContentLength),
  COMITY_SESSION_TTL_HOURS: (c) => String(c.sessionTtlHours),
  COMITY_LOGIN_MAX_ATTEMPTS: (c) => String(c.loginMaxAttempts),
  COMITY_LOGIN_LOCKOUT_MINUTES: (c) => String(c.loginLockoutMinutes),
  COMITY_MIGRATE_ON_START: (c) => String(c.migrateOnStart),
  COMITY_SHUTDOWN_TIMEOUT_MS: (c) => String(c.shutdownTimeoutMs),
  // Never the secret itself, nor its length: only whether one is configured.
  COMITY_KEY_SECRET: (c) => (c.keySecret ? '(set)' : null),
  COMITY_NODE_ID: (c) => c.nodeId,
  COMITY_DELIVERY_ALERT_MINUTES: (c) => String(c.deliveryAlertMinutes),
  COMITY_SMTP_URL: (c) => (c.smtpUrl ? redact(c.smtpUrl) : null),
  COMITY_MAIL_FROM: (c) => c.mailFrom,
  COMITY_ESCALATION_MINUTES: (c) => String(c.escalationMinutes),
  COMITY_CONSOLE_DIR: (c) => c.consoleDir ?? null,
  COMITY_DEADLINE_LAST_CALL_HOURS: (c) => String(c.lastCallHours),
};

const SECRETS = new Set(['COMITY_KEY_SECRET', 'COMITY_DATABASE_URL', 'COMITY_SMTP_URL']);

export function describeConfiguration(config: Config): Setting[] {
  return VARIABLES.map((v) => ({
    variable: v.name,
    value: value[v.name]?.(config) ?? null,
    secret: SECRETS.has(v.name),
    default: v.default,
    description: v.description,
  }));
}
