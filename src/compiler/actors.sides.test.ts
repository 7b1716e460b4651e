import { describe, expect, it } from 'vitest';
import { eventActorNames, eventLines } from './event-lines.ts';

/**
 * Sides named in the event's own sentence that a reader sees taking part, on sentences invented
 * for the purpose (sports pages, business wires, diplomatic copy, EU policy stories) about
 * invented teams, companies and people: a nickname, a bare company name in a list, in the
 * possessive or after "a deal with", a body known to the gazetteer, the subject of a second verb.
 */
const actorsOf = eventActorNames;

describe('a side known by a plural nickname', () => {
  it.each([
    ['The Wallabies beat the Pumas 31-17 in Brisbane on Saturday.', ['Wallabies', 'Pumas']],
    ['The Springboks thrashed Samoa 52-3 on Saturday.', ['Springboks', 'Samoa']],
    ['The Socceroos drew 1-1 with Oman on Tuesday.', ['Socceroos', 'Oman']],
    ['The Matildas named Tayla Burke in the squad on Friday.', ['Matildas', 'Tayla Burke']],
  ])('%s', (body, names) => {
    expect(actorsOf(body)).toEqual(expect.arrayContaining(names));
  });

  it.each([
    ['The Olympics will open in Brisbane on Friday.', 'Olympics'],
    ['The Oscars will be held on Sunday.', 'Oscars'],
  ])('reads no team in a contest: %s', (body, word) => {
    expect(actorsOf(body).join()).not.toMatch(new RegExp(`(?:^|,)${word}(?:,|$)`));
  });
});

describe('a bare name listed with a named side', () => {
  it.each([
    ['Talks between Halcrest and the Transport Workers Union broke down on Friday.', ['Halcrest']],
    ['The deal was signed on Friday by Torvane, Pellmark and the Dravian government.', ['Pellmark']],
    ['Ministers from Ghana, Togo and Benin met in Accra on Monday to discuss the border.', ['Ghana', 'Togo', 'Benin']],
  ])('%s', (body, names) => {
    expect(actorsOf(body)).toEqual(expect.arrayContaining(names));
  });

  it('keeps the towns of a tour places', () => {
    expect(actorsOf('Ivo Brandt visited Accra, Kumasi and Tamale last week.')).not.toContain('Kumasi');
  });
});

describe('a bare name that owns, is dealt with or is done to', () => {
  it.each([
    ["Halcrest's 2-1 win over Pellmark on Saturday lifted them to second.", ['Halcrest', 'Pellmark']],
    ["Okafor's resignation on Monday surprised the party.", ['Okafor']],
    ['Pellmark clinched a supply deal with Halcrest on Monday.', ['Pellmark', 'Halcrest']],
    ['Sara Lind filed a lawsuit against Pellmark on Monday.', ['Sara Lind', 'Pellmark']],
    ['Pellmark was sued by Sara Lind on Monday.', ['Pellmark', 'Sara Lind']],
    ['Velto was acquired by Halcrest in 2019.', ['Velto', 'Halcrest']],
    ['Halcrest, which bought Pellmark in 2019, said on Monday it would sell the unit.', ['Halcrest', 'Pellmark']],
    ['The plant will close in June, according to Halcrest.', ['Halcrest']],
    ['The talks ended on Monday, according to the foreign ministry.', ['foreign ministry']],
    ["Pellmark, the Ruiz family's holding company, said on Monday it would vote in favour of the bid.", ['Pellmark']],
  ])('%s', (body, names) => {
    expect(actorsOf(body)).toEqual(expect.arrayContaining(names));
  });

  it('reads no owner in a day', () => {
    expect(actorsOf("Monday's vote in the Senate was close, officials said on Tuesday.").join()).not.toContain(
      'Monday',
    );
  });
});

describe('a bare name before its verb, a plan or an adverb between', () => {
  it.each([
    ['Velto plans to open a factory in Leeds in June.', 'Velto'],
    ['Velto is due to report results on Thursday.', 'Velto'],
    ['Okafor is expected to travel to Lagos next week.', 'Okafor'],
    ['Okafor, meanwhile, flew to Lagos on Monday.', 'Okafor'],
    ['Okafor last week flew to Lagos.', 'Okafor'],
  ])('%s', (body, name) => {
    expect(actorsOf(body)).toContain(name);
  });

  it('reads no planner in what is only expected to happen', () => {
    expect(actorsOf('Brexit is set to cost jobs next year.')).toEqual([]);
  });
});

describe('two sides joined by a hyphen before what they share', () => {
  it.each([
    ['The Halcrest-Pellmark merger was approved on Monday.', ['Halcrest', 'Pellmark']],
    ['Regulators approved the Halcrest-Pellmark merger on Monday.', ['Halcrest', 'Pellmark']],
    ['The Kenya-Uganda border reopened on Monday.', ['Kenya', 'Uganda']],
    ['The U.S.-China talks ended on Monday.', ['United States', 'China']],
  ])('%s', (body, names) => {
    expect(actorsOf(body)).toEqual(expect.arrayContaining(names));
  });

  it.each([
    ['Rolls-Royce said on Monday it would cut 900 jobs.', ['Rolls-Royce']],
    ['Jean-Luc Moreau resigned on Monday.', ['Jean-Luc Moreau']],
  ])('keeps a name with a hyphen one name: %s', (body, names) => {
    expect(actorsOf(body)).toEqual(names);
  });
});

describe('a body the gazetteer knows, however the text spells it', () => {
  it.each([
    ['The Group of 20 agreed on Saturday to phase out coal subsidies.', 'G20'],
    ['Lawmakers in the Knesset voted to dissolve the chamber on Monday.', 'Knesset'],
    ['Unicef flew 40 tonnes of supplies to Goma on Friday.', 'UNICEF'],
    ['The Duma approved the bill on Tuesday.', 'State Duma'],
  ])('%s', (body, name) => {
    expect(actorsOf(body)).toContain(name);
  });

  it('reads "the Commission" of a story about the European Union as its Commission', () => {
    expect(
      actorsOf('EU ministers met on Monday. The Commission is due to present a review on Tuesday.', 'announcement'),
    ).toEqual(['European Commission']);
  });
});

describe('the subject of a second verb that governs an event noun', () => {
  it.each([['Pellmark stopped paying suppliers in May and filed for bankruptcy on Monday.', 'Pellmark']])(
    '%s',
    (body, name) => {
      const lines = eventLines(body);
      expect(lines.at(-1)).toContain(name);
    },
  );
});

describe('demonyms coordinated before the people they share', () => {
  it.each([
    ['Russian and Ukrainian negotiators met in Istanbul on Monday.', ['Russia', 'Ukraine']],
    ['Kenyan and Ugandan officials held talks in Kampala on Tuesday.', ['Kenya', 'Uganda']],
    ['French, German and Italian ministers met in Rome on Friday.', ['France', 'Germany', 'Italy']],
    ['Talks between Russian and Ukrainian negotiators resumed on Monday.', ['Russia', 'Ukraine']],
  ])('%s', (body, names) => {
    expect(actorsOf(body)).toEqual(names);
  });

  it('reads no country in people who do not stand for it: Nigerian and Ghanaian fans', () => {
    expect(actorsOf('Nigerian and Ghanaian fans clashed outside the stadium on Sunday.')).toEqual([]);
  });
});
