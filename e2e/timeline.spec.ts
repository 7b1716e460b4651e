import { expect, test } from '@playwright/test';

test('the seed article’s events appear on the timeline and a click opens their details', async ({ page }) => {
  await page.goto('/');
  const timeline = page.getByTestId('timeline');
  const meeting = timeline.locator('.vis-item', { hasText: 'Marco Rubio' }).first();
  await expect(meeting).toBeVisible();
  await meeting.click();
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details).toBeVisible();
  await expect(details.getByRole('heading', { level: 2 })).toContainText('Marco Rubio');
  await expect(details).toContainText('2025-09-24');
});
