/**
 * The visible time window in links: zooming and panning replace the current history entry, and a
 * copied link reopens the same window. The window is read off the timeline's time axis: the same
 * window at the same size shows the same axis labels.
 */
import { expect, test, type Page } from '@playwright/test';
import { compileFixture, serveEventList } from './support/articles.ts';

const list = compileFixture(['e2e/fixtures/filters', 'e2e/fixtures/articles']);
const [actor] = list.actors.filter((entry) => list.events.some((event) => event.actors.includes(entry.id)));

async function open(page: Page, path: string): Promise<void> {
  await serveEventList(page, list);
  await page.goto(path);
  await expect(page.getByRole('group', { name: 'Actors', exact: true })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('timeline').locator('.vis-time-axis.vis-foreground')).toBeVisible();
}

function axisText(page: Page): Promise<string> {
  return page.getByTestId('timeline').locator('.vis-time-axis.vis-foreground').innerText();
}

/** The axis once the zoom animation and the throttled address update have settled. */
async function settledAxis(page: Page): Promise<string> {
  let previous = '';
  await expect
    .poll(
      async () => {
        const current = `${windowParams(page)} ${await axisText(page)}`;
        const settled = current === previous;
        previous = current;
        return settled;
      },
      { intervals: [500], timeout: 15_000 },
    )
    .toBe(true);
  return axisText(page);
}

function windowParams(page: Page): string {
  const params = new URL(page.url()).searchParams;
  return `${params.get('from')}/${params.get('to')}`;
}

test('a link’s window is shown, and zooming replaces it in the address without new history', async ({ page }) => {
  test.setTimeout(90_000);
  if (!actor) throw new Error('fixture has no actors');
  await open(page, '/');
  const fitAllAxis = await axisText(page);
  await page.getByRole('checkbox', { name: actor.name, exact: true }).check();
  await expect.poll(() => new URL(page.url()).searchParams.get('actors')).toBe(actor.id);
  const entries = await page.evaluate(() => history.length);

  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('from')).not.toBeNull();
  await expect.poll(() => axisText(page)).not.toBe(fitAllAxis);
  // Let the zoom's animation and the throttled address update finish before panning.
  await page.waitForTimeout(1000);
  const zoomed = windowParams(page);
  await page.getByRole('button', { name: 'Earlier' }).click();
  await expect.poll(() => windowParams(page)).not.toBe(zoomed);
  expect(await page.evaluate(() => history.length)).toBe(entries);

  // Back leaves the filtered, zoomed entry in one step; Forward comes back to its last window.
  const last = windowParams(page);
  await page.goBack();
  await expect(page.getByRole('checkbox', { name: actor.name, exact: true })).not.toBeChecked();
  await page.goForward();
  await expect(page.getByRole('checkbox', { name: actor.name, exact: true })).toBeChecked();
  expect(windowParams(page)).toBe(last);
});

test('a copied link reopens the same window in another browser', async ({ browser }) => {
  test.setTimeout(90_000);
  const sender = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await sender.newPage();
  await open(page, '/?from=2025-10-05&to=2025-10-12');
  const linkedAxis = await axisText(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => axisText(page)).not.toBe(linkedAxis);
  await expect.poll(() => windowParams(page)).not.toBe('2025-10-05/2025-10-12');
  const senderAxis = await settledAxis(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  await sender.close();

  const receiver = await browser.newContext();
  const other = await receiver.newPage();
  await open(other, copied);
  await expect.poll(() => axisText(other)).toBe(senderAxis);
  expect(other.url()).toBe(copied);
  await receiver.close();
});
