/**
 * The web console's built files (`dist/web`, made by `npm run build:console`), held in memory
 * with their gzip and brotli forms, so the node serves them compressed without work per
 * request. Loaded on first use and kept per directory: building a node (as tests do many
 * times) costs nothing until someone asks for the console.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Where `npm run build:console` writes the bundle, relative to this package. */
export const DEFAULT_CONSOLE_DIR = fileURLToPath(new URL('../../../dist/web', import.meta.url));

export interface ConsoleFile {
  readonly body: Buffer;
  readonly gzip: Buffer | null;
  readonly brotli: Buffer | null;
  readonly type: string;
}

export interface ConsoleBundle {
  readonly index: ConsoleFile;
  /** By URL path, e.g. `/assets/index-3f2a.js`, `/favicon.svg`. */
  readonly files: ReadonlyMap<string, ConsoleFile>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.txt']);
const cache = new Map<string, ConsoleBundle | null>();

/** The bundle in `dir`, or null when it has not been built. */
export function consoleBundle(dir: string): ConsoleBundle | null {
  if (!cache.has(dir)) cache.set(dir, load(dir));
  return cache.get(dir) ?? null;
}

/** Forgets a loaded bundle (after a rebuild). */
export function forgetConsoleBundle(dir: string): void {
  cache.delete(dir);
}

function load(dir: string): ConsoleBundle | null {
  if (!existsSync(join(dir, 'index.html'))) return null;
  const files = new Map<string, ConsoleFile>();
  for (const path of walk(dir)) {
    const ext = extname(path);
    if (ext === '.gz' || ext === '.br') continue;
    const url = `/${relative(dir, path).split(sep).join('/')}`;
    files.set(url, fileAt(path, ext));
  }
  const index = files.get('/index.html')!;
  files.delete('/index.html');
  return { index, files };
}

function fileAt(path: string, ext: string): ConsoleFile {
  const body = readFileSync(path);
  const compressible = COMPRESSIBLE.has(ext) && body.length > 512;
  return {
    body,
    // The build writes .gz and .br beside each file; compress here only if they are missing.
    gzip: compressible ? (sibling(`${path}.gz`) ?? gzipSync(body, { level: 9 })) : null,
    brotli: compressible
      ? (sibling(`${path}.br`) ??
        brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }))
      : null,
    type: TYPES[ext] ?? 'application/octet-stream',
  };
}

function sibling(path: string): Buffer | null {
  return existsSync(path) ? readFileSync(path) : null;
}

/** Every file under `dir`, at any depth. */
export function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}
