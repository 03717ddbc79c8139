/**
 * The printed run sheet and handouts: the right content, no answers on a handout, and no
 * site navigation around them. Checked in print emulation. Also the planner, with and
 * without JavaScript.
 */
import { expect, test, type Page } from '@playwright/test';
import { paragraphs } from '../../src/features/scenarios/refs.ts';
import { loadScenario, scenarioIds, urgentContacts } from './support/content.ts';

const ids = scenarioIds();
const [id, other] = [ids[0]!, ids[1]!];
const scenario = loadScenario(id);

async function expectNoChrome(page: Page) {
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('complementary', { name: /Worried about a child/ })).toBeHidden();
  for (const nav of await page.getByRole('navigation').all()) await expect(nav).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeHidden();
}

test('a run sheet prints its timings, routes and learning points, with the urgent numbers and no site chrome', async ({ page }) => {
  await page.goto(`/training/run-sheet/${id}/`);
  await expectNoChrome(page);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(`Run sheet: ${scenario.title}`);
  await expect(main.getByText('The conversation route: discuss and vote at each step')).toBeVisible();
  await expect(main.getByRole('heading', { name: 'The strongest conversation route' })).toBeVisible();
  for (const point of scenario.learningPoints) await expect(main.getByText(point)).toBeVisible();
  for (const { phone } of urgentContacts()) await expect(main.getByRole('link', { name: phone.display })).toBeVisible();
});

test('the handout prints the case, the form, the first step and space for notes, with the urgent numbers and without the answers', async ({
  page,
}) => {
  await page.goto(`/documents/scenarios/${id}/`);
  await expectNoChrome(page);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(scenario.title);
  await expect(main.getByText('A fictional case: every name and detail is invented.')).toBeVisible();
  await expect(main).toContainText(scenario.case.split('\n')[0]!.slice(0, 60));
  for (const item of scenario.checklist.items) await expect(main).toContainText(item.label);
  const first = scenario.conversation.steps.find((s) => s.id === scenario.conversation.start)!;
  await expect(main.getByRole('heading', { name: 'Where the conversation starts' })).toBeVisible();
  await expect(main).toContainText(paragraphs(first.text)[0]!);
  await expect(main).toContainText(first.prompt);
  await expect(main.getByText('What I will take back to my work')).toBeVisible();
  for (const { phone } of urgentContacts()) await expect(main.getByRole('link', { name: phone.display })).toBeVisible();
});

test('no handout gives away an answer or a later step', async ({ page }) => {
  for (const scenarioId of ids) {
    const scenario = loadScenario(scenarioId);
    const first = scenario.conversation.steps.find((s) => s.id === scenario.conversation.start)!;
    await page.goto(`/documents/scenarios/${scenarioId}/`);
    const text = await page.getByRole('main').innerText();
    for (const answer of [
      'Strong choice',
      'Weak choice',
      'supports it',
      ...scenario.conversation.endings.map((e) => e.title),
      ...scenario.checklist.endings.map((e) => e.title),
      ...scenario.conversation.steps.flatMap((s) => s.choices.map((c) => c.feedback.slice(0, 50))),
      // A later step's question tells the room what an earlier choice led to.
      ...scenario.conversation.steps.filter((s) => s !== first && s.prompt !== first.prompt).map((s) => s.prompt),
      ...scenario.learningPoints,
    ]) {
      expect(text, `the handout for ${scenarioId} gives away "${answer}"`).not.toContain(answer);
    }
    // So does its title (a short one, such as a name, may be in the case: look for it as a line of its own).
    const lines = new Set(text.split('\n').map((line) => line.trim()));
    for (const step of scenario.conversation.steps.filter((s) => s !== first)) {
      expect(lines.has(step.title), `the handout for ${scenarioId} names the later step "${step.title}"`).toBe(false);
    }
  }
});

test('every way to a handout leads to the one handout page', async ({ page }) => {
  for (const from of ['/training/', '/training/planner/', `/training/present/${id}/`, `/training/run-sheet/${id}/`, '/documents/']) {
    await page.goto(from);
    const links = page.locator(`a[href*="handout"], a[href^="/documents/scenarios/"]`);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length, `${from} links to a handout`).toBeGreaterThan(0);
    for (const href of hrefs)
      expect(href, `a handout link on ${from}`).toMatch(/^\/documents\/scenarios\/[a-z0-9-]+\/$|^\/documents\/#handouts$/);
  }
});

test('the planner makes a plan of the chosen scenarios, in order, with the times set, that prints', async ({ page }) => {
  await page.goto('/training/planner/');
  for (const box of await page.locator('input[data-scenario]').all()) {
    if (![id, other].includes((await box.getAttribute('data-scenario')) ?? '')) await box.uncheck();
  }
  await page.getByLabel(`Minutes with the room for ${scenario.title}`).fill('25');
  await page.getByLabel('Start time').fill('13:00');
  await expect(page.getByText(/^2 scenarios\. The session runs from 13:00/)).toBeVisible();
  await page.getByRole('button', { name: 'Make the run sheet and handouts' }).click();
  await expect(page).toHaveURL(/\/training\/plan\/\?/);
  await expect(page.locator('[data-timetable] tr').first().locator('td').first()).toHaveText('13:00 to 13:15');
  const row = page.locator('[data-timetable] tr').filter({ hasText: scenario.title });
  await expect(row.locator('td').last()).toHaveText('25');
  await expect(page.locator('[data-run-sheet]:visible')).toHaveCount(2);
  await expect(page.locator('[data-handout]:visible')).toHaveCount(2);
  await expect(page.locator('[data-run-sheet]:visible').first().locator('[data-scenario-minutes]')).toHaveText('25');
  await expectNoChrome(page);
  await expect(page.getByRole('heading', { name: `Run sheet: ${scenario.title}` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: scenario.title })).toBeVisible();
  await expect(page.getByRole('button', { name: /Print/ })).toBeHidden();
});

test('the planner will not make an empty plan', async ({ page }) => {
  await page.goto('/training/planner/');
  for (const box of await page.locator('input[data-scenario]').all()) await box.uncheck();
  await page.getByRole('button', { name: 'Make the run sheet and handouts' }).click();
  await expect(page.getByRole('alert')).toContainText('Choose at least one scenario');
  await expect(page).toHaveURL(/\/training\/planner\/$/);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the plan page still holds a run sheet and a handout for every scenario', async ({ page }) => {
    await page.goto(`/training/plan/?s-${id}=on`);
    await expect(page.locator('[data-run-sheet]')).toHaveCount(ids.length);
    await expect(page.locator('[data-handout]')).toHaveCount(ids.length);
    await expect(page.getByText(/Without JavaScript this page cannot read the choices/)).toBeVisible();
  });
});
