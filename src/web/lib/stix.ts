/**
 * STIX objects as the console shows them: the TLP level of a set of markings, a readable label
 * for any object, the filters of the objects table and the nodes and edges of the graph. Pure,
 * so each is tested without a browser.
 */

export type Tlp = 'clear' | 'green' | 'amber' | 'amber+strict' | 'red';
export const TLP_ORDER: readonly Tlp[] = ['clear', 'green', 'amber', 'amber+strict', 'red'];

/** The marking-definition ids every STIX producer uses: TLP 2.0 (OASIS extension) and TLP 1.0. */
const TLP_IDS: Readonly<Record<string, Tlp>> = {
  'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487': 'clear',
  'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb': 'green',
  'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421': 'amber',
  'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003': 'amber+strict',
  'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1': 'red',
  'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9': 'clear',
  'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da': 'green',
  'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82': 'amber',
  'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed': 'red',
};

export const tlpOfMarking = (id: string): Tlp | undefined => TLP_IDS[id];

/** The most restrictive TLP among the markings, or null when none is a TLP marking. */
export function tlpOf(markings: readonly unknown[] | undefined): Tlp | null {
  let level = -1;
  for (const m of markings ?? []) {
    const tlp = typeof m === 'string' ? TLP_IDS[m] : undefined;
    if (tlp) level = Math.max(level, TLP_ORDER.indexOf(tlp));
  }
  return level < 0 ? null : TLP_ORDER[level]!;
}

export type StixLike = { readonly type: string; readonly id: string; readonly [key: string]: unknown };

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

/**
 * What a person calls the object: its name, pattern, value, or (for a relationship) its two
 * ends, named by `nameOf` where the caller knows them.
 */
export function labelOf(o: StixLike, nameOf: (id: string) => string | undefined = () => undefined): string {
  if (o.type === 'relationship') {
    const end = (ref: unknown) => (typeof ref === 'string' ? (nameOf(ref) ?? ref) : '?');
    return `${end(o.source_ref)} ${String(o.relationship_type ?? '→')} ${end(o.target_ref)}`;
  }
  if (o.type === 'sighting' && typeof o.sighting_of_ref === 'string') {
    const count = typeof o.count === 'number' ? ` ×${o.count}` : '';
    return `${nameOf(o.sighting_of_ref) ?? o.sighting_of_ref}${count}`;
  }
  const hashes = o.hashes && typeof o.hashes === 'object' ? Object.values(o.hashes as object)[0] : undefined;
  return (
    text(o.name) ??
    text(o.value) ??
    text(o.pattern) ??
    text(o.abstract) ??
    text(o.content) ??
    text(o.opinion) ??
    text(hashes) ??
    text(o.path) ??
    o.id
  );
}

export interface ObjectRow {
  readonly object: StixLike;
  readonly source: string;
  readonly revoked: boolean;
  readonly redactedPaths: readonly string[];
  /** When it joined the incident (absent outside an incident). */
  readonly addedAt?: string;
}

export interface ObjectFilter {
  readonly type: string;
  readonly tlp: string;
  readonly text: string;
}

export const NO_FILTER: ObjectFilter = { type: '', tlp: '', text: '' };

/** The rows the filters keep: of a type, at a TLP level ('none' for unmarked), holding the text. */
export function filterRows(rows: readonly ObjectRow[], filter: ObjectFilter): ObjectRow[] {
  const needle = filter.text.trim().toLowerCase();
  return rows.filter((r) => {
    if (filter.type && r.object.type !== filter.type) return false;
    if (filter.tlp) {
      const tlp = tlpOf(r.object.object_marking_refs as unknown[] | undefined) ?? 'none';
      if (tlp !== filter.tlp) return false;
    }
    if (!needle) return true;
    return labelOf(r.object).toLowerCase().includes(needle) || r.object.id.toLowerCase().includes(needle);
  });
}

/** The types present, most frequent first: the choices of the type filter. */
export function typesOf(rows: readonly ObjectRow[]): Array<{ type: string; count: number }> {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.object.type, (counts.get(r.object.type) ?? 0) + 1);
  return [...counts.entries()]
    .map(([type, count]) => ({ type, count }))
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
}

export interface GraphNode {
  readonly id: string;
  readonly type: string;
  readonly label: string;
}
export interface GraphEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly label: string;
}

/** Properties that point at other objects without being one of STIX's "created_by" bookkeeping. */
const SKIPPED_REFS = new Set(['created_by_ref', 'object_marking_refs', 'granular_markings']);

