/**
 * The web console, served by the node at `/` on the same origin as the API (so it uses the
 * session cookie and CSRF token, and no new way in). Hashed assets are cached for a year and
 * never change; the page itself is revalidated, so a new build is picked up at once. Every
 * path that is not the API, the federation inbox or an asset is a screen of the console and
 * gets its page; the browser's router takes it from there.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../schemas.js';
import { type ConsoleFile, consoleBundle } from './bundle.js';

/**
 * The console's content security policy: scripts, styles and connections from this origin
 * only, no inline script, nothing framed, no form posted elsewhere. The one exception is the
 * small style elements the accessibility library adds at run time (touch behaviour of pressable
 * elements): they carry this response's nonce, which the page announces in a meta element.
 */
export function consoleCsp(nonce: string): string {
  return CSP.replace("style-src 'self'", `style-src 'self' 'nonce-${nonce}'`);
}

const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "media-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const NOT_CONSOLE = /^\/(api|federation|taxii2)(\/|$)/;

export function consoleRoutes(app: App, dir: string): void {
  const hide = { hide: true };
  app.get('/', { config: { public: true }, schema: hide }, async (_request, reply) => sendPage(reply, dir));
  app.get('/assets/*', { config: { public: true }, schema: hide }, async (request, reply) => {
    const file = consoleBundle(dir)?.files.get(request.url.split('?')[0]!);
    if (!file) return reply.callNotFound();
    reply.header('cache-control', 'public, max-age=31536000, immutable');
    return sendFile(request, reply, file);
  });
}

/**
 * Answers a GET the API does not know: the console's page when it is a console path asked by
 * a browser, otherwise false (the caller answers 404 as a problem).
 */
export function consoleFallback(request: FastifyRequest, reply: FastifyReply, dir: string): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = request.url.split('?')[0]!;
  if (NOT_CONSOLE.test(path) || path.startsWith('/assets/')) return false;
  const bundle = consoleBundle(dir);
  const file = bundle?.files.get(path);
  if (file) {
    reply.header('cache-control', 'public, max-age=86400');
    void sendFile(request, reply, file);
    return true;
  }
  if (!(request.headers.accept ?? '').includes('text/html')) return false;
  void sendPage(reply, dir);
  return true;
}

function sendPage(reply: FastifyReply, dir: string) {
  const bundle = consoleBundle(dir);
  const nonce = randomBytes(16).toString('base64');
  reply.header('content-security-policy', consoleCsp(nonce));
  if (!bundle)
    return reply
      .status(503)
      .header('content-type', 'text/plain; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(
        'The web console has not been built. Run `npm run build:console` (or start the node with `comity start`, which builds it), then reload.\nThe API is at /api.',
      );
  // The page is small and differs per response (its nonce): sent as is, never from a cache.
  reply.header('cache-control', 'no-store').header('content-type', bundle.index.type);
  return reply.send(
    bundle.index.body
      .toString('utf8')
      .replace('<head>', `<head>\n    <meta property="csp-nonce" nonce="${nonce}" />`),
  );
}

function sendFile(request: FastifyRequest, reply: FastifyReply, file: ConsoleFile) {
  const accepts = request.headers['accept-encoding'] ?? '';
  reply.header('content-type', file.type).header('vary', 'accept-encoding');
  if (file.brotli && /\bbr\b/.test(accepts)) return reply.header('content-encoding', 'br').send(file.brotli);
  if (file.gzip && /\bgzip\b/.test(accepts)) return reply.header('content-encoding', 'gzip').send(file.gzip);
  return reply.send(file.body);
}
