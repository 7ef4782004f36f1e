/**
 * The lenient importer's check of one STIX 2.1 object: everything a recipient needs to trust
 * before storing, correlating or forwarding it. Tolerable oddities (custom types, unchecked
 * pattern languages, padded URLs) pass with warnings; anything else fails with a reason and
 * the JSON Pointer of the offending field.
 */
import { isStixId, isStixTypeName, parseStixId } from './identifiers.js';
import { checkIncidentExtension, INCIDENT_CORE_EXTENSION_ID } from './incident-extension.js';
import { parsePattern } from './pattern.js';
import { missingRequirement, ORDERED_TIMESTAMPS, TIMESTAMP_PROPERTIES } from './required-properties.js';
import { categoryOf } from './object-types.js';
import { resolveSelector } from './selectors.js';
import { describe, pointer, walkStructure } from './structure-walk.js';
import { compareTimestamps, isStixTimestamp } from './timestamp.js';

export type StixObject = { type: string; id: string; [k: string]: unknown };

/** A STIX object that has passed validation, as it is stored and sent: at least a type and an id. */
export interface StixObjectRecord {
  readonly type: string;
  readonly id: string;
  readonly [property: string]: unknown;
}

export type StixCheck =
  | { ok: true; object: StixObject; warnings: string[] }
  | { ok: false; id?: string; type?: string; reason: string; path?: string };

export interface ValidateOptions {
  /** Largest string (value or property name) in UTF-8 bytes; default 1 MiB. */
  maxStringBytes?: number;
  /** Deepest nesting of objects and lists, the object itself being level 1; default 32. */
  maxDepth?: number;
}

/** Pattern languages STIX 2.1 names besides its own; accepted, but their syntax is not checked. */
const OTHER_PATTERN_TYPES = new Set(['pcre', 'sigma', 'snort', 'suricata', 'yara']);

class Rejection extends Error {
  constructor(
    readonly reason: string,
    readonly path?: string,
  ) {
    super(reason);
  }
}

function reject(reason: string, path?: string): never {
  throw new Rejection(reason, path);
}

/** Checks one object; see the module comment for what passes with a warning. */
export function validateStixObject(value: unknown, options: ValidateOptions = {}): StixCheck {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, reason: 'a STIX object must be a JSON object' };
  }
  const object = value as Record<string, unknown>;
  const id = typeof object['id'] === 'string' ? object['id'] : undefined;
  const type = typeof object['type'] === 'string' ? object['type'] : undefined;
  try {
    const warnings = check(object, {
      maxStringBytes: options.maxStringBytes ?? 1024 * 1024,
      maxDepth: options.maxDepth ?? 32,
    });
    return { ok: true, object: object as StixObject, warnings };
  } catch (error) {
    if (!(error instanceof Rejection)) throw error;
    return {
      ok: false,
      ...(id === undefined ? {} : { id }),
      ...(type === undefined ? {} : { type }),
      reason: error.reason,
      ...(error.path === undefined ? {} : { path: error.path }),
    };
  }
}

function check(object: Record<string, unknown>, limits: Required<ValidateOptions>): string[] {
  const walked = walkStructure(object, limits);
  if (walked.limit) reject(walked.limit.reason, walked.limit.path);
  const warnings: string[] = [...walked.customWarnings];
  const type = object['type'];
  if (typeof type !== 'string') reject('type is missing or not a string', '/type');
  if (type === 'bundle') reject('a bundle is a container: check the objects it holds', '/type');
  const category = categoryOf(type);
  if (!category || !isStixTypeName(type)) reject(`unknown type '${describe(type)}'`, '/type');
  if (category === 'custom')
    warnings.push(`custom type ${type} accepted without checks of its own properties`);
  const id = parseStixId(object['id']);
  if (!id) reject(`id ${describe(object['id'])} is not a valid STIX identifier`, '/id');
  if (id.type !== type) reject(`id prefix '${id.type}' does not match type '${type}'`, '/id');

  const specVersion = object['spec_version'];
  if (specVersion === undefined && category !== 'sco' && category !== 'custom') {
    reject('spec_version is required', '/spec_version');
  }
  if (specVersion !== undefined && specVersion !== '2.1') {
    reject(`spec_version ${describe(specVersion)} is not 2.1`, '/spec_version');
  }
  checkTimestamps(object, category);
  const missing = missingRequirement(object);
  if (missing) reject(missing.reason, missing.path);
  if (walked.reference) reject(walked.reference.reason, walked.reference.path);
  checkReferenceTargets(object);
  checkGranularMarkings(object);
  checkExternalReferences(object, warnings);
  checkByType(object, type, warnings);
  return warnings;
}

function checkTimestamps(object: Record<string, unknown>, category: string): void {
  const needsCreated = category === 'sdo' || category === 'sro' || category === 'meta';
  if (needsCreated && object['created'] === undefined) reject('created is required', '/created');
  if (needsCreated && object['type'] !== 'marking-definition' && object['modified'] === undefined) {
    reject('modified is required', '/modified');
  }
  // Custom types may reuse these names for anything, so only standard types are checked.
  const names: readonly string[] = category === 'custom' ? ['created', 'modified'] : TIMESTAMP_PROPERTIES;
  for (const name of names) {
    const value = object[name];
    if (value !== undefined && !isStixTimestamp(value)) {
      reject(`${name} ${describe(value)} is not a valid timestamp`, `/${name}`);
    }
  }
  for (const { first, second, strict } of ORDERED_TIMESTAMPS) {
    const a = object[first];
    const b = object[second];
    if (typeof a !== 'string' || typeof b !== 'string') continue;
    const order = compareTimestamps(a, b);
    if (order > 0 || (strict && order === 0)) {
      reject(`${second} ${b} must be ${strict ? 'later than' : 'at or after'} ${first} ${a}`, `/${second}`);
    }
  }
}

