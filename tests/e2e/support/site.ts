/**
 * What the browser tests need to know about the built site: every page, found by
 * reading dist/ (so a new page is tested without editing a list); and the checks and
 * waits many tests share (axe, and a page's arrival). The content is read in content.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

const DIST = 'dist';

/** Every built HTML page as a URL path, for example "/guidance/consent/". */
export function builtPages(): string[] {
  const paths = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map(
      (f) =>
        '/' +
        f
          .replace(/\\/g, '/')
          .replace(/index\.html$/, '')
          .replace(/\.html$/, '/'),
    )
    .map((p) => (p === '/404/' ? '/404.html' : p));
  return paths.sort();
}

/** The HTML of a built page, read from disk. */
export function builtHtml(path: string): string {
  const file = path.endsWith('.html') ? path : join(path, 'index.html');
  return readFileSync(join(DIST, file), 'utf8');
}

/** The axe tags the project holds itself to. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe-core, the copy @axe-core/playwright depends on, minified (a third of the full source to parse). */
const fromAxePlaywright = createRequire(import.meta.resolve('@axe-core/playwright'));
const AXE_SOURCE = readFileSync(fromAxePlaywright.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeInPage {
  run(
    context: string | Document,
    options: object,
  ): Promise<{ violations: { id: string; help: string; nodes: { target: (string | string[])[] }[] }[] }>;
}

/**
 * Runs axe with the tags the project holds itself to and returns the violations: on the
 * whole page, or only within `include` (a CSS selector) when the rest has been scanned.
 *
 * axe runs in the page itself, put there once per page load; @axe-core/playwright's
 * AxeBuilder would put it there twice per scan and then open a second, blank page to merge
 * the results of frames from other origins, and the site's CSP (`frame-src 'none'`) allows
 * no frames at all. Only the violations are read, so axe builds its report for them alone
 * (`resultTypes`): every rule still runs on every node, but the passes are not each given a
 * selector and a copy of their HTML.
 */
export async function axeViolations(page: Page, include?: string) {
  const scan = () =>
    page.evaluate(
      async ({ include, tags }) => {
        const axe = (window as unknown as { axe?: AxeInPage }).axe;
        if (!axe) return undefined;
        const { violations } = await axe.run(include ?? document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
      },
      { include, tags: AXE_TAGS },
    );
  const found = await scan();
  if (found) return found;
  await page.evaluate(AXE_SOURCE);
  const afterLoading = await scan();
  if (!afterLoading) throw new Error('axe-core did not load into the page');
  return afterLoading;
}

/**
 * Asserts that an attribute takes a value within 5 s (the time a web-first assertion
 * allows), such as the query a search has answered. The page itself watches the attribute
 * and answers as soon as it changes: a web-first assertion looks again only after 20, 50,
 * 100 and 100 ms and then every 500 ms, which adds up to half a second to each wait for
 * something that takes a moment.
 */
export async function attributeBecomes(locator: Locator, name: string, value: string): Promise<void> {
  await locator.evaluate(
    (el, [name, value, limit]) =>
      new Promise<void>((done) => {
        if (el.getAttribute(name) === value) return done();
        const observer = new MutationObserver(() => {
          if (el.getAttribute(name) !== value) return;
          observer.disconnect();
          done();
        });
        observer.observe(el, { attributes: true, attributeFilter: [name] });
        setTimeout(() => {
          observer.disconnect();
          done();
        }, limit);
      }),
    [name, value, 5000] as const,
  );
  expect(await locator.getAttribute(name), `${name} of ${locator.toString()}`).toBe(value);
}

/** What a page has asked the network for, kept up to date as it runs (see {@link arrived}). */
export interface NetworkWatch {
  /** Requests sent and not yet finished or failed. */
  readonly inFlight: number;
  /** Every URL requested so far. */
  readonly requested: ReadonlySet<string>;
}

/** Starts watching a page's requests; call before the page is opened. */
export function watchNetwork(page: Page): NetworkWatch {
  const requested = new Set<string>();
  let inFlight = 0;
  page.on('request', (request) => {
    inFlight++;
    requested.add(request.url());
  });
  page.on('requestfinished', () => inFlight--);
  page.on('requestfailed', () => inFlight--);
  return {
    get inFlight() {
      return inFlight;
    },
    requested,
  };
}

/**
 * Waits until a loaded page has fetched everything it fetches on arrival, by watching for
 * each thing rather than for a quiet half second (`networkidle`, which also always costs
 * that half second): every island that hydrates on arrival has hydrated (client:load,
 * client:idle and client:only, and client:visible when it is in view, judged by the same
 * IntersectionObserver test Astro uses), and no request is still in flight.
 *
 * The page's icons are not waited for: a full Chromium asks for them after the load event,
 * but the headless shell the tests run in never does. {@link iconsNotFetched} lists those
 * the browser has not asked for, so that a byte budget can count them anyway.
 */
export async function arrived(page: Page, network: NetworkWatch): Promise<void> {
  const islands = await page.evaluate(async () => {
    const inView = (island: Element) =>
      new Promise<boolean>((answer) => {
        const children = [...island.children];
        if (children.length === 0) return answer(false);
        const observer = new IntersectionObserver((entries) => {
          observer.disconnect();
          answer(entries.some((e) => e.isIntersecting));
        });
        for (const child of children) observer.observe(child);
      });
    const islands: number[] = [];
    for (const [i, island] of [...document.querySelectorAll('astro-island')].entries()) {
      const client = island.getAttribute('client');
      if (client === 'load' || client === 'idle' || client === 'only' || (client === 'visible' && (await inView(island)))) islands.push(i);
    }
    return islands;
  });
  // Hydrating the studio, the largest island, can take seconds on a busy machine: the 30 s the
  // studio's own tests allow it.
  for (const i of islands)
    await expect(page.locator('astro-island').nth(i), 'an island that hydrates on arrival').not.toHaveAttribute('ssr', { timeout: 30_000 });
  await expect.poll(() => network.inFlight, { message: 'requests still in flight' }).toBe(0);
}

/**
 * The icons a page names (`<link rel="icon">`) that the browser has not asked for: a person's
 * browser fetches them after the load event, so a page's byte budget must count them.
 */
export async function iconsNotFetched(page: Page, network: NetworkWatch): Promise<string[]> {
  const icons = await page.locator('link[rel~="icon"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
  return icons.filter((href) => !network.requested.has(href));
}

/**
 * Starts collecting what a person should never meet on the site: a CSP violation, a console
 * error, an uncaught error in the page, or a request to another origin. Call before the page
 * is opened; the returned list fills as the page runs, and should stay empty.
 */
export async function watchProblems(page: Page, origin: string): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`),
    );
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin) problems.push(`request off the site: ${request.url()}`);
  });
  return problems;
}
