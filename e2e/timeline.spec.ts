/**
 * The timeline: what a person sees and does with it. Events are found by their text inside the
 * region named "Timeline"; vis-timeline's own elements (no roles of their own) only where a
 * position or a style is measured.
 */
import { expect as baseExpect, type Locator, type Page, test } from '@playwright/test';
import { compileFixture, serveEventList } from './support/articles.ts';
import { eventListSchema } from '../src/model/event-list.ts';
import { eventList } from './support/timeline-events.ts';

function timelineRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'Timeline' });
}

/** The vis-timeline item whose words include `text`. */
function item(page: Page, text: string): Locator {
  return timelineRegion(page).locator('.vis-item', { has: page.getByText(text, { exact: true }) });
}

async function leftEdge(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return box.x;
}

/** Whether the locator's element is drawn inside the timeline's visible width. */
async function onTimeline(page: Page, locator: Locator): Promise<boolean> {
  const canvas = await page.getByTestId('timeline').boundingBox();
  if ((await locator.count()) === 0) return false;
  const box = await locator.boundingBox();
  if (!canvas || !box) return false;
  return box.x + box.width > canvas.x && box.x < canvas.x + canvas.width;
}

/** Pixels between two events' dates: grows when zooming in. */
async function distance(page: Page, first: string, second: string): Promise<number> {
  return (await leftEdge(item(page, second))) - (await leftEdge(item(page, first)));
}

