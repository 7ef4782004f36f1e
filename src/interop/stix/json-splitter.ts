/**
 * Splits a STIX bundle (or a bare array of objects, or one object) into the text of each object
 * as bytes arrive, without parsing the whole document: a file of a million objects is read with
 * the memory of one. The scanner only tracks strings, escapes and bracket depth, with a counter
 * rather than recursion, so hostile nesting cannot overflow the stack; an object that is too
 * large or too deep is skipped as it streams past, without being buffered.
 */
import { firstInvalidUtf8 } from '../../core/text/utf8.js';
import {
  BACKSLASH,
  CLOSE_ARRAY,
  CLOSE_OBJECT,
  COLON,
  COMMA,
  closeBracket,
  describeByte as describe,
  OPEN_ARRAY,
  OPEN_OBJECT,
  QUOTE,
  STACK_LIMIT,
} from '../json-bytes.js';

export interface SplitterOptions {
  /** Objects larger than this are skipped unread (default 10 MiB). */
  readonly maxObjectBytes?: number;
  /** Objects nested deeper than this are skipped (default 64; STIX needs far less). */
  readonly maxDepth?: number;
}

/** One element of the bundle: its JSON text, or why it was skipped. */
export type SplitItem =
  | { readonly kind: 'text'; readonly index: number; readonly offset: number; readonly text: string }
  | {
      readonly kind: 'skipped';
      readonly index: number;
      readonly offset: number;
      readonly code: 'too_large' | 'too_deep' | 'malformed';
      readonly reason: string;
    };

export const DEFAULT_MAX_OBJECT_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_DEPTH = 64;

type Mode = 'start' | 'top-object' | 'elements' | 'tail' | 'done';

export class StixJsonSplitter {
  readonly #maxBytes: number;
  readonly #maxDepth: number;
  #mode: Mode = 'start';
  #offset = 0;
  #depth = 0;
  readonly #stack: number[] = [];
  #inString = false;
  #escape = false;
  /** Depth at which elements sit: 0 for one bare object, 1 in a bare array, 2 in a bundle. */
  #elementDepth = 0;
  #index = 0;
  // The element being read.
  #capturing = false;
  #scalar = false;
  #start = 0;
  #parts: Buffer[] = [];
  #bytes = 0;
  #problem: { code: 'too_large' | 'too_deep' | 'malformed'; reason: string } | undefined;
  // Key tracking at depth 1 of a top-level object, to recognise a bundle's "objects" array.
  #key: number[] | undefined;
  #lastString = '';
  #afterColon = false;
  #objectsKey = false;
  #failure: string | undefined;

