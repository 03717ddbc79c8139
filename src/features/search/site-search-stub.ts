/**
 * The part of the search page that loads with it, kept tiny: it shows the filters, fills
 * the form from the address (?q=…&kind=…), and loads the search (src/features/search/site-search.ts
 * and Pagefind) only when there is something to search or the field is first focused.
 */

/** Prepares the search page's form and arranges for the search to load when needed. */
export function startSiteSearch(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('form[data-site-search]');
  const unavailable = doc.querySelector<HTMLElement>('[data-search-unavailable]');
  if (!form || !unavailable) return;
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const params = new URLSearchParams(doc.defaultView?.location.search);
  input.value = params.get('q') ?? '';
  const kinds = params.getAll('kind');
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="kind"]')) box.checked = kinds.includes(box.value);
  unavailable.hidden = true;
  form.querySelector<HTMLElement>('[data-search-kinds]')!.hidden = false;

  let loading: Promise<unknown> | undefined;
  const load = () => {
    loading ??= import('./site-search.ts')
      .then((m) => m.enhanceSiteSearch(doc, form, input))
      .catch(() => {
        // Offline, or the index is missing (a development server has none): say so, and offer the lists.
        // The offline worker never saves the index, so offline, search says it needs a connection.
        const offline = doc.querySelector<HTMLElement>('[data-search-offline]');
        if (offline && doc.defaultView?.navigator.onLine === false) offline.hidden = false;
        else unavailable.hidden = false;
        form.dataset['failed'] = '';
      });
  };
  input.addEventListener('focus', load, { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    load();
  });
  if (input.value.trim() !== '') load();
}
