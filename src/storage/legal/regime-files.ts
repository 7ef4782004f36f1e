/**
 * The only place that reads `regimes/` from disk. It hands file texts to the pure core, which
 * parses and validates them; a broken pack fails here with every problem listed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import {
  buildRegimeRegistry,
  type DataFile,
  formatProblem,
  type LoadProblem,
  type RegimeRegistry,
} from '../../core/legal/index.js';

/** `<repo>/regimes`, resolved from this module so it works from any working directory. */
export const DEFAULT_REGIMES_DIR = resolve(import.meta.dirname, '..', '..', '..', 'regimes');

/** Raised when one or more data files are broken; `problems` lists each file, path and reason. */
export class RegimeLoadError extends Error {
  override readonly name = 'RegimeLoadError';
  readonly problems: readonly LoadProblem[];
  constructor(dir: string, problems: readonly LoadProblem[]) {
    super(`${problems.length} problem(s) in ${dir}:\n${problems.map(formatProblem).join('\n')}`);
    this.problems = problems;
  }
}

/** Reads every `.yaml`/`.yml`/`.json` file under `dir`, with names relative to it (forward slashes). */
export function readRegimeFiles(dir: string = DEFAULT_REGIMES_DIR): DataFile[] {
  const out: DataFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ya?ml|json)$/.test(name))
        out.push({ name: relative(dir, path).split(sep).join('/'), text: readFileSync(path, 'utf8') });
    }
  };
  walk(dir);
  return out;
}

/** Validates every file under `dir`; returns the problems (empty when all packs are sound). */
export function checkRegimeDir(dir: string = DEFAULT_REGIMES_DIR): readonly LoadProblem[] {
  const result = buildRegimeRegistry(readRegimeFiles(dir));
  return result.ok ? [] : result.problems;
}

/** Loads the registry from `dir`, or throws one RegimeLoadError listing every problem. */
export function loadRegimeRegistry(dir: string = DEFAULT_REGIMES_DIR): RegimeRegistry {
  const result = buildRegimeRegistry(readRegimeFiles(dir));
  if (!result.ok) throw new RegimeLoadError(dir, result.problems);
  return result.value;
}
