/**
 * Zod, on its first parse, tries `new Function` to build a faster parser. The site's
 * Content Security Policy forbids eval, so in the browser the attempt is blocked and
 * reported as a violation. The studio's pages parse without it: import this first.
 */
import { z } from 'astro/zod';

z.config({ jitless: true });
