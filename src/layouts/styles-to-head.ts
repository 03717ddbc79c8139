/**
 * Moves `<style>` elements out of a built page's `<body>` into its `<head>`.
 *
 * Astro renders the islands' one rule (`astro-island,astro-slot,astro-static-slot
 * {display:contents}`) as a `<style>` just before the first island, inside `<body>`, and no
 * option changes that (Astro 7.3). Browsers apply it there, but HTML allows `<style>` only in
 * `<head>` (the W3C Nu checker reports it). Moved to the end of `<head>`, after the CSP
 * `<meta>`, it is still covered by the policy; its sha256 is added to `style-src` if Astro
 * did not already put it there, so the browser keeps applying it.
 */
import { createHash } from 'node:crypto';

const STYLE = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g;
const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/** The CSP source expression for an inline element's text, as browsers compute it. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Adds `source` to the `style-src` directive of a CSP, or adds the directive. */
export function allowStyle(policy: string, source: string): string {
  const directives = policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
  const at = directives.findIndex((d) => d.split(/\s+/)[0] === 'style-src');
  if (at === -1) return [...directives, `style-src ${source}`].join('; ');
  if (directives[at]!.split(/\s+/).includes(source)) return policy;
  directives[at] = `${directives[at]} ${source}`;
  return directives.join('; ');
}

/**
 * Returns the page with every `<style>` that sits in `<body>` moved, in order, to the end
 * of `<head>`, and each one's hash in the `<meta>` CSP when the page has one. A page with
 * none comes back unchanged.
 * @throws Error when a style must move but the page has no `<head>` or `<body>`.
 */
export function moveStylesToHead(html: string): string {
  const bodyAt = html.search(/<body[\s>]/);
  if (bodyAt === -1) return html;
  const before = html.slice(0, bodyAt);
  const moved: string[] = [];
  const body = html.slice(bodyAt).replace(STYLE, (element) => {
    moved.push(element);
    return '';
  });
  if (moved.length === 0) return html;
  const headEnd = before.lastIndexOf('</head>');
  if (headEnd === -1) throw new Error('A <style> in <body> cannot be moved: the page has no </head>.');
  let head = before.slice(0, headEnd) + moved.join('') + before.slice(headEnd);
  head = head.replace(CSP_META, (_, open: string, policy: string, close: string) => {
    let next = policy;
    for (const element of moved) next = allowStyle(next, cspHash(element.replace(STYLE, '$1')));
    return open + next + close;
  });
  return head + body;
}
