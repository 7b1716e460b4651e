/**
 * Who takes part, as an editor checks it on invented sentences in several outlets' styles: every
 * side of a list, the loser of a win, the host of a summit, a speaker named by surname only after
 * a quotation; and no more than takes part (a place visited, a predicate read as a role).
 */
import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';
import { eventActorNames, eventLines } from './event-lines.ts';

/** The actors of `name` in the list `body` compiles to: their kind and their roles. */
function actorOf(body: string, name: string): { kind: string; roles: string[] } | undefined {
  const { list } = compileArticles([{ file: 'invented.txt', text: ` date 2025-06-04 ${body}\n` }]);
  const actor = list.actors.find((candidate) => candidate.name === name);
  return actor && { kind: actor.kind, roles: actor.roles };
}

/** The speaker's name of each quote of `body`. */
function quoteSpeakers(body: string): string[] {
  const { list } = compileArticles([{ file: 'invented.txt', text: ` date 2025-06-04 ${body}\n` }]);
  const names = new Map(list.actors.map((actor) => [actor.id, actor.name]));
  return list.events
    .filter((event) => event.kind === 'quote')
    .map((event) => names.get(event.quote?.speaker ?? '') ?? event.quote?.speakerDescription ?? '');
}

describe('every name of an object list takes part', () => {
  it.each([
    [
      'Lopez met Foreign Minister Pablo Soto of Chile and Foreign Minister Juan Vidal of Peru on Monday.',
      ['Pablo Soto', 'Juan Vidal'],
    ],
    [
      'The envoy, Ana Lopez, met Pablo Soto of Chile and Juan Vidal on Monday.',
      ['Ana Lopez', 'Pablo Soto', 'Juan Vidal'],
    ],
    [
      'Ana Lopez met Pablo Soto, Juan Vidal and Rosa Paz in Lima on Monday.',
      ['Ana Lopez', 'Pablo Soto', 'Juan Vidal', 'Rosa Paz'],
    ],
    [
      'Union negotiators met Kessel Mining’s Dara Quinn and Tomas Hale of Aurum Bank on Thursday.',
      ['Dara Quinn', 'Tomas Hale'],
    ],
    [
      'MANAGUA (Wire) — Vice President Rosa Paz received Ines Karp of the Green Party, Omar Said and Lena Holt at the palace on Friday.',
      ['Rosa Paz', 'Ines Karp', 'Omar Said', 'Lena Holt'],
    ],
  ])('%s', (sentence, expected) => {
    expect(eventActorNames(sentence, 'meeting')).toEqual(expect.arrayContaining(expected));
  });

  it('keeps the affiliation of each out of the actors', () => {
    expect(
      eventActorNames('Ana Lopez met Pablo Soto of Kessel Mining and Juan Vidal of Aurum Bank on Monday.', 'meeting'),
    ).toEqual(['Ana Lopez', 'Pablo Soto', 'Juan Vidal']);
  });
});

describe('a win "over" someone has both sides', () => {
  it.each([
    ['Tomas Hale retained the Kessel Open on Sunday with a win over Mia Berg.', ['Tomas Hale', 'Mia Berg']],
    ['Pablo Soto won the final on Sunday with a 6-3 6-2 win over Tomas Hale.', ['Pablo Soto', 'Tomas Hale']],
    ['Ines Karp clinched the title on Saturday with victory against Maria Lund.', ['Ines Karp', 'Maria Lund']],
  ])('%s', (sentence, expected) => {
    expect(eventActorNames(sentence, 'other')).toEqual(expect.arrayContaining(expected));
  });

  it('reads a player beaten after "over" as a person, a club as a club', () => {
    expect(actorOf('Ana Ruiz won on Sunday with a victory over Maria Berg.', 'Maria Berg')?.kind).toBe('person');
    expect(actorOf('Rovers went top on Saturday with a 2-0 win over Real Madrid.', 'Real Madrid')?.kind).toBe(
      'organization',
    );
  });
});

describe('a place visited is where the trip goes, not a side of it', () => {
  it.each([
    ['Foreign Minister Pablo Soto will visit Berlin next week.', ['Pablo Soto']],
    ['Pablo Soto will visit Berlin and Paris next week, his office said.', ['Pablo Soto']],
    ['The delegation led by Ana Ruiz visited Kenya on Tuesday.', ['Ana Ruiz']],
    ['The minister will visit Berlin next week.', []],
  ])('%s', (sentence, expected) => {
    expect(eventActorNames(sentence, 'travel')).toEqual(expected);
  });

  it('keeps a person visited', () => {
    expect(eventActorNames('Pablo Soto visited Ana Ruiz in hospital on Tuesday.', 'travel')).toEqual([
      'Pablo Soto',
      'Ana Ruiz',
    ]);
  });

  it('keeps a capital that acts', () => {
    expect(eventActorNames('Moscow expelled two diplomats on Monday.', 'policy')).toEqual(['Russia']);
  });
});

