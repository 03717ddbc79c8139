/**
 * Progressive enhancement for the "Exit this page" link: clears the page, leaves no
 * history entry, and lets three presses of Shift within two seconds do the same.
 */
const WINDOW_MS = 2000;

/** Leaves for the link's address, hiding and clearing the page first. */
function leave(url: string, doc: Document): void {
  doc.body.hidden = true;
  for (const form of doc.querySelectorAll('form')) form.reset();
  doc.title = 'Exit';
  // replace() swaps this page out of the history, so Back does not bring it back.
  doc.defaultView?.location.replace(url);
}

/** Wires every [data-exit-this-page] link in the document. */
export function enhanceExitThisPage(doc: Document): void {
  const link = doc.querySelector<HTMLAnchorElement>('[data-exit-this-page]');
  if (!link) return;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    leave(link.href, doc);
  });
  // Only a Shift pressed and released on its own counts, so typing capitals never exits.
  let presses: number[] = [];
  let alone = false;
  doc.addEventListener('keydown', (event) => {
    alone = event.key === 'Shift';
    if (!alone) presses = [];
  });
  doc.addEventListener('keyup', (event) => {
    if (event.key !== 'Shift' || !alone) return;
    const now = event.timeStamp;
    presses = [...presses.filter((t) => now - t < WINDOW_MS), now];
    if (presses.length >= 3) leave(link.href, doc);
  });
}
