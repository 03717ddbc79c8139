/**
 * The presenter view, used as a trainer would: a whole session by keyboard alone (votes,
 * a tie, the trainer's override, reveal, debrief), the debrief saved as files, the keys
 * for blank, full screen and the timer, and the session carrying on with the network cut.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { checklistResult, itemsByLevel } from '../../src/features/scenarios/checklist.ts';
import { loadScenario, scenarioIds } from './support/content.ts';
import { tabTo } from './support/keyboard.ts';
import { axeViolations } from './support/site.ts';
import { presenter, strongestRoute } from './support/training.ts';

const id = scenarioIds()[0]!;
const scenario = loadScenario(id);
const route = strongestRoute(scenario);
const url = `/training/present/${id}/`;

/**
 * Opens the presenter view and waits until it listens for keys (it marks itself data-ready
 * once its island has hydrated, client:idle, and its effects have run), so that the keys
 * pressed next reach it: on a busy machine the idle moment can come late.
 */
async function open(page: Page) {
  await page.goto(url, { waitUntil: 'networkidle' });
  await expect(page.locator('.presenter[data-ready]')).toHaveCount(1);
}

/** Title → case → checklist (tick the first indicator shown) → what the form decides → what happened → first step, by keyboard. */
async function playChecklist(page: Page) {
  const { heading } = presenter(page);
  await expect(heading).toHaveText(scenario.title);
  await page.keyboard.press('ArrowRight');
  await expect(heading).toHaveText('The case');
  await page.keyboard.press('PageDown');
  await expect(heading).toHaveText('Tick the form with the room');
  await tabTo(page, page.getByRole('checkbox').first());
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox').first()).toBeChecked();
  await page.keyboard.press('PageDown');
  const first = itemsByLevel(scenario).flatMap((l) => l.items)[0]!;
  const { level } = checklistResult(scenario, [first.id]);
  await expect(heading).toHaveText(`The form decides ${level.name}`);
  await expect(page.getByText(`It says: ${level.service}.`)).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(heading).toHaveText(scenario.conversation.steps.find((s) => s.id === scenario.conversation.start)!.title);
}

/** At a pause for discussion: types a count into each choice's box, by keyboard. */
async function typeVotes(page: Page, counts: number[]) {
  for (const [i, count] of counts.entries()) {
    const box = page.getByRole('spinbutton').nth(i);
    await tabTo(page, box);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(String(count));
    await expect(box).toHaveValue(String(count));
  }
}

/** Plays the strongest route by the room's votes: its choice gets 5 votes, the others 1. */
async function playStrongestRoute(page: Page, opts: { tieAtFirstStep?: boolean } = {}) {
  const { heading } = presenter(page);
  for (const [n, { step, index }] of route.steps.entries()) {
    await expect(heading).toHaveText(step.title);
    await page.keyboard.press('PageDown');
    await expect(heading).toHaveText(step.prompt);
    if (n === 0 && opts.tieAtFirstStep) {
      // Nobody has voted: Next will not reveal anything yet.
      await page.keyboard.press('PageDown');
      await expect(page.getByRole('alert')).toContainText("Enter the room's votes");
      await expect(heading).toHaveText(step.prompt);
      // A tie between the first two: the room takes the first, until the trainer chooses.
      await typeVotes(
        page,
        step.choices.map((_, i) => (i < 2 ? 3 : 0)),
      );
      await expect(page.getByText('A and B tie. The room takes A, the first of them.')).toBeVisible();
      await tabTo(page, page.getByRole('radio', { name: 'Follow the vote' }));
      for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowRight');
      await expect(page.getByRole('radio').nth(index + 1)).toBeChecked();
      await expect(page.getByText(`You chose ${String.fromCharCode(65 + index)} for the room.`)).toBeVisible();
    } else {
      await typeVotes(
        page,
        step.choices.map((_, i) => (i === index ? 5 : 1)),
      );
    }
    await page.keyboard.press('PageDown');
    await expect(heading).toHaveText(step.choices[index]!.label);
    await page.keyboard.press('PageDown');
  }
  await expect(heading).toHaveText(route.ending.title);
  await page.keyboard.press('PageDown');
  await expect(heading).toHaveText('How the routes compare');
}

test('a whole session runs by keyboard alone, and the debrief is saved with the route and the votes', async ({ page }) => {
  await open(page);
  await page.keyboard.press('t');
  await expect(page.getByRole('button', { name: 'Pause timer' })).toBeVisible();
  await playChecklist(page);
  await playStrongestRoute(page, { tieAtFirstStep: true });

  const debrief = presenter(page).region;
  await expect(debrief.getByRole('table')).toContainText("The room's route");
  await expect(debrief.getByRole('table')).toContainText(route.ending.title);
  for (const point of scenario.learningPoints) await expect(debrief).toContainText(point);

  await tabTo(page, page.getByRole('button', { name: 'Save as Markdown' }));
  const [markdown] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(markdown.suggestedFilename()).toMatch(new RegExp(`^debrief-${id}-\\d{4}-\\d{2}-\\d{2}\\.md$`));
  const text = readFileSync((await markdown.path())!, 'utf8');
  expect(text).toContain(`# Debrief: ${scenario.title}`);
  for (const [n, { step }] of route.steps.entries()) expect(text).toContain(`### ${n + 1}. ${step.title}`);
  expect(text).toContain("the trainer's choice");
  expect(text).toMatch(/\| 5 \(\d+%\) \|/);

  await page.keyboard.press('Tab');
  const [json] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const model = JSON.parse(readFileSync((await json.path())!, 'utf8'));
  expect(model.format).toBe('right-conversation-debrief');
  expect(model.room.endingId).toBe(route.ending.id);
  expect(model.steps.map((s: { stepId: string }) => s.stepId)).toEqual(route.steps.map((s) => s.step.id));
  expect(model.steps[0].by).toBe('trainer');
  expect(model.steps.slice(1).map((s: { by: string }) => s.by)).toEqual(route.steps.slice(1).map(() => 'vote'));
  for (const [n, { index }] of route.steps.entries()) {
    expect(model.steps[n].choices[index].votes).toBe(n === 0 ? 3 * Number(index < 2) : 5);
  }
  expect(model.checklist.ticked.map((t: { id: string }) => t.id)).toEqual([scenario.checklist.items[0]!.id]);
  // Nothing was kept in the browser.
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
});

