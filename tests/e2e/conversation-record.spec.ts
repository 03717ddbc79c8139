/**
 * The conversation record: filled in by keyboard alone, every control named for a screen
 * reader, saved as a file that holds what was typed, with no request sent and nothing
 * stored; "Exit this page" clears it; without JavaScript it still fills in and prints.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { tabTo } from './support/keyboard.ts';
import { arrived, axeViolations, watchNetwork } from './support/site.ts';

const PATH = '/documents/conversation-record/';
const EXIT = 'https://www.bbc.co.uk/weather';

/** Everything a page could have written to the browser's storage. */
async function storage(page: Page) {
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).length,
  }));
  return { ...stored, cookies: (await page.context().cookies()).length };
}

test('every control has a name, and its hint is read with it', async ({ page }) => {
  await page.goto(PATH);
  const form = page.getByRole('form', { name: 'Conversation record' });
  const date = form.getByRole('group', { name: 'Date of the conversation' });
  await expect(date).toHaveAccessibleDescription('For example, 27 3 2026');
  for (const part of ['Day', 'Month', 'Year']) await expect(date.getByRole('textbox', { name: part })).toBeVisible();
  await expect(form.getByRole('group', { name: 'How did it take place?' }).getByRole('radio')).toHaveCount(3);
  await expect(form.getByRole('textbox', { name: 'Who took part' })).toHaveAccessibleDescription(/role and agency, not their name/);
  await expect(form.getByRole('textbox', { name: "The child's needs", exact: true })).toHaveAccessibleDescription(/not getting now/);
  await expect(form.getByRole('group', { name: 'Was consent considered?' }).getByRole('radio', { name: 'Yes' })).toBeVisible();
  await expect(form.getByRole('textbox', { name: /Lead Practitioner/ })).toHaveAccessibleDescription('Their role and agency.');
  for (const control of await form.locator('input, textarea').all()) await expect(control).toHaveAccessibleName(/\S/);
  // Enhanced spell check in some browsers sends typed text to a server: it stays off here.
  for (const control of await form.locator('textarea, input[type="text"]').all())
    await expect(control).toHaveAttribute('spellcheck', 'false');
  await expect(page.getByText('This is not a case record system')).toBeVisible();
  await expect(page.getByText(/does not store it and does not send it anywhere/)).toBeVisible();
});

test('can be filled and saved by keyboard alone; the file holds what was typed; nothing is sent or stored', async ({ page }) => {
  const network = watchNetwork(page);
  await page.goto(PATH);
  await arrived(page, network);
  const sent: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('blob:')) sent.push(request.url());
  });
  const url = page.url();

  await tabTo(page, page.locator('#date-day'));
  await page.keyboard.type('23');
  await page.keyboard.press('Tab');
  await page.keyboard.type('11');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2026');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Phone call' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Meeting' })).toBeChecked();
  const answers: [string, string][] = [
    ['who', 'Class teacher, primary school\nSchool nurse'],
    ['concerns', 'Leo is tired and quiet in class'],
    ['needs', 'Someone to help at home'],
    ['strengths', 'Reads well; Grandma visits on Sundays'],
    ['voice', 'Leo said: "I make the tea."'],
  ];
  for (const [id, text] of answers) {
    await page.keyboard.press('Tab');
    await expect(page.locator(`#${id}`)).toBeFocused();
    await page.keyboard.type(text);
  }
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'Yes' })).toBeChecked();
  for (const [id, text] of [
    ['consent-how', 'Mum agreed to share with the school nurse'],
    ['agreed', 'School nurse visits next week'],
    ['lead', 'Class teacher'],
  ] as const) {
    await page.keyboard.press('Tab');
    await expect(page.locator(`#${id}`)).toBeFocused();
    await page.keyboard.type(text);
  }
  // Enter in a one-line field must not send the form anywhere.
  await page.keyboard.press('Enter');
  await tabTo(page, page.locator('#outcome'));
  await page.keyboard.type('Leo is eating lunch again');

  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Save as a text file' })).toBeFocused();
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('conversation-record-2026-11-23.txt');
  const saved = readFileSync(await download.path(), 'utf8');
  expect(saved).toContain('Date of the conversation: 23 November 2026');
  expect(saved).toContain('How did it take place?: Meeting');
  for (const [, text] of answers) expect(saved).toContain(text);
  expect(saved).toContain('Was consent considered?: Yes');
  expect(saved).toContain('Who coordinates the help (the Lead Practitioner): Class teacher');
  expect(saved).toContain("### How well did it meet the child's needs?\n\nLeo is eating lunch again");
  await expect(page.getByRole('status')).toHaveText('Saved as conversation-record-2026-11-23.txt in your downloads.');

  expect(await axeViolations(page)).toEqual([]);
  expect(page.url()).toBe(url);
  expect(sent).toEqual([]);
  expect(await storage(page)).toEqual({ local: 0, session: 0, indexedDB: 0, cookies: 0 });
});

