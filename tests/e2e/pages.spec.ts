/**
 * The site's core pages are built. What every page must do (its frame, axe, reflow, the
 * urgent-help panel's place) is checked on its one visit in crawl.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { builtPages } from './support/site.ts';

const pages = builtPages();

test('the site has its core pages', () => {
  for (const path of [
    '/',
    '/guidance/',
    '/contacts/',
    '/glossary/',
    '/accessibility/',
    '/privacy/',
    '/worried-about-a-child/',
    '/404.html',
  ]) {
    expect(pages, `${path} should be built`).toContain(path);
  }
});
