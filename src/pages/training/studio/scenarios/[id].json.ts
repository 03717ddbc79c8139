/**
 * Each site scenario's file text, for the studio to open on demand (so the studio page
 * does not carry every scenario). The text is the file as written in content/scenarios/.
 */
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { scenarioFile, scenariosByTitle } from '../../../../features/scenarios/data.ts';

export async function getStaticPaths() {
  return (await scenariosByTitle()).map((entry) => ({
    params: { id: entry.id },
    props: { file: scenarioFile(entry) },
  }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify({ text: readFileSync((props as { file: string }).file, 'utf8') }), {
    headers: { 'Content-Type': 'application/json' },
  });
