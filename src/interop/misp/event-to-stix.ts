/**
 * A MISP event in STIX 2.1, attribute by attribute (docs/MISP.md has the table):
 *
 * - the event becomes a `report` (`report--<event uuid>`) referring to everything made from it,
 *   with the event's own fields in `x_misp_event`;
 * - an attribute for detection (`to_ids`) whose type names an observable becomes an
 *   `indicator` with a STIX pattern; one not for detection, the cyber observable itself;
 *   vulnerabilities, campaigns and threat actors their domain objects; text, comments and
 *   types without an equivalent a `note` on the report — reported, never dropped;
 * - every object made from an attribute carries the attribute whole in `x_misp_attribute`
 *   (value, type, category, to_ids, comment, tags, its MISP object), so the event comes back
 *   from Comity as it went in;
 * - `tlp:*` tags become TLP 2.0 markings (TLP:WHITE read as CLEAR), `PAP:*` tags PAP
 *   markings; an attribute without a TLP tag takes the event's; other tags are labels.
 *
 * An attribute that cannot be read (no uuid, type or value) is refused on its own with the
 * reason; the rest of the event goes through.
 */
import {
  type Pap,
  PAP_MARKING_IDS,
  papFromLabel,
  papMarkingDefinition,
} from '../../core/sharing/markings/pap.js';
import { TLP_LEVELS, TLP_MARKING_IDS, type Tlp, tlpFromLabel } from '../../core/sharing/markings/tlp.js';
import type { StixObject } from '../../core/sharing/stix/validate.js';
import {
  DOMAIN_OBJECTS,
  type Observable,
  observableOf,
  observedValue,
  TEXT_TYPES,
} from './attribute-types.js';
import { galaxyObjects } from './galaxies.js';
import type { MispAttribute, MispAttributeRecord, MispEvent, MispObject } from './misp-event.js';
import { truthy } from './misp-event.js';

export type AttributeOutcome =
  | { readonly uuid: string; readonly type: string; readonly status: 'converted'; readonly stixId: string }
  | {
      readonly uuid: string;
      readonly type: string;
      readonly status: 'kept-as-note';
      readonly stixId: string;
      readonly reason: string;
    }
  | { readonly uuid: string; readonly type: string; readonly status: 'refused'; readonly reason: string };

export interface EventConversion {
  /** Marking definitions the objects need first, then the objects, the report last. */
  readonly objects: readonly StixObject[];
  readonly outcomes: readonly AttributeOutcome[];
}

/** Refused attributes and notes listed per event at most (the counts are always whole). */
const MAX_PROBLEMS_KEPT = 10_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export function mispEventToStix(event: MispEvent): EventConversion {
  const converter = new MispEventConverter(event);
  const made: StixObject[] = [];
  for (const attribute of event.Attribute ?? []) made.push(...converter.attribute(attribute));
  for (const object of event.Object ?? []) made.push(...converter.object(object));
  const { first, last } = converter.finish();
  return { objects: [...first, ...made, ...last], outcomes: converter.outcomes };
}

/**
 * The conversion one attribute at a time, for events too large to hold: the event's own
 * fields first (its tags decide the markings of attributes without their own), then each
 * attribute or MISP object as it is read, then `finish` for the report and what it needs.
 * Only the ids of what was made are kept, for the report's `object_refs`.
 */
export class MispEventConverter {
  readonly outcomes: AttributeOutcome[] = [];
  readonly #event: MispEvent;
  readonly #reportId: string;
  readonly #eventTime: string;
  readonly #eventTags: string[];
  readonly #eventMarks: ReturnType<typeof markingsOf>;
  readonly #paps: Set<Pap>;
  readonly #refs: string[] = [];
  readonly #kept: readonly string[];
  /** Outcomes are kept only up to this many; counts are always whole. */
  readonly #keepOutcomes: number;
  readonly counts = { converted: 0, keptAsNote: 0, refused: 0, galaxies: 0 };
  /** Every tag name met on the event and its attributes (for a list of tags clients can pick). */
  readonly tags = new Set<string>();

