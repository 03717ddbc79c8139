/**
 * The part of the contact finder that loads with the page, kept tiny: it shows the
 * search field and loads the search (fuse.js and all) only when the field is first used.
 */

/** Shows the finder's field and arranges for the search to load on first focus or input. */
export function startContactFinder(doc: Document): void {
  const root = doc.querySelector<HTMLElement>('[data-contact-finder]');
  const template = root?.querySelector<HTMLTemplateElement>('template[data-contact-finder-field]');
  if (!root || !template) return;
  root.prepend(template.content.cloneNode(true));
  const input = root.querySelector('input')!;
  let loading: Promise<unknown> | undefined;
  const load = () => {
    loading ??= import('./contact-finder.ts').then((m) => m.enhanceContactFinder(root, input));
  };
  input.addEventListener('focus', load, { once: true });
  input.addEventListener('input', load, { once: true });
}
