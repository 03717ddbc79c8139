/**
 * An Astro integration that moves each built page's `<style>` elements from `<body>` into
 * `<head>` once the build is done (see src/layouts/styles-to-head.ts for why), so every page
 * passes the W3C Nu HTML checker. It runs before the search index is made.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { moveStylesToHead } from './styles-to-head.ts';

export default function stylesToHead(): AstroIntegration {
  return {
    name: 'styles-to-head',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = (await readdir(site, { recursive: true, encoding: 'utf8' })).filter((f) => f.endsWith('.html'));
        let changed = 0;
        for (const page of pages) {
          const file = join(site, page);
          const html = await readFile(file, 'utf8');
          const moved = moveStylesToHead(html);
          if (moved !== html) {
            await writeFile(file, moved);
            changed++;
          }
        }
        logger.info(`Moved the islands' <style> into <head> on ${changed} of ${pages.length} pages.`);
      },
    },
  };
}