  /**
   * `at` (an instant) makes this a change made now: the event and attributes without a
   * timestamp take it, and the report a new version at it. `keepRefs` are objects of the
   * event's earlier version that stay in it (an edit adds to an event, as MISP's does).
   */
  constructor(
    event: MispEvent,
    options: { keepOutcomes?: number; at?: string; keepRefs?: readonly string[] } = {},
  ) {
    this.#event = options.at
      ? { ...event, timestamp: String(Math.floor(Date.parse(options.at) / 1000)) }
      : event;
    this.#reportId = `report--${event.uuid.toLowerCase()}`;
    this.#eventTime =
      options.at ?? instantOf(event.timestamp) ?? `${event.date ?? '1970-01-01'}T00:00:00.000Z`;
    this.#kept = options.keepRefs ?? [];
    this.#eventTags = namesOf(event.Tag);
    for (const t of this.#eventTags) this.tags.add(t);
    this.#eventMarks = markingsOf(this.#eventTags);
    this.#paps = new Set<Pap>(this.#eventMarks.paps);
    this.#keepOutcomes = options.keepOutcomes ?? Number.POSITIVE_INFINITY;
  }

  get reportId(): string {
    return this.#reportId;
  }

  /** The STIX objects of one MISP object's attributes. */
  object(object: MispObject): StixObject[] {
    const made: StixObject[] = [];
    for (const attribute of Array.isArray(object.Attribute) ? object.Attribute : [])
      made.push(...this.attribute(attribute, object));
    return made;
  }

  /** The STIX object of one attribute (none when it is refused; its outcome says why). */
  attribute(attribute: MispAttribute, object?: MispObject): StixObject[] {
    const problem = unreadable(attribute);
    if (problem) {
      this.#outcome({
        uuid: String(attribute?.uuid ?? ''),
        type: String(attribute?.type ?? ''),
        status: 'refused',
        reason: problem,
      });
      return [];
    }
    const eventMarks = this.#eventMarks;
    const reportId = this.#reportId;
    const tags = namesOf(attribute.Tag);
    for (const t of tags) if (this.tags.size < 10_000) this.tags.add(t);
    const marks = markingsOf(tags);
    for (const p of marks.paps) this.#paps.add(p);
    const tlp = marks.tlp ?? eventMarks.tlp;
    const pap = marks.paps[0] ?? eventMarks.paps[0];
    const record: MispAttributeRecord = {
      uuid: attribute.uuid,
      type: attribute.type,
      category: attribute.category,
      value: attribute.value,
      to_ids: truthy(attribute.to_ids),
      tags,
      event_uuid: this.#event.uuid,
      ...(attribute.comment ? { comment: attribute.comment } : {}),
      ...(attribute.timestamp ? { timestamp: String(attribute.timestamp) } : {}),
      ...(attribute.distribution !== undefined ? { distribution: String(attribute.distribution) } : {}),
      ...(attribute.object_relation ? { object_relation: attribute.object_relation } : {}),
      ...(object ? { object: objectRecord(object) } : {}),
    };
    const time = instantOf(attribute.timestamp) ?? this.#eventTime;
    const common = {
      spec_version: '2.1',
      ...markingRefs(tlp, pap),
      x_misp_attribute: record,
    };
    const labels = marks.other.length > 0 ? { labels: marks.other } : {};
    const id = (type: string) => `${type}--${attribute.uuid.toLowerCase()}`;
    const observable = observableOf(attribute.type, attribute.value);
    const domain = DOMAIN_OBJECTS[attribute.type];
    let stix: StixObject;
    let note: string | undefined;
    if (observable && record.to_ids) {
      stix = {
        type: 'indicator',
        id: id('indicator'),
        created: time,
        modified: time,
        name: `${attribute.type}: ${attribute.value}`.slice(0, 250),
        pattern: patternOf(observable, observedValue(attribute.type, attribute.value)),
        pattern_type: 'stix',
        valid_from: time,
        ...labels,
        ...common,
      } as StixObject;
    } else if (observable) {
      stix = {
        type: observable.sco,
        id: id(observable.sco),
        ...scoProperties(observable, attribute),
        ...common,
      } as StixObject;
    } else if (domain) {
      stix = {
        type: domain,
        id: id(domain),
        created: time,
        modified: time,
        name: attribute.value,
        ...labels,
        ...common,
      } as StixObject;
    } else {
      note = TEXT_TYPES.has(attribute.type)
        ? `a ${attribute.type} value is not an observable of its own: kept as a note`
        : `MISP type ${attribute.type} has no STIX equivalent: kept as a note`;
      stix = {
        type: 'note',
        id: id('note'),
        created: time,
        modified: time,
        abstract: `${attribute.category}: ${attribute.type}`.slice(0, 250),
        content: attribute.value,
        object_refs: [reportId],
        ...labels,
        ...common,
      } as StixObject;
    }
    this.#refs.push(stix.id);
    this.#outcome(
      note === undefined
        ? { uuid: attribute.uuid, type: attribute.type, status: 'converted', stixId: stix.id }
        : {
            uuid: attribute.uuid,
            type: attribute.type,
            status: 'kept-as-note',
            stixId: stix.id,
            reason: note,
          },
    );
    return [stix];
  }

  /**
   * What closes the event: `first`, the marking definitions the objects refer to (to store
   * before them when they are stored together), and `last`, the event's galaxy clusters and
   * the report that refers to everything made from the event.
   */
  finish(): { first: StixObject[]; last: StixObject[] } {
    const event = this.#event;
    const eventMarks = this.#eventMarks;
    const eventTime = this.#eventTime;
    const clusters = galaxyObjects(event.Galaxy, markingRefs(eventMarks.tlp, eventMarks.paps[0]), eventTime);
    this.counts.galaxies = clusters.length;
    const made = new Set([...this.#refs, ...clusters.map((c) => c.id)]);
    const refs = [...this.#kept.filter((id) => !made.has(id)), ...made];
    const report = {
      type: 'report',
      spec_version: '2.1',
      id: this.#reportId,
      created: eventTime,
      modified: eventTime,
      name: event.info || '(untitled MISP event)',
      published: `${event.date ?? eventTime.slice(0, 10)}T00:00:00.000Z`,
      report_types: ['threat-report'],
      object_refs: refs.length > 0 ? refs : [this.#reportId],
      ...markingRefs(eventMarks.tlp, eventMarks.paps[0]),
      ...(eventMarks.other.length > 0 ? { labels: eventMarks.other } : {}),
      x_misp_event: {
        uuid: event.uuid,
        info: event.info,
        ...(event.date ? { date: event.date } : {}),
        ...(event.threat_level_id !== undefined ? { threat_level_id: String(event.threat_level_id) } : {}),
        ...(event.analysis !== undefined ? { analysis: String(event.analysis) } : {}),
        ...(event.distribution !== undefined ? { distribution: String(event.distribution) } : {}),
        ...(event.timestamp ? { timestamp: String(event.timestamp) } : {}),
        published: truthy(event.published),
        ...(event.Orgc ? { Orgc: event.Orgc } : {}),
        tags: this.#eventTags,
        ...(Array.isArray(event.Galaxy) && event.Galaxy.length > 0 ? { Galaxy: event.Galaxy } : {}),
      },
    } as StixObject;
    return { first: [...this.#paps].map(papMarkingDefinition), last: [...clusters, report] };
  }

  /** Records an element of the event that could not be read at all (`what` names it). */
  refuse(what: string, reason: string): void {
    this.#outcome({ uuid: '', type: what, status: 'refused', reason });
  }

  #outcome(outcome: AttributeOutcome): void {
    if (outcome.status === 'converted') this.counts.converted++;
    else if (outcome.status === 'kept-as-note') this.counts.keptAsNote++;
    else this.counts.refused++;
    const listed = this.outcomes.length;
    if (listed < this.#keepOutcomes || (outcome.status !== 'converted' && listed < MAX_PROBLEMS_KEPT))
      this.outcomes.push(outcome);
  }
}

function unreadable(attribute: MispAttribute): string | undefined {
  if (attribute === null || typeof attribute !== 'object' || Array.isArray(attribute))
    return 'the attribute is not a JSON object';
  if (typeof attribute.uuid !== 'string' || !UUID.test(attribute.uuid))
    return 'the attribute has no valid uuid';
  if (typeof attribute.type !== 'string' || attribute.type.length === 0) return 'the attribute has no type';
  if (typeof attribute.value !== 'string' || attribute.value.length === 0)
    return 'the attribute has no value';
  if (typeof attribute.category !== 'string') return 'the attribute has no category';
  return undefined;
}

function objectRecord(object: MispObject): NonNullable<MispAttributeRecord['object']> {
  return {
    uuid: object.uuid,
    name: object.name,
    ...(object['meta-category'] ? { meta_category: object['meta-category'] } : {}),
    ...(object.template_uuid ? { template_uuid: object.template_uuid } : {}),
    ...(object.template_version ? { template_version: object.template_version } : {}),
    ...(object.comment ? { comment: object.comment } : {}),
  };
}

const namesOf = (tags: readonly { name: string }[] | undefined): string[] =>
  (Array.isArray(tags) ? tags : [])
    .map((t) => (t as { name?: unknown } | null)?.name)
    .filter((n): n is string => typeof n === 'string' && n.length > 0);

function markingsOf(tags: readonly string[]): { tlp?: Tlp; paps: Pap[]; other: string[] } {
  let tlp: Tlp | undefined;
  const paps: Pap[] = [];
  const other: string[] = [];
  for (const tag of tags) {
    const level = tlpFromLabel(tag);
    const pap = papFromLabel(tag);
    if (level) tlp = strictest(tlp, level);
    else if (pap) paps.push(pap);
    else other.push(tag);
  }
  return { ...(tlp ? { tlp } : {}), paps, other };
}

const strictest = (a: Tlp | undefined, b: Tlp): Tlp =>
  a === undefined || TLP_LEVELS.indexOf(b) > TLP_LEVELS.indexOf(a) ? b : a;

/** `object_marking_refs` for a TLP level and a PAP level, either or both; nothing when neither. */
function markingRefs(tlp: Tlp | undefined, pap: Pap | undefined): { object_marking_refs?: string[] } {
  if (!tlp && !pap) return {};
  return {
    object_marking_refs: [...(tlp ? [TLP_MARKING_IDS[tlp]] : []), ...(pap ? [PAP_MARKING_IDS[pap]] : [])],
  };
}

// Attributes of one event mostly share a timestamp: the last conversion is kept.
let lastEpoch: string | undefined;
let lastInstant: string | undefined;

function instantOf(epochSeconds: string | number | undefined): string | undefined {
  if (epochSeconds === undefined) return undefined;
  const text = String(epochSeconds);
  if (text === lastEpoch) return lastInstant;
  if (!/^\d{1,12}$/.test(text)) return undefined;
  lastEpoch = text;
  lastInstant = new Date(Number(text) * 1000).toISOString();
  return lastInstant;
}

const quoted = (value: string) => `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

function patternOf(observable: Observable, value: string): string {
  if (observable.sco === 'autonomous-system') return `[autonomous-system:number = ${asNumber(value)}]`;
  return `[${observable.sco}:${observable.path} = ${quoted(value)}]`;
}

const asNumber = (value: string) => Number(value.replace(/^AS/i, '')) || 0;

function scoProperties(observable: Observable, attribute: MispAttribute): Record<string, unknown> {
  const value = observedValue(attribute.type, attribute.value);
  if (observable.sco === 'file') {
    if (observable.path === 'name') return { name: value };
    const algorithm = /'(.+)'/.exec(observable.path)![1]!;
    const name = attribute.type.startsWith('filename|') ? attribute.value.split('|')[0] : undefined;
    return { hashes: { [algorithm]: value }, ...(name ? { name } : {}) };
  }
  if (observable.sco === 'autonomous-system') return { number: asNumber(value) };
  if (observable.sco === 'email-message') return { is_multipart: false, subject: value };
  return { [observable.path]: value };
}
