/**
 * The scenario player, with the keyboard alone: every built scenario is played through
 * the checklist route and the conversation route to the debrief. axe scans the player
 * at the start, after a choice and at the debrief.
 */
import { expect, test, type Page } from '@playwright/test';
import { builtPages, watchProblems } from './support/site.ts';
import { activate, tabTo } from './support/keyboard.ts';
import { hydrated, isScenarioPage, playerViolations } from './support/player.ts';

const scenarios = builtPages().filter(isScenarioPage);

test('there are scenario pages to play', () => {
  expect(scenarios.length).toBeGreaterThan(0);
});

// The crawl of every step: while a scenario is played, no CSP violation, console error,
// request off the site, cookie or storage is allowed (tests/e2e/crawl.spec.ts does the same
// for every page as it loads).
let problems: string[] = [];
test.beforeEach(async ({ page, baseURL }) => {
  problems = await watchProblems(page, new URL(baseURL!).origin);
});
test.afterEach(async ({ page, context }) => {
  expect(problems).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  if (page.url().startsWith('http')) expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
});

/** The heading of the screen now showing, which should have the focus. */
const screenHeading = (page: Page) => page.locator('.player h3');

for (const path of scenarios) {
  test(`${path} can be played through both routes with the keyboard alone`, async ({ page }) => {
    await page.goto(path);
    const player = page.locator('.player');
    const start = player.getByRole('button', { name: 'Start the checklist route', exact: true });

    // Tabbing to the first button brings the player into view, which hydrates it;
    // hydrating keeps the server's elements, so the button keeps the focus.
    await tabTo(page, start);
    await hydrated(page);
    await expect(start).toBeFocused();
    expect(await playerViolations(page), 'axe at the start').toEqual([]);
    await page.keyboard.press('Enter');

    // Checklist route: tick two indicators, submit, read the ending.
    await expect(screenHeading(page)).toHaveText('Checklist route: the form');
    await expect(screenHeading(page)).toBeFocused();
    const boxes = player.locator('form').getByRole('checkbox');
    for (const box of [boxes.nth(0), boxes.nth(1)]) {
      await activate(page, box, 'Space');
      await expect(box).toBeChecked();
    }
    await activate(page, player.getByRole('button', { name: 'Submit the form', exact: true }));
    await expect(screenHeading(page)).toHaveText(/^Checklist route ending: /);
    await expect(screenHeading(page)).toBeFocused();
    await expect(player.locator('.player-score')).toContainText(/You ticked .+\. The form decides Level \d/);
    expect(await playerViolations(page), 'axe at the checklist ending').toEqual([]);

    // Conversation route: take the first choice at each step until an ending.
    await activate(page, player.getByRole('button', { name: 'Now play the conversation route', exact: true }));
    for (let moves = 0; ; moves++) {
      expect(moves, 'the conversation route should end within 20 choices').toBeLessThan(20);
      await expect(screenHeading(page)).toBeFocused();
      const heading = (await screenHeading(page).textContent()) ?? '';
      if (heading.startsWith('Conversation route ending: ')) break;
      const choice = player.locator('.player-choices button').first();
      const label = (await choice.textContent()) ?? '';
      await activate(page, choice);
      // The feedback is in a status region, so screen readers announce it.
      await expect(player.getByRole('status')).toContainText(`You chose: “${label}”.`);
      if (moves === 0) expect(await playerViolations(page), 'axe after a choice').toEqual([]);
    }

    // The debrief: both routes side by side.
    await activate(page, player.getByRole('button', { name: 'Compare the two routes', exact: true }));
    await expect(screenHeading(page)).toHaveText('Debrief: how the two routes compare');
    await expect(screenHeading(page)).toBeFocused();
    const table = player.getByRole('table', { name: /Outcomes of both routes/ });
    await expect(table.getByRole('columnheader')).toHaveText(['Outcome', 'Checklist route', 'Conversation route']);
    // A header row and one row per outcome dimension, each in words: no total, no score out of anything.
    await expect(table.getByRole('row')).toHaveCount(6);
    for (const cell of await table.getByRole('cell').all()) await expect(cell).toHaveText(/^(Very poor|Poor|Fair|Good|Very good)$/);
    await expect(player).not.toContainText(/out of \d+|Total/);
    expect(await playerViolations(page), 'axe at the debrief').toEqual([]);

    // Start again returns to the first screen, with the focus on its heading.
    await activate(page, player.getByRole('button', { name: 'Start again', exact: true }));
    await expect(screenHeading(page)).toHaveText('Choose a route');
    await expect(screenHeading(page)).toBeFocused();
  });
}

test('Back undoes a choice, and the player never uses a positive tabindex', async ({ page }) => {
  await page.goto(scenarios[0]!);
  const player = page.locator('.player');
  await tabTo(page, player.getByRole('button', { name: 'Start the conversation route', exact: true }));
  await hydrated(page);
  await page.keyboard.press('Enter');
  const first = (await page.locator('.player h3').textContent()) ?? '';
  await activate(page, player.locator('.player-choices button').first());
  await expect(page.locator('.player h3')).not.toHaveText(first);
  await activate(page, player.getByRole('button', { name: 'Back', exact: true }));
  await expect(page.locator('.player h3')).toHaveText(first);
  await expect(page.locator('.player h3')).toBeFocused();
  expect(await page.locator('[tabindex]:not([tabindex="-1"]):not([tabindex="0"])').count()).toBe(0);
});
