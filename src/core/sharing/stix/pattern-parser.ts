/**
 * The grammar rules of STIX patterning, one method per rule. Collects the comparisons as it
 * goes; throws PatternSyntaxError at the first token that does not fit.
 */
import type { LiteralType, PatternComparison } from './pattern.js';
import { PatternSyntaxError, type Token } from './pattern-lexer.js';
import { compareTimestamps } from './timestamp.js';

const MAX_NESTING = 64;
const ORDERING_OPS = new Set(['<', '<=', '>', '>=']);
const STRING_OPS = new Set(['LIKE', 'MATCHES', 'ISSUBSET', 'ISSUPERSET']);
const IDENT_WITHOUT_HYPHEN = /^[A-Za-z_][A-Za-z0-9_]*$/;

export class PatternParser {
  readonly comparisons: PatternComparison[] = [];
  private position = 0;
  private depth = 0;

  constructor(private readonly tokens: Token[]) {}

  expectEnd(): void {
    const token = this.peek();
    if (token.kind !== 'end') throw this.unexpected(token, 'end of pattern');
  }

  observationExpressions(): void {
    this.observationOr();
    while (this.acceptKeyword('FOLLOWEDBY')) this.observationOr();
  }

  private observationOr(): void {
    this.observationAnd();
    while (this.acceptKeyword('OR')) this.observationAnd();
  }

  private observationAnd(): void {
    this.observation();
    while (this.acceptKeyword('AND')) this.observation();
  }

  private observation(): void {
    const token = this.next();
    if (token.kind === 'punct' && token.text === '[') {
      this.comparisonOr();
      this.expectPunct(']');
    } else if (token.kind === 'punct' && token.text === '(') {
      this.nested(token, () => this.observationExpressions());
      this.expectPunct(')');
    } else {
      throw this.unexpected(token, "'[' or '('");
    }
    this.qualifiers();
  }

  private qualifiers(): void {
    for (;;) {
      if (this.acceptKeyword('WITHIN')) {
        const amount = this.next();
        if ((amount.kind !== 'int' && amount.kind !== 'float') || !(Number(amount.text) > 0)) {
          throw this.unexpected(amount, 'a positive number of seconds');
        }
        this.expectKeyword('SECONDS');
      } else if (this.acceptKeyword('REPEATS')) {
        const times = this.next();
        if (times.kind !== 'int' || !(Number(times.text) > 0))
          throw this.unexpected(times, 'a positive integer');
        this.expectKeyword('TIMES');
      } else if (this.acceptKeyword('START')) {
        const start = this.expectKind('timestamp', "a timestamp t'…'");
        this.expectKeyword('STOP');
        const stop = this.expectKind('timestamp', "a timestamp t'…'");
        if (compareTimestamps(start.text, stop.text) >= 0) {
          throw new PatternSyntaxError('STOP must be later than START', stop.offset);
        }
      } else {
        return;
      }
    }
  }

  private comparisonOr(): void {
    this.comparisonAnd();
    while (this.acceptKeyword('OR')) this.comparisonAnd();
  }

  private comparisonAnd(): void {
    this.propertyTest();
    while (this.acceptKeyword('AND')) this.propertyTest();
  }

  private propertyTest(): void {
    const token = this.peek();
    if (token.kind === 'punct' && token.text === '(') {
      this.position++;
      this.nested(token, () => this.comparisonOr());
      this.expectPunct(')');
      return;
    }
    if (this.acceptKeyword('EXISTS')) {
      const path = this.objectPath();
      this.comparisons.push({
        ...path,
        operator: 'EXISTS',
        value: true,
        negated: false,
        literalType: 'bool',
      });
      return;
    }
    const path = this.objectPath();
    const negated = this.acceptKeyword('NOT');
    const operatorToken = this.next();
    const operator = operatorToken.text;
    const push = (literal: Token) =>
      this.comparisons.push({
        ...path,
        operator: negated ? `NOT ${operator}` : operator,
        value: literalValue(literal),
        negated,
        literalType: literal.kind as LiteralType,
      });
    if (operatorToken.kind === 'op' && (operator === '=' || operator === '!=')) {
      push(this.primitiveLiteral(false));
    } else if (operatorToken.kind === 'op' && ORDERING_OPS.has(operator)) {
      push(this.primitiveLiteral(true));
    } else if (operatorToken.kind === 'keyword' && operator === 'IN') {
      for (const member of this.setLiteral()) push(member);
    } else if (operatorToken.kind === 'keyword' && STRING_OPS.has(operator)) {
      push(this.expectKind('string', 'a string literal'));
    } else {
      throw this.unexpected(operatorToken, 'a comparison operator');
    }
  }

