import { cite } from '../provenance.js';
import type { OffenceCharge } from '../offences/dual-criminality.js';
import type { FieldSpec, FieldType, Instrument } from '../regimes/pack-schema.js';
import type { RegimeRegistry } from '../regimes/registry.js';
import type { RequestItemInput } from '../lifecycle/types.js';
import type { Finding } from './finding.js';

export interface RequestContent {
  readonly fields: Readonly<Record<string, unknown>>;
  readonly items: readonly RequestItemInput[];
  readonly offences: readonly OffenceCharge[];
}

/** Every required field present and every present field of the declared type, per instrument. */
export function checkCompleteness(
  instrument: Instrument,
  content: RequestContent,
  registry?: RegimeRegistry,
): Finding[] {
  const out: Finding[] = [];
  const specs = instrument.fields ?? [];
  for (const spec of specs) {
    const value = fieldValue(spec, content);
    const path = `/fields/${spec.name}`;
    if (isEmpty(value)) {
      if (spec.required)
        out.push({
          code: 'missing_required_field',
          severity: 'blocking',
          path,
          message: `${spec.name} (${spec.label}) is required`,
          provision: cite(spec),
        });
      continue;
    }
    const problem = typeProblem(spec.type, value);
    if (problem)
      out.push({
        code: 'invalid_field_value',
        severity: 'blocking',
        path,
        message: `${spec.name}: ${problem}`,
        provision: cite(spec),
      });
  }
  const known = new Set(specs.map((s) => s.name));
  for (const name of Object.keys(content.fields))
    if (!known.has(name))
      out.push({
        code: 'unknown_field',
        severity: 'warning',
        path: `/fields/${name}`,
        message: `${name} is not a field of this instrument`,
      });
  content.offences.forEach((o, i) => {
    const entry = registry?.offence(o.code);
    if (registry && !entry) {
      out.push({
        code: 'unknown_offence_code',
        severity: 'blocking',
        path: `/offences/${i}/code`,
        message: `unknown catalogue code ${o.code}`,
      });
      return;
    }
    if (entry?.minPenaltyYears !== undefined) {
      if (!o.provision || o.maxPenaltyYears === undefined)
        out.push({
          code: 'serious_crime_details_missing',
          severity: 'blocking',
          path: `/offences/${i}`,
          message: `${o.code} must state the domestic provision and the maximum penalty`,
          provision: cite(entry),
        });
      else if (o.maxPenaltyYears < entry.minPenaltyYears)
        out.push({
          code: 'serious_crime_threshold',
          severity: 'blocking',
          path: `/offences/${i}/maxPenaltyYears`,
          message: `${o.code} needs a maximum penalty of at least ${entry.minPenaltyYears} years (${o.maxPenaltyYears} given)`,
          provision: cite(entry),
        });
    }
  });
  return out;
}

function fieldValue(spec: FieldSpec, c: RequestContent): unknown {
  if (spec.type === 'data_items') return c.items;
  if (spec.type === 'offence_list') return c.offences;
  return c.fields[spec.name];
}

function isEmpty(v: unknown): boolean {
  return (
    v === undefined ||
    v === null ||
    (typeof v === 'string' && v.trim() === '') ||
    (Array.isArray(v) && v.length === 0)
  );
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function typeProblem(type: FieldType, v: unknown): string | undefined {
  switch (type) {
    case 'string':
    case 'text':
      return typeof v === 'string' ? undefined : 'must be text';
    case 'boolean':
      return typeof v === 'boolean' ? undefined : 'must be true or false';
    case 'integer':
      return Number.isInteger(v) ? undefined : 'must be a whole number';
    case 'date':
      return typeof v === 'string' && ISO_DATE.test(v) ? undefined : 'must be a date YYYY-MM-DD';
    case 'datetime':
      return typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? undefined : 'must be an ISO date-time';
    case 'string_list':
      return Array.isArray(v) && v.every((x) => typeof x === 'string')
        ? undefined
        : 'must be a list of texts';
    case 'period': {
      const p = v as { from?: unknown; to?: unknown };
      if (typeof p !== 'object' || typeof p.from !== 'string' || typeof p.to !== 'string')
        return 'must be { from, to }';
      if (!(Date.parse(p.from) < Date.parse(p.to))) return 'period must end after it starts';
      return undefined;
    }
    case 'emergency_justification': {
      const j = v as Record<string, unknown>;
      const missing = ['personsAtRisk', 'threatNature', 'imminence'].filter(
        (k) => typeof j !== 'object' || typeof j[k] !== 'string' || (j[k] as string).trim() === '',
      );
      return missing.length === 0 ? undefined : `must state ${missing.join(', ')}`;
    }
    case 'offence_list':
      return Array.isArray(v) && v.every((o) => typeof (o as { code?: unknown }).code === 'string')
        ? undefined
        : 'must be a list of offences with catalogue codes';
    case 'data_items':
      return Array.isArray(v) &&
        v.every(
          (i) =>
            typeof (i as { id?: unknown }).id === 'string' &&
            typeof (i as { description?: unknown }).description === 'string',
        )
        ? undefined
        : 'must be a list of items with id and description';
  }
}
