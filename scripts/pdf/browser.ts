/**
 * Which Chromium prints the PDFs: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else
 * Playwright's own when it has been downloaded: the same choice as playwright.config.ts.
 */
import { existsSync } from 'node:fs';

/** The launch flags the browser tests use (playwright.config.ts): quiet, and no network of its own. */
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