// The machine running these may be busy: give vis-timeline's animations time.
test.describe.configure({ timeout: 90_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const KIND_SAMPLE = eventList([
  { id: 'm1', kind: 'meeting', title: 'Meeting: Alice and Bob', date: { start: '2026-01-10', precision: 'day' } },
  {
    id: 'q1',
    kind: 'quote',
    title: 'Alice Archer: “We will go”',
    date: { start: '2026-01-14', precision: 'day' },
    quote: { text: 'We will go', speaker: 'alice' },
  },
  {
    id: 't1',
    kind: 'travel',
    title: 'Alice travels',
    date: { start: '2026-01-20', precision: 'day' },
    status: 'scheduled',
  },
  { id: 'a1', kind: 'announcement', title: 'Announcement in February', date: { start: '2026-02', precision: 'month' } },
  {
    id: 's1',
    kind: 'statement',
    title: 'Statement withdrawn',
    date: { start: '2026-02-14', precision: 'day' },
    status: 'cancelled',
  },
  { id: 'p1', kind: 'policy', title: 'Policy of the year', date: { start: '2026', precision: 'year' } },
  { id: 'c1', kind: 'conflict', title: 'Clash at the border', date: { start: '2026-03-03', precision: 'day' } },
  {
    id: 'u1',
    kind: 'summit',
    title: 'Spring summit',
    date: { start: '2026-04-01', end: '2026-04-05', precision: 'day' },
  },
  { id: 'o1', kind: 'other', title: 'Something else', date: { start: '2026-05-01', precision: 'day' } },
]);

/** Four exact days: A and B ten days apart near the middle, Start and End two months apart. */
const FOUR_DAYS = eventList([
  { id: 'start', kind: 'meeting', title: 'Event Start', date: { start: '2026-01-01', precision: 'day' } },
  { id: 'a', kind: 'meeting', title: 'Event A', date: { start: '2026-01-25', precision: 'day' } },
  { id: 'b', kind: 'meeting', title: 'Event B', date: { start: '2026-02-04', precision: 'day' } },
  { id: 'end', kind: 'meeting', title: 'Event End', date: { start: '2026-03-01', precision: 'day' } },
]);

/** Events drawn as themselves (boxes and ranges), and counts standing for crowded stretches. */
const ITEMS = '.vis-item.vis-box.timeline-item, .vis-item.vis-range.timeline-item';
const COUNTS = '.vis-item.vis-box.timeline-cluster';

/** How many events a count item stands for ("12 events" -> 12). */
async function countOf(cluster: Locator): Promise<number> {
  const text = (await cluster.textContent()) ?? '';
  const match = /^(\d+) events$/.exec(text.trim());
  if (!match) throw new Error(`not a count: ${text}`);
  return Number(match[1]);
}

test('the seed’s events appear in exactly one timeline, fitted, and a click selects one event', async ({ page }) => {
  const response = await page.request.get('/events.json');
  const seed = eventListSchema.parse(await response.json());
  await page.goto('/');
  const timeline = timelineRegion(page);
  const items = timeline.locator(ITEMS);
  await expect(items.first()).toBeVisible();
  // StrictMode mounts effects twice: still a single vis-timeline.
  await expect(timeline.locator('.vis-timeline')).toHaveCount(1);

  // The first view fits the events: each one is drawn, alone or inside a count, and every date
  // (where a label starts) is on screen.
  const clusters = timeline.locator(COUNTS);
  let clustered = 0;
  for (const cluster of await clusters.all()) clustered += await countOf(cluster);
  expect((await items.count()) + clustered).toBe(seed.events.length);
  // How many are items rather than counts depends on how crowded the compiled seed is: the next
  // test checks a first view of the seed's shape on data that does not change.
  const canvas = await page.getByTestId('timeline').boundingBox();
  if (!canvas) throw new Error('no timeline');
  for (const element of [...(await items.all()), ...(await clusters.all())]) {
    const box = await element.boundingBox();
    if (!box) throw new Error('an event is not on screen');
    expect(box.x + box.width).toBeGreaterThan(canvas.x);
    expect(box.x).toBeLessThan(canvas.x + canvas.width - 40);
  }

  const first = timeline.locator('.vis-item.vis-box.timeline-item').first();
  const title = await first.locator('.timeline-item__content').getAttribute('title');
  await first.click();
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(title ?? '');
  await expect(timeline.locator('.vis-item.vis-box.vis-selected')).toHaveCount(1);
});

/** Shaped like the seed: one event years earlier, then ten in a fortnight. */
const SEED_SHAPED = eventList([
  {
    id: 'invasion',
    kind: 'conflict',
    title: 'Full-scale invasion of the neighbouring country',
    date: { start: '2022-02', precision: 'month' },
  },
  ...[
    'Leaders meet in Alaska for talks',
    'Ministry first announces the meeting',
    'Week-long annual summit opens',
    'President arrives for the annual summit',
    'The two presidents meet at the summit',
    'Minister says the talks will go on',
    'President says the war must end soon',
    'Foreign ministers meet on the sidelines',
    'Member states ban the country’s planes',
    'Foreign minister arrives in New York',
  ].map((title, index) => ({
    id: `autumn-${index}`,
    kind: index % 2 === 0 ? ('meeting' as const) : ('statement' as const),
    title,
    date: { start: `2025-09-${String(15 + index).padStart(2, '0')}`, precision: 'day' as const },
  })),
]);

test('the first view of a few events over years shows each of them, whole, not a count', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await serveEventList(page, SEED_SHAPED);
  await page.goto('/');
  const timeline = timelineRegion(page);
  await expect(timeline.locator(ITEMS)).toHaveCount(11);
  await expect(timeline.locator(COUNTS)).toHaveCount(0);
  const canvas = await page.getByTestId('timeline').boundingBox();
  if (!canvas) throw new Error('no timeline');
  // Every label can be read: its words end inside the timeline.
  for (const title of ['Full-scale invasion of the neighbouring country', 'Foreign minister arrives in New York']) {
    const words = timeline.getByText(title, { exact: true });
    await expect(words).toBeVisible();
    const box = await words.boundingBox();
    if (!box) throw new Error(`${title} is not on screen`);
    expect(box.x).toBeGreaterThanOrEqual(canvas.x);
    expect(box.x + box.width).toBeLessThanOrEqual(canvas.x + canvas.width);
  }
});

test('buttons zoom in, zoom out, move earlier and later, and fit all', async ({ page }) => {
  await serveEventList(page, FOUR_DAYS);
  await page.goto('/');
  await expect(item(page, 'Event A')).toBeVisible();
  const fitted = await distance(page, 'Event A', 'Event B');

  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => distance(page, 'Event A', 'Event B')).toBeGreaterThan(fitted * 1.8);

  const beforeEarlier = await leftEdge(item(page, 'Event A'));
  await page.getByRole('button', { name: 'Earlier' }).click();
  await expect.poll(() => leftEdge(item(page, 'Event A'))).toBeGreaterThan(beforeEarlier + 100);

  const beforeLater = await leftEdge(item(page, 'Event A'));
  await page.getByRole('button', { name: 'Later' }).click();
  await expect.poll(() => leftEdge(item(page, 'Event A'))).toBeLessThan(beforeLater - 100);

  const zoomed = await distance(page, 'Event A', 'Event B');
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(() => distance(page, 'Event A', 'Event B')).toBeLessThan(zoomed * 0.6);

  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect.poll(() => distance(page, 'Event A', 'Event B')).toBeCloseTo(fitted, -1);
  await expect.poll(() => onTimeline(page, item(page, 'Event End'))).toBe(true);
});

