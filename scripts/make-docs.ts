/**
 * Documents generated from the code that they describe, so they cannot drift from it:
 *
 * - the message catalogue section of docs/FEDERATION.md (§16) and its vectors
 *   (test/vectors/federation/messages.json), from the declared message types;
 * - docs/ERRORS.md, from the error code catalogue;
 * - the console's API types (src/web/api/schema.d.ts), from the node's OpenAPI document.
 *
 * `node --import tsx scripts/make-docs.ts` writes them; `--check` exits 1 if any is stale
 * (a test runs the same comparison).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TSchema } from 'typebox';
import { MESSAGE_TYPES } from '../src/app/capabilities.js';
import { ERROR_CODES } from '../src/core/error-codes.js';
import type { MessageType } from '../src/federation/messages/message-type.js';
import { loadConfig } from '../src/app/config/config.js';
import { STATUS } from '../src/http/errors.js';
import { openNode } from '../src/node/open-node.js';
import { openDatabase } from '../src/storage/database.js';

const ROOT = resolve(import.meta.dirname, '..');
export const FEDERATION_DOC = join(ROOT, 'docs', 'FEDERATION.md');
export const ERRORS_DOC = join(ROOT, 'docs', 'ERRORS.md');
export const MESSAGE_VECTORS = join(ROOT, 'test', 'vectors', 'federation', 'messages.json');
export const API_TYPES = join(ROOT, 'src', 'web', 'api', 'schema.d.ts');

const BEGIN = '<!-- generated from the message types (scripts/make-docs.ts): do not edit by hand -->';
const END = '<!-- end of generated section -->';

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  description?: string;
  contentEncoding?: string;
};

/** A plain JSON copy of a TypeBox schema (TypeBox keeps its own markers in symbol keys). */
function plain(schema: TSchema): JsonSchema {
  return JSON.parse(JSON.stringify(schema)) as JsonSchema;
}

function typeOf(s: JsonSchema): string {
  if (s.enum) return s.enum.map((v) => `\`${String(v)}\``).join(' \\| ');
  if (s.const !== undefined) return `\`${String(s.const)}\``;
  if (s.anyOf) return s.anyOf.map(typeOf).join(' or ');
  if (s.type === 'array') return `array of ${s.items ? typeOf(s.items) : 'any'}`;
  if (s.type === 'object' && s.properties) return 'object';
  if (Array.isArray(s.type)) return s.type.join(' or ');
  return s.type ?? 'any JSON value';
}

function constraints(s: JsonSchema): string {
  const out: string[] = [];
  if (s.pattern) out.push(`pattern \`${s.pattern}\``);
  if (s.minLength !== undefined) out.push(`≥ ${s.minLength} characters`);
  if (s.maxLength !== undefined) out.push(`≤ ${s.maxLength} characters`);
  if (s.minimum !== undefined) out.push(`≥ ${s.minimum}`);
  if (s.maximum !== undefined && s.maximum < Number.MAX_SAFE_INTEGER) out.push(`≤ ${s.maximum}`);
  if (s.maxItems !== undefined) out.push(`≤ ${s.maxItems} items`);
  if (s.contentEncoding) out.push(s.contentEncoding);
  if (s.description) out.push(s.description);
  return out.join('; ');
}

/** One row per field, nested objects flattened with dotted paths (`a.b`, `a[].b`). */
function fieldRows(schema: JsonSchema, prefix = ''): string[] {
  const rows: string[] = [];
  const required = new Set(schema.required ?? []);
  for (const [name, s] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${name}`;
    rows.push(`| \`${path}\` | ${typeOf(s)} | ${required.has(name) ? 'yes' : ''} | ${constraints(s)} |`);
    if (s.type === 'object' && s.properties) rows.push(...fieldRows(s, `${path}.`));
    if (s.type === 'array' && s.items?.type === 'object' && s.items.properties)
      rows.push(...fieldRows(s.items, `${path}[].`));
  }
  return rows;
}

