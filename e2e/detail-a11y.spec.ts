import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { serveEventList } from './support/articles.ts';
import { worldList } from './fixtures/detail-list.ts';

// The app is heavy for a shared test machine: give each test room (none waits on a timer).
test.describe.configure({ timeout: 90_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function expectNoAxeViolations(page: Page): Promise<void> {
  // The timeline widget is checked by its own specs (vis-timeline's axis labels are its styling).
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).exclude('[data-testid="timeline"]').analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

const details = (page: Page) => page.getByRole('region', { name: 'Event details' });
const eventsList = (page: Page) => page.getByRole('list', { name: 'Events' });

async function openGeneva(page: Page): Promise<void> {
  await serveEventList(page, worldList());
  await page.goto('/');
  await eventsList(page)
    .getByRole('button', { name: /Geneva/ })
    .click();
  await expect(details(page)).toBeVisible();
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    test('no axe violations with the panel open, then with the reader open', async ({ page }) => {
      await openGeneva(page);
      await expectNoAxeViolations(page);
      await details(page).getByRole('button', { name: 'Read the article' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the panel is a sheet with a Close button, and the page stays usable', async ({ page }) => {
    await openGeneva(page);
    const panel = details(page);
    const box = await panel.boundingBox();
    if (!box) throw new Error('the panel has no box');
    // A sheet along the bottom of the screen, within its width.
    expect(box.y + box.height).toBeLessThanOrEqual(845);
    expect(box.y).toBeGreaterThan(200);
    expect(box.width).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(page);

    // Controls behind the sheet can still be reached.
    await page.getByRole('button', { name: 'Next event' }).click();
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Dahl travels to Oslo');
    const lastEntry = eventsList(page).getByRole('button').last();
    await lastEntry.scrollIntoViewIfNeeded();
    await lastEntry.click();
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Berg: “We will keep talking”');

    const close = panel.getByRole('button', { name: 'Close' });
    await expect(close).toBeInViewport();
    await close.click();
    await expect(details(page)).toHaveCount(0);
  });

  test('the reader fills the screen and closes', async ({ page }) => {
    await openGeneva(page);
    await details(page).getByRole('button', { name: 'Read the article' }).click();
    const reader = page.getByRole('dialog', { name: 'world-a.txt' });
    await expect(reader.getByRole('button', { name: 'Close article' })).toBeInViewport();
    await expectNoAxeViolations(page);
    await reader.getByRole('button', { name: 'Close article' }).click();
    await expect(reader).toHaveCount(0);
  });
});

test('keyboard only: Tab reaches the list, focus is visible, and the panel works without a mouse', async ({ page }) => {
  await serveEventList(page, worldList());
  await page.goto('/');
  const first = eventsList(page).getByRole('button').first();
  await expect(first).toBeVisible();
  for (let presses = 0; presses < 80; presses += 1) {
    await page.keyboard.press('Tab');
    if (await first.evaluate((element) => element === document.activeElement)) break;
  }
  await expect(first).toBeFocused();
  const outline = await first.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(details(page).getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(details(page).getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(details(page)).toHaveCount(0);
  await expect(first).toBeFocused();
});
