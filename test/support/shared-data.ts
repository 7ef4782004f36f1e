/**
 * Test-only access to the public data sets in `../shared` (beside the repository), which a
 * user's clone does not have: callers skip with a clear message when this returns undefined.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where the data sets are expected, for skip messages. */
export const SHARED_DIR = new URL('../../../shared/', import.meta.url);

export async function loadSharedJson(relativePath: string): Promise<unknown | undefined> {
  const file = fileURLToPath(new URL(relativePath, SHARED_DIR));
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

/** The objects of a bundle file, or the file itself when it holds one object. */
export async function loadSharedObjects(relativePath: string): Promise<unknown[] | undefined> {
  const data = (await loadSharedJson(relativePath)) as { objects?: unknown[] } | undefined;
  if (data === undefined) return undefined;
  return Array.isArray(data.objects) ? data.objects : [data];
}

export const STIX_EXAMPLE_FILES = [
  'indicator-for-c2-ip-address.json',
  'indicator-to-campaign-relationship.json',
  'indicators-for-C2-with-COA.json',
  'infrastructure.json',
  'interop-objectmarking-test.json',
  'malicious-email-indicator-with-attachment.json',
  'threat-reports/apt1.json',
  'threat-reports/poisonivy.json',
].map((name) => `stix2-json-schemas/examples/${name}`);