export function renderMessageSection(types: readonly MessageType[] = MESSAGE_TYPES): string {
  const parts = [
    BEGIN,
    '',
    'Every message type a node sends and understands, generated from the declarations the inbox',
    'validates against (`src/app/*/messages.ts`, `src/federation/inbox/receipt-messages.ts`). A',
    'payload that does not match its type is refused as `malformed`, naming the field; fields not',
    'listed are ignored, so a later version may add optional ones. Schemas and examples are in',
    '`test/vectors/federation/messages.json`.',
    '',
    '| type | what it is for |',
    '| --- | --- |',
    ...types.map(
      (t) =>
        `| [\`${t.type}\`](#${t.type.replaceAll('.', '')}) | ${t.summary.split('. ')[0]?.replace(/\.$/, '')}. |`,
    ),
    '',
  ];
  for (const t of types) {
    parts.push(
      `### \`${t.type}\``,
      '',
      t.summary,
      '',
      '| field | type | required | constraints |',
      '| --- | --- | --- | --- |',
      ...fieldRows(plain(t.schema)),
      '',
      'Example:',
      '',
      '```json',
      JSON.stringify(t.example, null, 2),
      '```',
      '',
    );
  }
  parts.push(END);
  return parts.join('\n');
}

/** FEDERATION.md with its generated section replaced by a fresh rendering. */
export function federationDoc(current: string = readFileSync(FEDERATION_DOC, 'utf8')): string {
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  if (start < 0 || end < start)
    throw new GeneratedSectionMissing(`${FEDERATION_DOC} lacks the generated section markers`);
  return `${current.slice(0, start)}${renderMessageSection()}${current.slice(end + END.length)}`;
}

/** The message vectors: each type's schema, a valid payload, and one its schema must refuse. */
export function messageVectors(types: readonly MessageType[] = MESSAGE_TYPES): string {
  const vectors = types.map((t) => {
    const schema = plain(t.schema);
    const first = schema.required?.[0];
    const invalid = first
      ? Object.fromEntries(Object.entries(t.example as Record<string, unknown>).filter(([k]) => k !== first))
      : null;
    return {
      type: t.type,
      schema,
      valid: t.example,
      ...(invalid ? { invalid: { payload: invalid, because: `required field ${first} is missing` } } : {}),
    };
  });
  return `${JSON.stringify({ description: 'Comity federation message payloads: schema, a valid example and a refused one per type', vectors }, null, 2)}\n`;
}

export function errorsDoc(): string {
  const rows = Object.entries(ERROR_CODES)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([code, e]) => `| \`${code}\` | ${STATUS[e.kind]} | ${e.kind} | ${e.meaning.replaceAll('|', '\\|')} |`,
    );
  return [
    '# Error codes',
    '',
    '<!-- generated from src/core/error-codes.ts by scripts/make-docs.ts: do not edit by hand -->',
    '',
    'Every error Comity returns carries one of these stable codes: in the `code` of an RFC 9457',
    'problem+json body (with `type` `urn:comity:problem:<code>`), in the `reason` of a refused',
    'federation envelope, and in a `request.command_refused` message. A code never changes its',
    'kind once published; the kind decides the HTTP status. Field-level problems are listed in',
    '`errors[]` with a JSON Pointer to the field.',
    '',
    '| code | status | kind | meaning |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

/**
 * The console's types for the HTTP API, from the OpenAPI document of a node assembled in
 * memory: the console calls the API through a client typed by them, never by hand-written types.
 */
export async function apiTypes(): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const database = await openDatabase({ url: ':memory:' });
  await database.migrate();
  const node = await openNode({
    config: loadConfig({ COMITY_DATA_DIR: '/nonexistent', COMITY_LOG_LEVEL: 'silent' }),
    database,
    federation: 'off',
    logger: false,
  });
  try {
    const document = (await node.http.inject({ method: 'GET', url: '/api/openapi.json' })).json() as Record<
      string,
      unknown
    >;
    const ast = await openapiTS(document as never, { exportType: true });
    return `/* The HTTP API as the console sees it: generated from the OpenAPI document by scripts/make-docs.ts. Do not edit. */\n${astToString(ast)}`;
  } finally {
    await node.close();
    await database.close();
  }
}

/** What each generated file should hold now. */
export async function generatedFiles(): Promise<ReadonlyArray<{ path: string; content: string }>> {
  return [
    { path: FEDERATION_DOC, content: federationDoc() },
    { path: MESSAGE_VECTORS, content: messageVectors() },
    { path: ERRORS_DOC, content: errorsDoc() },
    { path: API_TYPES, content: await apiTypes() },
  ];
}

class GeneratedSectionMissing extends Error {
  override readonly name = 'GeneratedSectionMissing';
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const { path, content } of await generatedFiles()) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // missing: written below, or stale under --check
    }
    if (current === content) continue;
    stale++;
    if (check) console.error(`stale: ${path} (run node --import tsx scripts/make-docs.ts)`);
    else {
      writeFileSync(path, content);
      console.log(`wrote ${path}`);
    }
  }
  if (check && stale > 0) process.exit(1);
}
