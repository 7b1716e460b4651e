/**
 * Filters and deep links on a phone, in the dark scheme, by keyboard, and under axe (WCAG 2.2 A
 * and AA) with filters applied and a bad-link notice showing.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { compileFixture, serveEventList } from './support/articles.ts';

const list = compileFixture(['e2e/fixtures/filters', 'e2e/fixtures/articles']);
const [first] = list.actors.filter((actor) => list.events.some((event) => event.actors.includes(actor.id)));

test.use({ viewport: { width: 390, height: 844 }, colorScheme: 'dark', hasTouch: true, isMobile: true });

test('on a phone the filters sit behind a "Filters" button and work', async ({ page }) => {
  if (!first) throw new Error('fixture has no actors');
  await serveEventList(page, list);
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Filters', exact: true });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('group', { name: 'Actors', exact: true })).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: /events$/ })).toHaveText(`${list.events.length} events`);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const box = page.getByRole('checkbox', { name: first.name, exact: true });
  await box.scrollIntoViewIfNeeded();
  await box.check();
  await expect(page.getByRole('status').filter({ hasText: / of / })).toContainText(`of ${list.events.length} events`);
  // Nothing sticks out sideways on a narrow screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the disclosure and the filters work by keyboard, with a visible focus', async ({ page }) => {
  await serveEventList(page, list);
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Filters', exact: true });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const outline = await toggle.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).not.toBe('none');
  const search = page.getByRole('searchbox', { name: 'Find an actor' });
  await search.focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('group', { name: 'Actors', exact: true }).getByRole('checkbox').first()).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('status').filter({ hasText: / of / })).toBeVisible();
});

test('axe finds no WCAG 2.2 A/AA violations with filters applied and a notice showing', async ({ page }) => {
  test.setTimeout(90_000);
  if (!first) throw new Error('fixture has no actors');
  await serveEventList(page, list);
  await page.goto(`/?actors=${first.id},nobody-here&kinds=meeting&match=all`);
  await expect(page.getByRole('status', { name: 'Notices' })).toContainText('“nobody-here”');
  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  await expect(page.getByRole('checkbox', { name: first.name, exact: true })).toBeChecked();
  // The timeline's own dark-scheme axis colours belong to the timeline feature and its specs.
  const results = await new AxeBuilder({ page })
    .exclude('.vis-timeline')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  expect(
    results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`),
  ).toEqual([]);
});
