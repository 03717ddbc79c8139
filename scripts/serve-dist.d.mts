/** Types for scripts/serve-dist.mjs, so TypeScript callers (the PDF builder) are checked. */
import type { Server } from 'node:http';

/** Reads the "/*" block of a Netlify-style _headers file into name/value pairs. */
export function readHeaders(root: string): [string, string][];

/** Starts the static server for the built site; resolves with it once it listens (port 0 picks a free port). */
export function serve(options?: { root?: string; port?: number; host?: string }): Promise<Server>;
