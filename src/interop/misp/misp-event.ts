/**
 * The shape of a MISP event as MISP writes it (`/events/view/{id}` with `{"Event": …}`, and each
 * `<uuid>.json` of a MISP feed), as far as Comity reads and writes it. MISP sends numbers and
 * booleans as strings in places; both forms are accepted on the way in.
 */

import type { MispGalaxy } from './galaxies.js';

export interface MispTag {
  readonly name: string;
}

export interface MispAttribute {
  readonly uuid: string;
  readonly type: string;
  readonly category: string;
  readonly value: string;
  readonly to_ids?: boolean | string;
  readonly comment?: string;
  /** Seconds since the epoch, as text. */
  readonly timestamp?: string;
  readonly distribution?: string;
  /** Inside a MISP object: the attribute's role in it (`ip`, `port`, `sha256`…). */
  readonly object_relation?: string;
  readonly Tag?: readonly MispTag[];
}

export interface MispObject {
  readonly uuid: string;
  readonly name: string;
  readonly 'meta-category'?: string;
  readonly template_uuid?: string;
  readonly template_version?: string;
  readonly comment?: string;
  readonly timestamp?: string;
  readonly distribution?: string;
  readonly Attribute?: readonly MispAttribute[];
}

export interface MispEvent {
  readonly uuid: string;
  readonly info: string;
  /** YYYY-MM-DD */
  readonly date?: string;
  readonly threat_level_id?: string;
  readonly analysis?: string;
  readonly distribution?: string;
  readonly timestamp?: string;
  readonly published?: boolean | string;
  readonly Orgc?: { readonly name?: string; readonly uuid?: string };
  readonly Tag?: readonly MispTag[];
  readonly Attribute?: readonly MispAttribute[];
  readonly Object?: readonly MispObject[];
  readonly Galaxy?: readonly MispGalaxy[];
}

/** What a STIX object made from an attribute carries, so the attribute comes back whole. */
export interface MispAttributeRecord extends Omit<MispAttribute, 'to_ids' | 'Tag'> {
  readonly to_ids: boolean;
  readonly tags: readonly string[];
  /** The event the attribute came in (absent on records written before this was kept). */
  readonly event_uuid?: string;
  /** The MISP object the attribute belonged to, if any. */
  readonly object?: {
    readonly uuid: string;
    readonly name: string;
    readonly meta_category?: string;
    readonly template_uuid?: string;
    readonly template_version?: string;
    readonly comment?: string;
  };
}

export const truthy = (value: boolean | string | undefined): boolean =>
  value === true || value === '1' || value === 'true';
