import { expect as baseExpect, test, type Page } from '@playwright/test';
import { compileFixture, serveEventList } from './support/articles.ts';
import { worldList } from './fixtures/detail-list.ts';

// The app is heavy for a shared test machine: give each test room (none waits on a timer).
test.describe.configure({ timeout: 90_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const title = (page: Page) => page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 });
const previous = (page: Page) => page.getByRole('button', { name: 'Previous event' });
const next = (page: Page) => page.getByRole('button', { name: 'Next event' });

test.beforeEach(async ({ page }) => {
  await serveEventList(page, worldList());
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Events' })).toBeVisible();
});

test('Previous and Next walk the events in time order and stop at the ends', async ({ page }) => {
  await expect(previous(page)).toBeDisabled();
  await next(page).click();
  await expect(title(page)).toHaveText('Berg meets Dahl in Geneva');
  await expect(previous(page)).toBeDisabled();
  const order = [
    'Dahl travels to Oslo',
    'General Assembly',
    'Berg and Dahl meeting called off',
    'Berg: “We will keep talking”',
  ];
  for (const expected of order) {
    await next(page).click();
    await expect(title(page)).toHaveText(expected);
  }
  await expect(next(page)).toBeDisabled();
  await previous(page).click();
  await expect(title(page)).toHaveText('Berg and Dahl meeting called off');
});

test('arrow keys, Home and End move the selection; Esc closes the panel', async ({ page }) => {
  await page.keyboard.press('ArrowRight');
  await expect(title(page)).toHaveText('Berg meets Dahl in Geneva');
  await page.keyboard.press('ArrowRight');
  await expect(title(page)).toHaveText('Dahl travels to Oslo');
  await page.keyboard.press('End');
  await expect(title(page)).toHaveText('Berg: “We will keep talking”');
  await page.keyboard.press('ArrowLeft');
  await expect(title(page)).toHaveText('Berg and Dahl meeting called off');
  await page.keyboard.press('Home');
  await expect(title(page)).toHaveText('Berg meets Dahl in Geneva');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Event details' })).toHaveCount(0);
});

test('keys typed into a text field stay there', async ({ page }) => {
  await page.keyboard.press('ArrowRight');
  await expect(title(page)).toHaveText('Berg meets Dahl in Geneva');
  // A text field like the actor search box (added here so the test does not depend on it).
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.setAttribute('aria-label', 'Scratch text');
    document.body.prepend(input);
  });
  const field = page.getByRole('textbox', { name: 'Scratch text' });
  await field.fill('Berg');
  await field.press('ArrowLeft');
  await field.press('End');
  await field.press('Escape');
  await expect(title(page)).toHaveText('Berg meets Dahl in Geneva');
});

test('Previous and Next stay within the filter', async ({ page }) => {
  await page.getByRole('list', { name: 'Events' }).getByRole('button', { name: /Oslo/ }).click();
  await page.getByRole('button', { name: 'Filter by Carl Dahl' }).click();
  await page.keyboard.press('Home');
  await expect(title(page)).toHaveText('Berg meets Dahl in Geneva');
  await next(page).click();
  await expect(title(page)).toHaveText('Dahl travels to Oslo');
  // The General Assembly has no Carl Dahl: it is skipped.
  await next(page).click();
  await expect(title(page)).toHaveText('Berg and Dahl meeting called off');
  await expect(next(page)).toBeDisabled();
});

test('Next visits every event of a compiled multi-article set in order', async ({ page }) => {
  const compiled = compileFixture(['e2e/fixtures/detail-articles']);
  await serveEventList(page, compiled);
  await page.goto('/');
  for (const event of compiled.events) {
    await next(page).click();
    await expect(title(page)).toHaveText(event.title);
  }
  await expect(next(page)).toBeDisabled();
});
