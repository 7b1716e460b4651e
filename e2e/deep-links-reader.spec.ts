/**
 * The article reader is part of the view a link holds: opening it adds a history entry, the link
 * reopens it in a fresh page, and Back closes it again.
 */
import { expect, test } from '@playwright/test';

test.setTimeout(90_000);

test('a link with the article reader open reopens it; Back closes it', async ({ page, context }) => {
  await page.goto('/');
  const first = page.getByRole('list', { name: 'Events' }).getByRole('button').first();
  await expect(first).toBeVisible({ timeout: 15_000 });
  await first.click();
  const details = page.getByRole('region', { name: 'Event details' });
  await details
    .getByRole('button', { name: /Read the article/ })
    .first()
    .click();
  const reader = page.getByRole('dialog');
  await expect(reader).toBeVisible();
  await expect(page).toHaveURL(/[?&]article=/);
  const link = page.url();

  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole('dialog')).toBeVisible({ timeout: 15_000 });
  await expect(other.getByRole('region', { name: 'Event details' })).toBeVisible();
  await other.close();

  await page.goBack();
  await expect(reader).toBeHidden();
  await expect(page).not.toHaveURL(/[?&]article=/);
  await expect(details).toBeVisible();
});
