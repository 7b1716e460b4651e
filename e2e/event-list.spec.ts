import { expect as baseExpect, test, type Page } from '@playwright/test';
import { compileFixture, serveEventList } from './support/articles.ts';
import { worldList } from './fixtures/detail-list.ts';

// The app is heavy for a shared test machine: give each test room (none waits on a timer).
test.describe.configure({ timeout: 90_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const eventsList = (page: Page) => page.getByRole('list', { name: 'Events' });

test('the list shows every event in time order, grouped under date headings', async ({ page }) => {
  await serveEventList(page, worldList());
  await page.goto('/');
  const list = eventsList(page);
  await expect(list.getByRole('heading', { level: 3 })).toHaveText([
    'February 2022 (month)',
    '2024 (year)',
    '22 September 2025',
    '3 October 2025',
    '5 October 2025',
  ]);
  await expect(list.getByRole('button')).toHaveText([
    /Meeting.*Berg meets Dahl in Geneva.*Took place/,
    /Travel.*Dahl travels to Oslo.*Took place/,
    /Summit.*General Assembly.*Took place/,
    /Meeting.*Berg and Dahl meeting called off.*Cancelled/,
    /Quote.*We will keep talking.*Took place/,
  ]);
});

test('each entry’s spoken name reads as a sentence: kind, title, date, status', async ({ page }) => {
  await serveEventList(page, worldList());
  await page.goto('/');
  const list = eventsList(page);
  // Exact names: what a screen reader announces for each button, parts separated by ", ".
  for (const name of [
    'Meeting: Berg meets Dahl in Geneva, February 2022 (month), took place',
    'Travel: Dahl travels to Oslo, 2024 (year), took place',
    'Summit: General Assembly, 22–26 September 2025, took place',
    'Quote: Berg: “We will keep talking”, 5 October 2025, took place',
  ]) {
    await expect(list.getByRole('button', { name, exact: true })).toBeVisible();
  }
  const cancelled = list.getByRole('button', { name: /called off, around 3 October 2025, cancelled$/ });
  await expect(cancelled).toBeVisible();
  // No part is glued to a stray space before its comma, on any entry.
  await expect(list.getByRole('button')).toHaveCount(5);
  for (const button of await list.getByRole('button').all()) await expect(button).not.toHaveAccessibleName(/\s[,:]/);
});

test('the selected entry is marked current, and the list follows the filter', async ({ page }) => {
  await serveEventList(page, worldList());
  await page.goto('/');
  const list = eventsList(page);
  const oslo = list.getByRole('button', { name: /Oslo/ });
  await oslo.click();
  await expect(oslo).toHaveAttribute('aria-current', 'true');
  await expect(list.locator('[aria-current="true"]')).toHaveCount(1);
  // Filtering by Anna Berg (from the panel) leaves only her events.
  await list.getByRole('button', { name: /Geneva/ }).click();
  await page
    .getByRole('region', { name: 'Event details' })
    .getByRole('button', { name: 'Filter by Anna Berg' })
    .click();
  await expect(list.getByRole('button')).toHaveText([/Geneva/, /called off/, /keep talking/]);
});

test('on a compiled multi-article set, the list holds every compiled event once', async ({ page }) => {
  const compiled = compileFixture(['e2e/fixtures/detail-articles', 'e2e/fixtures/articles']);
  await serveEventList(page, compiled);
  await page.goto('/');
  const buttons = eventsList(page).getByRole('button');
  await expect(buttons).toHaveCount(compiled.events.length);
  const texts = await buttons.allInnerTexts();
  compiled.events.forEach((event, index) => expect(texts[index]).toContain(event.title));
});
