/**
 * Renders Pagefind results as plain DOM: a heading link per page, its kind, an excerpt
 * with the matching words marked, and links to the sections of the page that match.
 * Excerpts are written as text, never as HTML: only Pagefind's <mark> is turned into an
 * element, so nothing a page or a query contains can become markup.
 */

/** The parts of a Pagefind result's data that the search page shows. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: { title: string; url: string; excerpt: string; locations: number[] }[];
}

/** At most this many sections of one page are linked under its result. */
const MAX_SECTIONS = 3;

/** Appends the excerpt to `parent`, turning only <mark>…</mark> into elements. */
export function appendExcerpt(parent: HTMLElement, excerpt: string): void {
  const doc = parent.ownerDocument;
  let marked = false;
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part !== '') {
      if (marked) {
        const mark = doc.createElement('mark');
        mark.textContent = part;
        parent.append(mark);
      } else parent.append(part);
    }
  }
}

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** One result as a list item. */
export function renderResult(doc: Document, data: ResultData): HTMLLIElement {
  const item = element(doc, 'li', 'search-result');
  const heading = element(doc, 'h2', 'search-result__title');
  const link = element(doc, 'a', '', data.meta['title'] ?? data.url);
  link.removeAttribute('class');
  link.href = data.url;
  heading.append(link);
  item.append(heading);
  const kind = data.filters['kind']?.[0];
  if (kind) item.append(element(doc, 'p', 'meta search-result__kind', kind));
  const excerpt = element(doc, 'p', 'search-result__excerpt');
  appendExcerpt(excerpt, data.excerpt);
  item.append(excerpt);
  // Sections under a heading with an id; the part before the first heading is the page itself.
  const sections = data.sub_results
    .filter((s) => s.url !== data.url && s.url.includes('#') && s.locations.length > 0)
    .sort((a, b) => b.locations.length - a.locations.length)
    .slice(0, MAX_SECTIONS);
  if (sections.length > 0) {
    const label = element(doc, 'p', 'visually-hidden', `Matching sections of ${link.textContent}:`);
    const list = element(doc, 'ul', 'search-result__sections');
    for (const section of sections) {
      const li = doc.createElement('li');
      const a = doc.createElement('a');
      a.href = section.url;
      a.textContent = section.title;
      li.append(a);
      list.append(li);
    }
    item.append(label, list);
  }
  return item;
}
