#!/usr/bin/env node
/**
 * A small static server for the built site (dist/), used by the browser tests, the PDF
 * builder and the benchmark. Unlike `astro preview` it can run beside a developer's own
 * preview, and it sends the headers in dist/_headers, so the tests see what a host
 * configured from that file would send. Like such hosts, it compresses text with brotli or
 * gzip when the browser asks, so the benchmark's Lighthouse runs see real transfer sizes.
 *
 *   node tools/serve-dist.mjs [--port 4322] [--host 127.0.0.1] [--root dist]
 */
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.md', '.webmanifest', '.wasm']);

/** The encoding to send, from the request's Accept-Encoding: brotli first, then gzip. */
function encodingFor(accept = '') {
  const offered = accept.split(',').map((part) => part.trim().split(';')[0]);
  if (offered.includes('br')) return 'br';
  if (offered.includes('gzip')) return 'gzip';
  return undefined;
}

/**
 * Compressed bodies, kept while the server runs. A rebuild rewrites dist/ under a server
 * the tests reuse, so a body is known by the file's modification time and size as well.
 */
const compressed = new Map();
function compress(file, body, encoding) {
  const { mtimeMs, size } = statSync(file);
  const key = `${encoding}:${file}:${mtimeMs}:${size}`;
  if (!compressed.has(key)) {
    compressed.set(
      key,
      encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(body, { level: 9 }),
    );
  }
  return compressed.get(key);
}

/**
 * Reads a Netlify-style _headers file: blocks of a path pattern ("/*", "/_astro/*") and
 * the headers to send for it, in the order written.
 */
export function readHeaders(root) {
  let text = '';
  try {
    text = readFileSync(join(root, '_headers'), 'utf8');
  } catch {
    return [];
  }
  const rules = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (/^\S/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else if (rules.length > 0 && line.includes(':')) {
      const at = line.indexOf(':');
      rules.at(-1).headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** Whether a _headers path pattern matches a path: exact, or a prefix ending in "*". */
function matches(pattern, pathname) {
  return pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pattern === pathname;
}

function fileFor(root, pathname) {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const path = resolve(join(root, clean));
  if (!path.startsWith(resolve(root) + sep) && path !== resolve(root)) return undefined;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return pathname.endsWith('/') ? join(path, 'index.html') : { redirect: pathname + '/' };
    return path;
  } catch {
    return undefined;
  }
}

/** Starts the server; resolves with it once it listens. */
export function serve({ root = 'dist', port = 4322, host = '127.0.0.1' } = {}) {
  const rules = readHeaders(root);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // Files can change under the tests between builds, unless _headers says otherwise.
    res.setHeader('Cache-Control', 'no-cache');
    for (const rule of rules) if (matches(rule.pattern, url.pathname)) for (const [name, value] of rule.headers) res.setHeader(name, value);
    const found = fileFor(root, url.pathname);
    if (found && typeof found === 'object') {
      res.writeHead(301, { Location: found.redirect + url.search });
      res.end();
      return;
    }
    let status = 200;
    let file = found;
    let body;
    try {
      body = readFileSync(file);
    } catch {
      status = 404;
      file = join(root, '404.html');
      body = readFileSync(file);
    }
    const head = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', Vary: 'Accept-Encoding' };
    const encoding = COMPRESSIBLE.has(extname(file)) ? encodingFor(req.headers['accept-encoding']) : undefined;
    if (encoding) {
      body = compress(file, body, encoding);
      head['Content-Encoding'] = encoding;
    }
    res.writeHead(status, head);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { port: { type: 'string' }, host: { type: 'string' }, root: { type: 'string' } } });
  const port = Number(values.port ?? process.env.PORT ?? 4322);
  await serve({ root: values.root ?? 'dist', port, host: values.host ?? '127.0.0.1' });
  console.log(`Serving ${values.root ?? 'dist'} at http://${values.host ?? '127.0.0.1'}:${port}/`);
}
