import { expect as baseExpect, test, type Page } from '@playwright/test';
import { compileFixture, serveEventList } from './support/articles.ts';
import { SENTENCES, worldList } from './fixtures/detail-list.ts';

// The app is heavy for a shared test machine: give each test room (none waits on a timer).
test.describe.configure({ timeout: 90_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

function startsWith(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

const details = (page: Page) => page.getByRole('region', { name: 'Event details' });
const eventsList = (page: Page) => page.getByRole('list', { name: 'Events' });

test('"Read the article" shows the whole article with every event sentence marked', async ({ page }) => {
  await page.goto('/');
  await eventsList(page)
    .getByRole('button', { name: /Rubio and Sergey Lavrov/ })
    .click();
  await details(page).getByRole('button', { name: 'Read the article' }).first().click();
  const reader = page.getByRole('dialog', { name: '000_7a65ecbb31904dfb.txt' });
  await expect(reader).toBeVisible();
  // Text that is no event's sentence is there too: the whole article.
  await expect(reader).toContainText('Russian President Vladimir Putin is not in attendance.');
  // The meeting has two sources in this article: both sentences are current.
  const current = reader.locator('mark [aria-current="true"]').first();
  await expect(current).toContainText('Marco Rubio is set to meet Lavrov');
  await expect(current).toBeInViewport();
  expect(await reader.locator('mark').count()).toBeGreaterThan(3);

  // Choosing another marked sentence selects its event.
  const zelensky = reader.getByRole('button', { name: /^Zelensky and Trump met on the sidelines/ });
  await zelensky.click();
  await expect(zelensky).toHaveAttribute('aria-current', 'true');
  await reader.getByRole('button', { name: 'Close article' }).click();
  await expect(reader).toHaveCount(0);
  await expect(details(page).getByRole('heading', { level: 2 })).toContainText('Zelensky');
  await expect(eventsList(page).locator('[aria-current="true"]')).toContainText('Zelensky');
});

test('Enter on a marked sentence selects its event; Esc closes only the reader', async ({ page }) => {
  await serveEventList(page, worldList());
  await page.goto('/');
  await eventsList(page)
    .getByRole('button', { name: /Geneva/ })
    .click();
  await details(page).getByRole('button', { name: 'Read the article' }).click();
  const reader = page.getByRole('dialog', { name: 'world-a.txt' });
  // Each mark is the sentence, then (for screen readers) the event it stands for.
  await expect(reader.locator('mark')).toHaveText(
    [SENTENCES.assembly, SENTENCES.geneva, SENTENCES.cancelled, SENTENCES.quote, SENTENCES.oslo].map(startsWith),
  );
  // The reader starts at the selected event's sentence.
  await expect(reader.getByRole('button', { name: startsWith(SENTENCES.geneva) })).toBeFocused();
  const oslo = reader.getByRole('button', { name: startsWith(SENTENCES.oslo) });
  await oslo.focus();
  await page.keyboard.press('Enter');
  await expect(oslo).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Escape');
  await expect(reader).toHaveCount(0);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Dahl travels to Oslo');
});

test('each source opens its own article', async ({ page }) => {
  await serveEventList(page, worldList());
  await page.goto('/');
  await eventsList(page)
    .getByRole('button', { name: /General Assembly/ })
    .click();
  await details(page).getByRole('button', { name: 'Read the article' }).nth(1).click();
  const reader = page.getByRole('dialog', { name: 'world-b.txt' });
  await expect(reader).toContainText('It ended calmly.');
  await expect(reader.locator('mark [aria-current="true"]')).toContainText(SENTENCES.assemblyB);
});

test('hostile article text is shown as text, never run as HTML', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const list = compileFixture(['e2e/fixtures/detail-articles']);
  // An event from the hostile article whose title names no other event, so its list entry is unique.
  const hostile = list.events.find(
    (event) =>
      event.sources.some((source) => source.file.endsWith('03-hostile.txt')) &&
      list.events.every((other) => other === event || !other.title.includes(event.title)),
  );
  if (!hostile) throw new Error('the hostile fixture produced no event');
  const hostileSource = hostile.sources.findIndex((source) => source.file.endsWith('03-hostile.txt'));
  await serveEventList(page, list);
  await page.goto('/');
  await eventsList(page).getByRole('button', { name: hostile.title }).click();
  await details(page).getByRole('button', { name: 'Read the article' }).nth(hostileSource).click();
  const reader = page.getByRole('dialog', { name: '03-hostile.txt' });
  await expect(reader).toContainText('<script>window.__pwned = 1</script>');
  await expect(reader).toContainText('<img src=x onerror="window.__pwned = 2">');
  await expect(reader).toContainText('javascript:alert(1)');
  await expect(reader).toContainText('<b>Bold</b> claims & "entities" like &lt;tag&gt; stay as typed.');
  await expect(page.locator('main img, main script, main a[href^="javascript"], main b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
