/**
 * A deterministic STIX 2.1 bundle for the sharing benchmark: the same seed gives the same
 * bytes, so runs compare. The mix follows what CERT feeds carry: indicators with patterns,
 * observables of several kinds, malware, infrastructure, identities, incidents, sightings, and
 * about a third relationships between objects generated earlier.
 */

/** mulberry32: a small, fast, seedable generator (quality is ample for test data). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function uuid(rand: () => number): string {
  const h = () =>
    Math.floor(rand() * 0x1_0000_0000)
      .toString(16)
      .padStart(8, '0');
  const a = h();
  const b = h();
  const c = h();
  const d = h();
  return `${a}-${b.slice(0, 4)}-4${b.slice(5)}-${'89ab'[parseInt(c[0]!, 16) & 3]}${c.slice(1, 4)}-${c.slice(4)}${d}`;
}

const TLP_GREEN = 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb';
const TLP_AMBER = 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421';
const BASE = Date.UTC(2026, 0, 1);

/** Observable values derived from a number: unique per number, so lookups can target them. */
export function ipv4Of(n: number): string {
  return `${10 + ((n >>> 24) & 0x7f)}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}
export function domainOf(n: number): string {
  return `h${n.toString(36)}.c2-example.net`;
}
export function urlOf(n: number): string {
  return `http://${domainOf(n)}/gate/${(n * 2654435761) % 1000003}.php`;
}
export function sha256Of(n: number): string {
  let h = '';
  let x = n + 1;
  for (let i = 0; i < 8; i++) {
    x = Math.imul(x ^ (x >>> 16), 0x45d9f3b) >>> 0;
    h += x.toString(16).padStart(8, '0');
  }
  return h;
}

/** `count` objects as JSON texts, in bundle order. */
export function generateStixObjects(count: number, seed = 2026): string[] {
  const rand = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const pools: Record<
    'identity' | 'malware' | 'infrastructure' | 'incident' | 'indicator' | 'sco',
    string[]
  > = {
    identity: [],
    malware: [],
    infrastructure: [],
    incident: [],
    indicator: [],
    sco: [],
  };
  const out: string[] = [];
  let serial = 0;
  for (let i = 0; i < count; i++) {
    const t = new Date(BASE + i * 1000).toISOString();
    const common = (type: string) => ({
      type,
      spec_version: '2.1',
      id: `${type}--${uuid(rand)}`,
      created: t,
      modified: t,
      ...(pools.identity.length > 0 && rand() < 0.8 ? { created_by_ref: pick(pools.identity) } : {}),
      ...(rand() < 0.5 ? { object_marking_refs: [rand() < 0.7 ? TLP_GREEN : TLP_AMBER] } : {}),
    });
    const r = rand();
    const canRelate =
      pools.indicator.length > 0 && pools.malware.length > 0 && pools.infrastructure.length > 0;
    let object: Record<string, unknown>;
    if (r < 0.35 && canRelate && pools.sco.length > 0) {
      const kind = rand();
      const [rel, source, target] =
        kind < 0.4
          ? ['indicates', pick(pools.indicator), pick(pools.malware)]
          : kind < 0.6
            ? ['uses', pick(pools.malware), pick(pools.infrastructure)]
            : kind < 0.8
              ? ['consists-of', pick(pools.infrastructure), pick(pools.sco)]
              : pools.incident.length > 0
                ? ['related-to', pick(pools.incident), pick(pools.malware)]
                : ['indicates', pick(pools.indicator), pick(pools.infrastructure)];
      object = { ...common('relationship'), relationship_type: rel, source_ref: source, target_ref: target };
    } else if (r < 0.4 && pools.indicator.length > 0 && pools.identity.length > 0) {
      object = {
        ...common('sighting'),
        sighting_of_ref: pick(pools.indicator),
        where_sighted_refs: [pick(pools.identity)],
        count: 1 + Math.floor(rand() * 50),
        first_seen: t,
        last_seen: t,
      };
    } else if (r < 0.6) {
      const n = serial++;
      const k = rand();
      const [pattern, name] =
        k < 0.35
          ? [`[ipv4-addr:value = '${ipv4Of(n)}']`, `C2 address ${ipv4Of(n)}`]
          : k < 0.65
            ? [`[domain-name:value = '${domainOf(n)}']`, `C2 domain ${domainOf(n)}`]
            : k < 0.85
              ? [`[url:value = '${urlOf(n)}']`, 'Malware download URL']
              : [`[file:hashes.'SHA-256' = '${sha256Of(n)}']`, 'Ransomware payload'];
      object = {
        ...common('indicator'),
        name,
        indicator_types: ['malicious-activity'],
        pattern,
        pattern_type: 'stix',
        valid_from: t,
      };
      pools.indicator.push(object.id as string);
    } else if (r < 0.9) {
      const n = serial++;
      const k = rand();
      const sco = (type: string, body: Record<string, unknown>) => ({
        type,
        spec_version: '2.1',
        id: `${type}--${uuid(rand)}`,
        ...body,
      });
      object =
        k < 0.3
          ? sco('ipv4-addr', { value: ipv4Of(n) })
          : k < 0.55
            ? sco('domain-name', { value: domainOf(n) })
            : k < 0.75
              ? sco('url', { value: urlOf(n) })
              : k < 0.9
                ? sco('file', { hashes: { 'SHA-256': sha256Of(n) }, name: `payload-${n}.exe` })
                : sco('email-addr', { value: `phish${n}@mail-example.org` });
      pools.sco.push(object.id as string);
    } else if (r < 0.93 || pools.identity.length === 0) {
      object = {
        ...common('identity'),
        name: `Organisation ${pools.identity.length + 1}`,
        identity_class: 'organization',
        sectors: [pick(['government', 'energy', 'healthcare', 'financial-services'])],
      };
      pools.identity.push(object.id as string);
    } else if (r < 0.96) {
      object = {
        ...common('malware'),
        name: `Locker family ${pools.malware.length + 1}`,
        is_family: true,
        malware_types: [pick(['ransomware', 'remote-access-trojan', 'downloader'])],
      };
      pools.malware.push(object.id as string);
    } else if (r < 0.99) {
      object = {
        ...common('infrastructure'),
        name: `C2 cluster ${pools.infrastructure.length + 1}`,
        infrastructure_types: ['command-and-control'],
      };
      pools.infrastructure.push(object.id as string);
    } else {
      object = {
        ...common('incident'),
        name: `Ransomware incident ${pools.incident.length + 1}`,
        description: 'Encryption of hospital systems affecting several States',
      };
      pools.incident.push(object.id as string);
    }
    out.push(JSON.stringify(object));
  }
  return out;
}

/** The objects wrapped as one bundle, as it would arrive in a file. */
export function bundleText(objects: readonly string[], seed = 2026): string {
  return `{"type":"bundle","id":"bundle--${uuid(prng(seed + 1))}","objects":[\n${objects.join(',\n')}\n]}\n`;
}
