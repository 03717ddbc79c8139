/**
 * An Astro integration that writes the service worker once the build is done:
 * dist/sw.js, bundled from src/features/offline/worker.ts with the list of files saved on a
 * first visit (the pages in FIRST_VISIT_PAGES and every file they need, read from the built
 * HTML, so the hashed names are always the current ones), and dist/sw-kill-switch.js, the
 * worker that removes itself (README, "Offline").
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { FIRST_VISIT_PAGES, withAssets } from './policy.ts';

const here = (file: string) => fileURLToPath(new URL(`./${file}`, import.meta.url));

/** Named so that a reader of the build log knows the offline worker failed, not the pages. */
export class ServiceWorkerError extends Error {
  override name = 'ServiceWorkerError';
}

async function bundle(entry: string, define: Record<string, string>): Promise<string> {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'iife', target: 'es2022', write: false, define });
  return result.outputFiles[0]!.text;
}

/** The files a first visit saves: the first-visit pages, the icon, and every /_astro/ file they name. */
export async function precacheList(site: string): Promise<string[]> {
  const read = async (path: string) => {
    try {
      return await readFile(join(site, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
    } catch {
      throw new ServiceWorkerError(
        `The offline worker saves ${path} on a first visit, but the build has no such file. Build it, or take it out of FIRST_VISIT_PAGES in src/features/offline/policy.ts.`,
      );
    }
  };
  return withAssets([...FIRST_VISIT_PAGES, '/favicon.svg'], read);
}

export default function serviceWorker(): AstroIntegration {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const precache = await precacheList(site);
        await writeFile(join(site, 'sw.js'), await bundle(here('worker.ts'), { PRECACHE: JSON.stringify(precache) }));
        await writeFile(join(site, 'sw-kill-switch.js'), await bundle(here('kill-switch.ts'), {}));
        logger.info(`Wrote the offline worker: ${precache.length} files saved on a first visit.`);
      },
    },
  };
}