  constructor(options: SplitterOptions = {}) {
    this.#maxBytes = options.maxObjectBytes ?? DEFAULT_MAX_OBJECT_BYTES;
    this.#maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  }

  /** Bytes consumed so far. */
  get offset(): number {
    return this.#offset;
  }

  /** Why the input could not be read to its end, if it could not. */
  get failure(): string | undefined {
    return this.#failure;
  }

  /** Feeds the next chunk; returns the elements completed in it. */
  push(chunk: Buffer): SplitItem[] {
    const out: SplitItem[] = [];
    if (this.#failure || this.#mode === 'done') {
      this.#checkTrailing(chunk, 0);
      this.#offset += chunk.length;
      return out;
    }
    let segment = this.#capturing ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (this.#inString) {
        if (this.#escape) this.#escape = false;
        else if (c === BACKSLASH) this.#escape = true;
        else if (c === QUOTE) {
          this.#inString = false;
          if (this.#key) {
            this.#lastString = Buffer.from(this.#key).toString('latin1');
            this.#key = undefined;
          }
          if (this.#capturing && this.#scalar && this.#depth === this.#elementDepth) {
            this.#finish(chunk, segment, i + 1, out);
            segment = -1;
          }
        } else if (this.#key && this.#key.length < 16) this.#key.push(c);
        continue;
      }
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
        if (this.#capturing && this.#scalar && this.#depth === this.#elementDepth) {
          this.#finish(chunk, segment, i, out);
          segment = -1;
        }
        continue;
      }
      // Between elements (or at the top): separators, the end of the list, or a new element.
      if (!this.#capturing || (this.#scalar && this.#depth === this.#elementDepth && isEnd(c))) {
        if (this.#capturing) {
          this.#finish(chunk, segment, i, out);
          segment = -1;
        }
        const started = this.#between(c, i, chunk);
        if (started) segment = i;
        if (this.#failure) {
          this.#offset += chunk.length;
          return out;
        }
        if (!started) continue;
      }
      if (c === QUOTE) {
        this.#inString = true;
        if (this.#mode === 'top-object' && this.#depth === 1) this.#key = [];
        this.#afterColon = false;
      } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        if (this.#mode === 'top-object' && this.#depth === 1 && c === OPEN_ARRAY && this.#afterColon) {
          if (this.#lastString === 'objects') this.#objectsKey = true;
        }
        this.#afterColon = false;
        this.#open(c);
        if (this.#objectsKey) {
          // A bundle after all: what was kept of the top object is not an element.
          this.#objectsKey = false;
          this.#mode = 'elements';
          this.#elementDepth = 2;
          this.#index = 0;
          this.#capturing = false;
          this.#parts = [];
          this.#bytes = 0;
          segment = -1;
        }
      } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        this.#close(c);
        if (this.#capturing && !this.#scalar && this.#depth === this.#elementDepth) {
          this.#finish(chunk, segment, i + 1, out);
          segment = -1;
        }
      } else if (c === COLON) {
        this.#afterColon = this.#depth === 1;
      } else {
        this.#afterColon = false;
      }
    }
    if (this.#capturing && segment >= 0) this.#keep(chunk.subarray(segment));
    this.#offset += chunk.length;
    return out;
  }

  /** Signals the end of input; returns a last element (a bare object) if one was pending. */
  end(): SplitItem[] {
    const out: SplitItem[] = [];
    if (this.#failure) return out;
    if (this.#capturing && this.#scalar && this.#depth === this.#elementDepth && !this.#inString) {
      this.#finish(Buffer.alloc(0), 0, 0, out);
    }
    if (this.#mode === 'start')
      this.#failure = 'the input is empty: expected a STIX bundle, an array or an object';
    else if (this.#mode === 'tail')
      this.#failure = 'the input ends before the bundle is closed (after its objects)';
    else if (this.#mode !== 'done') {
      if (this.#capturing) {
        out.push({
          kind: 'skipped',
          index: this.#index - 1,
          offset: this.#start,
          code: 'malformed',
          reason: `the input ends inside this object${this.#inString ? ' (in a string)' : ''}`,
        });
      }
      this.#failure = `the input ends before the ${this.#elementDepth === 2 ? 'bundle' : 'document'} is closed (byte ${this.#offset}); objects after the last complete one could not be read`;
    }
    return out;
  }

  /** A byte outside any element; returns true when it starts one. */
  #between(c: number, i: number, chunk: Buffer): boolean {
    const mode = this.#mode;
    if (mode === 'start') {
      if (c === 0xef || c === 0xbb || c === 0xbf) return false; // UTF-8 byte-order mark
      if (c === OPEN_ARRAY) {
        this.#open(c);
        this.#mode = 'elements';
        this.#elementDepth = 1;
        return false;
      }
      if (c === OPEN_OBJECT) {
        // Kept as one element until an "objects" array shows it is a bundle.
        this.#mode = 'top-object';
        this.#elementDepth = 0;
        this.#begin(i, false);
        return true;
      }
      this.#fail(
        `expected a STIX bundle, an array or an object, found ${describe(c)} at byte ${this.#offset + i}`,
      );
      return false;
    }
    if (mode === 'elements' && this.#depth === this.#elementDepth) {
      if (c === COMMA) return false;
      if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
        this.#close(c);
        this.#mode = this.#elementDepth === 2 ? 'tail' : 'done';
        if (this.#mode === 'done') this.#checkTrailing(chunk, i + 1);
        return false;
      }
      this.#begin(i, c !== OPEN_OBJECT && c !== OPEN_ARRAY);
      return true;
    }
    if (mode === 'tail') {
      // The rest of a bundle after its objects array: scanned for structure, otherwise ignored.
      if (c === QUOTE) this.#inString = true;
      else if (c === OPEN_OBJECT || c === OPEN_ARRAY) this.#open(c);
      else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        this.#close(c);
        if (this.#depth === 0) {
          this.#mode = 'done';
          this.#checkTrailing(chunk, i + 1);
        }
      }
      return false;
    }
    if (mode === 'done')
      this.#fail(`unexpected ${describe(c)} after the end of the document at byte ${this.#offset + i}`);
    return false;
  }

  #begin(i: number, scalar: boolean): void {
    this.#capturing = true;
    this.#scalar = scalar;
    this.#start = this.#offset + i;
    this.#parts = [];
    this.#bytes = 0;
    this.#problem = undefined;
    this.#index++;
  }

