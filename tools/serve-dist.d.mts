/** Types for tools/serve-dist.mjs, so TypeScript callers (the PDF builder) are checked. */
import type { Server } from 'node:http';

/** Reads a Netlify-style _headers file: each path pattern with its headers, in the order written. */
export function readHeaders(root: string): { pattern: string; headers: [string, string][] }[];

/** Starts the static server for the built site; resolves with it once it listens (port 0 picks a free port). */
export function serve(options?: { root?: string; port?: number; host?: string }): Promise<Server>;
