/**
 * An Astro integration that indexes the built site with Pagefind (its Node API) once the
 * build is done, so `astro build` alone produces the search index in dist/pagefind/.
 * Pages choose what is indexed: data-pagefind-body marks the content, data-pagefind-filter
 * its kind, and data-pagefind-meta="keywords[…]" the words people use for it.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/** Named so that a reader of the build log knows the search index failed, not the pages. */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

function fail(step: string, errors: readonly string[]): never {
  throw new SearchIndexError(
    `Pagefind could not ${step}: ${errors.join('; ') || 'no reason given'}. Run \`npx pagefind --site dist\` to see more.`,
  );
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const created = await createIndex({});
          if (!created.index) fail('start', created.errors);
          const added = await created.index.addDirectory({ path: site });
          if (added.errors.length > 0) fail(`index ${site}`, added.errors);
          if (added.page_count === 0) fail('find any page marked with data-pagefind-body', []);
          const written = await created.index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) fail('write the index', written.errors);
          logger.info(`Indexed ${added.page_count} pages for search.`);
        } finally {
          await close();
        }
      },
    },
  };
}
