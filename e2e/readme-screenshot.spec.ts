/**
 * Takes the screenshot the README shows (e2e/screenshots/dateline.png), from the built app on the
 * bundled seeds, with a meeting selected so the detail panel is part of the picture.
 */
import { expect, test } from '@playwright/test';

test.setTimeout(90_000);

test('README screenshot: the seed timeline with a meeting open', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  const events = page.getByRole('list', { name: 'Events' });
  const meeting = events.getByRole('button', { name: /^Meeting\b.*Rubio/ }).first();
  await expect(meeting).toBeVisible({ timeout: 15_000 });
  await meeting.click();
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { level: 2 })).toContainText('Rubio');
  await expect(details.locator('mark').first()).toContainText('Rubio');
  await page.screenshot({ path: 'e2e/screenshots/dateline.png', fullPage: true });
});
