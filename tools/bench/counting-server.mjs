/**
 * A static server for the search benchmark that compresses as a real host would (brotli
 * for text; Pagefind's own files are already compressed) and counts the bytes it sends,
 * so the benchmark can say what each search costs over the wire.
 */
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { brotliCompressSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};
const COMPRESS = new Set(Object.keys(TYPES));

/**
 * Serves `root` on a free port. Returns the server, its origin, and a meter whose
 * `take()` returns the bytes and requests since the last call.
 */
export async function serveCounting(root) {
  const base = resolve(root);
  let bytes = 0;
  let requests = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = resolve(join(base, path));
    if (!file.startsWith(base + sep) && file !== base) return res.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      let body = readFileSync(file);
      const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'max-age=3600' };
      if (COMPRESS.has(extname(file))) {
        body = brotliCompressSync(body);
        headers['Content-Encoding'] = 'br';
      }
      bytes += body.length;
      requests.push(`${path} ${body.length}`);
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const meter = {
    take() {
      const taken = { bytes, requests };
      bytes = 0;
      requests = [];
      return taken;
    },
  };
  return { server, origin: `http://127.0.0.1:${server.address().port}`, meter };
}
