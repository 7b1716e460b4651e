/**
 * The timeline for everyone: axe in its states (default, zoomed, with a selection, dark scheme),
 * keyboard focus, a phone-sized screen, and a failure that stays inside the timeline.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, type Page, test } from '@playwright/test';

test.describe.configure({ timeout: 90_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function timelineViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('section.timeline').withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

async function openTimeline(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('timeline').locator('.vis-item').first()).toBeVisible();
}

test('axe finds no WCAG 2.2 A/AA violations in the timeline: default, zoomed, selected', async ({ page }) => {
  await openTimeline(page);
  expect(await timelineViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.waitForTimeout(400);
  expect(await timelineViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Fit all' }).click();
  await page.getByTestId('timeline').locator('.vis-item.vis-box.timeline-item').first().click();
  await expect(page.getByTestId('timeline').locator('.vis-item.vis-box.vis-selected')).toHaveCount(1);
  expect(await timelineViolations(page)).toEqual([]);
});

test.describe('dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });

  test('the timeline is drawn dark, and axe finds no violations', async ({ page }) => {
    await openTimeline(page);
    const axisText = page.getByTestId('timeline').locator('.vis-time-axis .vis-text:not(.vis-measure)').first();
    const luminance = await axisText.evaluate((node) => {
      const [red = 0, green = 0, blue = 0] = getComputedStyle(node).color.match(/\d+/g)?.map(Number) ?? [];
      return (red + green + blue) / 3;
    });
    // Light text on the dark page, not vis-timeline's default dark grey.
    expect(luminance).toBeGreaterThan(150);
    const itemBackground = await page
      .getByTestId('timeline')
      .locator('.vis-item.vis-box.timeline-item')
      .first()
      .evaluate((node) => getComputedStyle(node).backgroundColor);
    expect(itemBackground).not.toBe('rgb(255, 255, 255)');
    expect(await timelineViolations(page)).toEqual([]);
  });
});

test('every timeline control shows a visible keyboard focus', async ({ page }) => {
  await openTimeline(page);
  for (const name of ['Earlier', 'Later', 'Zoom in', 'Zoom out', 'Fit all']) {
    const button = page.getByRole('button', { name });
    await button.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    const outline = await button.evaluate((node) => {
      const style = getComputedStyle(node);
      return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  }
  // Enter on a focused button works like a click.
  await page.getByRole('button', { name: 'Zoom in' }).focus();
  await page.keyboard.press('Enter');
});

test.describe('phone-sized screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('controls fit the screen, are big enough to tap, and a tap selects an event', async ({ page }) => {
    await openTimeline(page);
    const controls = page.getByRole('group', { name: 'Timeline controls' });
    for (const button of await controls.getByRole('button').all()) {
      const box = await button.boundingBox();
      if (!box) throw new Error('a control is not on screen');
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    const canvas = await page.getByTestId('timeline').boundingBox();
    expect(canvas && canvas.x + canvas.width).toBeLessThanOrEqual(390);

    // An event, not a count of events (a phone's width folds crowded stretches into counts).
    const first = page
      .getByTestId('timeline')
      .locator('.vis-item.vis-box.timeline-item, .vis-item.vis-range.timeline-item')
      .first();
    await first.scrollIntoViewIfNeeded();
    await first.tap();
    await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
    expect(await timelineViolations(page)).toEqual([]);
  });
});

test('when vis-timeline cannot start, the timeline says so and the rest of the app works', async ({ page }) => {
  // A page under Trusted Types: vis-timeline assigns innerHTML while it builds itself and throws.
  await page.route(
    (url) => url.pathname === '/' || url.pathname.endsWith('/index.html'),
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': "require-trusted-types-for 'script'" },
      });
    },
  );
  await page.goto('/');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByRole('alert')).toContainText('The timeline could not be shown');
  // The legend and the rest of the page are still there and usable.
  await expect(page.getByRole('list', { name: 'Legend' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Dateline' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Kinds' })).toBeVisible();
});
