/**
 * The whole page, every feature together, in light and dark schemes and on a phone: axe reports
 * no WCAG 2.2 A/AA violations with an event open.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test.setTimeout(90_000);

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const scheme of ['light', 'dark'] as const) {
  for (const viewport of [
    { name: 'laptop', width: 1280, height: 900 },
    { name: 'phone', width: 390, height: 844 },
  ]) {
    test(`no axe violations on the whole page (${scheme}, ${viewport.name}) with an event open`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.goto('/');
      const first = page.getByRole('list', { name: 'Events' }).getByRole('button').first();
      await expect(first).toBeVisible({ timeout: 15_000 });
      await first.click();
      await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const summary = results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
      );
      expect(summary).toEqual([]);
    });
  }
}
