/**
 * Timeline speed at 1,000 and 10,000 events: first render, a kind filter switched on and off, and
 * a zoom in. Each step ends when the timeline accounts for every event that passes the filters
 * (items drawn plus the events their counts stand for). Prints figures, asserts no time. Runs
 * only when asked: DATELINE_BENCH=1 npx playwright test e2e/timeline-bench.spec.ts
 */
import { expect, type Page, test } from '@playwright/test';
import { serveEventList } from './support/articles.ts';
import { manyEvents } from './support/timeline-events.ts';

test.skip(!process.env.DATELINE_BENCH, 'benchmark: set DATELINE_BENCH=1 to run');
test.describe.configure({ timeout: 600_000 });

/**
 * Events the timeline accounts for: items drawn, plus what each count stands for ("12 events";
 * also vis-timeline's own cluster items, whose text is the number, so older builds can be timed).
 */
function drawnTotal(page: Page): Promise<number> {
  return page.getByTestId('timeline').evaluate((timeline) => {
    const items = timeline.querySelectorAll(
      '.vis-item.vis-box.timeline-item:not(.vis-cluster), .vis-item.vis-range.timeline-item:not(.vis-cluster)',
    );
    let total = items.length;
    for (const count of timeline.querySelectorAll('.timeline-cluster__count, .vis-item.vis-cluster')) {
      total += Number.parseInt(count.textContent ?? '', 10) || 0;
    }
    return total;
  });
}

for (const count of [1_000, 10_000]) {
  test(`timeline with ${count} events`, async ({ page }) => {
    const events = manyEvents(count);
    const meetingCount = events.events.filter((event) => event.kind === 'meeting').length;
    await serveEventList(page, events);
    const started = Date.now();
    await page.goto('/');
    await expect.poll(() => drawnTotal(page), { timeout: 300_000 }).toBe(count);
    const firstRender = Date.now() - started;
    const drawn = await page.getByTestId('timeline').locator('.vis-item.vis-box, .vis-item.vis-range').count();

    // Found before the clock starts: finding by role walks the whole page (10,000 list buttons),
    // which is the test tool's cost, not the app's.
    const meetings = await page.getByRole('checkbox', { name: 'Meetings' }).elementHandle();
    const zoomIn = await page.getByRole('button', { name: 'Zoom in' }).elementHandle();
    if (!meetings || !zoomIn) throw new Error('no Meetings checkbox or Zoom in button');
    let filterOn = Date.now();
    await meetings.check();
    await expect.poll(() => drawnTotal(page), { timeout: 300_000 }).toBe(meetingCount);
    filterOn = Date.now() - filterOn;

    let filterOff = Date.now();
    await meetings.uncheck();
    await expect.poll(() => drawnTotal(page), { timeout: 300_000 }).toBe(count);
    filterOff = Date.now() - filterOff;

    let zoomedIn = Date.now();
    await zoomIn.click();
    await page.waitForTimeout(600);
    zoomedIn = Date.now() - zoomedIn - 600;
    console.log(
      `${count} events: first render ${firstRender} ms (${drawn} items/counts drawn), kind filter on ${filterOn} ms, off ${filterOff} ms, zoom in ~${zoomedIn} ms after a 300 ms animation`,
    );
  });
}
