/**
 * Configuration is read once, at the edge: environment (and CLI flags, which win) → a typed,
 * frozen Config with defaults and cross-field checks. A wrong value stops start-up with one
 * line naming the variable. The server itself is built from a Config object, which is what
 * tests pass in directly.
 */
import { resolve } from 'node:path';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  /** Directory for the embedded database, keys and other node files. */
  readonly dataDir: string;
  readonly host: string;
  readonly port: number;
  /** `postgres://…` or the path of the SQLite file. */
  readonly databaseUrl: string;
  readonly dialect: 'sqlite' | 'postgres';
  /** The URL peers and browsers use to reach this node. */
  readonly publicUrl: string;
  /** True when the public URL is https: cookies are then marked Secure. */
  readonly secureCookies: boolean;
  readonly trustProxy: boolean;
  readonly logLevel: LogLevel;
  readonly bodyLimitBytes: number;
  /** Largest body a TAXII client may POST (the API root's `max_content_length`). */
  readonly taxiiMaxContentLength: number;
  /** Largest body a MISP client may send (an event with its attributes) to `/misp/`. */
  readonly mispMaxContentLength: number;
  readonly sessionTtlHours: number;
  readonly loginMaxAttempts: number;
  readonly loginLockoutMinutes: number;
  readonly migrateOnStart: boolean;
  readonly shutdownTimeoutMs: number;
  readonly databasePoolSize: number;
  /**
   * Secret that seals the node's private keys at rest. Absent on SQLite means "use (or create)
   * `node.secret` in the data dir"; PostgreSQL nodes must set it, since several instances share it.
   */
  readonly keySecret?: string;
  /** This node's id in envelope headers and peer cards. */
  readonly nodeId: string;
  /** Minutes an outgoing message may wait undelivered before the 24/7 officer is alerted. */
  readonly deliveryAlertMinutes: number;
  /** `smtp://` or `smtps://` URL of the mail relay; e-mail notifications fail (visibly) without it. */
  readonly smtpUrl?: string;
  /** Sender address of e-mail notifications. */
  readonly mailFrom: string;
  /** Minutes a received request may wait unacknowledged before the next person is alerted. */
  readonly escalationMinutes: number;
  /** Hours before a running deadline falls due when the officer on call gets a last call. */
  readonly lastCallHours: number;
  /** Directory of the built web console; absent means the package's own `dist/web`. */
  readonly consoleDir?: string;
}

/** One documented variable: the README's configuration table is generated from this list. */
export interface VariableSpec {
  readonly name: string;
  readonly flag?: string;
  readonly default: string;
  readonly description: string;
}