  private objectPath(): Pick<PatternComparison, 'objectType' | 'path' | 'segments'> {
    const type = this.expectKind('ident', 'an object type');
    this.expectPunct(':');
    const segments: Array<string | number> = [this.propertyName()];
    for (;;) {
      const token = this.peek();
      if (token.kind === 'punct' && token.text === '.') {
        this.position++;
        segments.push(this.propertyName());
      } else if (token.kind === 'punct' && token.text === '[') {
        this.position++;
        const index = this.next();
        if (index.kind === 'punct' && index.text === '*') segments.push('*');
        else if (index.kind === 'int') segments.push(Number(index.text));
        else throw this.unexpected(index, "a list index or '*'");
        this.expectPunct(']');
      } else {
        return { objectType: type.text, path: renderPath(segments), segments };
      }
    }
  }

  private propertyName(): string {
    const token = this.next();
    if (token.kind === 'string') return token.text;
    if (token.kind === 'ident' && IDENT_WITHOUT_HYPHEN.test(token.text)) return token.text;
    if (token.kind === 'ident') {
      throw new PatternSyntaxError(`property '${token.text}' contains a hyphen: quote it`, token.offset);
    }
    throw this.unexpected(token, 'a property name');
  }

  private primitiveLiteral(orderable: boolean): Token {
    const token = this.next();
    const kinds = ['string', 'int', 'float', 'timestamp', 'hex', 'binary'];
    if (kinds.includes(token.kind) || (!orderable && token.kind === 'bool')) return token;
    throw this.unexpected(token, orderable ? 'an orderable literal' : 'a literal');
  }

  private setLiteral(): Token[] {
    this.expectPunct('(');
    const members: Token[] = [];
    if (this.acceptPunct(')')) return members;
    do members.push(this.primitiveLiteral(false));
    while (this.acceptPunct(','));
    this.expectPunct(')');
    return members;
  }

  private nested(at: Token, parse: () => void): void {
    if (++this.depth > MAX_NESTING) {
      throw new PatternSyntaxError(`parentheses nested deeper than ${MAX_NESTING}`, at.offset);
    }
    parse();
    this.depth--;
  }

  private peek(): Token {
    return this.tokens[this.position]!;
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.position++;
    return token;
  }

  private acceptKeyword(word: string): boolean {
    const token = this.peek();
    if (token.kind !== 'keyword' || token.text !== word) return false;
    this.position++;
    return true;
  }

  private expectKeyword(word: string): void {
    if (!this.acceptKeyword(word)) throw this.unexpected(this.peek(), word);
  }

  private acceptPunct(text: string): boolean {
    const token = this.peek();
    if (token.kind !== 'punct' || token.text !== text) return false;
    this.position++;
    return true;
  }

  private expectPunct(text: string): void {
    if (!this.acceptPunct(text)) throw this.unexpected(this.peek(), `'${text}'`);
  }

  private expectKind(kind: Token['kind'], what: string): Token {
    const token = this.next();
    if (token.kind !== kind) throw this.unexpected(token, what);
    return token;
  }

  private unexpected(token: Token, expected: string): PatternSyntaxError {
    const found = token.kind === 'end' ? 'end of pattern' : `'${token.text}'`;
    return new PatternSyntaxError(`expected ${expected} but found ${found}`, token.offset);
  }
}

function literalValue(token: Token): string | number | boolean {
  if (token.kind === 'int' || token.kind === 'float') return Number(token.text);
  if (token.kind === 'bool') return token.text === 'true';
  return token.text;
}

function renderPath(segments: ReadonlyArray<string | number>): string {
  let path = '';
  for (const [i, segment] of segments.entries()) {
    if (typeof segment === 'number' || segment === '*') path += `[${segment}]`;
    else {
      const name = IDENT_WITHOUT_HYPHEN.test(segment) ? segment : `'${segment.replace(/[\\']/g, '\\$&')}'`;
      path += i === 0 ? name : `.${name}`;
    }
  }
  return path;
}
