import { expect as baseExpect, test, type Page } from '@playwright/test';
import { serveEventList } from './support/articles.ts';
import { SENTENCES, WORLD_A, WORLD_B, worldList } from './fixtures/detail-list.ts';

// The app is heavy for a shared test machine: give each test room (none waits on a timer).
test.describe.configure({ timeout: 90_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const details = (page: Page) => page.getByRole('region', { name: 'Event details' });
const eventsList = (page: Page) => page.getByRole('list', { name: 'Events' });

test.describe('on the seed article', () => {
  test('choosing a meeting in the list opens its details, focused on its title', async ({ page }) => {
    await page.goto('/');
    const entry = eventsList(page).getByRole('button', { name: /Rubio and Sergey Lavrov/ });
    await entry.click();
    const panel = details(page);
    const heading = panel.getByRole('heading', { level: 2 });
    await expect(heading).toContainText('Rubio');
    await expect(heading).toBeFocused();
    // The seed says Rubio "is set to meet Lavrov ... on Sept. 24" in an article of 24 September 2025.
    await expect(panel.getByRole('definition').filter({ hasText: '24 September 2025' })).toBeVisible();
    await expect(panel.getByRole('definition').filter({ hasText: 'Scheduled' })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Filter by Marco Rubio' })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Filter by Sergey Lavrov' })).toBeVisible();
    await expect(panel.locator('mark').first()).toHaveText(
      "U.S. Secretary of State Marco Rubio is set to meet Lavrov on the sidelines of the U.N. General Assembly on Sept. 24, according to Rubio's schedule for the day.",
    );
    await expect(panel.getByRole('figure').first()).toContainText('seeds/000_7a65ecbb31904dfb.txt');
    await expect(panel.getByRole('figure').first()).toContainText('published 24 September 2025');

    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(details(page)).toHaveCount(0);
    await expect(entry).toBeFocused();
  });

  test('a quote shows the whole quotation, its speaker and the medium', async ({ page }) => {
    await page.goto('/');
    // Two quotes share the day; the one a reader looks for is found by what its entry says.
    await eventsList(page)
      .getByRole('button', { name: /^Quote: Donald Trump on Truth Social/ })
      .click();
    const panel = details(page);
    await expect(panel.locator('blockquote')).toContainText(
      'is in a position to fight and WIN all of Ukraine back in its original form',
    );
    await expect(panel.getByRole('definition').filter({ hasText: 'Donald Trump' }).first()).toBeVisible();
    await expect(panel.getByRole('definition').filter({ hasText: 'Truth Social' })).toBeVisible();
    // The sentence around the quotation, marked in its paragraph.
    await expect(panel.locator('mark').filter({ hasText: 'Trump wrote on his Truth Social platform' })).toBeVisible();
  });

  test('"Filter by" a participant narrows the list to their events', async ({ page }) => {
    await page.goto('/');
    const before = await eventsList(page).getByRole('button').count();
    await eventsList(page)
      .getByRole('button', { name: /Donald Trump and Vladimir Putin/ })
      .click();
    await details(page).getByRole('button', { name: 'Filter by Vladimir Putin' }).click();
    const after = eventsList(page).getByRole('button');
    await expect(after).not.toHaveCount(before);
    for (const name of await after.allInnerTexts()) expect(name).toContain('Putin');
  });
});

