import { expect, test } from '@playwright/test';
import { compileFixture, serveEventList } from './support/articles.ts';

test('the app shows whatever article set the compiler produced', async ({ page }) => {
  const list = compileFixture(['e2e/fixtures/articles']);
  await serveEventList(page, list);
  await page.goto('/');
  const first = list.events[0];
  expect(first).toBeDefined();
  await expect(page.getByTestId('timeline').locator('.vis-item').first()).toBeVisible();
  expect(await page.getByTestId('timeline').locator('.vis-item').count()).toBeGreaterThan(0);
});
