/**
 * Reads a MISP event document (`{"Event": {…}}` as `/events/view` and feeds write it, or a bare
 * event object) as bytes arrive, without holding it whole: MISP events of 100,000 attributes
 * and more are common, and MISP itself runs out of memory on them. The event's own fields
 * (its tags, galaxies, organisation…) are gathered as a header; each element of its
 * `Attribute` and `Object` lists is handed out as the text of one element, so only one
 * attribute is ever parsed at a time.
 *
 * MISP writes an event's tags after its attributes, and an attribute without a TLP tag takes
 * the event's: so a reader makes two passes, the first for the header (elements only counted),
 * the second for the elements. The scanner tracks only strings, escapes and bracket depth,
 * with a counter rather than recursion, so hostile nesting cannot overflow the stack.
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
  isSpace,
  OPEN_ARRAY,
  OPEN_OBJECT,
  QUOTE,
  STACK_LIMIT,
} from '../json-bytes.js';

export type ListName = 'Attribute' | 'Object';

export type EventElement =
  | { readonly kind: 'element'; readonly list: ListName; readonly index: number; readonly text: string }
  | {
      readonly kind: 'skipped';
      readonly list: ListName;
      readonly index: number;
      readonly reason: string;
    };

export interface EventReaderOptions {
  /** One attribute or object larger than this is skipped unread (default 10 MiB). */
  readonly maxElementBytes?: number;
  /** The event without its lists (tags, galaxies, reports…) may not be larger (default 32 MiB). */
  readonly maxHeaderBytes?: number;
}

const LISTS: ReadonlySet<string> = new Set(['Attribute', 'Object']);

export class MispEventScanner {
  readonly #maxElement: number;
  readonly #maxHeader: number;
  #offset = 0;
  #depth = 0;
  readonly #stack: number[] = [];
  #inString = false;
  #escape = false;
  #started = false;
  #done = false;
  #failure: string | undefined;
  /** Depth of the event object's members: 1 for a bare event, 2 inside `{"Event": …}`. */
  #eventDepth = 1;
  // The last string seen at depth 1 or at the event's depth, and whether a colon followed it.
  #string: number[] | undefined;
  #lastString = '';
  #afterColon = false;
  // The list being read, if any.
  #list: ListName | undefined;
  #counts: Record<ListName, number> = { Attribute: 0, Object: 0 };
  // The element being read.
  #element = false;
  #elementScalar = false;
  #elementParts: Buffer[] = [];
  #elementBytes = 0;
  #elementTooLarge = false;
  // The header: every byte outside the lists.
  readonly #header: Buffer[] = [];
  #headerBytes = 0;

  constructor(options: EventReaderOptions = {}) {
    this.#maxElement = options.maxElementBytes ?? 10 * 1024 * 1024;
    this.#maxHeader = options.maxHeaderBytes ?? 32 * 1024 * 1024;
  }

  get offset(): number {
    return this.#offset;
  }

  get failure(): string | undefined {
    return this.#failure;
  }

  /** Attributes and objects seen so far (the event's own lists, not those inside objects). */
  get counts(): Readonly<Record<ListName, number>> {
    return this.#counts;
  }