test('the wheel zooms and a drag pans', async ({ page }) => {
  await serveEventList(page, FOUR_DAYS);
  await page.goto('/');
  await expect(item(page, 'Event A')).toBeVisible();
  await page.getByTestId('timeline').scrollIntoViewIfNeeded();
  const canvas = await page.getByTestId('timeline').boundingBox();
  if (!canvas) throw new Error('no timeline');
  const fitted = await distance(page, 'Event A', 'Event B');

  await page.mouse.move(canvas.x + canvas.width / 3, canvas.y + canvas.height / 3);
  await page.mouse.wheel(0, -400);
  // One wheel step zooms vis-timeline in by 1.2 exactly.
  await expect.poll(() => distance(page, 'Event A', 'Event B')).toBeGreaterThan(fitted * 1.15);

  const before = await leftEdge(item(page, 'Event A'));
  await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + 40);
  await page.mouse.down();
  await page.mouse.move(canvas.x + canvas.width / 2 - 150, canvas.y + 40, { steps: 10 });
  await page.mouse.up();
  await expect.poll(() => leftEdge(item(page, 'Event A'))).toBeLessThan(before - 100);
});

test('zoom and pan stop where the data ends: no empty years, nothing below an hour', async ({ page }) => {
  await serveEventList(page, FOUR_DAYS);
  await page.goto('/');
  await expect(item(page, 'Event A')).toBeVisible();
  const canvas = await page.getByTestId('timeline').boundingBox();
  if (!canvas) throw new Error('no timeline');

  const zoomOut = page.getByRole('button', { name: 'Zoom out' });
  for (let click = 0; click < 8; click += 1) await zoomOut.click();
  await page.waitForTimeout(400);
  // Two months of data still fill at least half of the timeline's width.
  expect(await distance(page, 'Event Start', 'Event End')).toBeGreaterThan(canvas.width / 2);

  const earlier = page.getByRole('button', { name: 'Earlier' });
  for (let click = 0; click < 10; click += 1) await earlier.click();
  await page.waitForTimeout(400);
  await expect.poll(() => onTimeline(page, item(page, 'Event Start'))).toBe(true);

  await page.getByRole('button', { name: 'Fit all' }).click();
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  // Quick clicks, as an impatient person (or a busy machine) makes them: each one counts.
  for (let click = 0; click < 20; click += 1) await zoomIn.click();
  // At the closest zoom the axis counts minutes (hh:mm), not seconds.
  await expect(async () => {
    const labels = await timelineRegion(page)
      .locator('.vis-time-axis .vis-text.vis-minor:not(.vis-measure)')
      .allTextContents();
    expect(labels.length).toBeGreaterThan(2);
    for (const label of labels) expect(label.trim()).toMatch(/^\d{1,2}:\d{2}$/);
  }).toPass();
});

