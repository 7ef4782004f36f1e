/**
 * Domain names as correlation keys: lower case, no trailing dot, internationalised labels as
 * punycode A-labels (UTS #46 through `domainToASCII`, the same mapping browsers apply).
 */
import { domainToASCII } from 'node:url';

const LABEL_RE = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/;

/**
 * The canonical form of a domain name, or an error naming the problem. Underscores are
 * allowed (service labels such as `_dmarc` are real in threat data); a hyphen may not start
 * or end a label; the last label may not be all digits (that is an IP address).
 */
export function normaliseDomain(raw: string): string | { error: string } {
  let name = raw.trim();
  if (name.endsWith('.')) name = name.slice(0, -1);
  if (name === '') return { error: 'empty domain name' };
  if (/[\s/\\:@?#[\]%]/.test(name))
    return { error: `'${raw}' contains characters a domain name cannot hold` };
  const ascii = domainToASCII(name);
  if (ascii === '') return { error: `'${raw}' is not a valid internationalised domain name` };
  if (ascii.length > 253) return { error: 'domain name longer than 253 characters' };
  const labels = ascii.split('.');
  const bad = labels.find((label) => !LABEL_RE.test(label));
  if (bad !== undefined) return { error: `invalid label '${bad}' in '${raw}'` };
  if (/^\d+$/.test(labels[labels.length - 1]!)) return { error: `'${raw}' ends in a numeric label` };
  return ascii;
}
