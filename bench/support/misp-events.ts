/**
 * MISP events for benchmarks, written as MISP writes them (`{"Event": {…}}` with its tags after
 * its attributes, every attribute with all its fields): attributes of the common types (IP addresses for detection, domains, file
 * hashes, URLs), every value distinct, deterministic from a seed.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { nameUuid } from '../../src/core/name-uuid.js';

const TYPES = [
  ['ip-dst', 'Network activity'],
  ['ip-dst', 'Network activity'],
  ['ip-dst', 'Network activity'],
  ['ip-dst', 'Network activity'],
  ['domain', 'Network activity'],
  ['domain', 'Network activity'],
  ['domain', 'Network activity'],
  ['sha256', 'Payload delivery'],
  ['sha256', 'Payload delivery'],
  ['url', 'Network activity'],
] as const;

/** A stable UUID (version 4 shape) from a seed text. */
export const seededUuid = (seed: string): string => nameUuid(`bench:${seed}`);

function attribute(seed: string, n: number): string {
  const [type, category] = TYPES[n % TYPES.length]!;
  const v = n + 1;
  const value =
    type === 'ip-dst'
      ? `10.${(v >> 16) & 255}.${(v >> 8) & 255}.${v & 255}`
      : type === 'domain'
        ? `host-${seed.slice(0, 6)}-${n}.example.org`
        : type === 'sha256'
          ? createHash('sha256').update(`${seed}:${n}`).digest('hex')
          : `https://files-${seed.slice(0, 6)}.example.net/p/${n}`;
  // Every field MISP's /events/view writes for an attribute, as MISP writes them.
  return JSON.stringify({
    id: String(1_000_000 + n),
    type,
    category,
    to_ids: type === 'ip-dst' || type === 'sha256',
    uuid: seededUuid(`${seed}:attribute:${n}`),
    event_id: '4242',
    distribution: '5',
    timestamp: '1790000000',
    comment: '',
    sharing_group_id: '0',
    deleted: false,
    disable_correlation: false,
    object_id: '0',
    object_relation: null,
    first_seen: null,
    last_seen: null,
    value,
    Galaxy: [],
    ShadowAttribute: [],
  });
}

/** The text of one event of `attributes` attributes (built in memory: for small events). */
export function eventText(seed: string, attributes: number, timestamp = 1_790_000_000): string {
  const parts: string[] = [];
  for (let n = 0; n < attributes; n++) parts.push(attribute(seed, n));
  return `{"Event":{"uuid":"${seededUuid(seed)}","info":"Benchmark event ${seed}","date":"2026-09-21","threat_level_id":"2","analysis":"1","timestamp":"${timestamp}","published":true,"Orgc":{"name":"Bench CERT","uuid":"${seededUuid('orgc')}"},"Attribute":[${parts.join(',')}],"Object":[],"Tag":[{"name":"tlp:green"}]}}`;
}

/** Writes one large event to a file a piece at a time (never whole in memory). */
export async function writeEventFile(path: string, seed: string, attributes: number): Promise<void> {
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(
    `{"Event":{"uuid":"${seededUuid(seed)}","info":"One very large event","date":"2026-09-21","timestamp":"1790000000","Attribute":[`,
  );
  for (let n = 0; n < attributes; n++) await write(`${n === 0 ? '' : ','}${attribute(seed, n)}`);
  await write('],"Object":[],"Tag":[{"name":"tlp:green"}]}}');
  out.end();
  await once(out, 'finish');
}
