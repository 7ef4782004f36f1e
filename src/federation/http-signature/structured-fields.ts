/**
 * The slice of RFC 8941 structured fields that RFC 9421 needs: dictionaries whose members are
 * inner lists of strings or byte sequences, each with parameters. Parsing is strict; anything
 * outside this slice is refused rather than guessed at.
 */

export type BareItem = string | number | boolean | Uint8Array | { readonly token: string };
export type Params = ReadonlyArray<readonly [string, BareItem]>;

export interface InnerList {
  readonly kind: 'inner-list';
  readonly items: ReadonlyArray<{ readonly value: BareItem; readonly params: Params }>;
  readonly params: Params;
}
export interface Item {
  readonly kind: 'item';
  readonly value: BareItem;
  readonly params: Params;
}
export type Member = InnerList | Item;

class Parser {
  pos = 0;
  constructor(readonly text: string) {}
  peek(): string | undefined {
    return this.text[this.pos];
  }
  fail(what: string): never {
    throw new SyntaxError(`structured field: ${what} at ${this.pos}`);
  }
  skipSp(): void {
    while (this.peek() === ' ') this.pos++;
  }
  skipOws(): void {
    while (this.peek() === ' ' || this.peek() === '\t') this.pos++;
  }
  key(): string {
    const m = /^[a-z*][a-z0-9_\-.*]*/.exec(this.text.slice(this.pos));
    if (!m) this.fail('expected a key');
    this.pos += m[0].length;
    return m[0];
  }
  bareItem(): BareItem {
    const c = this.peek();
    if (c === '"') return this.string();
    if (c === ':') return this.bytes();
    if (c === '?') {
      this.pos++;
      const b = this.peek();
      if (b !== '0' && b !== '1') this.fail('expected a boolean');
      this.pos++;
      return b === '1';
    }
    if (c !== undefined && /[-0-9]/.test(c)) {
      const m = /^-?[0-9]{1,15}/.exec(this.text.slice(this.pos));
      if (!m) this.fail('expected an integer');
      this.pos += m[0].length;
      if (this.peek() === '.') this.fail('decimals are not used here');
      return Number(m[0]);
    }
    const t = /^[A-Za-z*][!#$%&'*+\-.^_`|~0-9A-Za-z:/]*/.exec(this.text.slice(this.pos));
    if (!t) this.fail('expected an item');
    this.pos += t[0].length;
    return { token: t[0] };
  }
  string(): string {
    this.pos++; // opening quote
    let out = '';
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.fail('unterminated string');
      this.pos++;
      if (c === '"') return out;
      if (c === '\\') {
        const n = this.peek();
        if (n !== '"' && n !== '\\') this.fail('bad escape');
        out += n;
        this.pos++;
      } else {
        const code = c.charCodeAt(0);
        if (code < 0x20 || code > 0x7e) this.fail('non-printable character in string');
        out += c;
      }
    }
  }
  bytes(): Uint8Array {
    this.pos++;
    const end = this.text.indexOf(':', this.pos);
    if (end < 0) this.fail('unterminated byte sequence');
    const b64 = this.text.slice(this.pos, end);
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) this.fail('bad base64 in byte sequence');
    this.pos = end + 1;
    return Buffer.from(b64, 'base64');
  }
  params(): Params {
    const out: Array<readonly [string, BareItem]> = [];
    while (this.peek() === ';') {
      this.pos++;
      this.skipSp();
      const k = this.key();
      let v: BareItem = true;
      if (this.peek() === '=') {
        this.pos++;
        v = this.bareItem();
      }
      const existing = out.findIndex(([name]) => name === k);
      if (existing >= 0) out.splice(existing, 1);
      out.push([k, v]);
    }
    return out;
  }
  member(): Member {
    if (this.peek() === '(') {
      this.pos++;
      const items: Array<{ value: BareItem; params: Params }> = [];
      for (;;) {
        this.skipSp();
        if (this.peek() === ')') {
          this.pos++;
          return { kind: 'inner-list', items, params: this.params() };
        }
        items.push({ value: this.bareItem(), params: this.params() });
        const c = this.peek();
        if (c !== ' ' && c !== ')') this.fail('expected space or )');
      }
    }
    return { kind: 'item', value: this.bareItem(), params: this.params() };
  }
}

/** Parses an RFC 8941 dictionary into ordered [key, member] pairs. Throws SyntaxError. */
export function parseDictionary(text: string): Array<readonly [string, Member]> {
  const p = new Parser(text);
  const out: Array<readonly [string, Member]> = [];
  p.skipSp();
  while (p.pos < text.length) {
    const k = p.key();
    let m: Member = { kind: 'item', value: true, params: [] };
    if (p.peek() === '=') {
      p.pos++;
      m = p.member();
    } else {
      m = { kind: 'item', value: true, params: p.params() };
    }
    const existing = out.findIndex(([name]) => name === k);
    if (existing >= 0) out.splice(existing, 1);
    out.push([k, m]);
    p.skipOws();
    if (p.pos >= text.length) break;
    if (p.peek() !== ',') p.fail('expected ,');
    p.pos++;
    p.skipOws();
    if (p.pos >= text.length) p.fail('trailing comma');
  }
  return out;
}

/** Serializes a bare item (RFC 8941 §4.1.3 ff.). */
export function serializeBareItem(v: BareItem): string {
  if (typeof v === 'string') return `"${v.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? '?1' : '?0';
  if (v instanceof Uint8Array) return `:${Buffer.from(v).toString('base64')}:`;
  return v.token;
}

/** Serializes parameters, omitting `=?1` for true as RFC 8941 requires. */
export function serializeParams(params: Params): string {
  return params.map(([k, v]) => (v === true ? `;${k}` : `;${k}=${serializeBareItem(v)}`)).join('');
}

/** Serializes an inner list with its parameters. */
export function serializeInnerList(list: InnerList): string {
  const items = list.items.map((i) => serializeBareItem(i.value) + serializeParams(i.params)).join(' ');
  return `(${items})${serializeParams(list.params)}`;
}
