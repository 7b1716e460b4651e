import { describe, expect, it } from 'vitest';
import { eventLines, eventSummaries } from './event-lines.ts';
import { givenNameGender } from './given-names.ts';

/**
 * Names a reader sees plainly that the recogniser missed or mangled, in invented sentences of
 * several outlets' styles: each event lists everyone who took part, and nothing else.
 */
function actorsOf(body: string, kind: string): string[] {
  const line = eventLines(body).find((candidate) => candidate.startsWith(`${kind} `));
  const names = /\[(.*)\]$/.exec(line ?? '')?.[1] ?? '';
  return names === '' ? [] : names.split(', ').sort();
}

describe('the last name of a list after an apposition, and its country possessive', () => {
  it.each([
    [
      "Park Seon-ju held phone talks on Monday with his U.S. counterpart, Daniel Rourke, and Japan's Hiroki Sato.",
      ['Daniel Rourke', 'Hiroki Sato', 'Park Seon-ju'],
    ],
    [
      "Foreign Minister Ana Ruiz met Chile's trade minister, Pablo Soto, and Peru's Rosa Paz in Lima on Tuesday.",
      ['Ana Ruiz', 'Pablo Soto', 'Rosa Paz'],
    ],
    [
      'The mayor, Lena Holt, met her deputy, Ivo Lenz, and Tomas Berg at city hall on Friday.',
      ['Ivo Lenz', 'Lena Holt', 'Tomas Berg'],
    ],
  ])('%s', (body, names) => {
    expect(actorsOf(body, 'meeting')).toEqual(names);
  });

  it('a name after ", and" that opens a clause of its own is no one met', () => {
    const body = 'Ana Ruiz met her Chilean counterpart, Pablo Soto, on Monday, and Rosa Paz said the talks went well.';
    expect(actorsOf(body, 'meeting')).toEqual(['Ana Ruiz', 'Pablo Soto']);
  });
});

describe("a body named after its country's possessive, with no organisation word", () => {
  it.each([
    ["Uganda's National Unity Platform held a rally in Kampala on Sunday.", 'National Unity Platform'],
    ["Kenya's Coastal Traders Forum said on Monday it would close shops for a day.", 'Coastal Traders Forum'],
  ])('%s', (body, name) => {
    const lines = eventLines(body).join(' | ');
    expect(lines).toContain(name);
  });
});

describe("a plural role inside a body's name is no title", () => {
  it.each([
    ['The Kenyan Farmers Forum held a rally in Eldoret on Saturday.', 'Kenyan Farmers Forum'],
    ['The Lakeside Teachers Platform said on Tuesday it would strike.', 'Lakeside Teachers Platform'],
  ])('%s', (body, name) => {
    expect(eventLines(body).join(' | ')).toContain(name);
  });
});

describe('a forum that acts is a body, not a summit', () => {
  it.each([
    'The Kenyan Farmers Forum held a rally in Eldoret on Saturday.',
    'The Harbour Traders Forum staged a protest outside the port on Monday.',
    'The Delta Fishers Forum demanded on Tuesday that the ban be lifted.',
  ])('%s', (body) => {
    expect(eventSummaries(body).filter((line) => line.startsWith('summit'))).toEqual([]);
  });

  it('a forum that holds its own summit still has one', () => {
    expect(
      eventSummaries('The Pacific Islands Forum held its annual leaders summit in Suva on Tuesday.').some((line) =>
        line.startsWith('summit'),
      ),
    ).toBe(true);
  });
});

describe("the people of a body who act are the body's, not a body named after them", () => {
  it.each([
    ['Members of the Kestrel Workers Union voted on Tuesday to strike.', 'Kestrel Workers Union'],
    ['Officials of the Harbour Board said on Monday the port would close.', 'Harbour Board'],
    ['Supporters of the Green Valley Alliance marched on Saturday in Dunmore.', 'Green Valley Alliance'],
  ])('%s', (body, name) => {
    const lines = eventLines(body).join(' | ');
    expect(lines).toContain(`[${name}]`);
  });
});

describe('given names that tell a gender', () => {
  it.each([
    ['Faith Wanjiru', 'female'],
    ['Mercy Achieng', 'female'],
    ['Eleni Markou', 'female'],
    ['Adwoa Boateng', 'female'],
    ['Juma Mwinyi', 'male'],
    ['Kojo Mensah', 'male'],
    ['Mamadou Diallo', 'male'],
  ])('%s', (name, gender) => {
    expect(givenNameGender(name)).toBe(gender);
  });
});

describe('a body named by a role in the plural and what it is of', () => {
  it.each([
    [
      'The Joint Chiefs of Staff (JCS) said on Monday that two missiles fell into the sea. The JCS said on Tuesday that it had raised its alert.',
      'Joint Chiefs of Staff',
    ],
    ['The Combined Chiefs of Defence met in Accra on Thursday.', 'Combined Chiefs of Defence'],
  ])('%s', (body, name) => {
    const lines = eventLines(body);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toContain(name);
  });
});

describe("the country after a person's home town says where they are from", () => {
  it.each([
    ['Ivo Brandt of Split, Croatia, resigned as club president on Monday.', ['Ivo Brandt']],
    ['Ivo Brandt, from Split, Croatia, was arrested at the border on Monday.', ['Ivo Brandt']],
    ['Aino Virtanen of Oulu, Finland, met Mayor Lena Holt on Tuesday.', ['Aino Virtanen', 'Lena Holt']],
  ])('%s', (body, names) => {
    const lines = eventLines(body);
    expect(lines.length).toBeGreaterThan(0);
    const listed = /\[(.*)\]$/
      .exec(lines[0] ?? '')?.[1]
      ?.split(', ')
      .sort();
    expect(listed).toEqual(names);
  });

  it("a country that acts after a person's town still does", () => {
    expect(eventLines("Ivo Brandt of Split met Croatia's prime minister on Monday.")[0]).toContain('Croatia');
  });
});