test('"Exit this page" clears what was typed before it leaves', async ({ page, context }) => {
  await context.route(`${EXIT}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }));
  let left: unknown;
  await page.exposeFunction('reportLeft', (state: unknown) => (left = state));
  await page.goto(PATH);
  await page.getByRole('textbox', { name: 'The concerns' }).fill('Something private');
  await page.getByRole('radio', { name: 'Phone call' }).check();
  // The exit script hides the page, resets its forms and leaves, all in one go; read the
  // form just after, when the page is hidden and before the next page replaces it.
  await page.evaluate(() =>
    new MutationObserver(() =>
      (window as unknown as { reportLeft: (s: unknown) => void }).reportLeft({
        concerns: (document.getElementById('concerns') as HTMLTextAreaElement).value,
        checked: document.querySelectorAll('input:checked').length,
        hidden: document.body.hidden,
      }),
    ).observe(document.body, { attributes: true, attributeFilter: ['hidden'] }),
  );
  await page.getByRole('link', { name: /Exit this page/ }).click();
  await expect(page).toHaveURL(EXIT);
  await expect.poll(() => left).toEqual({ concerns: '', checked: 0, hidden: true });
});

test('a filled-in answer prints in full, however long', async ({ page }) => {
  await page.goto(PATH);
  const lines = Array.from({ length: 30 }, (_, i) => `Line ${i + 1} of the concerns`).join('\n');
  await page.getByRole('textbox', { name: 'The concerns' }).fill(lines);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('textbox', { name: 'The concerns' })).toBeHidden();
  await expect(page.locator('[data-print-copy="concerns"]')).toHaveText(lines, { useInnerText: true });
  await expect(page.getByRole('textbox', { name: "The child's needs", exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save as a text file' })).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('it fills in, offers no button that would not work, and prints blank with space to write', async ({ page }) => {
    const network = watchNetwork(page);
    await page.goto(PATH);
    await arrived(page, network);
    const sent: string[] = [];
    page.on('request', (request) => sent.push(request.url()));
    await page.getByRole('textbox', { name: 'The concerns' }).fill('Typed without JavaScript');
    await expect(page.getByRole('textbox', { name: 'The concerns' })).toHaveValue('Typed without JavaScript');
    await expect(page.getByRole('button', { name: 'Save as a text file', includeHidden: true })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Save as a text file', includeHidden: true })).toBeHidden();
    // With the save button disabled, Enter has nothing to submit: the answers never go into an address.
    const lead = page.getByRole('textbox', { name: /Lead Practitioner/ });
    await lead.fill('Class teacher');
    await lead.press('Enter');
    // Keys are handled in order: once the next one has landed in the field, Enter was handled
    // and the page is still here, taking input.
    await lead.press('End');
    await page.keyboard.type('.');
    await expect(lead).toHaveValue('Class teacher.');
    expect(page.url()).toMatch(/\/documents\/conversation-record\/$/);
    expect(sent).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    const box = await page.getByRole('textbox', { name: "The child's needs", exact: true }).boundingBox();
    expect(box?.height ?? 0, 'a blank answer keeps room to write by hand').toBeGreaterThan(60);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  });
});
