/**
 * One iterative pass over an untrusted object: bounds string sizes and nesting depth, and
 * checks that every `*_ref` / `*_refs` value anywhere (including inside extensions) is a
 * syntactically valid identifier. An explicit stack instead of recursion keeps hostile
 * input from overflowing the call stack.
 */
import { isStixId } from './identifiers.js';

export interface WalkLimits {
  maxStringBytes: number;
  maxDepth: number;
}

export interface WalkProblem {
  reason: string;
  path: string;
}

/** The first size problem and the first reference problem found, if any. */
export interface WalkResult {
  limit?: WalkProblem;
  reference?: WalkProblem;
  /**
   * Bad references in custom (`x_…`) properties: STIX defines the `_ref` convention for its
   * own properties only, and real producers (MITRE ATT&CK) ship empty ones, so these warn.
   */
  customWarnings: string[];
}

/** JSON Pointer (RFC 6901) of a child, so reasons point at the exact field. */
export function pointer(parent: string, key: string | number): string {
  return `${parent}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** UTF-8 length without allocating; only computed when the string might be too large. */
function utf8Length(value: string): number {
  let bytes = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < value.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function tooLong(value: string, max: number): boolean {
  return value.length * 3 > max && utf8Length(value) > max;
}

export function walkStructure(root: unknown, limits: WalkLimits): WalkResult {
  const result: WalkResult = { customWarnings: [] };
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: root, path: '', depth: 1 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      if (tooLong(value, limits.maxStringBytes)) {
        return { ...result, limit: { reason: `string longer than ${limits.maxStringBytes} bytes`, path } };
      }
      continue;
    }
    if (typeof value === 'number' && !Number.isFinite(value)) {
      return { ...result, limit: { reason: 'number is not finite', path } };
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth > limits.maxDepth) {
      return { ...result, limit: { reason: `nested deeper than ${limits.maxDepth} levels`, path } };
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        stack.push({ value: value[i], path: pointer(path, i), depth: depth + 1 });
      }
      continue;
    }
    for (const [key, child] of Object.entries(value)) {
      const childPath = pointer(path, key);
      if (tooLong(key, limits.maxStringBytes)) {
        return {
          ...result,
          limit: { reason: `property name longer than ${limits.maxStringBytes} bytes`, path },
        };
      }
      const problem = checkReference(key, child, childPath);
      if (problem && key.startsWith('x_')) result.customWarnings.push(`${problem.path}: ${problem.reason}`);
      else if (problem && !result.reference) result.reference = problem;
      stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  return result;
}

function checkReference(key: string, value: unknown, path: string): WalkProblem | undefined {
  if (key.endsWith('_ref')) {
    return isStixId(value)
      ? undefined
      : { reason: `${key} ${describe(value)} is not a STIX identifier`, path };
  }
  if (key.endsWith('_refs')) {
    if (!Array.isArray(value)) return { reason: `${key} must be a list of identifiers`, path };
    const bad = value.findIndex((item) => !isStixId(item));
    if (bad >= 0) {
      return { reason: `${key} ${describe(value[bad])} is not a STIX identifier`, path: pointer(path, bad) };
    }
  }
  return undefined;
}

/** A short rendering of a bad value for a reason text. */
export function describe(value: unknown): string {
  // Never serialise non-strings: a hostile value could be deep enough to overflow JSON.stringify.
  if (typeof value !== 'string')
    return Array.isArray(value) ? '(a list)' : `(${value === null ? 'null' : typeof value})`;
  return value.length > 80 ? `${value.slice(0, 77)}...` : value;
}
