/**
 * The one choice of Chromium, and its flags, for everything that drives a browser: the
 * browser tests (playwright.config.ts), the PDF builder and the benchmark. The browser is
 * $CHROMIUM_PATH, else Debian's /usr/bin/chromium (machines where Playwright cannot
 * download its own), else Playwright's own Chromium when it has been downloaded.
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
