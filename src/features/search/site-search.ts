/**
 * The search page's behaviour, loaded on first use: loads Pagefind and the lexicon,
 * runs the planned queries (src/features/search/query-plan.ts) as the person types or sends the form,
 * and shows the results with a count in a polite live region.
 */
import { hitFits, matchedWords, rankByTitle, runPlan } from './search-ranking.ts';
import { planSearch, type Lexicon } from './query-plan.ts';
import { renderResult, type ResultData } from './search-results.ts';

interface PagefindResult {
  id: string;
  score: number;
  matchedMetaFields?: string[];
  data: () => Promise<ResultData & { content: string; locations: number[] }>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (term: string, options?: Record<string, unknown>) => Promise<{ results: PagefindResult[] } | null>;
}

/** Written by the build (src/features/search/search-index.ts); a variable so that Vite leaves it alone. */
const PAGEFIND_URL = '/pagefind/pagefind.js';
const LEXICON_URL = '/search/lexicon.json';
// Five at a time, as Pagefind's own interface does: each result shown costs a download.
const PAGE_SIZE = 5;
const TYPING_PAUSE_MS = 250;

/** What was typed, shortened for reading back in the status message. */
function quoted(raw: string): string {
  const text = raw.trim().replace(/\s+/g, ' ');
  return `‘${text.length > 60 ? `${text.slice(0, 60)}…` : text}’`;
}

/** Loads Pagefind and the lexicon, then wires the form; rejects if either cannot load. */
export async function enhanceSiteSearch(doc: Document, form: HTMLFormElement, input: HTMLInputElement): Promise<void> {
  const [pagefind, lexicon] = await Promise.all([
    import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>,
    fetch(LEXICON_URL).then((r) => (r.ok ? (r.json() as Promise<Lexicon>) : Promise.reject(new Error(`${LEXICON_URL}: ${r.status}`)))),
  ]);
  // The main thread is quick enough for this site, and skips downloading Pagefind's worker.
  await pagefind.options({ noWorker: true, excerptLength: 24 });

  const status = doc.querySelector<HTMLElement>('[data-search-status]')!;
  const list = doc.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = doc.querySelector<HTMLElement>('[data-search-more]')!;
  const none = doc.querySelector<HTMLElement>('[data-search-none]')!;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="kind"]')];
  let latest = 0;
  let hits: PagefindResult[] = [];
  let searched: string[] = [];
  let shown = 0;

  /** Shows the next page of results; on the first, titles that hold every word searched for go first. */
  const showMore = async (token: number, focusFirst = false) => {
    const next = hits.slice(shown, shown + PAGE_SIZE);
    const loaded = await Promise.all(next.map(async (h) => ({ score: h.score, data: await h.data(), title: '' })));
    if (token !== latest) return;
    for (const item of loaded) item.title = item.data.meta['title'] ?? '';
    const page = shown === 0 ? rankByTitle(loaded, searched) : loaded;
    const items = page.map(({ data }) => renderResult(doc, data));
    list.append(...items);
    shown += page.length;
    more.hidden = shown >= hits.length;
    // After "Show more", keyboard users carry on from the first new result.
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  };

  const run = async () => {
    const token = ++latest;
    const raw = input.value;
    const kinds = boxes.filter((b) => b.checked).map((b) => b.value);
    const params = new URLSearchParams();
    if (raw.trim() !== '') params.set('q', raw.trim());
    for (const kind of kinds) params.append('kind', kind);
    // The address records the search so that Back and sharing a link work; nothing is stored.
    doc.defaultView?.history.replaceState(null, '', params.size > 0 ? `?${params}` : doc.defaultView.location.pathname);
    const plan = planSearch(raw, lexicon);
    searched = plan.words;
    const filters = kinds.length > 0 ? { kind: { any: kinds } } : {};
    list.setAttribute('aria-busy', 'true');
    const find = async (text: string) => (await pagefind.search(text, { filters }))?.results ?? [];
    const verify = async (text: string, best: PagefindResult) => hitFits(text, matchedWords(await best.data(), best.matchedMetaFields));
    hits = plan.query === '' ? [] : await runPlan(plan, find, verify);
    if (token !== latest) return;
    list.replaceChildren();
    shown = 0;
    await showMore(token);
    if (token !== latest) return;
    list.removeAttribute('aria-busy');
    const empty = raw.trim() === '';
    none.hidden = empty || hits.length > 0;
    const where = kinds.length > 0 ? ` in ${kinds.join(', ')}` : '';
    const count = hits.length === 1 ? '1 page found' : `${hits.length === 0 ? 'No' : hits.length} pages found`;
    status.textContent = empty ? '' : `${count} for ${quoted(raw)}${where}`;
    list.dataset['query'] = raw;
  };

  /** Runs a search; if Pagefind fails (a file missing, the connection lost), says so and offers the lists. */
  const safely = (action: () => Promise<void>) => () => {
    action().catch(() => {
      list.removeAttribute('aria-busy');
      status.textContent = 'Search is not working at the moment.';
      doc.querySelector<HTMLElement>('[data-search-unavailable]')!.hidden = false;
    });
  };
  const search = safely(run);
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    search();
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[name="kind"]')) search();
  });
  more.querySelector('button')!.addEventListener(
    'click',
    safely(() => showMore(latest, true)),
  );
  form.dataset['ready'] = '';
  if (input.value.trim() !== '') search();
}
