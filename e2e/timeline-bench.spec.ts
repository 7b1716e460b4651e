/**
 * Timeline speed at 1,000 and 10,000 events: first render, a kind filter switched on and off, and
 * a zoom in. Each step ends when the timeline accounts for every event that passes the filters
 * (items drawn plus the events their counts stand for). Prints figures, asserts no time. Runs
 * only when asked: DATELINE_BENCH=1 npx playwright test e2e/timeline-bench.spec.ts
 */
import { type CDPSession, expect, type Page, test } from '@playwright/test';
import { serveEventList } from './support/articles.ts';
import { manyEvents } from './support/timeline-events.ts';

test.skip(!process.env.DATELINE_BENCH, 'benchmark: set DATELINE_BENCH=1 to run');
test.describe.configure({ timeout: 600_000 });
// A trace snapshots the whole page at every action (10,000 list buttons): that would be timed too.
test.use({ trace: 'off' });

/**
 * Events the timeline accounts for: items drawn, plus what each count stands for ("12 events";
 * also vis-timeline's own cluster items, whose text is the number, so older builds can be timed).
 */
/** Main-thread busy time of the page so far (tasks run), in ms: less skewed by a loaded machine. */
async function busyTime(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
}

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
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const figures: string[] = [];
    /** Wall time and the page's main-thread busy time of one step. */
    const step = async (name: string, action: () => Promise<unknown>): Promise<void> => {
      const busy = await busyTime(cdp);
      const started = Date.now();
      await action();
      figures.push(`${name} ${Date.now() - started} ms (busy ${Math.round((await busyTime(cdp)) - busy)} ms)`);
    };

    await step('first render', async () => {
      await page.goto('/');
      await expect.poll(() => drawnTotal(page), { timeout: 300_000 }).toBe(count);
    });
    const drawn = await page.getByTestId('timeline').locator('.vis-item.vis-box, .vis-item.vis-range').count();

    // Found before the clock starts: finding by role walks the whole page (10,000 list buttons),
    // which is the test tool's cost, not the app's.
    const meetings = await page.getByRole('checkbox', { name: 'Meetings' }).elementHandle();
    const zoomIn = await page.getByRole('button', { name: 'Zoom in' }).elementHandle();
    if (!meetings || !zoomIn) throw new Error('no Meetings checkbox or Zoom in button');
    await step('kind filter on', async () => {
      await meetings.check();
      await expect.poll(() => drawnTotal(page), { timeout: 300_000 }).toBe(meetingCount);
    });
    await step('off', async () => {
      await meetings.uncheck();
      await expect.poll(() => drawnTotal(page), { timeout: 300_000 }).toBe(count);
    });
    // The zoom animates for 300 ms; the window settles and is planned again 200 ms later.
    await step('zoom in (incl. 600 ms wait)', async () => {
      await zoomIn.click();
      await page.waitForTimeout(600);
    });
    console.log(`${count} events, ${drawn} items/counts drawn: ${figures.join(', ')}`);
  });
}
