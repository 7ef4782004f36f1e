/**
 * What the streaming JSON readers (the STIX bundle splitter, the MISP event reader) share: the
 * bytes that matter to them, how a byte is named in an error, and the check that a closing
 * bracket closes what was opened. Depth beyond `STACK_LIMIT` is only counted, so a bracket
 * stack for hostile input stays small.
 */
export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;
export const OPEN_OBJECT = 0x7b;
export const CLOSE_OBJECT = 0x7d;
export const OPEN_ARRAY = 0x5b;
export const CLOSE_ARRAY = 0x5d;
export const COMMA = 0x2c;
export const COLON = 0x3a;
export const STACK_LIMIT = 4096;

export const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** A byte as an error message names it: the character when printable, else its value. */
export function describeByte(c: number): string {
  return c >= 0x21 && c < 0x7f ? `'${String.fromCharCode(c)}'` : `byte 0x${c.toString(16).padStart(2, '0')}`;
}

/**
 * Takes the bracket open at `depth` off `stack` for the closing byte `c`; says which it was and
 * whether `c` closes it. Beyond the stack's limit the closing byte is taken at its word.
 */
export function closeBracket(
  stack: number[],
  depth: number,
  c: number,
): { opened: number; matches: boolean } {
  const opened = (depth <= STACK_LIMIT ? stack.pop() : c === CLOSE_OBJECT ? OPEN_OBJECT : OPEN_ARRAY) ?? 0;
  const matches =
    (opened === OPEN_OBJECT && c === CLOSE_OBJECT) || (opened === OPEN_ARRAY && c === CLOSE_ARRAY);
  return { opened, matches };
}
