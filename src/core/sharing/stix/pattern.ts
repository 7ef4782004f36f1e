/**
 * A recursive-descent parser of the STIX 2.1 patterning language (specification part 9).
 * Precedence, loosest first: FOLLOWEDBY, OR, AND between observations; OR, AND inside one
 * observation. Nesting is bounded so hostile input cannot overflow the stack.
 */
import { PatternSyntaxError, tokenize } from './pattern-lexer.js';
import { PatternParser } from './pattern-parser.js';

export type LiteralType = 'string' | 'int' | 'float' | 'bool' | 'timestamp' | 'hex' | 'binary';

/** One property test inside an observation expression. */
export interface PatternComparison {
  objectType: string;
  /** The path after the colon as written canonically: `value`, `hashes.'SHA-256'`, `refs[*].name`. */
  path: string;
  /**
   * `=`, `!=`, `<`, `<=`, `>`, `>=`, `IN`, `LIKE`, `MATCHES`, `ISSUBSET`, `ISSUPERSET` or
   * `EXISTS`; prefixed by `NOT ` when negated, so `NOT =` is never mistaken for `=`.
   */
  operator: string;
  /** The literal (one comparison per member of an IN set); `true` for EXISTS. */
  value: string | number | boolean;
  negated: boolean;
  literalType: LiteralType;
  /** Path components: property names, list indices, or `*` for any index. */
  segments: Array<string | number>;
}

export type PatternParse =
  | { ok: true; comparisons: PatternComparison[] }
  | { ok: false; reason: string; offset: number };

// An import validates an indicator, then extracts its observables: both parse the same
// pattern, one right after the other. The last parse is kept (results are never changed).
let lastPattern: string | undefined;
let lastParse: PatternParse | undefined;

/** Parses a STIX pattern; on failure the reason names the problem and `offset` its position. */
export function parsePattern(pattern: string): PatternParse {
  if (pattern === lastPattern && lastParse) return lastParse;
  let parse: PatternParse;
  try {
    const parser = new PatternParser(tokenize(pattern));
    parser.observationExpressions();
    parser.expectEnd();
    parse = { ok: true, comparisons: parser.comparisons };
  } catch (error) {
    if (!(error instanceof PatternSyntaxError)) throw error;
    parse = { ok: false, reason: error.message, offset: error.offset };
  }
  lastPattern = pattern;
  lastParse = parse;
  return parse;
}