export const VARIABLES: readonly VariableSpec[] = [
  {
    name: 'COMITY_DATA_DIR',
    flag: '--data-dir',
    default: './data',
    description: 'Directory for the embedded SQLite database and node files.',
  },
  {
    name: 'COMITY_HOST',
    flag: '--host',
    default: '127.0.0.1',
    description: 'Interface to listen on; `0.0.0.0` to accept peers and users from the network.',
  },
  {
    name: 'COMITY_PORT',
    flag: '--port',
    default: '8080',
    description: 'TCP port of the HTTP API, web console and federation inbox.',
  },
  {
    name: 'COMITY_DATABASE_URL',
    flag: '--database-url',
    default: '(SQLite in the data dir)',
    description: 'A `postgres://` URL switches the node to PostgreSQL; a path names another SQLite file.',
  },
  {
    name: 'COMITY_DATABASE_POOL_SIZE',
    default: '10',
    description: 'PostgreSQL connection pool size (1–200).',
  },
  {
    name: 'COMITY_PUBLIC_URL',
    flag: '--public-url',
    default: 'http://HOST:PORT',
    description: 'URL users and peers reach this node at; https makes session cookies Secure.',
  },
  {
    name: 'COMITY_TRUST_PROXY',
    default: 'false',
    description: 'Trust X-Forwarded-* headers from a reverse proxy (true/false).',
  },
  {
    name: 'COMITY_LOG_LEVEL',
    default: 'info',
    description: 'fatal, error, warn, info, debug, trace or silent.',
  },
  { name: 'COMITY_BODY_LIMIT_BYTES', default: '1048576', description: 'Largest accepted JSON request body.' },
  {
    name: 'COMITY_TAXII_MAX_CONTENT_LENGTH',
    default: '33554432',
    description: 'Largest body a TAXII client may POST to a collection (announced as max_content_length).',
  },
  {
    name: 'COMITY_MISP_MAX_CONTENT_LENGTH',
    default: '268435456',
    description: 'Largest body a MISP client may send to /misp/ (an event with all its attributes).',
  },
  { name: 'COMITY_SESSION_TTL_HOURS', default: '12', description: 'Lifetime of a login session (1–720).' },
  {
    name: 'COMITY_LOGIN_MAX_ATTEMPTS',
    default: '5',
    description: 'Failed logins before an account is locked (1–100).',
  },
  {
    name: 'COMITY_LOGIN_LOCKOUT_MINUTES',
    default: '15',
    description: 'How long a locked account stays locked.',
  },
  {
    name: 'COMITY_MIGRATE_ON_START',
    default: 'true',
    description: 'Apply pending database migrations when the node starts.',
  },
  {
    name: 'COMITY_SHUTDOWN_TIMEOUT_MS',
    default: '10000',
    description: 'How long a graceful shutdown waits for in-flight requests.',
  },
  {
    name: 'COMITY_KEY_SECRET',
    default: '(SQLite: generated `node.secret` in the data dir)',
    description:
      'Secret sealing the federation private keys at rest (16+ characters); required with PostgreSQL.',
  },
  {
    name: 'COMITY_NODE_ID',
    default: '(host:port of the public URL)',
    description: "This node's id in federation envelopes and its peer card.",
  },
  {
    name: 'COMITY_DELIVERY_ALERT_MINUTES',
    default: '60',
    description:
      'Minutes an outgoing federation message may wait undelivered before the 24/7 officer is alerted (it keeps waiting).',
  },
  {
    name: 'COMITY_SMTP_URL',
    default: '(none)',
    description:
      'Mail relay for e-mail notifications, e.g. `smtp://user:pass@mail.example:587` or `smtps://…`.',
  },
  {
    name: 'COMITY_MAIL_FROM',
    default: 'comity@<public host>',
    description: 'Sender address of e-mail notifications.',
  },
  {
    name: 'COMITY_ESCALATION_MINUTES',
    default: '30',
    description:
      'Minutes a received request may wait unacknowledged before the officer on call, then the backup, then the head of the authority is alerted (1–1440).',
  },
  {
    name: 'COMITY_CONSOLE_DIR',
    default: '(the built console of this package)',
    description: 'Directory of the built web console served at `/` (`npm run build:console` makes it).',
  },
  {
    name: 'COMITY_DEADLINE_LAST_CALL_HOURS',
    default: '24',
    description:
      'Hours before any running deadline of a received request falls due when the officer on call is reminded (1–720); regime packs add their own reminders.',
  },
];

