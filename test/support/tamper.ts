/**
 * A compact JOSE serialisation (JWS, JWE, signed card) with one character of its last part — the
 * signature or authentication tag — changed. The character changed is early in that part, so it
 * always alters the decoded bytes: replacing the last characters instead can leave the value
 * unchanged when those bits were already what was written (the final character of base64url
 * carries padding bits, and an Ed25519 signature's last bits are often zero).
 */
export function tamperedCompact(compact: string): string {
  const at = compact.lastIndexOf('.') + 5;
  if (at < 5 || at >= compact.length) throw new Error('not a compact serialisation with a last part');
  const replaced = compact[at] === 'A' ? 'B' : 'A';
  return compact.slice(0, at) + replaced + compact.slice(at + 1);
}
