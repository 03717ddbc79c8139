/**
 * Enhances the conversation record form (src/pages/documents/conversation-record.astro):
 * saves what was typed as a text file made in the browser, prints, and makes a printed
 * copy of each filled-in answer in full. It sends nothing and stores nothing: no
 * network, no storage, no cookies. Without it the form still fills in and prints.
 */
import { recordFileName, recordToText, type RecordForSaving } from './conversation-record.ts';
import { saveFile } from './save-file.ts';

/** What the form holds, by field name. */
function valuesOf(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) {
    if (typeof value === 'string') values[name] = value;
  }
  return values;
}

/**
 * A printed textarea shows only the lines that fit its box, so before printing each
 * filled-in answer is copied in full into the print copy beside it; empty ones keep
 * their box as writing space.
 */
function preparePrint(form: HTMLFormElement): void {
  for (const copy of form.querySelectorAll<HTMLElement>('[data-print-copy]')) {
    const field = form.elements.namedItem(copy.dataset['printCopy'] ?? '');
    const value = field instanceof HTMLTextAreaElement ? field.value.trim() : '';
    copy.textContent = value;
    copy.closest('.record-field')?.classList.toggle('record-field--filled', value !== '');
  }
}

/** Wires the form marked [data-conversation-record], if the page has one. */
export function enhanceConversationRecord(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('form[data-conversation-record]');
  if (!form) return;
  // The page writes the questions here (content/conversation-record.yaml), as the form shows them.
  const record = JSON.parse(form.dataset['conversationRecord'] ?? '') as RecordForSaving;
  const actions = form.querySelector<HTMLElement>('[data-record-actions]');
  const status = form.querySelector<HTMLElement>('[data-record-status]');

  const save = form.querySelector<HTMLButtonElement>('[data-record-save]');
  // Submitting never sends the form anywhere: it makes the file here.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = valuesOf(form);
    const name = recordFileName(values);
    saveFile(name, recordToText(record, values), 'text/plain;charset=utf-8', doc);
    if (status) status.textContent = `Saved as ${name} in your downloads.`;
  });
  // Enter in a one-line box would save the file unasked; only the button saves.
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement) event.preventDefault();
  });
  form.querySelector('[data-record-print]')?.addEventListener('click', () => doc.defaultView?.print());
  doc.defaultView?.addEventListener('beforeprint', () => preparePrint(form));
  // "Exit this page" resets the form; the print copies go with it.
  form.addEventListener('reset', () => {
    for (const copy of form.querySelectorAll('[data-print-copy]')) copy.textContent = '';
    if (status) status.textContent = '';
  });

  if (save) save.disabled = false;
  if (actions) actions.hidden = false;
}
