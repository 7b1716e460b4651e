/**
 * Timeline speed at 1,000 and 10,000 events: first render, and a kind filter switched on and off
 * (the DataSet diff, with the window moved away for large additions). Prints figures, asserts no
 * time. Runs only when asked: DATELINE_BENCH=1 npx playwright test e2e/timeline-bench.spec.ts
 */
import { expect, test } from '@playwright/test';
import { serveEventList } from './support/articles.ts';
import { manyEvents } from './support/timeline-events.ts';

test.skip(!process.env.DATELINE_BENCH, 'benchmark: set DATELINE_BENCH=1 to run');
test.describe.configure({ timeout: 600_000 });

for (const count of [1_000, 10_000]) {
  test(`timeline with ${count} events`, async ({ page }) => {
    await serveEventList(page, manyEvents(count));
    const started = Date.now();
    await page.goto('/');
    const items = page.getByTestId('timeline').locator('.vis-item.vis-box, .vis-item.vis-cluster');
    await expect(items.first()).toBeVisible({ timeout: 300_000 });
    const firstRender = Date.now() - started;
    const before = await items.count();

    const meetings = page.getByRole('checkbox', { name: 'Meetings' });
    let filterOn = Date.now();
    await meetings.check();
    await expect.poll(() => items.count(), { timeout: 300_000 }).not.toBe(before);
    filterOn = Date.now() - filterOn;

    let filterOff = Date.now();
    await meetings.uncheck();
    await expect.poll(() => items.count(), { timeout: 300_000 }).toBe(before);
    filterOff = Date.now() - filterOff;

    const zoomed = Date.now();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForTimeout(600);
    const zoomIn = Date.now() - zoomed - 600;
    console.log(
      `${count} events: first render ${firstRender} ms (${before} items/clusters drawn), kind filter on ${filterOn} ms, off ${filterOff} ms, zoom in ~${zoomIn} ms after a 300 ms animation`,
    );
  });
}
