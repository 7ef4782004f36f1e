/**
 * GETs a JSON document from another node (a directory, a mirror's head), cut off when it
 * stalls or grows past its limit, so a hostile or broken server cannot hold a daemon or fill
 * memory. Any failure is one readable reason.
 */
export interface FetchJsonOptions {
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  readonly fetch?: typeof fetch;
}

export class FetchJsonError extends Error {
  override readonly name = 'FetchJsonError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export async function fetchJson(url: string, options: FetchJsonOptions = {}): Promise<unknown> {
  const max = options.maxBytes ?? 32 * 1024 * 1024;
  const signal = AbortSignal.timeout(options.timeoutMs ?? 15_000);
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, { headers: { accept: 'application/json' }, signal });
  } catch (error) {
    throw new FetchJsonError(`${url}: ${signal.aborted ? 'no answer in time' : (error as Error).message}`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new FetchJsonError(`${url}: HTTP ${response.status}`, response.status);
  }
  const parts: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body ?? []) {
      size += chunk.length;
      if (size > max) throw new FetchJsonError(`${url}: more than ${max} bytes`);
      parts.push(Buffer.from(chunk));
    }
  } catch (error) {
    if (error instanceof FetchJsonError) throw error;
    throw new FetchJsonError(`${url}: ${signal.aborted ? 'no answer in time' : (error as Error).message}`);
  }
  try {
    return JSON.parse(Buffer.concat(parts).toString('utf8'));
  } catch {
    throw new FetchJsonError(`${url}: the answer is not JSON`);
  }
}
