/**
 * The composer's logic, without a browser: the form a request instrument asks for (generated
 * from the instrument's fields in the regime pack), what the person typed turned into the
 * draft the node stores, a stored draft turned back into the form, and the safeguards review's
 * findings attached to the fields they name. The node decides; this only asks and shows.
 */

export type FieldType =
  | 'string'
  | 'text'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'integer'
  | 'string_list'
  | 'offence_list'
  | 'period'
  | 'emergency_justification'
  | 'data_items';

export interface FieldSpec {
  readonly name: string;
  readonly label: string;
  readonly type: FieldType;
  readonly required: boolean;
  readonly source: string;
  readonly confidence: string;
}

export interface ItemRow {
  readonly id: string;
  readonly description: string;
  readonly dataCategory: 'subscriber' | 'traffic' | 'content' | 'other' | '';
  readonly personalData: boolean;
}

export interface OffenceRow {
  readonly code: string;
  /** Optional elements (by id) the requesting State says the conduct includes. */
  readonly elements: readonly string[];
}

export interface Emergency {
  readonly personsAtRisk: string;
  readonly threatNature: string;
  readonly imminence: string;
}

/** What the person typed, by field name; items and offences as rows. */
export interface ComposerValues {
  readonly fields: Readonly<Record<string, string | boolean | Emergency | { from: string; to: string }>>;
  readonly items: readonly ItemRow[];
  readonly offences: readonly OffenceRow[];
}

export const EMPTY_VALUES: ComposerValues = { fields: {}, items: [], offences: [] };

/** The fields the composer shows as inputs (items and offences have their own editors). */
export function inputFields(specs: readonly FieldSpec[]): FieldSpec[] {
  return specs.filter((f) => f.type !== 'data_items' && f.type !== 'offence_list');
}

/** The draft's content as the node takes it (`fields`, `items`, `offences`); empty inputs left out. */
export function draftContent(specs: readonly FieldSpec[], values: ComposerValues) {
  const fields: Record<string, unknown> = {};
  for (const spec of inputFields(specs)) {
    const value = values.fields[spec.name];
    const converted = toWire(spec.type, value);
    if (converted !== undefined) fields[spec.name] = converted;
  }
  const items = values.items
    .filter((i) => i.description.trim() !== '')
    .map((i) => ({
      id: i.id,
      description: i.description.trim(),
      ...(i.dataCategory ? { dataCategory: i.dataCategory } : {}),
      personalData: i.personalData,
    }));
  const offences = values.offences.map((o) => ({
    code: o.code,
    ...(o.elements.length > 0 ? { elements: Object.fromEntries(o.elements.map((e) => [e, true])) } : {}),
  }));
  return { fields, items, offences };
}

function toWire(type: FieldType, value: unknown): unknown {
  switch (type) {
    case 'boolean':
      // An unticked box is an answer too ("no"), so a required yes/no is never left empty.
      return value === true;
    case 'integer': {
      if (typeof value !== 'string' || value.trim() === '') return undefined;
      const n = Number(value);
      // A number the node will judge; text that is not one is sent as typed, so it says which field.
      return Number.isFinite(n) ? n : value;
    }
    case 'string_list':
      if (typeof value !== 'string') return undefined;
      return value
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    case 'period': {
      const p = value as { from?: string; to?: string } | undefined;
      if (!p?.from && !p?.to) return undefined;
      return { from: p?.from ?? '', to: p?.to ?? '' };
    }
    case 'emergency_justification': {
      const e = value as Partial<Emergency> | undefined;
      if (!e || !(e.personsAtRisk || e.threatNature || e.imminence)) return undefined;
      return {
        personsAtRisk: e.personsAtRisk ?? '',
        threatNature: e.threatNature ?? '',
        imminence: e.imminence ?? '',
      };
    }
    default:
      return typeof value === 'string' && value.trim() !== '' ? value : undefined;
  }
}

/** A stored draft back into the form, so a person can continue where they (or the node) left it. */
export function valuesFromDraft(
  specs: readonly FieldSpec[],
  draft: {
    fields: Readonly<Record<string, unknown>>;
    items: readonly { id: string; description: string; dataCategory?: string; personalData?: boolean }[];
    offences: readonly { code: string; elements?: Readonly<Record<string, boolean>> }[];
  },
): ComposerValues {
  const fields: Record<string, ComposerValues['fields'][string]> = {};
  for (const spec of inputFields(specs)) {
    const v = draft.fields[spec.name];
    if (v === undefined || v === null) continue;
    if (spec.type === 'string_list' && Array.isArray(v)) fields[spec.name] = v.join('\n');
    else if (spec.type === 'integer' && typeof v === 'number') fields[spec.name] = String(v);
    else if (typeof v === 'string' || typeof v === 'boolean') fields[spec.name] = v;
    else if (spec.type === 'period' || spec.type === 'emergency_justification')
      fields[spec.name] = v as Emergency | { from: string; to: string };
  }
  return {
    fields,
    items: draft.items.map((i) => ({
      id: i.id,
      description: i.description,
      dataCategory: (i.dataCategory as ItemRow['dataCategory'] | undefined) ?? '',
      personalData: i.personalData ?? false,
    })),
    offences: draft.offences.map((o) => ({
      code: o.code,
      elements: Object.entries(o.elements ?? {})
        .filter(([, on]) => on)
        .map(([id]) => id),
    })),
  };
}

/** The next free item id (i1, i2, …), so items keep stable ids while the draft is edited. */
export function nextItemId(items: readonly ItemRow[]): string {
  const used = new Set(items.map((i) => i.id));
  for (let n = items.length + 1; ; n++) if (!used.has(`i${n}`)) return `i${n}`;
}

export interface Finding {
  readonly code: string;
  readonly severity: 'blocking' | 'warning' | 'info';
  readonly path: string;
  readonly message: string;
}

/**
 * Findings by the composer field they name (`/fields/necessity` → `necessity`, `/items/0/…` →
 * `items`, `/offences` → `offences`); findings about the request as a whole under `''`.
 */
const WHOLE = new Set(['items', 'offences', 'language']);

export function findingsByField(findings: readonly Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    const parts = f.path.split('/').filter(Boolean);
    const key = parts[0] === 'fields' ? (parts[1] ?? '') : WHOLE.has(parts[0] ?? '') ? parts[0]! : '';
    out.set(key, [...(out.get(key) ?? []), f]);
  }
  return out;
}

/** Same content, by value: the composer saves only when something changed. */
export function sameContent(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
