/**
 * Collection ids: TAXII wants a UUIDv4 per collection (§5.2.1) that stays the same for as long
 * as the collection exists. Comity's collections are derived from what the node holds (an
 * incident, the public objects, an inbox), so their ids are derived too: SHA-256 of a name
 * that says what the collection is, shaped as a version 4, variant 1 UUID. The same incident
 * has the same collection id on every restart and every instance of the node.
 */
import { nameUuid } from '../name-uuid.js';

export const collectionUuid = (name: string): string => nameUuid(`comity:taxii:collection:${name}`);
