/**
 * Deep links against the built app: the address holds the view, Back and Forward step through
 * deliberate moves, a copied link opens the same view in another browser context, and bad links
 * degrade to notices and defaults.
 */
import { expect, test, type Page } from '@playwright/test';
import type { EventList } from '../src/model/event-list.ts';
import { compileFixture, serveEventList } from './support/articles.ts';

const FIXTURE = ['e2e/fixtures/filters', 'e2e/fixtures/articles'];
const list = compileFixture(FIXTURE);

/** The actor with the most events, and an event they are in. */
function busiestActor(eventList: EventList): { id: string; name: string; count: number } {
  const ranked = eventList.actors
    .map((actor) => ({
      id: actor.id,
      name: actor.name,
      count: eventList.events.filter((event) => event.actors.includes(actor.id)).length,
    }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const [first] = ranked;
  if (!first) throw new Error('fixture has no actors');
  return first;
}

const actor = busiestActor(list);
const actorEvent = list.events.find((event) => event.actors.includes(actor.id));
const quote = list.events.find((event) => event.kind === 'quote');

async function open(page: Page, path: string, eventList: EventList = list): Promise<void> {
  await serveEventList(page, eventList);
  await page.goto(path);
  await expect(page.getByRole('group', { name: 'Actors', exact: true })).toBeVisible({ timeout: 15_000 });
}

function details(page: Page) {
  return page.getByRole('region', { name: 'Event details' });
}

function search(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

test('a link opens its event, filters and match mode', async ({ page }) => {
  if (!actorEvent) throw new Error('fixture has no event with an actor');
  await open(page, `/?event=${actorEvent.id}&actors=${actor.id}&kinds=${actorEvent.kind}&match=all`);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(actorEvent.title);
  await expect(page.getByRole('checkbox', { name: actor.name, exact: true })).toBeChecked();
  await expect(
    page.getByRole('group', { name: 'Kinds', exact: true }).getByRole('checkbox', { checked: true }),
  ).toHaveCount(1);
  await expect(page.getByRole('radio', { name: 'Match all' })).toBeChecked();
  const expected = list.events.filter((event) => event.kind === actorEvent.kind && event.actors.includes(actor.id));
  await expect(page.getByRole('status').filter({ hasText: / of / })).toHaveText(
    `${expected.length} of ${list.events.length} events`,
  );
});

test('the address follows filter changes, and Back and Forward step through them', async ({ page }) => {
  if (!quote) throw new Error('fixture has no quote');
  await open(page, '/');
  expect(page.url()).not.toContain('?');

  await page.getByRole('checkbox', { name: actor.name, exact: true }).check();
  await expect.poll(() => search(page).get('actors')).toBe(actor.id);
  await page.getByRole('radio', { name: 'Match all' }).check();
  await expect.poll(() => search(page).get('match')).toBe('all');
  await page.getByRole('group', { name: 'Kinds', exact: true }).getByRole('checkbox', { name: 'Quotes' }).check();
  await expect.poll(() => search(page).get('kinds')).toBe('quote');

  await page.goBack();
  await expect(page.getByRole('checkbox', { name: 'Quotes' })).not.toBeChecked();
  await expect(page.getByRole('radio', { name: 'Match all' })).toBeChecked();
  await page.goBack();
  await expect(page.getByRole('radio', { name: 'Match any' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: actor.name, exact: true })).toBeChecked();
  await page.goBack();
  await expect(page.getByRole('checkbox', { name: actor.name, exact: true })).not.toBeChecked();
  expect(page.url()).not.toContain('?');

  await page.goForward();
  await expect(page.getByRole('checkbox', { name: actor.name, exact: true })).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: / of / })).toHaveText(
    `${actor.count} of ${list.events.length} events`,
  );
});

test('selecting events adds history entries that Back and Forward walk through', async ({ page }) => {
  // Events whose titles name them alone, so their timeline items can be found by text.
  const distinct = list.events.filter((event) =>
    list.events.every((other) => other === event || !other.title.includes(event.title)),
  );
  const [first, second] = distinct;
  if (!first || !second) throw new Error('fixture has too few distinct events');
  await open(page, '/');
  const timeline = page.getByTestId('timeline');
  await timeline.locator('.vis-item', { hasText: first.title }).first().click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(first.title);
  await expect.poll(() => search(page).get('event')).toBe(first.id);
  await timeline.locator('.vis-item', { hasText: second.title }).first().click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(second.title);
  await expect.poll(() => search(page).get('event')).toBe(second.id);

  await page.goBack();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(first.title);
  await page.goBack();
  await expect(details(page)).toHaveCount(0);
  await page.goForward();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(first.title);
});

