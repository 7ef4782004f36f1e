/**
 * Tokens of the STIX 2.1 patterning language. Every token keeps its character offset so the
 * parser can point at the exact place a pattern goes wrong.
 */
import { isStixTimestamp } from './timestamp.js';

export type TokenKind =
  | 'ident'
  | 'keyword'
  | 'string'
  | 'int'
  | 'float'
  | 'bool'
  | 'timestamp'
  | 'hex'
  | 'binary'
  | 'op'
  | 'punct'
  | 'end';

export interface Token {
  kind: TokenKind;
  /** Keyword, operator or punctuation as written; the decoded value for literals. */
  text: string;
  offset: number;
}

export class PatternSyntaxError extends Error {
  override readonly name = 'PatternSyntaxError';
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Keywords are upper case in the grammar; `and` is an identifier, not an operator. */
const KEYWORDS = new Set([
  'AND',
  'OR',
  'NOT',
  'FOLLOWEDBY',
  'LIKE',
  'MATCHES',
  'ISSUPERSET',
  'ISSUBSET',
  'EXISTS',
  'IN',
  'START',
  'STOP',
  'WITHIN',
  'SECONDS',
  'REPEATS',
  'TIMES',
]);
const TWO_CHAR_OPS = new Set(['==', '!=', '<>', '<=', '>=']);
const PUNCT = new Set(['[', ']', '(', ')', ',', ':', '.', '*']);
const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const HEX_RE = /^(?:[0-9a-fA-F]{2})*$/;
const NUMBER_RE = /[+-]?(?:\d+(?:\.\d+)?|\.\d+)/y;
const IDENT_RE = /[A-Za-z_][A-Za-z0-9_-]*/y;

/** Splits a pattern into tokens, ending with one `end` token; throws PatternSyntaxError. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const start = i;
    const two = source.slice(i, i + 2);
    if (TWO_CHAR_OPS.has(two)) {
      tokens.push({ kind: 'op', text: two === '==' ? '=' : two === '<>' ? '!=' : two, offset: start });
      i += 2;
    } else if (ch === '=' || ch === '<' || ch === '>') {
      tokens.push({ kind: 'op', text: ch, offset: start });
      i++;
    } else if (ch === "'") {
      const { value, next } = readString(source, i);
      tokens.push({ kind: 'string', text: value, offset: start });
      i = next;
    } else if (/[0-9+.-]/.test(ch) && matchAt(NUMBER_RE, source, i)) {
      const text = matchAt(NUMBER_RE, source, i)!;
      tokens.push({ kind: text.includes('.') ? 'float' : 'int', text, offset: start });
      i += text.length;
    } else if (PUNCT.has(ch)) {
      tokens.push({ kind: 'punct', text: ch, offset: start });
      i++;
    } else if (/[A-Za-z_]/.test(ch)) {
      const word = matchAt(IDENT_RE, source, i)!;
      if ((word === 't' || word === 'h' || word === 'b') && source[i + 1] === "'") {
        const { value, next } = readString(source, i + 1);
        tokens.push(typedLiteral(word, value, start));
        i = next;
      } else {
        const lower = word.toLowerCase();
        const kind = KEYWORDS.has(word)
          ? 'keyword'
          : lower === 'true' || lower === 'false'
            ? 'bool'
            : 'ident';
        tokens.push({ kind, text: kind === 'bool' ? lower : word, offset: start });
        i += word.length;
      }
    } else {
      throw new PatternSyntaxError(`unexpected character '${ch}'`, start);
    }
  }
  tokens.push({ kind: 'end', text: '', offset: source.length });
  return tokens;
}

function matchAt(re: RegExp, source: string, at: number): string | undefined {
  re.lastIndex = at;
  return re.exec(source)?.[0];
}

/** Reads a quoted string at `at`; only `\'` and `\\` are escapes in the grammar. */
function readString(source: string, at: number): { value: string; next: number } {
  let value = '';
  let i = at + 1;
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === "'") return { value, next: i + 1 };
    if (ch === '\\') {
      const escaped = source[i + 1];
      if (escaped !== "'" && escaped !== '\\') {
        throw new PatternSyntaxError("a backslash in a string must escape ' or \\", i);
      }
      value += escaped;
      i += 2;
    } else {
      value += ch;
      i++;
    }
  }
  throw new PatternSyntaxError('unterminated string', at);
}

function typedLiteral(prefix: string, value: string, offset: number): Token {
  if (prefix === 't') {
    if (!isStixTimestamp(value)) throw new PatternSyntaxError(`invalid timestamp t'${value}'`, offset);
    return { kind: 'timestamp', text: value, offset };
  }
  if (prefix === 'h') {
    if (!HEX_RE.test(value)) throw new PatternSyntaxError(`invalid hex literal h'${value}'`, offset);
    return { kind: 'hex', text: value.toLowerCase(), offset };
  }
  if (!BASE64_RE.test(value)) throw new PatternSyntaxError(`invalid base64 literal b'${value}'`, offset);
  return { kind: 'binary', text: value, offset };
}
