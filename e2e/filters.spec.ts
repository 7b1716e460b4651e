/**
 * Filter by actor and by kind, against the built app serving a compiled multi-article fixture.
 * Expected counts are worked out here from the compiled list itself, so the specs check that the
 * app filters whatever the compiler produced, not one compiler version's output.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { EventList, TimelineEvent } from '../src/model/event-list.ts';
import { compileFixture, serveEventList } from './support/articles.ts';

const list = compileFixture(['e2e/fixtures/filters', 'e2e/fixtures/articles']);

function eventsOf(actorId: string): TimelineEvent[] {
  return list.events.filter((event) => event.actors.includes(actorId));
}

/** Actors with events, most events first, then by name: the order the app must show. */
function actorsByCount(eventList: EventList): { name: string; id: string; count: number }[] {
  return eventList.actors
    .map((actor) => ({ name: actor.name, id: actor.id, count: eventsOf(actor.id).length }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/**
 * An event the filter must hide whose title is not part of any shown event's title, so that its
 * absence from the timeline can be checked by text; undefined when there is none.
 */
function hiddenByTitle(shown: (event: TimelineEvent) => boolean): TimelineEvent | undefined {
  const shownTitles = list.events.filter(shown).map((event) => event.title);
  return list.events.find((event) => !shown(event) && shownTitles.every((title) => !title.includes(event.title)));
}

function plural(count: number): string {
  return `${count} ${count === 1 ? 'event' : 'events'}`;
}

async function openApp(page: Page): Promise<void> {
  await serveEventList(page, list);
  await page.goto('/');
  await expect(page.getByRole('group', { name: 'Actors', exact: true })).toBeVisible({ timeout: 15_000 });
}

const ranked = actorsByCount(list);
const [top, second] = ranked;

test.beforeAll(() => {
  // The fixture must give the specs something to filter: several actors, one shared event.
  expect(ranked.length).toBeGreaterThanOrEqual(4);
  expect(top && second).toBeTruthy();
});

test('the Actors group lists each actor with their event count, most events first', async ({ page }) => {
  await openApp(page);
  const actors = page.getByRole('group', { name: 'Actors', exact: true });
  const boxes = actors.getByRole('checkbox');
  await expect(boxes).toHaveCount(ranked.length);
  for (const [index, actor] of ranked.entries()) {
    const box = boxes.nth(index);
    await expect(box).toHaveAccessibleName(actor.name);
    await expect(box).toHaveAccessibleDescription(plural(actor.count));
    await expect(box).not.toBeChecked();
  }
  await expect(page.getByRole('status').filter({ hasText: /events?$/ })).toHaveText(plural(list.events.length));
});

test('checking actors narrows the timeline and the count; match any or all', async ({ page }) => {
  if (!top || !second) throw new Error('fixture has too few actors');
  await openApp(page);
  const status = page.getByRole('status').filter({ hasText: / of / });
  const total = list.events.length;

  await page.getByRole('checkbox', { name: top.name, exact: true }).check();
  await expect(status).toHaveText(`${top.count} of ${plural(total)}`);
  const hidden = hiddenByTitle((event) => event.actors.includes(top.id));
  if (hidden) {
    await expect(page.getByTestId('timeline').locator('.vis-item', { hasText: hidden.title })).toHaveCount(0);
  }

  await page.getByRole('checkbox', { name: second.name, exact: true }).check();
  const either = list.events.filter((event) => event.actors.includes(top.id) || event.actors.includes(second.id));
  await expect(status).toHaveText(`${either.length} of ${plural(total)}`);
  await expect(page.getByRole('radio', { name: 'Match any' })).toBeChecked();

  await page.getByRole('radio', { name: 'Match all' }).check();
  const both = list.events.filter((event) => event.actors.includes(top.id) && event.actors.includes(second.id));
  await expect(status).toHaveText(`${both.length} of ${plural(total)}`);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByRole('status').filter({ hasText: /events?$/ })).toHaveText(plural(total));
  await expect(page.getByRole('checkbox', { name: top.name, exact: true })).not.toBeChecked();
  await expect(page.getByRole('radio', { name: 'Match any' })).toBeChecked();
});

test('"Find an actor" narrows the list of actors', async ({ page }) => {
  if (!top) throw new Error('fixture has too few actors');
  await openApp(page);
  const actors = page.getByRole('group', { name: 'Actors', exact: true });
  const surname = top.name.split(' ').at(-1) ?? top.name;
  await actors.getByRole('searchbox', { name: 'Find an actor' }).fill(surname.toLowerCase());
  const matching = ranked.filter((actor) => actor.name.toLowerCase().includes(surname.toLowerCase()));
  await expect(actors.getByRole('checkbox')).toHaveCount(matching.length);
  await expect(actors.getByRole('checkbox', { name: top.name, exact: true })).toBeVisible();

  await actors.getByRole('searchbox', { name: 'Find an actor' }).fill('zzzz nobody');
  await expect(actors.getByRole('checkbox')).toHaveCount(0);
  await expect(actors).toContainText('No actor matches “zzzz nobody”.');
});

test('the Kinds group filters by kind, with counts', async ({ page }) => {
  await openApp(page);
  const kinds = page.getByRole('group', { name: 'Kinds', exact: true });
  const meetings = list.events.filter((event) => event.kind === 'meeting').length;
  const quotes = list.events.filter((event) => event.kind === 'quote').length;
  expect(meetings).toBeGreaterThan(0);
  expect(quotes).toBeGreaterThan(0);
  await expect(kinds.getByRole('checkbox', { name: 'Meetings' })).toHaveAccessibleDescription(plural(meetings));
  await expect(kinds.getByRole('checkbox', { name: 'Quotes' })).toHaveAccessibleDescription(plural(quotes));

  await kinds.getByRole('checkbox', { name: 'Quotes' }).check();
  const status = page.getByRole('status').filter({ hasText: / of / });
  await expect(status).toHaveText(`${quotes} of ${plural(list.events.length)}`);
  const meeting = hiddenByTitle((event) => event.kind === 'quote');
  if (meeting) {
    await expect(page.getByTestId('timeline').locator('.vis-item', { hasText: meeting.title })).toHaveCount(0);
  }
  await kinds.getByRole('checkbox', { name: 'Meetings' }).check();
  await expect(status).toHaveText(`${quotes + meetings} of ${plural(list.events.length)}`);
});

test('the filters work from the keyboard alone', async ({ page }) => {
  if (!top) throw new Error('fixture has too few actors');
  await openApp(page);
  const search = page.getByRole('searchbox', { name: 'Find an actor' });
  await search.focus();
  await page.keyboard.press('Tab');
  const firstBox = page.getByRole('group', { name: 'Actors', exact: true }).getByRole('checkbox').first();
  await expect(firstBox).toBeFocused();
  await page.keyboard.press('Space');
  await expect(firstBox).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: / of / })).toHaveText(
    `${top.count} of ${plural(list.events.length)}`,
  );
});

test('axe finds no WCAG 2.2 A/AA violations in the filters with actors and kinds checked', async ({ page }) => {
  test.setTimeout(90_000);
  if (!top) throw new Error('fixture has too few actors');
  await openApp(page);
  await page.getByRole('checkbox', { name: top.name, exact: true }).check();
  await page.getByRole('checkbox', { name: 'Meetings' }).check();
  await page.getByRole('searchbox', { name: 'Find an actor' }).fill('a');
  const results = await new AxeBuilder({ page })
    .include('section[aria-label="Filters"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});
