/** Driving a page with the keyboard alone: Tab to a control, then press a key on it. */
import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab until `target` has focus; fails if it is not reached within `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  await expect(target, 'the control to Tab to should be on the page').toBeVisible();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Pressed Tab ${max} times without reaching ${target.toString()}`);
}

/** Tabs to `target` and presses `key` (Enter for buttons and links, Space for checkboxes). */
export async function activate(page: Page, target: Locator, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}