describe('the host of a summit takes part in it', () => {
  it.each([
    ['Crown Prince Salim hosted the summit on Tuesday.', 'Salim'],
    ['President Ana Ruiz will host the regional summit in Lima next week.', 'Ana Ruiz'],
    ['Prime Minister Lena Holt chaired the two-day Arctic summit in Tromso on Monday and Tuesday.', 'Lena Holt'],
  ])('%s', (sentence, host) => {
    const names = eventActorNames(sentence, 'summit');
    expect(names.some((name) => name.includes(host))).toBe(true);
  });

  it('gives those who only attend no seat of their own', () => {
    expect(
      eventActorNames(
        'President Ana Ruiz and Prime Minister Pablo Soto attended a summit in Doha on Tuesday.',
        'summit',
      ),
    ).toEqual([]);
  });
});

describe('a bare surname after a quotation is its speaker', () => {
  it.each([
    ['Officials met on Monday to discuss the outbreak. “We are worried,” said Dogan.', 'Dogan'],
    ['The council voted on Monday to close the library. "It is a sad day," said Okafor.', 'Okafor'],
    ['Rovers lost again on Saturday. “We were not good enough,” added Brannigan, the captain.', 'Brannigan'],
  ])('%s', (body, speaker) => {
    expect(quoteSpeakers(body)).toContain(speaker);
    expect(actorOf(body, speaker)?.kind).toBe('person');
  });

  it('leaves a surname before the verb as it was', () => {
    expect(quoteSpeakers('"It is a sad day," Okafor told reporters on Monday.')).toEqual(['Okafor']);
  });
});

describe('an age apposition then a predicate gives no role', () => {
  it.each([
    ['Ana Ruiz, 61, was elected party leader on Sunday.', 'Ana Ruiz'],
    ['Ana Ruiz, 61, will take over as coach next month.', 'Ana Ruiz'],
    ['Pablo Soto, 47, has been appointed chief executive of Kessel Mining, the company said on Monday.', 'Pablo Soto'],
    ['Rosa Paz, 39, is expected to lead the delegation at the talks on Friday.', 'Rosa Paz'],
  ])('%s', (sentence, name) => {
    const roles = actorOf(sentence, name)?.roles ?? [];
    expect(roles.filter((role) => /\b(?:was|will|has|is)\b/.test(role))).toEqual([]);
  });

  it('keeps a noun apposition after the age', () => {
    expect(actorOf('Ana Ruiz, 61, a retired teacher, was arrested on Sunday.', 'Ana Ruiz')?.roles).toEqual([
      'retired teacher',
    ]);
  });
});

describe('field words are a company’s name or a country’s officials', () => {
  it.each([
    ['Harbour Defence said on Monday it would cut 200 jobs.', 'Harbour Defence'],
    ['Shares in Bay Transport fell 8% on Monday after the profit warning.', 'Bay Transport'],
  ])('%s', (sentence, name) => {
    expect(actorOf(sentence, name)?.kind).toBe('organization');
    expect(eventActorNames(sentence)).toEqual([name]);
  });

  it.each([
    ['Kenyan Health officials said on Tuesday that the outbreak was contained.', 'Kenya'],
    ['Ugandan Finance officials met donors in Kampala on Tuesday.', 'Uganda'],
    ['Kenyan health officials said on Tuesday that the outbreak was contained.', 'Kenya'],
  ])('%s', (sentence, country) => {
    expect(eventActorNames(sentence)).toEqual([country]);
  });
});

describe('who made it public, after "by"', () => {
  it.each([
    ['The ban was announced on Tuesday by Health Minister Rosa Paz.', ['Rosa Paz']],
    ['The new tariffs were unveiled on Friday by the Trade Ministry.', ['Trade Ministry']],
    ['The results were announced by the electoral commission in Accra on Sunday.', ['electoral commission']],
  ])('%s', (sentence, expected) => {
    expect(eventActorNames(sentence, 'announcement')).toEqual(expected);
  });
});

describe('a list of subjects with titles in apposition', () => {
  it.each([
    [
      'Ana Ruiz, the finance minister, and Pablo Soto, the central bank governor, announced a rescue package on Tuesday.',
      ['Ana Ruiz', 'Pablo Soto'],
    ],
    [
      'On Tuesday, Ana Ruiz, the finance minister, and Pablo Soto, the central bank governor, announced a rescue package.',
      ['Ana Ruiz', 'Pablo Soto'],
    ],
    ['Ana Ruiz, the company’s chief executive, and Pablo Soto resigned on Friday.', ['Ana Ruiz', 'Pablo Soto']],
    ['Late on Friday, Ana Ruiz and Pablo Soto signed the accord.', ['Ana Ruiz', 'Pablo Soto']],
  ])('%s', (sentence, expected) => {
    expect(eventActorNames(sentence)).toEqual(expected);
  });
});

