import type { BilateralAgreement } from './data-schemas.js';
import type { Instrument } from './pack-schema.js';

const ID_KEYS = ['id', 'name', 'code'] as const;

/** Result of following an override path inside an instrument. */
type Located =
  | { ok: true; parent: Record<string, unknown> | unknown[]; key: string | number }
  | { ok: false; reason: string };

function locate(root: unknown, path: string): Located {
  const segments = path.split('/').filter((s) => s.length > 0);
  let node: unknown = root;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    const last = i === segments.length - 1;
    let key: string | number;
    if (Array.isArray(node)) {
      const idx = node.findIndex(
        (el) =>
          typeof el === 'object' &&
          el !== null &&
          ID_KEYS.some((k) => (el as Record<string, unknown>)[k] === seg),
      );
      if (idx < 0)
        return { ok: false, reason: `no entry with id '${seg}' at '${segments.slice(0, i).join('/')}'` };
      key = idx;
    } else if (typeof node === 'object' && node !== null) {
      if (!(seg in node))
        return { ok: false, reason: `no property '${seg}' at '${segments.slice(0, i).join('/') || '/'}'` };
      key = seg;
    } else {
      return { ok: false, reason: `cannot descend into a ${typeof node} at '${seg}'` };
    }
    if (last) return { ok: true, parent: node as Record<string, unknown>, key };
    node = (node as Record<string | number, unknown>)[key];
  }
  return { ok: false, reason: 'empty path' };
}

/** Checks that an override path names something that exists in the instrument. */
export function checkOverridePath(instrument: Instrument, path: string): string | undefined {
  const found = locate(instrument, path);
  return found.ok ? undefined : found.reason;
}

/**
 * Applies a bilateral agreement's overrides for one instrument to a deep copy. The object that
 * holds the changed value takes the agreement's provenance, so a reader sees why it differs.
 */
export function applyOverrides(
  instrument: Instrument,
  id: string,
  agreement: BilateralAgreement,
): Instrument {
  const copy = structuredClone(instrument) as Instrument;
  for (const o of agreement.overrides) {
    if (o.instrument !== id) continue;
    const found = locate(copy, o.path);
    if (!found.ok) continue; // paths are checked when the registry is built
    const { parent, key } = found;
    (parent as Record<string | number, unknown>)[key] = structuredClone(o.value);
    // The provenance of the changed value lives on the nearest object carrying `source`.
    const target = !Array.isArray(parent) && 'source' in parent ? parent : undefined;
    if (target) {
      const was = String(target['source']);
      target['source'] = o.source;
      target['confidence'] = o.confidence;
      target['note'] =
        `bilateral ${agreement.id} overrides ${key === 'value' ? 'the value' : String(key)} (was: ${was})`;
    }
  }
  return copy;
}
