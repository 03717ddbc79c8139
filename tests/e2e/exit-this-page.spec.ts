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
  const title = await page.title();
  await page.keyboard.type('ABC');
  for (const letter of 'ABC') await page.keyboard.press(`Shift+Key${letter}`);
  // Each key above has been handled once its press returns; leaving would first have hidden
  // the page and renamed it (src/layouts/exit-this-page.ts), and it has done neither.
  expect(await page.evaluate(() => ({ hidden: document.body.hidden, title: document.title }))).toEqual({ hidden: false, title });
  await expect(page).toHaveURL(/\/glossary\/$/);
});