test.describe('on a hand-made event list', () => {
  test.beforeEach(async ({ page }) => {
    await serveEventList(page, worldList());
    await page.goto('/');
  });

  test('dates are worded at their precision, with estimates and ranges', async ({ page }) => {
    const cases: [RegExp, string, string][] = [
      [/Berg meets Dahl in Geneva/, 'February 2022 (month)', 'Took place'],
      [/Dahl travels to Oslo/, '2024 (year)', 'Took place'],
      [/General Assembly/, '22–26 September 2025', 'Took place'],
      [/meeting called off/, 'around 3 October 2025', 'Cancelled'],
    ];
    for (const [name, date, status] of cases) {
      await eventsList(page).getByRole('button', { name }).click();
      const facts = details(page).getByRole('definition');
      await expect(facts.first()).toHaveText(date);
      await expect(facts.filter({ hasText: status })).toHaveCount(1);
    }
  });

  test('a meeting shows its place, participants with roles, and its sentence in its paragraph', async ({ page }) => {
    await eventsList(page)
      .getByRole('button', { name: /Geneva/ })
      .click();
    const panel = details(page);
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Berg meets Dahl in Geneva');
    await expect(panel.getByRole('definition').filter({ hasText: 'Geneva' })).toBeVisible();
    const participants = panel.getByRole('region', { name: 'Participants' }).getByRole('listitem');
    await expect(participants.first()).toContainText('Anna Berg, Foreign Minister');
    await expect(participants.nth(1)).toContainText('Carl Dahl');
    await expect(panel.locator('mark')).toHaveText(SENTENCES.geneva);
    await expect(panel.getByRole('figure')).toContainText(`${SENTENCES.geneva} That meeting was brief.`);
    await expect(panel.getByRole('figure')).toContainText(`${WORLD_A}, published 6 October 2025`);
  });

  test('every source is shown, each from its own article', async ({ page }) => {
    await eventsList(page)
      .getByRole('button', { name: /General Assembly/ })
      .click();
    const panel = details(page);
    await expect(panel.getByRole('heading', { name: 'Sources (2)' })).toBeVisible();
    await expect(panel.locator('mark')).toHaveText([SENTENCES.assembly, SENTENCES.assemblyB]);
    await expect(panel.getByRole('figure').nth(1)).toContainText(`${WORLD_B}, published 27 September 2025`);
  });

  test('a quote shows blockquote, speaker with role and medium', async ({ page }) => {
    await eventsList(page)
      .getByRole('button', { name: /keep talking/ })
      .click();
    const panel = details(page);
    await expect(panel.locator('blockquote')).toHaveText('We will keep talking,');
    await expect(panel.getByRole('definition').filter({ hasText: 'Anna Berg, Foreign Minister' })).toBeVisible();
    await expect(panel.getByRole('definition').filter({ hasText: 'a press conference' })).toBeVisible();
  });

  test('related events share an actor, in time order, and open on click', async ({ page }) => {
    await eventsList(page)
      .getByRole('button', { name: /Geneva/ })
      .click();
    const related = details(page).getByRole('region', { name: 'Related events' });
    await expect(related.getByRole('button')).toHaveText([
      'Dahl travels to Oslo',
      'Berg and Dahl meeting called off',
      'Berg: “We will keep talking”',
    ]);
    await expect(related.getByRole('listitem').first()).toContainText('2024 (year)');
    await related.getByRole('button', { name: 'Dahl travels to Oslo' }).click();
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Dahl travels to Oslo');
    await expect(details(page).getByRole('heading', { level: 2 })).toBeFocused();
  });
});

test('an error in the panel shows a message there and the rest keeps working', async ({ page }) => {
  // Make the panel fail: focusing its heading throws, as a bug in the panel would.
  await page.addInitScript(() => {
    const focus = HTMLElement.prototype.focus;
    HTMLElement.prototype.focus = function (this: HTMLElement, options?: FocusOptions) {
      if (this.id === 'event-detail-heading') throw new Error('the panel broke');
      focus.call(this, options);
    };
  });
  await serveEventList(page, worldList());
  await page.goto('/');
  await eventsList(page)
    .getByRole('button', { name: /Geneva/ })
    .click();
  const region = details(page);
  await expect(region.getByRole('alert')).toContainText('The event details could not be shown: the panel broke');
  // The list and navigation still work.
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(eventsList(page).getByRole('button', { name: /Oslo/ })).toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('timeline')).toBeVisible();
});

test('a quote whose speaker the text only describes shows the description as plain text', async ({ page }) => {
  const list = worldList();
  // The speaker as the article wrote it, with no actor; markup in it must stay text.
  const speakerDescription = 'a <b>ministry</b> spokesperson';
  const events = list.events.map((event) =>
    event.quote ? { ...event, actors: [], quote: { text: event.quote.text, speakerDescription } } : event,
  );
  await serveEventList(page, { ...list, events });
  await page.goto('/');
  await eventsList(page)
    .getByRole('button', { name: /keep talking/ })
    .click();
  const panel = details(page);
  await expect(panel.getByRole('definition').filter({ hasText: speakerDescription })).toBeVisible();
  await expect(panel.getByRole('figure', { name: speakerDescription })).toBeVisible();
  await expect(panel.locator('b')).toHaveCount(0);
});