describe('the sides of a meeting noun in apposition', () => {
  it('reads "The talks, between A and B,"', () => {
    expect(
      eventActorNames('The talks, between Ana Ruiz and Pablo Soto, lasted three hours on Monday.', 'meeting'),
    ).toEqual(['Ana Ruiz', 'Pablo Soto']);
  });
});

describe('a short name inside a long one', () => {
  it.each([
    [
      'President Jose Maria Ferraz da Costa opened the bridge on Monday. Ferraz is expected to travel to Quito next week.',
      'Jose Maria Ferraz da Costa',
    ],
    [
      'Trade Minister Tan Sri Hamid Yusof toured the port on Friday. Speaking afterwards, Hamid announced a new fund on Saturday.',
      'Tan Sri Hamid Yusof',
    ],
  ])('%s', (body, name) => {
    const lines = eventLines(body);
    expect(lines.at(-1)).toContain(name);
  });
});

describe('a couple who share a surname', () => {
  it.each([
    ['The bakery was founded in 1962 by Walter and Ines Brandauer.', ['Walter Brandauer', 'Ines Brandauer']],
    ['Pablo and Ana Ruiz opened the gallery in Lima in 1990.', ['Pablo Ruiz', 'Ana Ruiz']],
  ])('%s', (sentence, expected) => {
    expect(eventActorNames(sentence)).toEqual(expected);
  });
});

describe('people listed with where they are from', () => {
  it.each([
    [
      'A day later, two councillors, Mark Ellery of Dunmore and Rita Vance of Lower Carrow, said they would vote for it.',
      ['Mark Ellery', 'Rita Vance'],
    ],
    [
      'Mark Ellery of Dunmore and Rita Vance of Lower Carrow announced on Monday that they would stand.',
      ['Mark Ellery', 'Rita Vance'],
    ],
  ])('%s', (sentence, expected) => {
    expect(eventActorNames(sentence)).toEqual(expected);
  });

  it('reads no person in the place after "of"', () => {
    expect(actorOf('Rita Vance of Lower Carrow announced on Monday that she would stand.', 'Lower Carrow')).toBe(
      undefined,
    );
  });
});

describe('an agent after "by" with a qualified title, a companion with a long title', () => {
  it('takes the person, not the town qualifying their title', () => {
    expect(eventActorNames('The ferry line was founded in 1988 by Tralee businessman Conor Hegarty.')).toEqual([
      'Conor Hegarty',
    ]);
  });

  it('takes whom the traveller went with, titled in apposition', () => {
    expect(
      eventActorNames(
        'Interior Minister Ines Karp flew to Tarvik on Sunday with the deputy chief of police, Colonel Omar Said.',
        'travel',
      ),
    ).toEqual(['Ines Karp', 'Omar Said']);
  });
});

describe('who attends a meeting, who fights, who is sentenced later', () => {
  it.each([
    ["Foreign Minister Ana Ruiz will attend the foreign ministers' meeting in Tashkent on Friday.", ['Ana Ruiz']],
    ['Ana Ruiz is attending the donors’ meeting in Oslo on Friday.', ['Ana Ruiz']],
  ])('%s', (sentence, expected) => {
    expect(eventActorNames(sentence, 'meeting')).toEqual(expected);
  });

  it.each([
    ['MOGADISHU — Al-Nasr fighters attacked an army base near the airport before dawn on Sunday.', 'Al-Nasr'],
    ['Troops clashed with Kuvar rebels near the border on Sunday.', 'Kuvar'],
  ])('%s', (sentence, group) => {
    expect(eventActorNames(sentence, 'conflict')).toEqual([group]);
    expect(actorOf(sentence, group)?.kind).toBe('group');
  });

  it.each([
    ['Separatist fighters fired rockets at the airport in Dorvik on Sunday.'],
    ['Islamist militants attacked a village near the border on Sunday.'],
  ])('names no group by what the fighters are: %s', (sentence) => {
    expect(eventActorNames(sentence, 'conflict')).toEqual([]);
  });

  it.each([
    ['A co-defendant, Erik Lund, pleaded guilty in March and is due to be sentenced in September.'],
    ['Erik Lund admitted the charges on Monday and is expected to be sentenced next month.'],
    [
      'Erik Lund is wanted in Norway. He was indicted in Oslo in May on charges of fraud, and was arrested at his home on Friday.',
    ],
  ])('%s', (body) => {
    const lines = eventLines(body);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line).toContain('Erik Lund');
  });
});