test('B blanks the screen, F goes full screen, and the timer counts without announcing', async ({ page }) => {
  // The page's clock is Playwright's: it runs as usual until paused, then moves only when told.
  await page.clock.install();
  await open(page);
  const { heading } = presenter(page);
  await heading.focus();
  await page.keyboard.press('b');
  await expect(page.locator('.presenter__blank')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Blank screen' })).toHaveAttribute('aria-pressed', 'true');
  // While blank, Next only brings the screen back.
  await page.keyboard.press('PageDown');
  await expect(page.locator('.presenter__blank')).toBeHidden();
  await expect(heading).toHaveText(scenario.title);

  await page.keyboard.press('f');
  await expect(page.getByRole('button', { name: 'Full screen' })).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => document.fullscreenElement?.getAttribute('aria-label'))).toMatch(/^Presenter view/);
  await page.keyboard.press('f');
  await expect(page.getByRole('button', { name: 'Full screen' })).toHaveAttribute('aria-pressed', 'false');

  const timer = page.getByRole('timer');
  await expect(timer).toHaveText('0:00');
  await expect(timer).not.toHaveAttribute('aria-live', /.*/);
  // Paused a minute ahead of the page's time (never in its past, however slow the machine).
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 60_000);
  await page.getByRole('button', { name: 'Start timer' }).click();
  await expect(page.getByRole('button', { name: 'Pause timer' })).toBeVisible();
  await page.clock.runFor(1000);
  await expect(timer).toHaveText('0:01');
  await page.getByRole('button', { name: 'Pause timer' }).click();
  const paused = await timer.textContent();
  await page.clock.runFor(1500);
  await expect(timer).toHaveText(paused!);
  await page.getByRole('button', { name: 'Reset timer' }).click();
  await expect(timer).toHaveText('0:00');
});

test('once loaded, the presenter view plays on to the debrief with the network cut', async ({ page, context }) => {
  await open(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await context.setOffline(true);
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await playChecklistFromForm(page);
  await playStrongestRoute(page);
  await expect(presenter(page).region.getByRole('button', { name: 'Save as JSON' })).toBeVisible();
  expect(requests.filter((r) => !r.startsWith('blob:') && !r.startsWith('data:'))).toEqual([]);
  await context.setOffline(false);
});

/** From the checklist form (no ticks) to the first step. */
async function playChecklistFromForm(page: Page) {
  await expect(presenter(page).heading).toHaveText('Tick the form with the room');
  for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
}

test('the presenter view has no accessibility violations on any kind of slide', async ({ page }) => {
  await open(page);
  const { heading } = presenter(page);
  const first = route.steps[0]!.step;
  // The whole page once; then the presenter view alone, the only part that changes from slide
  // to slide (the whole-page scan at every slide only slowed the test, as in support/player.ts).
  const check = async (where: string) => expect(await axeViolations(page, where === 'title' ? undefined : '.presenter'), where).toEqual([]);
  const next = async (expected: string | RegExp) => {
    await page.keyboard.press('PageDown');
    await expect(heading).toHaveText(expected);
  };
  await check('title');
  await next('The case');
  await next('Tick the form with the room');
  await check('checklist');
  await next(/^The form decides /);
  await check('checklist decision');
  await next(scenario.checklist.endings.find((e) => e.id === scenario.checklist.levels[0]!.ending)!.title);
  await check('checklist ending');
  await next(first.title);
  await check('situation');
  await next(first.prompt);
  await typeVotes(page, [4, 2]);
  await check('pause for discussion, with votes');
  await next(first.choices[0]!.label);
  await check('reveal');
  await page.keyboard.press('b');
  await expect(page.locator('.presenter__blank')).toBeVisible();
  await check('blank');
  await page.keyboard.press('b');
  await expect(page.locator('.presenter__blank')).toBeHidden();
});

test('the debrief has no accessibility violations, and prints without the site around it', async ({ page }) => {
  await open(page);
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await playChecklistFromForm(page);
  await playStrongestRoute(page);
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['banner', 'navigation', 'contentinfo']) {
    for (const el of await page.getByRole(chrome as 'banner').all()) await expect(el).toBeHidden();
  }
  await expect(page.getByRole('complementary', { name: /Worried about a child/ })).toBeHidden();
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save as JSON' })).toBeHidden();
  await expect(page.getByRole('button', { name: /Next/ })).toBeHidden();
});
