import { expect, test } from '@playwright/test';
import { contact, phoneOf } from './support/content.ts';

const contactCentre = contact('contact-centre');
const emergency = phoneOf('emergency-999');

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 568 } });

  test(`the home page shows the ${contactCentre.name} number as a tap-to-call link on the first screen of a small phone`, async ({
    page,
  }) => {
    await page.goto('/');
    const link = page
      .getByRole('complementary', { name: /Worried about a child/ })
      .getByRole('link', { name: contactCentre.phone!.display });
    await expect(link).toHaveAttribute('href', contactCentre.phone!.href);
    const box = await link.boundingBox();
    expect(box, 'the link should be laid out').not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(568);
    const emergencyLink = page.getByRole('complementary', { name: /Worried about a child/ }).getByRole('link', { name: emergency.display });
    const emergencyBox = await emergencyLink.boundingBox();
    expect(emergencyBox!.y + emergencyBox!.height).toBeLessThanOrEqual(568);
  });

  test('the Exit this page link still leaves the site', async ({ page }) => {
    await page.goto('/guidance/');
    await expect(page.getByRole('link', { name: /Exit this page/ })).toHaveAttribute('href', 'https://www.bbc.co.uk/weather');
  });
});
