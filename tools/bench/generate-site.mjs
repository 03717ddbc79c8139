/**
 * Generates a site of simple HTML pages for the search benchmark and indexes it with
 * Pagefind, beside a copy of the real search page, so the same search code can be timed
 * on a site far larger than ours. Deterministic: the same pages every run.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

/** A small seeded random number generator (mulberry32). */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES =
  'ba be bi bo bu da de di do du fa fe fi fo ka ke ki ko la le li lo lu ma me mi mo na ne ni no ra re ri ro sa se si so ta te ti to va ve vi vo'.split(
    ' ',
  );

/**
 * Writes `count` pages into `root`, copies the real search page and its assets from
 * `dist`, and builds the Pagefind index. Vocabulary: the real site's words plus made-up
 * ones, drawn so that a few words are common and most are rare, as in real text.
 */
export async function generateSite({ root, dist = 'dist', count = 2000 }) {
  const rand = random(2024);
  const real = JSON.parse(readFileSync(join(dist, 'search/lexicon.json'), 'utf8')).words;
  const madeUp = Array.from({ length: 20000 }, () =>
    Array.from({ length: 2 + Math.floor(rand() * 3) }, () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]).join(''),
  );
  const vocabulary = [...real, ...madeUp];
  const word = () => vocabulary[Math.floor(vocabulary.length * rand() ** 3)];
  const sentence = (n) => Array.from({ length: n }, word).join(' ');
  for (let i = 1; i <= count; i++) {
    const sections = Array.from(
      { length: 4 },
      (_, s) => `<h2 id="part-${s + 1}">${sentence(3)}</h2><p>${sentence(60)}.</p><p>${sentence(40)}.</p>`,
    );
    const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Page ${i}</title></head><body><main><article data-pagefind-body data-pagefind-filter="kind:Guidance"><h1>${sentence(4)}</h1>${sections.join('')}</article></main></body></html>`;
    mkdirSync(join(root, `page-${i}`), { recursive: true });
    writeFileSync(join(root, `page-${i}`, 'index.html'), html);
  }
  for (const path of ['search', '_astro', 'favicon.svg']) cpSync(join(dist, path), join(root, path), { recursive: true });
  const { index } = await createIndex({});
  const added = await index.addDirectory({ path: root });
  await index.writeFiles({ outputPath: join(root, 'pagefind') });
  await close();
  return added.page_count;
}
