/**
 * "Save this session for offline use": fetches and saves, in the offline worker's cache,
 * every page the chosen scenarios need (sessionPages) and every file those pages load
 * (withAssets), saying how far it has got and, at the end, what was saved.
 */
import { WORKER_URL, sessionPages, withAssets } from './policy.ts';
import { saveCopy } from './store.ts';

const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en-GB')} KB`;

/** What each scenario's saved pages are called, in the list of what was saved. */
const PARTS = [
  ['/training/present/', 'presenter view'],
  ['/training/notes/', 'speaker notes'],
  ['/training/run-sheet/', 'run sheet'],
  ['/documents/scenarios/', 'handout'],
] as const;

export function enhanceSaveSession(root: HTMLElement): void {
  if (!('serviceWorker' in navigator) || !('caches' in window)) return;
  const button = root.querySelector<HTMLButtonElement>('[data-save-offline-button]')!;
  const status = root.querySelector<HTMLElement>('[data-save-offline-status]')!;
  const savedList = root.querySelector<HTMLElement>('[data-save-offline-saved]')!;
  root.hidden = false;

  button.addEventListener('click', async () => {
    const boxes = [...document.querySelectorAll<HTMLInputElement>(root.dataset['choices']!)].filter((b) => b.checked);
    if (boxes.length === 0) {
      status.textContent = 'Choose at least one scenario to save.';
      return;
    }
    button.disabled = true;
    savedList.hidden = true;
    savedList.replaceChildren();
    let files = 0;
    let bytes = 0;
    let failed = '';
    const texts = new Map<string, Promise<string | undefined>>();
    const fetchAndSave = (path: string) => {
      if (!texts.has(path)) {
        texts.set(
          path,
          (async () => {
            const response = await fetch(path, { cache: 'no-cache' }).catch(() => undefined);
            if (!response?.ok) {
              failed = path;
              throw new Error(`${path} could not be fetched`);
            }
            const text = path.endsWith('/') || path.endsWith('.js') ? await response.clone().text() : undefined;
            bytes += await saveCopy(path, response);
            files += 1;
            // Progress at each page, not each file, so that a screen reader is not flooded.
            if (path.endsWith('/')) status.textContent = `Saving: ${files} files so far (${kb(bytes)}).`;
            return text;
          })(),
        );
      }
      return texts.get(path)!;
    };
    try {
      status.textContent = 'Saving: getting ready.';
      await navigator.serviceWorker.register(WORKER_URL);
      const ids = boxes.map((b) => b.dataset['scenario']!);
      const all = await withAssets(sessionPages(ids), fetchAndSave, { pdfs: true });
      for (const path of all) await fetchAndSave(path);
      await navigator.serviceWorker.ready;
      status.textContent = `Saved on this device: ${ids.length} ${ids.length === 1 ? 'scenario' : 'scenarios'}, ${files} files (${kb(bytes)}). These now open without a connection:`;
      showSaved(savedList, boxes, all);
    } catch {
      status.textContent = `Saving stopped after ${files} files, at ${failed || 'the start'}: the connection may have dropped. Try again when you are connected.`;
    } finally {
      button.disabled = false;
    }
  });
}

/** Lists what was saved: for each scenario, links to its saved pages; then the PDFs. */
function showSaved(list: HTMLElement, boxes: HTMLInputElement[], saved: string[]): void {
  const link = (href: string, text: string) => Object.assign(document.createElement('a'), { href, textContent: text });
  for (const box of boxes) {
    const id = box.dataset['scenario']!;
    const item = document.createElement('li');
    item.append(`${box.labels?.[0]?.textContent?.trim() ?? id}: `);
    PARTS.forEach(([prefix, name], i) => {
      if (i > 0) item.append(', ');
      item.append(link(`${prefix}${id}/`, name));
    });
    const pdf = saved.find((p) => p.endsWith('.pdf') && p.includes(id));
    if (pdf) item.append(', ', link(pdf, 'handout PDF'));
    list.append(item);
  }
  const plan = document.createElement('li');
  plan.append(
    link('/training/plan/', 'The session plan'),
    ', ',
    link('/training/', 'how to run a session'),
    ' and ',
    link('/training/planner/', 'the planner'),
  );
  list.append(plan);
  list.hidden = false;
}