test('each kind has its own icon and colour, explained by the legend', async ({ page }) => {
  await serveEventList(page, KIND_SAMPLE);
  await page.goto('/');
  const legend = page.getByRole('list', { name: 'Legend' });
  for (const name of [
    'Meeting',
    'Quote',
    'Travel',
    'Announcement',
    'Statement',
    'Policy',
    'Conflict',
    'Summit',
    'Other',
  ]) {
    await expect(legend.getByRole('listitem').filter({ hasText: new RegExp(`^${name}$`) })).toBeVisible();
  }
  for (const name of ['Exact day', 'Scheduled', 'Cancelled']) {
    await expect(legend.getByRole('listitem').filter({ hasText: name })).toBeVisible();
  }
  // The sample count reads like the timeline's own count items ("12 events").
  await expect(legend.getByRole('listitem').filter({ hasText: 'Several events close together' })).toContainText(
    /^7 events/,
  );

  const titles = [
    'Meeting: Alice and Bob',
    '“We will go”',
    'Alice travels',
    'Announcement in February',
    'Statement withdrawn',
    'Policy of the year',
    'Clash at the border',
    'Spring summit',
    'Something else',
  ];
  const colours = new Set<string>();
  for (const title of titles) {
    const element = item(page, title);
    await expect(element).toBeVisible();
    await expect(element.locator('svg')).toHaveCount(1);
    colours.add(await element.evaluate((node) => getComputedStyle(node).borderLeftColor));
  }
  expect(colours.size).toBe(titles.length);

  // A quote shows who said it.
  await expect(item(page, '“We will go”')).toContainText('Alice Archer');
});

test('spans, plans and cancellations look different from exact days', async ({ page }) => {
  await serveEventList(page, KIND_SAMPLE);
  await page.goto('/');
  const exactDay = item(page, 'Meeting: Alice and Bob');
  const month = item(page, 'Announcement in February');
  await expect(month).toBeVisible();
  const style = (locator: Locator, property: string) =>
    locator.evaluate((node, name) => getComputedStyle(node).getPropertyValue(name), property);

  // The month is drawn as the whole month: its width is 28 days' worth of pixels.
  const dayWidth = (await distance(page, 'Meeting: Alice and Bob', 'Alice travels')) / 10;
  const monthBox = await month.boundingBox();
  expect(monthBox?.width).toBeGreaterThan(dayWidth * 26);
  expect(monthBox?.width).toBeLessThan(dayWidth * 30);
  expect(await style(month, 'background-image')).toContain('repeating-linear-gradient');
  expect(await style(exactDay, 'background-image')).toBe('none');

  // A summit is a range over its days.
  const summit = await item(page, 'Spring summit').boundingBox();
  expect(summit?.width).toBeGreaterThan(dayWidth * 4);

  expect(await style(item(page, 'Alice travels'), 'border-top-style')).toBe('dashed');
  expect(await style(exactDay, 'border-top-style')).toBe('solid');
  const cancelledWords = timelineRegion(page).getByText('Statement withdrawn', { exact: true });
  expect(await style(cancelledWords, 'text-decoration-line')).toBe('line-through');
});

