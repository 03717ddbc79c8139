// @ts-check
/**
 * Filters the scenario library in place. Progressive enhancement: without this script
 * every scenario is listed, with plain lists by role and by theme below. With it, the
 * filter form (hidden in the HTML, since it cannot work without JavaScript) appears,
 * hides the cards that do not match, and a status line announces how many are shown.
 * It is a plain file in public/ so that it loads as an external script, never inline.
 */
const form = document.querySelector('[data-scenario-filter]');
if (form instanceof HTMLFormElement) {
  const cards = /** @type {HTMLElement[]} */ ([...document.querySelectorAll('[data-scenario-card]')]);
  const count = form.querySelector('[data-scenario-count]');
  const value = (/** @type {string} */ name) => {
    const field = form.elements.namedItem(name);
    return field instanceof HTMLSelectElement ? field.value : '';
  };
  const apply = () => {
    const role = value('starting-role');
    const theme = value('theme');
    let shown = 0;
    for (const card of cards) {
      const match = (!role || card.dataset['role'] === role) && (!theme || (card.dataset['themes'] ?? '').split(' ').includes(theme));
      card.hidden = !match;
      if (match) shown++;
    }
    if (count) {
      count.textContent =
        shown === 0
          ? 'No scenarios match. Choose “Any role” or “Any theme” to see more.'
          : `Showing ${shown} of ${cards.length} scenario${cards.length === 1 ? '' : 's'}.`;
    }
  };
  // The list changes as soon as a filter does; the button does the same, for people who expect one.
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  form.hidden = false;
  apply();
}
