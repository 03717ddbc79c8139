/**
 * What a key does in the presenter view and the speaker notes, the same in both. Clickers
 * send Page Down and Page Up (some send the arrow keys, B or "." to blank, and F5 or
 * Escape for their "present" button). Keys typed into a box belong to the box.
 */
export type KeyCommand = 'next' | 'prev' | 'blank' | 'fullscreen' | 'timer' | 'notes';

/** The command for a key press, or undefined to leave the key to the browser. */
export function keyCommand(event: KeyboardEvent): KeyCommand | undefined {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const target = event.target instanceof Element ? event.target : null;
  const field = target?.closest('input, select, textarea');
  const type = field instanceof HTMLInputElement ? field.type : '';
  // In a text or number box every key but Page Up and Page Down types or moves the caret.
  const typing = field !== null && field !== undefined && type !== 'checkbox';
  // Space presses a focused button, link or checkbox. Up and Down arrows are left to scroll.
  const pressable = target?.closest('button, a, summary, input[type="checkbox"]') != null;
  switch (event.key) {
    case 'PageDown':
      return 'next';
    case 'PageUp':
      return 'prev';
    case 'F5':
      return 'fullscreen';
  }
  if (typing) return undefined;
  switch (event.key) {
    case 'ArrowRight':
      return 'next';
    case 'ArrowLeft':
      return 'prev';
    case ' ':
      return pressable || event.shiftKey ? undefined : 'next';
    case 'b':
    case 'B':
    case '.':
      return 'blank';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 't':
    case 'T':
      return 'timer';
    case 'n':
    case 'N':
      return 'notes';
  }
  return undefined;
}
