// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import contentChecks from './src/rules/content-checks.ts';
import searchIndex from './src/features/search/search-index.ts';
import serviceWorker from './src/features/offline/service-worker.ts';
import stylesToHead from './src/layouts/styles-to-head-integration.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  // Builds of other content (test fixtures, the benchmark's generated site) keep their
  // content cache apart from the real site's, so they can never leak into it.
  ...(process.env['ASTRO_CACHE_DIR'] ? { cacheDir: process.env['ASTRO_CACHE_DIR'] } : {}),
  trailingSlash: 'always',
  build: {
    // One cacheable stylesheet keeps the urgent numbers near the top of every page's HTML.
    inlineStylesheets: 'never',
  },
  security: {
    // Astro hashes its own scripts and styles into a <meta> CSP on every page. There is
    // no 'unsafe-inline' or 'unsafe-eval'. Pagefind (site search, on every page through the
    // header field) needs 'wasm-unsafe-eval' and connect-src 'self'. frame-ancestors cannot
    // be set in a <meta>: public/_headers sends it as a header.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'none'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-src 'none'",
        // The offline service worker (/sw.js) is the site's own file.
        "worker-src 'self' blob:",
        "manifest-src 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // stylesToHead rewrites the built pages, so it runs before searchIndex and the
  // service worker's build step read them.
  integrations: [contentChecks(), mdx(), react(), stylesToHead(), searchIndex(), serviceWorker()],
  devToolbar: { enabled: false },
});
