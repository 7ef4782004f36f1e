/**
 * The official OASIS STIX 2.1 JSON schemas, for tests that check what Comity emits. They live
 * outside the repository: COMITY_STIX_SCHEMAS names a folder holding `schemas/` (CI points it at
 * ../shared/stix2-json-schemas); without it, `schemasSkip` is the reason to skip.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
export const SCHEMAS_DIR = process.env.COMITY_STIX_SCHEMAS;
export const SCHEMAS = SCHEMAS_DIR ? join(SCHEMAS_DIR, 'schemas') : undefined;
export const schemasSkip: string | false =
  SCHEMAS && existsSync(SCHEMAS) ? false : 'skipped: schemas not found (set COMITY_STIX_SCHEMAS)';

export function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => f.endsWith('.json') && statSync(f).isFile());
}

/** One ajv instance holding every schema file, so each relative $ref resolves locally. */
export function loadSchemas(root: string): { ajv: Ajv2020; byPath: Map<string, string> } {
  const ajv = new Ajv2020({ strict: false, unicodeRegExp: false, allErrors: true });
  addFormats(ajv);
  // ajv-formats has no idn-hostname: accept what a hostname allows, plus non-ASCII labels.
  ajv.addFormat('idn-hostname', /^(?=.{1,253}$)([^\s.]{1,63})(\.[^\s.]{1,63})*$/u);
  const byPath = new Map<string, string>();
  for (const file of jsonFiles(root)) {
    const schema = JSON.parse(readFileSync(file, 'utf8')) as { $id: string };
    ajv.addSchema(schema);
    byPath.set(file.slice(root.length + 1), schema.$id);
  }
  return { ajv, byPath };
}

export function schemaFor(type: string, byPath: Map<string, string>): string {
  for (const folder of ['sdos', 'sros', 'observables', 'common']) {
    const id = byPath.get(join(folder, `${type}.json`));
    if (id) return id;
  }
  if (type.startsWith('x-')) return byPath.get(join('common', 'core.json'))!;
  throw new Error(`no schema for type ${type}`);
}

/** A validator of single objects: the reason it fails, or undefined when it passes. */
export function stixValidator(): (object: { type: string; id: string }) => string | undefined {
  const { ajv, byPath } = loadSchemas(SCHEMAS!);
  return (object) => {
    const validate = ajv.getSchema(schemaFor(object.type, byPath))!;
    return validate(object) ? undefined : `${object.id}: ${ajv.errorsText(validate.errors)}`;
  };
}
