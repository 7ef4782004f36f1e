/**
 * What a value typed into a search box most likely is: an IP address or block, a URL, an
 * e-mail address, a hash (by length), an AS number, a MAC address or a domain. Defanged
 * spellings (`hxxp://evil[.]example`, `user[@]example.org`) are refanged first, because
 * analysts paste them from reports.
 */
import { normaliseObservable, type ObservableKey, type ObservableKind } from './normalise.js';

const HASH_BY_LENGTH: Readonly<Record<number, ObservableKind>> = {
  32: 'md5',
  40: 'sha1',
  64: 'sha256',
  128: 'sha512',
};

export function refang(raw: string): string {
  return raw
    .trim()
    .replace(/\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)/gi, '.')
    .replace(/\[@\]|\(@\)|\[at\]|\(at\)/gi, '@')
    .replace(/\[:\]/g, ':')
    .replace(/^hxxp(s?)/i, 'http$1')
    .replace(/^fxp/i, 'ftp');
}

export function guessObservable(raw: string): ObservableKey | undefined {
  const text = refang(raw);
  if (text === '') return undefined;
  const attempt = (kind: ObservableKind): ObservableKey | undefined => {
    const key = normaliseObservable(kind, text);
    return 'error' in key ? undefined : key;
  };
  const mac = /^([0-9a-f]{2}[:-]){5}[0-9a-f]{2}$/i.test(text);
  const candidates: Array<[boolean, ObservableKind]> = [
    [/^[\d./]+$/.test(text), 'ipv4'],
    [!mac && /^[0-9a-f:.]*:[0-9a-f:./]*$/i.test(text), 'ipv6'],
    [/^[a-z][a-z0-9+.-]*:\/\//i.test(text), 'url'],
    [text.includes('@') && !text.includes('/'), 'email'],
    [
      /^[0-9a-f]+$/i.test(text) && HASH_BY_LENGTH[text.length] !== undefined,
      HASH_BY_LENGTH[text.length] ?? 'md5',
    ],
    [/^as\d+$/i.test(text), 'asn'],
    [mac, 'mac'],
    [/^[^/\s]+\.[^/\s]+\/\S*$/.test(text), 'url'],
    [text.includes('.'), 'domain'],
  ];
  for (const [plausible, kind] of candidates) {
    const key = plausible ? attempt(kind) : undefined;
    if (key) return key;
  }
  return undefined;
}
