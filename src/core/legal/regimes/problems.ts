import type { TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { parseDocument } from 'yaml';

/** One thing wrong with a data file: which file, where inside it (JSON pointer), and why. */
export interface LoadProblem {
  readonly file: string;
  readonly path: string;
  readonly reason: string;
}

/** Either the typed value or every problem found; never a partial value. */
export type LoadResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly LoadProblem[] };

/** Renders a problem as the one line `comity regimes check` prints. */
export function formatProblem(p: LoadProblem): string {
  return `${p.file}: ${p.path || '/'}: ${p.reason}`;
}

/** Parses YAML (JSON is valid YAML) and reports syntax errors with line and column. */
export function parseYamlText(text: string, file: string): LoadResult<unknown> {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        file,
        path: e.linePos ? `line ${e.linePos[0].line}, column ${e.linePos[0].col}` : '',
        reason: `YAML syntax: ${(e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`,
      })),
    };
  }
  return { ok: true, value: doc.toJS({ maxAliasCount: 100 }) };
}

interface RawError {
  keyword: string;
  schemaPath: string;
  instancePath: string;
  params: Record<string, unknown>;
  message: string;
}

const compiled = new WeakMap<TSchema, ReturnType<typeof Compile>>();

/** Checks a value against a schema and turns the validator's errors into readable problems. */
export function schemaProblems(schema: TSchema, value: unknown, file: string): LoadProblem[] {
  let validator = compiled.get(schema);
  if (!validator) {
    validator = Compile(schema);
    compiled.set(schema, validator);
  }
  if (validator.Check(value)) return [];
  const raw = [...validator.Errors(value)] as unknown as RawError[];
  // A failed anyOf also reports every branch; keep only the anyOf summary.
  const unions = raw.filter((e) => e.keyword === 'anyOf').map((e) => `${e.schemaPath}/anyOf/`);
  const seen = new Set<string>();
  const out: LoadProblem[] = [];
  for (const e of raw) {
    if (unions.some((u) => e.schemaPath.startsWith(u))) continue;
    if (e.keyword === 'anyOf') {
      // Name the accepted forms from the branches' own messages ("must be integer or null").
      const forms = raw
        .filter((b) => b.schemaPath.startsWith(`${e.schemaPath}/anyOf/`) && b.instancePath === e.instancePath)
        .map((b) => b.message.replace(/^must be /, ''));
      const reason = forms.length > 0 ? `must be ${[...new Set(forms)].join(' or ')}` : 'has the wrong type';
      const key = `${e.instancePath}|${reason}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push({ file, path: e.instancePath, reason });
      }
      continue;
    }
    // The summary names no path; the per-property "schema is false" entry does.
    if (e.keyword === 'additionalProperties') continue;
    const problem = describe(e, file);
    const key = `${problem.path}|${problem.reason}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(problem);
    }
  }
  return out;
}

function describe(e: RawError, file: string): LoadProblem {
  switch (e.keyword) {
    case 'required': {
      const missing = (e.params['requiredProperties'] as string[] | undefined) ?? [];
      return {
        file,
        path: e.instancePath,
        reason: `missing required property ${missing.map((m) => `'${m}'`).join(', ')}`,
      };
    }
    case 'boolean':
      return { file, path: e.instancePath, reason: 'unknown property (not allowed here)' };
    case 'enum': {
      const allowed = (e.params['allowedValues'] as unknown[] | undefined) ?? [];
      return { file, path: e.instancePath, reason: `must be one of ${allowed.join(', ')}` };
    }
    case 'anyOf':
      return { file, path: e.instancePath, reason: 'has the wrong type (see the schema for allowed forms)' };
    default:
      return { file, path: e.instancePath, reason: e.message };
  }
}
