/**
 * The static server behind the browser tests, the PDF builder and the benchmark must
 * behave like the hosts the site is deployed to: it sends the headers in _headers and
 * compresses text when the browser asks, so the figures it gives are the ones people get.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from './serve-dist.mjs';

const page = `<!doctype html><title>Test</title><p>${'Ring the Contact Centre. '.repeat(200)}</p>`;
let root: string;
let base: string;
let close: () => void;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'serve-dist-'));
  mkdirSync(join(root, 'guidance'));
  writeFileSync(join(root, 'guidance', 'index.html'), page);
  writeFileSync(join(root, '404.html'), '<!doctype html><title>Not found</title>');
  writeFileSync(join(root, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  mkdirSync(join(root, '_astro'));
  writeFileSync(join(root, '_astro', 'page.abc123.js'), 'console.log(1);');
  writeFileSync(
    join(root, '_headers'),
    '# Comment\n/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n',
  );
  const server = await serve({ root, port: 0 });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => {
  close();
  rmSync(root, { recursive: true, force: true });
});

/** fetch() would decode the body for us; ask for the raw bytes to see what was sent. */
async function raw(path: string, acceptEncoding?: string) {
  const { request } = await import('node:http');
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((done, fail) => {
    const req = request(`${base}${path}`, { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('serve-dist', () => {
  it('sends brotli when the browser accepts it, and the page is unchanged once decoded', async () => {
    const res = await raw('/guidance/', 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['vary']).toBe('Accept-Encoding');
    expect(res.body.length).toBeLessThan(page.length / 5);
    expect(brotliDecompressSync(res.body).toString()).toBe(page);
  });

  it('sends the new page after a rebuild rewrites it under a running server', async () => {
    const file = join(root, 'guidance', 'index.html');
    const changed = page.replace('Contact Centre', 'Duty and Advice Team');
    try {
      expect(brotliDecompressSync((await raw('/guidance/', 'br')).body).toString()).toBe(page);
      writeFileSync(file, changed);
      expect(brotliDecompressSync((await raw('/guidance/', 'br')).body).toString()).toBe(changed);
    } finally {
      writeFileSync(file, page);
    }
  });

  it('falls back to gzip, and to no compression when none is accepted', async () => {
    const gzip = await raw('/guidance/', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(page);
    const plain = await raw('/guidance/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(page);
  });

  it('does not compress images, and sends the _headers rules with every response', async () => {
    const png = await raw('/logo.png', 'br');
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.headers['x-content-type-options']).toBe('nosniff');
    expect(png.headers['referrer-policy']).toBe('no-referrer');
  });

  it('sends the rules of a path pattern only on matching paths: long caching for hashed assets, none for pages', async () => {
    const asset = await raw('/_astro/page.abc123.js', 'br');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['x-content-type-options']).toBe('nosniff');
    const page = await raw('/guidance/', 'br');
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  it('redirects a folder without its slash, and answers a missing page with the 404 page', async () => {
    const folder = await raw('/guidance');
    expect(folder.status).toBe(301);
    expect(folder.headers['location']).toBe('/guidance/');
    const missing = await raw('/nowhere/', 'br');
    expect(missing.status).toBe(404);
    expect(brotliDecompressSync(missing.body).toString()).toContain('Not found');
  });

  it('never serves a file from outside its folder', async () => {
    for (const path of ['/..%2f..%2f..%2f..%2fetc/passwd', '/%2e%2e/%2e%2e/%2e%2e/etc/passwd']) {
      const res = await raw(path);
      expect(res.status).toBe(404);
      expect(res.body.toString()).not.toContain('root:');
    }
  });
});