  #keep(part: Buffer): void {
    if (this.#problem) return;
    this.#bytes += part.length;
    if (this.#bytes > this.#maxBytes) {
      this.#parts = [];
      this.#problem = {
        code: 'too_large',
        reason: `object larger than ${formatBytes(this.#maxBytes)}: skipped without reading it whole`,
      };
    } else this.#parts.push(part);
  }

  #finish(chunk: Buffer, segment: number, end: number, out: SplitItem[]): void {
    if (segment >= 0) this.#keep(chunk.subarray(segment, end));
    const index = this.#index - 1;
    const offset = this.#start;
    this.#capturing = false;
    if (this.#problem) {
      out.push({ kind: 'skipped', index, offset, ...this.#problem });
    } else {
      const bytes = this.#parts.length === 1 ? this.#parts[0]! : Buffer.concat(this.#parts);
      // Decoding would turn bad bytes into U+FFFD and store them as the author's words.
      const bad = firstInvalidUtf8(bytes);
      if (bad >= 0)
        out.push({
          kind: 'skipped',
          index,
          offset,
          code: 'malformed',
          reason: `not valid UTF-8 at byte ${offset + bad} of the input`,
        });
      else out.push({ kind: 'text', index, offset, text: bytes.toString('utf8') });
    }
    this.#parts = [];
    if (this.#mode === 'top-object') this.#mode = 'done';
  }

  #open(c: number): void {
    if (this.#depth < STACK_LIMIT) this.#stack.push(c);
    this.#depth++;
    if (this.#capturing && !this.#problem && this.#depth - this.#elementDepth > this.#maxDepth) {
      this.#parts = [];
      this.#problem = { code: 'too_deep', reason: `object nested deeper than ${this.#maxDepth} levels` };
    }
  }

  #close(c: number): void {
    if (this.#depth === 0) {
      this.#fail(`unexpected ${describe(c)} at byte ${this.#offset}`);
      return;
    }
    const { opened, matches } = closeBracket(this.#stack, this.#depth, c);
    this.#depth--;
    if (matches) return;
    if (this.#capturing && this.#depth >= this.#elementDepth) {
      this.#problem ??= {
        code: 'malformed',
        reason: `malformed JSON: ${describe(c)} closes ${describe(opened)}`,
      };
    } else {
      this.#fail(`malformed JSON: ${describe(c)} closes ${describe(opened)} at byte ${this.#offset}`);
    }
  }

  #checkTrailing(chunk: Buffer, from: number): void {
    for (let i = from; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) {
        this.#fail(`unexpected ${describe(c)} after the end of the document at byte ${this.#offset + i}`);
        return;
      }
    }
  }

  #fail(reason: string): void {
    this.#failure ??= reason;
    this.#mode = 'done';
  }
}

function isEnd(c: number): boolean {
  return c === COMMA || c === CLOSE_ARRAY || c === CLOSE_OBJECT;
}

function formatBytes(n: number): string {
  return n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MiB` : `${n} bytes`;
}
