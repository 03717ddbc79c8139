// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import contentChecks from './src/integrations/content-checks.ts';
import searchIndex from './src/integrations/search-index.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  trailingSlash: 'always',
  build: {
    // One cacheable stylesheet keeps the urgent numbers near the top of every page's HTML.
    inlineStylesheets: 'never',
  },
  integrations: [contentChecks(), mdx(), react(), searchIndex()],
  devToolbar: { enabled: false },
});
