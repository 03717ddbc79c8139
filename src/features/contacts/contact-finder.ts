/**
 * The contact finder's behaviour, loaded on first use: filters and reorders the contact
 * cards as the person types, and says how many match in a polite live region.
 */
import { createContactSearch, type ContactRecord } from './contact-search.ts';

/** Screen readers hear the count once typing pauses, not after every key. */
const ANNOUNCE_AFTER_MS = 400;

function plural(n: number): string {
  return n === 1 ? '1 contact found' : `${n} contacts found`;
}

/** Wires the finder in `root` to the cards in its list; runs at once for anything already typed. */
export function enhanceContactFinder(root: HTMLElement, input: HTMLInputElement): void {
  const data = root.querySelector('[data-contact-finder-data]')?.textContent ?? '[]';
  const search = createContactSearch(JSON.parse(data) as ContactRecord[]);
  const list = root.ownerDocument.getElementById(root.dataset['list'] ?? '')!;
  const cards = [...list.querySelectorAll<HTMLElement>('[data-contact]')];
  const byId = new Map(cards.map((card) => [card.dataset['contact'], card]));
  const status = root.querySelector<HTMLElement>('[data-contact-finder-status]')!;
  const none = root.querySelector<HTMLElement>('[data-contact-finder-none]')!;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const update = () => {
    const ranked = search(input.value);
    // Moving the cards (not only hiding them) keeps the tab order the same as the order on screen.
    const order = ranked === null ? cards : ranked.map((r) => byId.get(r.id)).filter((c): c is HTMLElement => c !== undefined);
    const shown = new Set(order);
    for (const card of order) list.append(card);
    for (const card of cards) {
      card.hidden = !shown.has(card);
      if (card.hidden) list.append(card);
    }
    none.hidden = order.length > 0;
    const message =
      ranked === null ? `Showing all ${cards.length} contacts` : order.length === 0 ? 'No contacts found' : plural(order.length);
    clearTimeout(timer);
    timer = setTimeout(() => {
      status.textContent = message;
      root.dataset['query'] = input.value;
    }, ANNOUNCE_AFTER_MS);
  };
  input.addEventListener('input', update);
  root.dataset['ready'] = '';
  if (input.value !== '') update();
}