test('“Copy link” copies a link that opens the same view in another browser', async ({ browser }) => {
  test.setTimeout(90_000);
  if (!actorEvent) throw new Error('fixture has no event with an actor');
  const from = '2025-10-01';
  const to = '2025-11-05T12:30Z';
  const sender = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await sender.newPage();
  await open(page, `/?from=${from}&to=${to}`);
  await page.getByRole('checkbox', { name: actor.name, exact: true }).check();
  await page.getByRole('radio', { name: 'Match all' }).check();
  await page.getByRole('checkbox', { name: 'Meetings' }).check();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  const copiedParams = new URL(copied).searchParams;
  expect(copiedParams.get('actors')).toBe(actor.id);
  expect(copiedParams.get('from')).toBe(from);
  expect(copiedParams.get('to')).toBe(to);
  await sender.close();

  const receiver = await browser.newContext();
  const other = await receiver.newPage();
  await open(other, copied);
  await expect(other.getByRole('checkbox', { name: actor.name, exact: true })).toBeChecked();
  await expect(other.getByRole('radio', { name: 'Match all' })).toBeChecked();
  await expect(other.getByRole('checkbox', { name: 'Meetings' })).toBeChecked();
  const expected = list.events.filter((event) => event.kind === 'meeting' && event.actors.includes(actor.id));
  await expect(other.getByRole('status').filter({ hasText: / of / })).toHaveText(
    `${expected.length} of ${list.events.length} events`,
  );
  // The window survives the trip: the receiver's address names the same one.
  expect(other.url()).toBe(copied);
  await receiver.close();
});

test('a link to an event or actor that does not exist says so and applies the rest', async ({ page }) => {
  await open(page, `/?event=no-such-event&actors=${actor.id},nobody-at-all&kinds=quote`);
  const notices = page.getByRole('status', { name: 'Notices' });
  await expect(notices).toContainText('“no-such-event”');
  await expect(notices).toContainText('“nobody-at-all”');
  await expect(page.getByRole('checkbox', { name: actor.name, exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Quotes' })).toBeChecked();
  await expect(details(page)).toHaveCount(0);
  // The address drops what does not exist; the app keeps working.
  await expect.poll(() => search(page).get('actors')).toBe(actor.id);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByRole('status').filter({ hasText: /events$/ })).toHaveText(`${list.events.length} events`);

  await notices.getByRole('button', { name: 'Dismiss' }).first().click();
  await notices.getByRole('button', { name: 'Dismiss' }).first().click();
  await expect(notices.getByRole('button', { name: 'Dismiss' })).toHaveCount(0);
});

test('malformed values fall back to defaults, and query keys cannot pollute prototypes', async ({ page }) => {
  await open(
    page,
    '/?event=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&actors=,,NOT%20A%20SLUG&kinds=party&match=most' +
      '&from=2025-02-30&to=soon&__proto__[polluted]=yes&constructor[prototype][polluted]=yes',
  );
  await expect(page.getByRole('status').filter({ hasText: /events$/ })).toHaveText(`${list.events.length} events`);
  await expect(page.getByRole('radio', { name: 'Match any' })).toBeChecked();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  expect(await page.evaluate(() => 'polluted' in {})).toBe(false);
  // The address is rewritten to the view actually shown: the defaults.
  await expect.poll(() => new URL(page.url()).search).toBe('');
});

test('links stay valid when the articles are compiled again unchanged', async ({ page }) => {
  if (!actorEvent) throw new Error('fixture has no event with an actor');
  const again = compileFixture(FIXTURE);
  expect(again.events.map((event) => event.id)).toEqual(list.events.map((event) => event.id));
  expect(again.actors.map((entry) => entry.id)).toEqual(list.actors.map((entry) => entry.id));
  await open(page, `/?event=${actorEvent.id}&actors=${actor.id}`, again);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(actorEvent.title);
  await expect(page.getByRole('status', { name: 'Notices' })).toBeEmpty();
  await expect(page.getByRole('button', { name: 'Dismiss' })).toHaveCount(0);
});
