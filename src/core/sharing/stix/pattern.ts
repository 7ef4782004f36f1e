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

/** Parses a STIX pattern; on failure the reason names the problem and `offset` its position. */
export function parsePattern(pattern: string): PatternParse {
  try {
    const parser = new PatternParser(tokenize(pattern));
    parser.observationExpressions();
    parser.expectEnd();
    return { ok: true, comparisons: parser.comparisons };
  } catch (error) {
    if (error instanceof PatternSyntaxError)
      return { ok: false, reason: error.message, offset: error.offset };
    throw error;
  }
}
