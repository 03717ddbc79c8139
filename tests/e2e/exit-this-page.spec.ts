import { expect, test } from '@playwright/test';

const EXIT = 'https://www.bbc.co.uk/weather';

test.beforeEach(async ({ context }) => {
  // Never reach the real site from a test: answer the exit address locally.
  await context.route(`${EXIT}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }));
});

test('the exit link leaves without adding a history entry', async ({ page }) => {
  await page.goto('/');
  await page.goto('/guidance/');
  await page.getByRole('link', { name: /Exit this page/ }).click();
  await expect(page).toHaveURL(EXIT);
  await page.goBack();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
});

test('pressing Shift three times leaves the page', async ({ page }) => {
  await page.goto('/contacts/');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await expect(page).toHaveURL(EXIT);
});

test('typing capital letters does not leave the page', async ({ page }) => {
  await page.goto('/glossary/');
  await page.keyboard.type('ABC');
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\/glossary\/$/);
});
