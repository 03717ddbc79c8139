import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { allowStyle, cspHash, moveStylesToHead } from './styles-to-head.ts';

const RULE = 'astro-island,astro-slot,astro-static-slot{display:contents}';
const page = (policy: string, body: string) =>
  `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}"><link rel="stylesheet" href="/a.css"></head><body>${body}</body></html>`;

describe('moveStylesToHead', () => {
  it('moves a style from the body to the end of the head, keeping everything else in place', () => {
    const html = page(`style-src 'self' ${cspHash(RULE)}`, `<main><p>Text</p><style>${RULE}</style><astro-island></astro-island></main>`);
    expect(moveStylesToHead(html)).toBe(
      page(`style-src 'self' ${cspHash(RULE)}`, '<main><p>Text</p><astro-island></astro-island></main>').replace(
        '</head>',
        `<style>${RULE}</style></head>`,
      ),
    );
  });

  it("adds the style's hash to style-src when the policy lacks it", () => {
    const moved = moveStylesToHead(page("default-src 'self'; style-src 'self'", `<style>${RULE}</style>`));
    expect(moved).toContain(`content="default-src 'self'; style-src 'self' ${cspHash(RULE)}"`);
  });

  it('moves several styles in order, attributes and all', () => {
    const moved = moveStylesToHead(page("style-src 'self'", '<style>a{}</style><p>x</p><style media="print">b{}</style>'));
    expect(moved).toContain('<style>a{}</style><style media="print">b{}</style></head><body><p>x</p></body>');
  });

  it('leaves a page with no style in its body unchanged', () => {
    const html = page("style-src 'self'", '<p>No islands</p>').replace('</head>', '<style>h1{}</style></head>');
    expect(moveStylesToHead(html)).toBe(html);
  });

  it('says so when there is no head to move a style into', () => {
    expect(() => moveStylesToHead('<body><style>a{}</style></body>')).toThrow(/has no <\/head>/);
  });
});

describe('cspHash and allowStyle', () => {
  it('hash the text as a browser does', () => {
    expect(cspHash(RULE)).toBe(`'sha256-${createHash('sha256').update(RULE).digest('base64')}'`);
    // The figure Astro 7 puts in every page's policy for this rule.
    expect(cspHash(RULE)).toBe("'sha256-vv9IoKo7BSLbWcUHr3tNmfNVmm5L/9Cfn2H6LMk7/ow='");
  });

  it('add a source once, and add style-src when there is none', () => {
    expect(allowStyle("style-src 'self'", "'x'")).toBe("style-src 'self' 'x'");
    expect(allowStyle("style-src 'self' 'x'", "'x'")).toBe("style-src 'self' 'x'");
    expect(allowStyle("default-src 'self'", "'x'")).toBe("default-src 'self'; style-src 'x'");
  });
});