test('article text with markup shows as literal text on the timeline, never as HTML', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await serveEventList(page, compileFixture(['e2e/fixtures/timeline-markup']));
  await page.goto('/');
  const timeline = timelineRegion(page);
  await expect(timeline.getByText('Never <img src=x onerror=alert(1)> <b>stop</b>', { exact: false })).toBeVisible();
  await expect(timeline.locator('.vis-item.vis-box')).toHaveCount(2);
  await expect(timeline.locator('img')).toHaveCount(0);
  await expect(timeline.locator('.vis-item b')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

/** More events on one day than the timeline's height can stack. */
const CROWD = 16;

function crowdedDay() {
  const crowded = Array.from({ length: CROWD }, (_, index) => ({
    id: `crowd-${index}`,
    kind: 'statement' as const,
    title: `Crowded statement ${index + 1}`,
    date: { start: '2026-03-10', precision: 'day' as const },
  }));
  return eventList([
    { id: 'first', kind: 'meeting', title: 'First meeting', date: { start: '2026-01-02', precision: 'day' } },
    ...crowded,
    { id: 'last', kind: 'meeting', title: 'Last meeting', date: { start: '2026-06-30', precision: 'day' } },
  ]);
}

test('a dense day clusters, and clicking the cluster lists its events to pick from', async ({ page }) => {
  await serveEventList(page, crowdedDay());
  await page.goto('/');
  await expect(item(page, 'First meeting')).toBeVisible();
  // More events in a stretch than fit stacked: they become one count showing how many.
  const cluster = timelineRegion(page).locator(COUNTS);
  await expect(cluster).toBeVisible();
  await expect(cluster).toHaveText(/^\d+ events$/);
  const count = await countOf(cluster);
  expect(count).toBeGreaterThan(1);
  const shownAlone = await timelineRegion(page)
    .getByText(/^Crowded statement \d+$/)
    .count();
  expect(shownAlone + count).toBe(CROWD);

  await cluster.click();
  const list = page.getByRole('region', { name: `${count} events close together` });
  const choices = list.getByRole('listitem').getByRole('button');
  await expect(choices).toHaveCount(count);
  const chosen = await choices.nth(1).textContent();
  await choices.nth(1).click();
  await expect(page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 })).toHaveText(
    chosen ?? '',
  );
  await expect(list).toHaveCount(0);
});

test('a cluster spread over days zooms to its events on click', async ({ page }) => {
  const crowded = Array.from({ length: CROWD }, (_, index) => ({
    id: `crowd-${index}`,
    kind: 'statement' as const,
    title: `Spread statement ${index + 1}`,
    date: { start: `2026-03-${String(10 + index).padStart(2, '0')}`, precision: 'day' as const },
  }));
  await serveEventList(
    page,
    eventList([
      { id: 'first', kind: 'meeting', title: 'First meeting', date: { start: '2024-01-02', precision: 'day' } },
      ...crowded,
      { id: 'last', kind: 'meeting', title: 'Last meeting', date: { start: '2027-06-30', precision: 'day' } },
    ]),
  );
  await page.goto('/');
  const cluster = timelineRegion(page).locator(COUNTS);
  await expect(cluster).toBeVisible();
  const hidden = [];
  for (let index = 1; index <= CROWD; index += 1) {
    const words = timelineRegion(page).getByText(`Spread statement ${index}`, { exact: true });
    if ((await words.count()) === 0) hidden.push(words);
  }
  expect(hidden.length).toBeGreaterThan(1);
  await cluster.click();
  for (const words of hidden) await expect.poll(() => onTimeline(page, words)).toBe(true);
});

test('an event selected inside a crowded stretch is drawn on its own, highlighted, beside the count', async ({
  page,
}) => {
  await serveEventList(page, crowdedDay());
  await page.goto('/');
  const timeline = timelineRegion(page);
  const cluster = timeline.locator(COUNTS);
  await expect(cluster).toHaveText(`${CROWD} events`);
  await expect(timeline.getByText('Crowded statement 5', { exact: true })).toHaveCount(0);

  // Chosen in the list (the keyboard and screen-reader way): the timeline shows it, says it is the
  // selected one, and the count holds the others.
  await page
    .getByRole('list', { name: 'Events' })
    .getByRole('button', { name: /^Statement: Crowded statement 5,/ })
    .click();
  const chosen = item(page, 'Crowded statement 5');
  await expect(chosen).toBeVisible();
  await expect(chosen).toHaveClass(/\bvis-selected\b/);
  await expect(chosen).toContainText('Selected: Statement: Crowded statement 5');
  await expect(cluster).toHaveText(`${CROWD - 1} events`);
  await expect(timeline.getByText('Selected:', { exact: false })).toHaveCount(1);

  // The next event takes its place; the first goes back into the count.
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(item(page, 'Crowded statement 6')).toHaveClass(/\bvis-selected\b/);
  await expect(timeline.getByText('Crowded statement 5', { exact: true })).toHaveCount(0);
  await expect(cluster).toHaveText(`${CROWD - 1} events`);
  await expect(timeline.getByText('Selected:', { exact: false })).toHaveCount(1);
});
