/**
 * Builds the web console from `src/web` into `dist/web` with Vite, then writes a gzip and a
 * brotli copy beside each text file so the node serves them compressed without work per
 * request. Run by `npm install` (the `prepare` script), `npm run build:console`, and by
 * `comity start` when it finds no console.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { walk } from '../http/console/bundle.js';

const WEB_ROOT = fileURLToPath(new URL('../web', import.meta.url));
const COMPRESS = new Set(['.js', '.css', '.html', '.svg', '.json']);

export interface BuiltConsole {
  readonly dir: string;
  readonly files: number;
  /** Total bytes of JavaScript, and the same compressed with gzip. */
  readonly jsBytes: number;
  readonly jsGzipBytes: number;
}

export function consoleIsBuilt(dir: string): boolean {
  return existsSync(join(dir, 'index.html'));
}

export async function buildConsole(outDir?: string): Promise<BuiltConsole> {
  const { build } = await import('vite');
  const configFile = join(WEB_ROOT, 'vite.config.ts');
  await build({
    configFile,
    logLevel: 'warn',
    ...(outDir ? { build: { outDir, emptyOutDir: true } } : {}),
  });
  const dir = outDir ?? fileURLToPath(new URL('../../dist/web', import.meta.url));
  let files = 0;
  let jsBytes = 0;
  let jsGzipBytes = 0;
  for (const path of walk(dir)) {
    const ext = extname(path);
    if (!COMPRESS.has(ext)) continue;
    const body = readFileSync(path);
    const gz = gzipSync(body, { level: 9 });
    writeFileSync(`${path}.gz`, gz);
    writeFileSync(
      `${path}.br`,
      brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    );
    files++;
    if (ext === '.js') {
      jsBytes += body.length;
      jsGzipBytes += gz.length;
    }
  }
  return { dir, files, jsBytes, jsGzipBytes };
}