  /** Feeds the next chunk; returns the elements completed in it (when `elements` is true). */
  push(chunk: Buffer, elements: boolean): EventElement[] {
    const out: EventElement[] = [];
    if (this.#failure) return out;
    let headerFrom = this.#list ? -1 : 0;
    let elementFrom = this.#element ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (this.#done) {
        if (!isSpace(c)) this.#fail(`unexpected ${describe(c)} after the end of the event`, i);
        continue;
      }
      if (this.#inString) {
        if (this.#escape) this.#escape = false;
        else if (c === BACKSLASH) this.#escape = true;
        else if (c === QUOTE) {
          this.#inString = false;
          if (this.#string) {
            this.#lastString = Buffer.from(this.#string).toString('latin1');
            this.#string = undefined;
          }
          if (this.#element && this.#elementScalar && this.#depth === this.#eventDepth + 1) {
            this.#endElement(chunk, elementFrom, i + 1, elements, out);
            elementFrom = -1;
          }
        } else if (this.#string && this.#string.length < 32) this.#string.push(c);
        continue;
      }
      const inList = this.#list !== undefined;
      const listDepth = this.#eventDepth + 1;
      if (inList && this.#depth === listDepth) {
        // Between the list's elements, or at the end of a scalar element.
        if (this.#element && this.#elementScalar && (isSpace(c) || c === COMMA || c === CLOSE_ARRAY)) {
          this.#endElement(chunk, elementFrom, i, elements, out);
          elementFrom = -1;
        }
        if (!this.#element) {
          if (isSpace(c) || c === COMMA) continue;
          if (c === CLOSE_ARRAY) {
            this.#close(c, i);
            this.#list = undefined;
            headerFrom = i; // the closing bracket belongs to the header: `"Attribute": []`
            continue;
          }
          this.#beginElement(c !== OPEN_OBJECT && c !== OPEN_ARRAY);
          elementFrom = i;
          if (this.#elementScalar) {
            if (c === QUOTE) this.#inString = true;
            continue;
          }
        }
      }
      if (isSpace(c)) continue;
      if (!this.#started) {
        if (c === 0xef || c === 0xbb || c === 0xbf || isSpace(c)) continue;
        if (c !== OPEN_OBJECT) {
          this.#fail(`expected a MISP event (a JSON object), found ${describe(c)}`, i);
          return out;
        }
        this.#started = true;
      }
      if (c === QUOTE) {
        this.#inString = true;
        if (!inList && (this.#depth === 1 || this.#depth === this.#eventDepth)) this.#string = [];
        this.#afterColon = false;
      } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        const opensList =
          !inList &&
          c === OPEN_ARRAY &&
          this.#afterColon &&
          this.#depth === this.#eventDepth &&
          LISTS.has(this.#lastString);
        if (
          !inList &&
          c === OPEN_OBJECT &&
          this.#depth === 1 &&
          this.#afterColon &&
          this.#lastString === 'Event'
        )
          this.#eventDepth = 2;
        this.#afterColon = false;
        this.#open(c, i);
        if (opensList) {
          this.#list = this.#lastString as ListName;
          if (headerFrom >= 0) this.#keepHeader(chunk.subarray(headerFrom, i + 1), i);
          headerFrom = -1;
        }
      } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        this.#close(c, i);
        if (this.#element && !this.#elementScalar && this.#depth === listDepth) {
          this.#endElement(chunk, elementFrom, i + 1, elements, out);
          elementFrom = -1;
        }
        if (this.#depth === 0) this.#done = true;
      } else if (c === COLON) {
        this.#afterColon = true;
      } else {
        this.#afterColon = false;
      }
      if (this.#failure) return out;
    }
    if (headerFrom >= 0 && !this.#list) this.#keepHeader(chunk.subarray(headerFrom), chunk.length);
    if (this.#element && elementFrom >= 0) this.#keepElement(chunk.subarray(elementFrom));
    this.#offset += chunk.length;
    return out;
  }

  /** Signals the end of input: the failure, if the event was not whole. */
  end(): string | undefined {
    if (!this.#failure && !this.#done)
      this.#failure = this.#started
        ? `the event ends before it is closed (byte ${this.#offset})`
        : 'the input is empty: expected a MISP event';
    return this.#failure;
  }

  /** The event's own fields, with its lists emptied; call after `end()` without failure. */
  header(): Record<string, unknown> {
    const bytes = Buffer.concat(this.#header);
    const bad = firstInvalidUtf8(bytes);
    if (bad >= 0) throw new Error('the event is not valid UTF-8 outside its attributes');
    const document = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
    const event = this.#eventDepth === 2 ? document.Event : document;
    if (event === null || typeof event !== 'object' || Array.isArray(event))
      throw new Error('"Event" is not an object');
    return event as Record<string, unknown>;
  }

  #beginElement(scalar: boolean): void {
    this.#element = true;
    this.#elementScalar = scalar;
    this.#elementParts = [];
    this.#elementBytes = 0;
    this.#elementTooLarge = false;
  }

  #keepElement(part: Buffer): void {
    if (this.#elementTooLarge) return;
    this.#elementBytes += part.length;
    if (this.#elementBytes > this.#maxElement) {
      this.#elementTooLarge = true;
      this.#elementParts = [];
    } else this.#elementParts.push(part);
  }

  #endElement(chunk: Buffer, from: number, to: number, emit: boolean, out: EventElement[]): void {
    const list = this.#list!;
    const index = this.#counts[list]++;
    this.#element = false;
    if (!emit) {
      this.#elementParts = [];
      return;
    }
    if (from >= 0) this.#keepElement(chunk.subarray(from, to));
    if (this.#elementTooLarge) {
      out.push({
        kind: 'skipped',
        list,
        index,
        reason: `larger than ${this.#maxElement} bytes: skipped unread`,
      });
      return;
    }
    const bytes =
      this.#elementParts.length === 1 ? this.#elementParts[0]! : Buffer.concat(this.#elementParts);
    this.#elementParts = [];
    const bad = firstInvalidUtf8(bytes);
    if (bad >= 0)
      out.push({ kind: 'skipped', list, index, reason: `not valid UTF-8 at byte ${bad} of the element` });
    else out.push({ kind: 'element', list, index, text: bytes.toString('utf8') });
  }

  #keepHeader(part: Buffer, at: number): void {
    this.#headerBytes += part.length;
    if (this.#headerBytes > this.#maxHeader)
      this.#fail(`the event's fields outside its attributes exceed ${this.#maxHeader} bytes`, at);
    else this.#header.push(Buffer.from(part));
  }

  #open(c: number, at: number): void {
    if (this.#depth < STACK_LIMIT) this.#stack.push(c);
    else if (!this.#element) this.#fail('the event is nested too deeply', at);
    this.#depth++;
  }

  #close(c: number, at: number): void {
    if (this.#depth === 0) {
      this.#fail(`unexpected ${describe(c)}`, at);
      return;
    }
    const { opened, matches } = closeBracket(this.#stack, this.#depth, c);
    this.#depth--;
    if (!matches) this.#fail(`malformed JSON: ${describe(c)} closes ${describe(opened)}`, at);
  }

  #fail(reason: string, at: number): void {
    this.#failure ??= `${reason} at byte ${this.#offset + at}`;
  }
}
