/**
 * The request as signing and verification see it. Web `Request` objects are accepted directly
 * (federation speaks Request/Response, so it can be tested without a server), and so is a plain
 * object for callers that already hold the parts.
 */

/** A plain HTTP request; header names are matched case-insensitively. */
export interface HttpMessage {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers | Readonly<Record<string, string>>;
  readonly body: Uint8Array | string;
}

/** A request with headers normalized to a Headers object and the body read into bytes. */
export interface ReadMessage {
  readonly method: string;
  readonly url: URL;
  readonly headers: Headers;
  readonly body: Uint8Array;
}

/** Reads a Request (without consuming it: the handler may still read the body) or a plain message. */
export async function readMessage(message: Request | HttpMessage): Promise<ReadMessage> {
  if (message instanceof Request) {
    const body = new Uint8Array(await message.clone().arrayBuffer());
    return { method: message.method, url: new URL(message.url), headers: message.headers, body };
  }
  const headers = message.headers instanceof Headers ? message.headers : new Headers(message.headers);
  const body = typeof message.body === 'string' ? Buffer.from(message.body, 'utf8') : message.body;
  return { method: message.method, url: new URL(message.url), headers, body };
}