function checkReferenceTargets(object: Record<string, unknown>): void {
  const creator = object['created_by_ref'];
  if (creator !== undefined && !isStixId(creator, 'identity')) {
    reject(`created_by_ref ${describe(creator)} must be an identity`, '/created_by_ref');
  }
  const markings = object['object_marking_refs'];
  if (Array.isArray(markings)) {
    const bad = markings.findIndex((ref) => !isStixId(ref, 'marking-definition'));
    if (bad >= 0) {
      reject(
        `object_marking_refs ${describe(markings[bad])} is not a marking-definition`,
        `/object_marking_refs/${bad}`,
      );
    }
  }
}

function checkGranularMarkings(object: Record<string, unknown>): void {
  const granular = object['granular_markings'];
  if (granular === undefined) return;
  if (!Array.isArray(granular)) reject('granular_markings must be a list', '/granular_markings');
  granular.forEach((entry: unknown, i) => {
    const path = `/granular_markings/${i}`;
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry))
      reject('must be an object', path);
    const { selectors, marking_ref: ref, lang } = entry as Record<string, unknown>;
    if ((ref === undefined) === (lang === undefined))
      reject('needs exactly one of marking_ref and lang', path);
    if (ref !== undefined && !isStixId(ref, 'marking-definition')) {
      reject(`marking_ref ${describe(ref)} is not a marking-definition`, `${path}/marking_ref`);
    }
    if (!Array.isArray(selectors) || selectors.length === 0)
      reject('selectors must be a non-empty list', path);
    selectors.forEach((selector: unknown, j) => {
      if (typeof selector !== 'string' || !resolveSelector(object, selector).found) {
        reject(`selector ${describe(selector)} does not resolve on this object`, `${path}/selectors/${j}`);
      }
    });
  });
}

function checkExternalReferences(object: Record<string, unknown>, warnings: string[]): void {
  const refs = object['external_references'];
  if (refs === undefined) return;
  if (!Array.isArray(refs)) reject('external_references must be a list', '/external_references');
  refs.forEach((ref: unknown, i) => {
    const path = pointer('/external_references', i);
    if (ref === null || typeof ref !== 'object' || Array.isArray(ref)) reject('must be an object', path);
    const { source_name: source, url } = ref as Record<string, unknown>;
    if (typeof source !== 'string') reject('source_name is required', `${path}/source_name`);
    if (url !== undefined && typeof url !== 'string') reject('url must be a string', `${path}/url`);
    if (typeof url === 'string' && url.trim() !== url) {
      warnings.push(`${path}/url has leading or trailing spaces: '${describe(url)}'`);
    }
  });
}

function checkByType(object: Record<string, unknown>, type: string, warnings: string[]): void {
  if (type === 'indicator') {
    const patternType = object['pattern_type'];
    if (typeof object['pattern'] !== 'string') reject('pattern must be a string', '/pattern');
    if (patternType === 'stix') {
      const parsed = parsePattern(object['pattern']);
      if (!parsed.ok)
        reject(`pattern does not parse at offset ${parsed.offset}: ${parsed.reason}`, '/pattern');
    } else if (typeof patternType === 'string') {
      const known = OTHER_PATTERN_TYPES.has(patternType) ? '' : ' (an unlisted pattern language)';
      warnings.push(`pattern_type ${describe(patternType)}${known}: the pattern is not checked`);
    } else reject('pattern_type must be a string', '/pattern_type');
  }
  if (type === 'relationship') {
    const { source_ref: source, target_ref: target, id } = object;
    if (source === target) reject(`circular reference: relationship from ${source} to itself`, '/target_ref');
    if (source === id || target === id)
      reject('circular reference: relationship refers to itself', '/source_ref');
  }
  if (type === 'sighting' && object['sighting_of_ref'] === object['id']) {
    reject('circular reference: sighting of itself', '/sighting_of_ref');
  }
  if (type === 'malware' && typeof object['is_family'] !== 'boolean')
    reject('is_family must be a boolean', '/is_family');
  if (type === 'observed-data') {
    const n = object['number_observed'];
    if (!Number.isInteger(n) || (n as number) < 1 || (n as number) > 999_999_999) {
      reject('number_observed must be an integer from 1 to 999999999', '/number_observed');
    }
  }
  for (const key of ['object_refs']) {
    const refs = object[key];
    if (refs !== undefined && (!Array.isArray(refs) || refs.length === 0))
      reject(`${key} must not be empty`, `/${key}`);
  }
  const extensions = object['extensions'];
  if (extensions !== undefined) checkExtensions(extensions, type, warnings);
}

function checkExtensions(extensions: unknown, type: string, warnings: string[]): void {
  if (extensions === null || typeof extensions !== 'object' || Array.isArray(extensions)) {
    reject('extensions must be an object', '/extensions');
  }
  for (const [key, body] of Object.entries(extensions)) {
    const path = pointer('/extensions', key);
    if (key.startsWith('extension-definition--') && !isStixId(key, 'extension-definition')) {
      reject(`extension key ${describe(key)} is not a valid extension-definition id`, path);
    }
    if (key !== INCIDENT_CORE_EXTENSION_ID) continue;
    if (type !== 'incident') warnings.push(`incident core extension on a ${type}`);
    const problem = checkIncidentExtension(body);
    if (problem) reject(problem.reason, problem.property ? pointer(path, problem.property) : path);
  }
}