/**
 * Nodes are the objects (relationships become edges); edges also come from embedded references
 * (`sighting_of_ref`, an incident's or report's `object_refs`, …). Only edges whose two ends
 * are in the set are drawn: the graph shows what the person may see, nothing more.
 */
export function graphOf(objects: readonly StixLike[]): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes: GraphNode[] = [];
  const present = new Set<string>();
  for (const o of objects)
    if (o.type !== 'relationship' && o.type !== 'marking-definition') {
      nodes.push({ id: o.id, type: o.type, label: shorten(labelOf(o)) });
      present.add(o.id);
    }
  const edges: GraphEdge[] = [];
  const add = (source: string, target: string, label: string, id: string) => {
    if (present.has(source) && present.has(target) && source !== target)
      edges.push({ id, source, target, label });
  };
  for (const o of objects) {
    if (o.type === 'relationship') {
      add(String(o.source_ref), String(o.target_ref), String(o.relationship_type ?? ''), o.id);
      continue;
    }
    for (const [key, value] of Object.entries(o)) {
      if (SKIPPED_REFS.has(key)) continue;
      const name = key.replace(/_refs?$/, '');
      if (key.endsWith('_ref') && typeof value === 'string') add(o.id, value, name, `${o.id}>${key}`);
      if (key.endsWith('_refs') && Array.isArray(value))
        for (const [i, v] of value.entries())
          if (typeof v === 'string') add(o.id, v, name, `${o.id}>${key}[${i}]`);
    }
  }
  return { nodes, edges };
}

const shorten = (s: string) => (s.length > 48 ? `${s.slice(0, 47)}…` : s);

export const NEW_KINDS = ['indicator', 'observable', 'malware', 'infrastructure', 'note'] as const;
export type NewKind = (typeof NEW_KINDS)[number];
export const OBSERVABLE_TYPES = [
  'ipv4-addr',
  'ipv6-addr',
  'domain-name',
  'url',
  'email-addr',
  'file',
] as const;

export interface NewObjectInput {
  readonly kind: NewKind;
  /** Name (indicator, malware, infrastructure), the value (observable) or the text (note). */
  readonly text: string;
  readonly pattern?: string;
  readonly observableType?: (typeof OBSERVABLE_TYPES)[number];
  readonly description?: string;
  readonly tlp: Tlp | null;
  /** The incident's STIX id, which a note is about. */
  readonly incidentStixId: string;
}

const TLP2_IDS = Object.fromEntries(
  Object.entries(TLP_IDS)
    .slice(0, 5)
    .map(([id, level]) => [level, id]),
);

/** A STIX 2.1 object from the add-object form; the node validates it like any other. */
export function newObject(input: NewObjectInput, now: Date, uuid: string): StixLike {
  const at = now.toISOString();
  const markings = input.tlp ? { object_marking_refs: [TLP2_IDS[input.tlp]!] } : {};
  const description = input.description?.trim() ? { description: input.description.trim() } : {};
  const sdo = (type: string) => ({
    type,
    spec_version: '2.1',
    id: `${type}--${uuid}`,
    created: at,
    modified: at,
  });
  switch (input.kind) {
    case 'indicator':
      return {
        ...sdo('indicator'),
        ...(input.text.trim() ? { name: input.text.trim() } : {}),
        ...description,
        pattern: input.pattern ?? '',
        pattern_type: 'stix',
        valid_from: at,
        ...markings,
      };
    case 'malware':
      return { ...sdo('malware'), name: input.text.trim(), is_family: false, ...description, ...markings };
    case 'infrastructure':
      return { ...sdo('infrastructure'), name: input.text.trim(), ...description, ...markings };
    case 'note':
      return { ...sdo('note'), content: input.text, object_refs: [input.incidentStixId], ...markings };
    case 'observable': {
      const type = input.observableType ?? 'ipv4-addr';
      const value = input.text.trim();
      const body = type === 'file' ? { hashes: { [hashName(value)]: value.toLowerCase() } } : { value };
      return { type, spec_version: '2.1', id: `${type}--${uuid}`, ...body, ...markings };
    }
  }
}

/** A file observable is given by its hash; the length says which. */
function hashName(hex: string): string {
  return hex.length === 32 ? 'MD5' : hex.length === 40 ? 'SHA-1' : hex.length === 128 ? 'SHA-512' : 'SHA-256';
}
