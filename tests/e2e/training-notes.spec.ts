/**
 * The speaker notes window follows the presenter view (both open in one browser, as on a
 * trainer's laptop with a projector), shows the room's vote so far, and moves the
 * presenter view on from its own keys and buttons.
 */
import { expect, test } from '@playwright/test';
import { loadScenario, scenarioIds } from './support/content.ts';
import { axeViolations } from './support/site.ts';
import { presenter } from './support/training.ts';

const id = scenarioIds()[0]!;
const scenario = loadScenario(id);
const first = scenario.conversation.steps.find((s) => s.id === scenario.conversation.start)!;

test('the notes window follows the presenter window, and can move it on', async ({ context }) => {
  const slides = await context.newPage();
  await slides.goto(`/training/present/${id}/`, { waitUntil: 'networkidle' });
  // A trainer opens the notes from the presenter view's button, so it is running by then.
  await expect(slides.locator('.presenter[data-ready]'), 'the presenter view is running').toHaveCount(1);
  const notes = await context.newPage();
  await notes.goto(`/training/notes/${id}/`, { waitUntil: 'networkidle' });
  const status = notes.getByRole('status').filter({ hasText: /presenter view/ });
  await expect(status).toHaveText('Following the presenter view.');
  const shown = notes.locator('[data-notes]:visible');
  await expect(shown).toHaveCount(1);
  await expect(shown.getByRole('heading', { level: 2 })).toHaveText('Introduction and the case');

  // The presenter moves on: the notes follow, to the checklist and to the first step.
  for (let i = 0; i < 2; i++) await slides.keyboard.press('PageDown');
  await expect(shown.getByRole('heading', { level: 2 })).toHaveText('The checklist route');
  for (let i = 0; i < 4; i++) await slides.keyboard.press('PageDown');
  await expect(presenter(slides).heading).toHaveText(first.prompt);
  await expect(shown.getByRole('heading', { level: 2 })).toHaveText(`Step: ${first.title}`);
  await expect(notes.getByText(/On the projector: Pause for discussion/)).toBeVisible();
  if (first.facilitatorNotes) await expect(shown).toContainText(first.facilitatorNotes.trim().slice(0, 40));
  for (const q of first.discussion) await expect(shown).toContainText(q);

  // The vote so far.
  await slides.getByRole('spinbutton').nth(1).fill('6');
  await expect(shown.getByText('B: 6 votes (100%)')).toBeVisible();
  await expect(shown.getByText('The room takes B.')).toBeVisible();
  expect(await axeViolations(notes)).toEqual([]);

  // Keys and buttons in the notes window drive the presenter view.
  await notes.keyboard.press('PageDown');
  await expect(presenter(slides).heading).toHaveText(first.choices[1]!.label);
  await notes.getByRole('button', { name: '‹ Back' }).click();
  await expect(presenter(slides).heading).toHaveText(first.prompt);
  await notes.getByRole('button', { name: 'Blank screen' }).click();
  await expect(slides.locator('.presenter__blank')).toBeVisible();
  await expect(notes.getByText(/The screen is blank/)).toBeVisible();
});

test('the Speaker notes button opens the notes in a second window, already following', async ({ page, context }) => {
  await page.goto(`/training/present/${id}/`, { waitUntil: 'networkidle' });
  await expect(page.locator('.presenter[data-ready]'), 'the presenter view is running').toHaveCount(1);
  const [notes] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Speaker notes' }).click()]);
  await expect(notes).toHaveURL(new RegExp(`/training/notes/${id}/$`));
  await expect(notes.getByText('Following the presenter view.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'speaker notes are open' })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(notes.getByText('On the projector: The case')).toBeVisible();
});

test('without a presenter view, the notes show every step and no one else’s votes', async ({ page }) => {
  await page.goto(`/training/notes/${id}/`, { waitUntil: 'networkidle' });
  await expect(page.getByText(/Waiting for the presenter view/)).toBeVisible();
  for (const step of scenario.conversation.steps) {
    await expect(page.getByRole('heading', { level: 2, name: `Step: ${step.title}` })).toBeVisible();
  }
  await expect(page.locator('[data-votes]:visible')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});
