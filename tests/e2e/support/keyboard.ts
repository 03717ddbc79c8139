/** Driving a page with the keyboard alone: Tab to a control, then press a key on it. */
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * How many Tab presses surely come before `target` takes the focus: the tab stops after
 * the focused element, up to and including the target, counting only what is certainly a
 * stop (a shown, enabled link, button or field, or an element with tabindex 0) and
 * stopping at anything the page may still change (an island not yet hydrated). Radio
 * buttons, <summary>, scrolling boxes and the like are left out, so the count can only be
 * short; 0 when the page has a positive tabindex, as then the order is not the page's order.
 */
function sureTabStops(target: Element): number {
  if (document.querySelector('[tabindex]:not([tabindex="-1"]):not([tabindex="0"])')) return 0;
  const from = document.activeElement && document.activeElement !== document.body ? document.activeElement : null;
  const after = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  if (from && !after(from, target)) return 0;
  const isStop = (el: Element) => {
    if (el.closest('[inert]') || el.matches(':disabled, input[type="hidden"], input[type="radio"]')) return false;
    const tabindex = el.getAttribute('tabindex');
    if (tabindex !== null && tabindex !== '0') return false;
    return el.checkVisibility({ visibilityProperty: true });
  };
  let count = 0;
  for (const el of document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')) {
    if (from && !after(from, el)) continue;
    if (el.closest('astro-island[ssr]')) return count;
    if (el === target) return isStop(el) ? count + 1 : count;
    if (after(target, el)) return count;
    if (isStop(el)) count++;
  }
  return count;
}

/**
 * Presses Tab until `target` has focus; fails if it is not reached within `max` presses.
 * Every move is a real key press. The tab stops that surely come first are pressed
 * through without looking (see sureTabStops); from there the focus is checked after each
 * press, as a person would look, and Tab goes on (round past the end of the page if the
 * target is above). Should the presses made without looking have gone past the target,
 * Shift+Tab comes back to it.
 */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  await expect(target, 'the control to Tab to should be on the page').toBeVisible();
  const sure = Math.min(await target.evaluate(sureTabStops), max);
  for (let i = 0; i < sure; i++) await page.keyboard.press('Tab');
  for (let pressed = sure; pressed <= max; pressed++) {
    const where = await target.evaluate((el) => {
      const active = document.activeElement;
      if (el === active) return 'here';
      return active && active !== document.body && el.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING
        ? 'past'
        : 'before';
    });
    if (where === 'here') return;
    await page.keyboard.press(sure > 0 && where === 'past' ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Pressed Tab ${max} times without reaching ${target.toString()}`);
}

/** Tabs to `target` and presses `key` (Enter for buttons and links, Space for checkboxes). */
export async function activate(page: Page, target: Locator, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}
