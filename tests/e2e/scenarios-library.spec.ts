/** The scenario library: every scenario without JavaScript; filters that work in place with it. */
import { expect, test } from '@playwright/test';
import { builtPages } from './support/site.ts';
import { isScenarioPage } from './support/player.ts';

const count = builtPages().filter(isScenarioPage).length;

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('lists every scenario with its length and what it teaches, and plain lists by role and theme', async ({ page }) => {
    await page.goto('/scenarios/');
    const cards = page.locator('[data-scenario-card]');
    await expect(cards).toHaveCount(count);
    await expect(cards.first().getByText(/^About \d+ minutes$/)).toBeVisible();
    await expect(page.locator('[data-scenario-filter]')).toBeHidden();
    for (const name of ['By starting role', 'By theme']) {
      const section = page.getByRole('region', { name });
      expect(await section.getByRole('link').count()).toBeGreaterThanOrEqual(count);
    }
  });
});

test('filters by starting role and theme in place, and says how many are shown', async ({ page }) => {
  await page.goto('/scenarios/');
  const cards = page.locator('[data-scenario-card]');
  const status = page.getByRole('status');
  await expect(status).toHaveText(`Showing ${count} of ${count} scenarios.`);

  const role = page.getByRole('combobox', { name: 'Starting role' });
  const firstRole = await role.locator('option').nth(1).getAttribute('value');
  await role.selectOption(firstRole!);
  const matching = await page.locator(`[data-scenario-card][data-role="${firstRole}"]`).count();
  expect(matching).toBeGreaterThan(0);
  await expect(cards.locator('visible=true')).toHaveCount(matching);
  await expect(status).toHaveText(`Showing ${matching} of ${count} scenario${count === 1 ? '' : 's'}.`);

  // Both filters at once: the cards of that role with that theme, or a message when none.
  const theme = page.getByRole('combobox', { name: 'Theme' });
  for (const value of await theme.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean))) {
    await theme.selectOption(value);
    const both = await page.locator(`[data-scenario-card][data-role="${firstRole}"][data-themes~="${value}"]`).count();
    await expect(cards.locator('visible=true')).toHaveCount(both);
    await expect(status).toHaveText(both === 0 ? /^No scenarios match/ : `Showing ${both} of ${count} scenario${count === 1 ? '' : 's'}.`);
  }
  await role.selectOption('');
  await theme.selectOption('');
  await expect(cards.locator('visible=true')).toHaveCount(count);
});