/** A configuration value is wrong; `message` is the one line shown to the operator. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`${variable}: ${reason}`);
  }
}

export type Overrides = Partial<Record<(typeof VARIABLES)[number]['name'], string | undefined>>;

/** Builds the config from an environment (defaults to process.env) and CLI overrides. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Overrides = {}): Config {
  const read = (name: string): string | undefined => {
    const value = (overrides as Record<string, string | undefined>)[name] ?? env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  };

  const dataDir = resolve(read('COMITY_DATA_DIR') ?? './data');
  const host = read('COMITY_HOST') ?? '127.0.0.1';
  if (!/^[\w.:-]+$/.test(host))
    throw new ConfigError('COMITY_HOST', `not a host name or address (got "${host}")`);
  const port = int('COMITY_PORT', read('COMITY_PORT'), 8080, 0, 65535);

  const rawDb = read('COMITY_DATABASE_URL');
  let databaseUrl: string;
  let dialect: Config['dialect'];
  if (rawDb && /^[a-z][a-z0-9+.-]*:\/\//i.test(rawDb)) {
    if (!/^postgres(ql)?:\/\//i.test(rawDb)) {
      throw new ConfigError(
        'COMITY_DATABASE_URL',
        `only postgres:// URLs or SQLite file paths are supported (got "${redact(rawDb)}")`,
      );
    }
    try {
      const u = new URL(rawDb);
      if (!u.hostname && !u.searchParams.get('host')) throw new TypeError('no host');
    } catch {
      throw new ConfigError('COMITY_DATABASE_URL', `not a valid PostgreSQL URL (got "${redact(rawDb)}")`);
    }
    databaseUrl = rawDb;
    dialect = 'postgres';
  } else {
    databaseUrl = rawDb === ':memory:' ? rawDb : resolve(dataDir, rawDb ?? 'comity.sqlite');
    dialect = 'sqlite';
  }

  const displayHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const rawPublic =
    read('COMITY_PUBLIC_URL') ??
    `http://${displayHost.includes(':') ? `[${displayHost}]` : displayHost}:${port}`;
  let publicUrl: URL;
  try {
    publicUrl = new URL(rawPublic);
  } catch {
    throw new ConfigError('COMITY_PUBLIC_URL', `not a URL (got "${rawPublic}")`);
  }
  if (publicUrl.protocol !== 'http:' && publicUrl.protocol !== 'https:') {
    throw new ConfigError('COMITY_PUBLIC_URL', `must be http:// or https:// (got "${rawPublic}")`);
  }

  const logLevel = (read('COMITY_LOG_LEVEL') ?? 'info') as LogLevel;
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    throw new ConfigError(
      'COMITY_LOG_LEVEL',
      `must be one of fatal, error, warn, info, debug, trace, silent (got "${logLevel}")`,
    );
  }

  const config: Config = {
    dataDir,
    host,
    port,
    databaseUrl,
    dialect,
    publicUrl: publicUrl.toString().replace(/\/$/, ''),
    secureCookies: publicUrl.protocol === 'https:',
    trustProxy: bool('COMITY_TRUST_PROXY', read('COMITY_TRUST_PROXY'), false),
    logLevel,
    bodyLimitBytes: int(
      'COMITY_BODY_LIMIT_BYTES',
      read('COMITY_BODY_LIMIT_BYTES'),
      1_048_576,
      1024,
      1_073_741_824,
    ),
    taxiiMaxContentLength: int(
      'COMITY_TAXII_MAX_CONTENT_LENGTH',
      read('COMITY_TAXII_MAX_CONTENT_LENGTH'),
      33_554_432,
      1024,
      1_073_741_824,
    ),
    mispMaxContentLength: int(
      'COMITY_MISP_MAX_CONTENT_LENGTH',
      read('COMITY_MISP_MAX_CONTENT_LENGTH'),
      268_435_456,
      1024,
      2_147_483_647,
    ),
    sessionTtlHours: int('COMITY_SESSION_TTL_HOURS', read('COMITY_SESSION_TTL_HOURS'), 12, 1, 720),
    loginMaxAttempts: int('COMITY_LOGIN_MAX_ATTEMPTS', read('COMITY_LOGIN_MAX_ATTEMPTS'), 5, 1, 100),
    loginLockoutMinutes: int(
      'COMITY_LOGIN_LOCKOUT_MINUTES',
      read('COMITY_LOGIN_LOCKOUT_MINUTES'),
      15,
      1,
      10_080,
    ),
    migrateOnStart: bool('COMITY_MIGRATE_ON_START', read('COMITY_MIGRATE_ON_START'), true),
    shutdownTimeoutMs: int(
      'COMITY_SHUTDOWN_TIMEOUT_MS',
      read('COMITY_SHUTDOWN_TIMEOUT_MS'),
      10_000,
      0,
      600_000,
    ),
    databasePoolSize: int('COMITY_DATABASE_POOL_SIZE', read('COMITY_DATABASE_POOL_SIZE'), 10, 1, 200),
    ...(read('COMITY_KEY_SECRET') ? { keySecret: read('COMITY_KEY_SECRET') as string } : {}),
    nodeId: read('COMITY_NODE_ID') ?? publicUrl.host,
    ...(read('COMITY_SMTP_URL') ? { smtpUrl: read('COMITY_SMTP_URL') as string } : {}),
    mailFrom: read('COMITY_MAIL_FROM') ?? `comity@${publicUrl.hostname}`,
    ...(read('COMITY_CONSOLE_DIR') ? { consoleDir: resolve(read('COMITY_CONSOLE_DIR') as string) } : {}),
    escalationMinutes: int('COMITY_ESCALATION_MINUTES', read('COMITY_ESCALATION_MINUTES'), 30, 1, 1440),
    lastCallHours: int(
      'COMITY_DEADLINE_LAST_CALL_HOURS',
      read('COMITY_DEADLINE_LAST_CALL_HOURS'),
      24,
      1,
      720,
    ),
    deliveryAlertMinutes: int(
      'COMITY_DELIVERY_ALERT_MINUTES',
      read('COMITY_DELIVERY_ALERT_MINUTES'),
      60,
      1,
      525_600,
    ),
  };
  // Cross-field checks.
  if (config.dialect === 'sqlite' && config.databasePoolSize !== 10 && read('COMITY_DATABASE_POOL_SIZE')) {
    throw new ConfigError(
      'COMITY_DATABASE_POOL_SIZE',
      'only applies to PostgreSQL; COMITY_DATABASE_URL is not a postgres:// URL',
    );
  }
  if (config.trustProxy && config.host === '0.0.0.0' && !read('COMITY_PUBLIC_URL')) {
    throw new ConfigError(
      'COMITY_PUBLIC_URL',
      'must be set when COMITY_TRUST_PROXY is true and the node listens on all interfaces',
    );
  }
  if (config.keySecret !== undefined && config.keySecret.length < 16) {
    throw new ConfigError('COMITY_KEY_SECRET', 'must be at least 16 characters');
  }
  if (config.dialect === 'postgres' && config.keySecret === undefined) {
    throw new ConfigError(
      'COMITY_KEY_SECRET',
      'must be set with PostgreSQL (instances share the sealed keys, so no local secret file)',
    );
  }
  if (config.smtpUrl !== undefined && !/^smtps?:\/\/[^\s]+$/.test(config.smtpUrl)) {
    throw new ConfigError(
      'COMITY_SMTP_URL',
      `must be an smtp:// or smtps:// URL (got "${redact(config.smtpUrl)}")`,
    );
  }
  if (!/^[^\s@<>]+@[^\s@<>]+$/.test(config.mailFrom)) {
    throw new ConfigError('COMITY_MAIL_FROM', `must be an e-mail address (got "${config.mailFrom}")`);
  }
  if (!/^[A-Za-z0-9._:-]{1,128}$/.test(config.nodeId)) {
    throw new ConfigError('COMITY_NODE_ID', `letters, digits and . _ : - only (got "${config.nodeId}")`);
  }
  return Object.freeze(config);
}

function int(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  if (!/^-?\d+$/.test(raw)) throw new ConfigError(name, `must be an integer (got "${raw}")`);
  const value = Number(raw);
  if (value < min || value > max)
    throw new ConfigError(name, `must be between ${min} and ${max} (got ${value})`);
  return value;
}

function bool(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined) return fallback;
  const v = raw.toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(v)) return true;
  if (['false', '0', 'no', 'off'].includes(v)) return false;
  throw new ConfigError(name, `must be true or false (got "${raw}")`);
}

/** Never print a database password. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):([^@]+)@/, '//$1:***@');
}
