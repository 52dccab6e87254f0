import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';

/**
 * How the built web app and the API's answers travel: files under /assets/ carry a content hash in their names and
 * are cached for a year without asking again; everything else (index.html, the app's fallback page, the icon) is
 * revalidated on each load so a new release shows at once. The build writes .br and .gz beside each file
 * (web/vite.config.ts), and the one that matches the browser's Accept-Encoding is sent as is, with no work per
 * request; API answers in JSON are compressed as they leave (see compressJson).
 */

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Hashed build output: `/assets/<name>-<hash>.<ext>` (Vite's default file names). */
const isHashedAsset = (path: string) => /(^|[\\/])assets[\\/][^\\/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+(\.(br|gz))?$/.test(path);

/** Serves the built web app from `webDir`: precompressed files by Accept-Encoding, cache headers by kind. */
export async function serveWebApp(app: FastifyInstance, webDir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: webDir,
    wildcard: false,
    index: false,
    preCompressed: true,
    // The compressed copies are variants of their file, not addresses of their own.
    globIgnore: ['**/*.br', '**/*.gz'],
    cacheControl: false,
    setHeaders: (reply, path) => {
      reply.header('cache-control', isHashedAsset(path) ? IMMUTABLE : REVALIDATE);
    },
  });
}

/**
 * The not-found answer for a path outside the API when the web app is served: the app's page for its own routes
 * (GET and HEAD), or null when the path is not one (a hashed file that is no longer there must fail as a missing
 * script, not arrive as HTML a browser cannot run).
 */
export function appPage(req: FastifyRequest, reply: FastifyReply): FastifyReply | null {
  const path = req.url.split('?')[0]!;
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  if (path.startsWith('/assets/')) return null;
  return reply.type('text/html').sendFile('index.html');
}

/** Answers shorter than this are sent as they are: compressing them saves less than it costs. */
export const COMPRESS_MIN_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
// Quality 5 / level 6: most of the size gain for a small part of the time of the highest settings, per request.
const BROTLI_OPTIONS = { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT } };
const GZIP_OPTIONS = { level: 6 };

/** br or gzip, whichever the client accepts (br first); null when it takes neither, or refuses both with q=0. */
export function chooseEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  if (!acceptEncoding) return null;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim().match(/^q=([0-9.]+)$/)?.[1]).find((v) => v !== undefined);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const weight = (e: string) => accepted.get(e) ?? (accepted.has('*') ? accepted.get('*')! : 0);
  const br = weight('br');
  const gz = weight('gzip');
  if (br > 0 && br >= gz) return 'br';
  if (gz > 0) return 'gzip';
  return null;
}

/**
 * Compresses JSON answers of 1 KB and more for clients that accept it. Only whole bodies (strings and buffers)
 * are touched: streamed answers (exports, downloads, files) and other types (the metrics text, images) leave as
 * they were produced.
 */
export function compressJson(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    if (req.method === 'HEAD' || reply.getHeader('content-encoding')) return payload;
    if (!/^application\/(?:[a-z0-9.+-]*\+)?json\b/i.test(String(reply.getHeader('content-type') ?? ''))) return payload;
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    if (body.length < COMPRESS_MIN_BYTES) return payload;
    // The answer depends on Accept-Encoding from here on, whichever way it goes.
    appendVary(reply, 'accept-encoding');
    const encoding = chooseEncoding(req.headers['accept-encoding']);
    if (!encoding) return payload;
    const packed = encoding === 'br' ? await brotli(body, BROTLI_OPTIONS) : await gzipAsync(body, GZIP_OPTIONS);
    reply.header('content-encoding', encoding);
    reply.removeHeader('content-length');
    return packed;
  });
}

function appendVary(reply: FastifyReply, name: string): void {
  const current = String(reply.getHeader('vary') ?? '');
  const names = current
    .split(',')
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
  if (names.includes('*') || names.includes(name)) return;
  reply.header('vary', current ? `${current}, ${name}` : name);
}
