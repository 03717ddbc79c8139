/**
 * The one choice of Chromium, and its flags, for everything that drives a browser.
 *
 * - The PDF builder and the benchmark (Lighthouse) use the full browser: $CHROMIUM_PATH,
 *   else Debian's /usr/bin/chromium (machines where Playwright cannot download its own),
 *   else Playwright's own Chromium when it has been downloaded.
 * - The browser tests (playwright.config.ts) use the headless shell when there is one: the
 *   same engine (Blink and V8, the same version) without the full browser's windows, and
 *   what Playwright itself runs headless tests in. A fresh context costs it a third of the
 *   CPU time the full browser spends, which on a 2-core machine is most of the tests' time.
 *   $CHROMIUM_PATH still wins; Debian's /usr/bin/chromium-headless-shell comes next, then
 *   /usr/bin/chromium; with neither, Playwright uses its own (its headless shell).
 */
import { existsSync } from 'node:fs';

/** Launch flags: quiet, and no network of its own (so any request the tests see is the site's). */
export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * The path of a Chromium to launch, or undefined (with why) when there is none.
 * @param ownChromium Playwright's own Chromium path, if Playwright is installed.
 */
export function findChromium(ownChromium: string | undefined): { path?: string; why?: string } {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? { path: fromEnv } : { why: `CHROMIUM_PATH is set to ${fromEnv}, which does not exist` };
  if (existsSync('/usr/bin/chromium')) return { path: '/usr/bin/chromium' };
  if (ownChromium && existsSync(ownChromium)) return { path: ownChromium };
  return { why: 'no Chromium was found (set CHROMIUM_PATH, install Debian\'s chromium, or run "npx playwright install chromium")' };
}

/** The Chromium to launch, or undefined to let Playwright use its own. */
export function chromiumPath(): string | undefined {
  return findChromium(undefined).path;
}

/** Debian's headless shell (package chromium-headless-shell). */
export const DEBIAN_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * The Chromium for the browser tests, or undefined to let Playwright use its own: as
 * {@link findChromium}, but Debian's headless shell comes before its full browser.
 */
export function testChromiumPath(): string | undefined {
  if (!process.env['CHROMIUM_PATH'] && existsSync(DEBIAN_HEADLESS_SHELL)) return DEBIAN_HEADLESS_SHELL;
  return findChromium(undefined).path;
}
