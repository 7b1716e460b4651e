/**
 * Who acts when a sentence lists its people or names its bodies by what they are, on invented
 * sentences: each person of a list told with ages and hometowns, and no town of such a list; a
 * country's body ("Romania's central bank") beside its country, under its full name when the
 * article gives one; a numbered circuit or unit ("the 9th Circuit"); a family by its surname; a
 * side by its name ("the Osk Mariners").
 */
import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';
import { eventActorNames } from './event-lines.ts';

/** The actor names and the title of the first event of `body`. */
function firstEvent(body: string): { names: string[]; title: string } {
  const { list } = compileArticles([{ file: 'invented.txt', text: ` date 2025-06-04 ${body}\n` }]);
  const names = new Map(list.actors.map((actor) => [actor.id, actor.name]));
  const [event] = list.events;
  return { names: (event?.actors ?? []).map((id) => names.get(id) ?? id), title: event?.title ?? '' };
}

describe('a list of people with ages and hometowns: each person acts, no town', () => {
  it.each([
    [
      'On Monday, Clara Voss, 34, of Tucson, and Piet Harlan, 41, were arrested in Flagstaff.',
      ['Clara Voss', 'Piet Harlan'],
    ],
    [
      'Clara Voss, of East Lansing, and Piet Harlan, of Grand Rapids, were charged on Tuesday.',
      ['Clara Voss', 'Piet Harlan'],
    ],
    ['Ines Moreau, 52, from Port Ellery, and Olaf Brandt, 47, resigned on Friday.', ['Ines Moreau', 'Olaf Brandt']],
  ])('%s', (sentence, expected) => {
    expect(eventActorNames(sentence)).toEqual(expected);
  });
});

describe("a country's body named by what it is acts beside its country", () => {
  it.each([
    [
      "On Monday, Chile's central bank raised its key rate.",
      ['Chile', "Chile's central bank"],
      "Chile's central bank raised its key rate",
    ],
    [
      "On Tuesday, Kenya's health ministry announced a vaccination drive.",
      ['Kenya', "Kenya's health ministry"],
      "Kenya's health ministry announced a vaccination drive",
    ],
    [
      "Peru's coast guard rescued 12 fishermen on Monday.",
      ['Peru', "Peru's coast guard"],
      "Peru's coast guard rescued 12 fishermen",
    ],
    [
      "On Monday, Chile's central bank cut its key rate. The Central Bank of Chile said inflation had eased.",
      ['Chile', 'Central Bank of Chile'],
      'Central Bank of Chile cut its key rate',
    ],
    // A body that speaks is one mention, the speaker's: its country speaks through it all the same.
    [
      "On Monday, Armenia's foreign ministry said that the talks had failed.",
      ['Armenia', "Armenia's foreign ministry"],
      "Armenia's foreign ministry: the talks had failed",
    ],
    [
      "Ghana's interior ministry told reporters on Saturday that the border crossing at Aflao had been reopened.",
      ['Ghana', "Ghana's interior ministry"],
      undefined,
    ],
    // The country's own voice, and a title the body's noun qualifies: no body of its own.
    ["Moldova's parliament declared an emergency on Tuesday.", ['Moldova'], undefined],
    ["Chile's central bank governor Ana Pop resigned on Monday.", ['Chile', 'Ana Pop'], undefined],
  ])('%s', (sentence, names, title) => {
    const event = firstEvent(sentence);
    expect(event.names).toEqual(names);
    if (title) expect(event.title).toBe(title);
  });
});

describe("a number opens the name of a court's circuit or an army's unit", () => {
  it.each([
    ['The 9th Circuit ruled on Monday that the ban was lawful.', ['9th Circuit']],
    ['On Monday, the 2nd U.S. Circuit Court of Appeals upheld the fine.', ['2nd U.S. Circuit Court of Appeals']],
    ['The 82nd Airborne Division deployed to the border on Monday.', ['82nd Airborne Division']],
    // A street or a law is no body.
    ['Protesters marched down 5th Avenue on Monday.', []],
  ])('%s', (sentence, expected) => {
    expect(eventActorNames(sentence)).toEqual(expected);
  });
});

describe("a capital speaks for its country's government", () => {
  it.each([
    ['Georgetown denied the charge on Tuesday.', ['Guyana']],
    ['Students at Georgetown University protested on Monday.', []],
  ])('%s', (sentence, expected) => {
    expect(eventActorNames(sentence)).toEqual(expected);
  });
});

describe('a family named by its surname acts as one group', () => {
  it.each([
    ['The Halvorsen family sold its stake in the club on Tuesday.', ['Halvorsen family']],
    [
      'Ines Halvorsen runs the firm. The Halvorsen family, which owns 40 per cent of it, said on Monday it would sell.',
      ['Halvorsen family'],
    ],
    // A family a country's adjective describes is nobody's name.
    ['The American family sued the airline on Monday.', []],
  ])('%s', (sentence, expected) => {
    expect(eventActorNames(sentence)).toEqual(expected);
  });
});

describe("a side's name ending in a plural of doers is a body's", () => {
  it.each([
    ['Fans cheered the Rivermouth Dockers on Monday.', ['Rivermouth Dockers']],
    ['The Tarnby Rangers and the Osk Mariners drew on Sunday.', ['Tarnby Rangers', 'Osk Mariners']],
    [
      'The Rivermouth Dockers and the Alder City Rovers played on Saturday. The clubs will meet again on June 20.',
      ['Rivermouth Dockers', 'Alder City Rovers'],
    ],
  ])('%s', (sentence, expected) => {
    expect(eventActorNames(sentence)).toEqual(expected);
  });
});
