import { expect, test } from '@playwright/test';

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 568 } });

  test('the home page shows the Contact Centre number as a tap-to-call link on the first screen of a small phone', async ({ page }) => {
    await page.goto('/');
    const link = page.getByRole('complementary', { name: /Worried about a child/ }).getByRole('link', { name: '0113 222 4403' });
    await expect(link).toHaveAttribute('href', 'tel:+441132224403');
    const box = await link.boundingBox();
    expect(box, 'the link should be laid out').not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(568);
    const emergency = page.getByRole('complementary', { name: /Worried about a child/ }).getByRole('link', { name: '999' });
    const emergencyBox = await emergency.boundingBox();
    expect(emergencyBox!.y + emergencyBox!.height).toBeLessThanOrEqual(568);
  });

  test('the Exit this page link still leaves the site', async ({ page }) => {
    await page.goto('/guidance/');
    await expect(page.getByRole('link', { name: /Exit this page/ })).toHaveAttribute('href', 'https://www.bbc.co.uk/weather');
  });
});
