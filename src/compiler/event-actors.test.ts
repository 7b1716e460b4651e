import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';

/**
 * Who takes part in events, on invented sentences in several styles: the agent of a passive, bare
 * surnames, places that look like names, people described before they are named.
 */
function eventsOf(body: string): { kind: string; actors: string[] }[] {
  const { list } = compileArticles([{ file: 'event-actors.txt', text: ` date 2026-03-04\n\n${body}\n` }]);
  const nameOf = (id: string): string => list.actors.find((actor) => actor.id === id)?.name ?? id;
  return list.events.map((event) => ({ kind: event.kind, actors: event.actors.map(nameOf) }));
}

/** The actors of the first event of `kind`. */
function actorsOf(body: string, kind: string): string[] | undefined {
  return eventsOf(body).find((event) => event.kind === kind)?.actors;
}

describe('the agent of a passive', () => {
  it.each([
    ['The bill was vetoed on Wednesday by President Lena Ortiz.', 'policy', ['Lena Ortiz']],
    ['The contract was signed on Friday by Ivo Brandt and Sara Lind.', 'policy', ['Ivo Brandt', 'Sara Lind']],
    ['The embassy was attacked late on Sunday by gunmen loyal to Colonel Amadou Diallo.', 'conflict', []],
  ])('%s', (body, kind, actors) => {
    expect(actorsOf(body, kind) ?? []).toEqual(expect.arrayContaining(actors));
  });

  it('takes no agent from a "by" that is not one ("by the time ...")', () => {
    expect(actorsOf('The airport was closed on Monday by the time Ivo Brandt landed in Oslo.', 'other')).not.toContain(
      'Ivo Brandt',
    );
  });
});

describe('a bare surname, never given in full', () => {
  it.each([
    ['Okafor arrived in Lagos on Monday.', 'travel', ['Okafor']],
    ['Falk will travel to Tallinn on Friday, her office said.', 'travel', ['Falk']],
    ['Officials said Brandt would meet the mayor on Thursday.', 'meeting', ['Brandt']],
    ['Brandt and Lind signed the deal on Monday.', 'policy', ['Brandt', 'Lind']],
    ['Haddad resigned on Tuesday, his spokesman said.', 'other', ['Haddad']],
    ['Police arrested Kowalski on Tuesday.', 'conflict', ['Kowalski']],
    ['Kowalski was arrested on Tuesday in Gdansk.', 'conflict', ['Kowalski']],
    ['Meanwhile Okafor flew to Accra on Monday.', 'travel', ['Okafor']],
  ])('%s', (body, kind, actors) => {
    expect(actorsOf(body, kind)).toEqual(actors);
  });

  it('reads a bare name that travels or is arrested as a person, so "he" finds it', () => {
    expect(actorsOf('Okafor arrived in Lagos on Monday. He met the governor on Tuesday.', 'meeting')).toContain(
      'Okafor',
    );
  });

  it.each([
    ['Nobody arrived in Lagos on Monday.', 'travel'],
    ['Inflation rose to 4% in May, officials said on Monday.', 'other'],
    ['Christmas will be quiet in Lagos this year, officials said on Monday.', 'other'],
    ['Voters rejected the plan on Sunday.', 'policy'],
    ['Ramadan began on Sunday.', 'other'],
    ['Shares in Velto fell 14% on Tuesday.', 'other'],
  ])('finds no actor that is a common word: %s', (body) => {
    for (const event of eventsOf(body)) {
      expect(event.actors).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/^(?:Nobody|Inflation|Christmas|Voters|Ramadan|Shares)$/)]),
      );
    }
  });
});

describe('whom a relative clause names', () => {
  it.each([
    'Carla Benz, who met Ivo Ruiz in 2019, said on Monday she would resign.',
    'Carla Benz, who worked for Velto Motors until 2020, said on Monday she would resign.',
  ])('does not speak for its antecedent: %s', (body) => {
    // A plan of her own made public: an announcement (README, "Which kind").
    expect(actorsOf(body, 'announcement')).toEqual(['Carla Benz']);
  });
});

describe('who travels to do something does it', () => {
  it.each([
    ['Ivo Brandt flew to Oslo on Tuesday to meet Sara Lind.', ['Ivo Brandt', 'Sara Lind']],
    ['Prime Minister Ana Ruiz travelled to Lima on Monday to meet President Hugo Salas.', ['Ana Ruiz', 'Hugo Salas']],
  ])('%s', (body, actors) => {
    expect(actorsOf(body, 'meeting')).toEqual(actors);
  });
});

describe('an office named only by its title', () => {
  it.each([
    ['The Maryland State Auditor opened an inquiry into the loan in February.', 'other', 'Maryland State Auditor'],
    ['The Chief Medical Officer warned on Monday that cases would rise.', 'statement', 'Chief Medical Officer'],
    [
      'The Commissioner of Harbour Safety had given his approval for the berth on May 2, officials said.',
      'policy',
      'Commissioner of Harbour Safety',
    ],
  ])('%s', (body, kind, office) => {
    expect(actorsOf(body, kind)).toContain(office);
  });

  it('is the person named before when the title fits one', () => {
    expect(
      actorsOf(
        'Dr. Lena Ortiz, the Chief Medical Officer, spoke on Monday. The Chief Medical Officer warned on Tuesday that cases would rise.',
        'statement',
      ),
    ).toEqual(['Lena Ortiz']);
  });
});

describe('lists of names', () => {
  it.each([
    ['K. Srinivas Rao, M. Rakesh and P. Anil Kumar were arrested on Tuesday.', 'conflict'],
    ['Ravi Rao, 24, Mohan Rakesh, 29, and Anil Kumar, 31, were charged on Tuesday with fraud.', 'other'],
    ['The three men, identified as Ravi Rao, Mohan Rakesh and Anil Kumar, were arrested on Tuesday.', 'conflict'],
  ])('every name of the list takes part: %s', (body, kind) => {
    expect(actorsOf(body, kind)).toHaveLength(3);
  });

  it('does not take the object of another verb into a list', () => {
    expect(actorsOf('Police questioned Ravi Rao, and Mohan Rakesh was arrested on Tuesday.', 'conflict')).toEqual([
      'Mohan Rakesh',
    ]);
  });
});

describe('a surname that is also a common word', () => {
  it.each([
    ['Ivo Brandt’s campaign manager, Owen Park, said on Monday that the tour would go ahead.', 'Owen Park'],
    ['“We will show up anyway,” said Owen Park, Ivo Brandt’s campaign manager, on Monday.', 'Owen Park'],
    ['The minister met Ana Hall, 54, a farmer from Kent, on Monday.', 'Ana Hall'],
  ])('%s', (body, name) => {
    expect(eventsOf(body).flatMap((event) => event.actors)).toContain(name);
  });

  it('leaves a park a place', () => {
    expect(eventsOf('Protesters gathered in Central Park on Monday, police said.').flatMap((e) => e.actors)).toEqual(
      [],
    );
  });
});

describe('places that look like names', () => {
  it.each([
    'Soldiers from Fort Hale were deployed to the border on Monday.',
    'The convoy reached Port Arden on Tuesday, officials said.',
    'Rescuers reached Mount Kessel on Sunday.',
    'Lake Varn flooded on Sunday.',
    'The ferry between Port Arden and Isle Dunmore was cancelled on Tuesday.',
  ])('are no actors: %s', (body) => {
    expect(eventsOf(body).flatMap((event) => event.actors)).toEqual([]);
  });

  it('keeps a body named after a place', () => {
    expect(actorsOf('The Port Arden Harbour Board approved the dredging on Monday.', 'policy')).toEqual([
      'Port Arden Harbour Board',
    ]);
  });
});

describe('someone described first and named in the next sentence', () => {
  it.each([
    ['A Timaru man was arrested on Tuesday. Jared Paku, 34, appeared in court on Wednesday.', 'conflict'],
    ['Police arrested a 41-year-old woman on Sunday. Mia Rowe, 41, was charged with dangerous driving.', 'conflict'],
    ['A Kenyan man was detained in Kampala on Monday. Peter Otieno, 29, is due in court on Friday.', 'conflict'],
  ])('%s', (body, kind) => {
    expect(actorsOf(body, kind)).toHaveLength(1);
  });

  it.each([
    // The ages differ: someone else.
    'Police arrested a 41-year-old woman on Sunday. Mia Rowe, 38, was charged with dangerous driving.',
    // Two people described: which one is named is unknown.
    'A man and a woman were arrested on Monday. Ana Ruiz, 30, was charged with theft.',
    // Another paragraph.
    'A local man was arrested on Tuesday.\n\nJared Paku, 34, appeared in court on Wednesday.',
    // Named before: not introduced by the description.
    'Jared Paku, 34, spoke on Monday. A local man was arrested on Tuesday. Jared Paku, 34, appeared in court on Wednesday.',
  ])('not when the reading is unsure: %s', (body) => {
    expect(actorsOf(body, 'conflict')).toEqual([]);
  });
});

describe('bodies whose names hold "and"', () => {
  it.each([
    ['The Australian Competition and Consumer Commission will publish its report on Monday.', 'announcement'],
    ['The Office for Product Safety and Standards wrote to the company on June 3.', 'statement'],
  ])('%s', (body, kind) => {
    const actors = actorsOf(body, kind) ?? [];
    expect(actors).toHaveLength(1);
    expect(body).toContain(actors[0]);
  });

  it.each([
    ['Kenyan Airways and Tanzanian Railways signed a deal on Monday.', ['Kenyan Airways', 'Tanzanian Railways']],
    ['The Bank of Japan and Reuters reported the figures on Monday.', ['Bank of Japan', 'Reuters']],
    ['Velto and Halden Group signed a deal on Monday.', ['Velto', 'Halden Group']],
  ])('keeps two bodies two: %s', (body, actors) => {
    expect(eventsOf(body)[0]?.actors).toEqual(actors);
  });
});

describe('a firm of two plain words', () => {
  function kindOf(body: string, name: string): string | undefined {
    const { list } = compileArticles([{ file: 'kinds.txt', text: ` date 2026-03-04\n\n${body}\n` }]);
    return list.actors.find((actor) => actor.name === name)?.kind;
  }

  it.each([
    ['Goldman Sachs said on Tuesday it would cut 300 jobs.', 'Goldman Sachs'],
    ['Morgan Stanley cut its forecast for the region on Monday.', 'Morgan Stanley'],
    ['Halden Rook said in a statement that it would close the plant in June.', 'Halden Rook'],
  ])('is an organisation when the text calls it "it": %s', (body, name) => {
    expect(kindOf(body, name)).toBe('organization');
  });

  it.each([
    ['Ivo Brandt said on Tuesday he would resign.', 'Ivo Brandt'],
    ['Ivo Brandt said it was time to go, and resigned on Tuesday.', 'Ivo Brandt'],
    ['Ivo Brandt praised its workers on Monday.', 'Ivo Brandt'],
  ])('stays a person otherwise: %s', (body, name) => {
    expect(kindOf(body, name)).toBe('person');
  });

  it('is then what "It" means in the next sentence', () => {
    expect(
      actorsOf('Goldman Sachs said on Tuesday it would cut jobs. It will close two offices in May.', 'other'),
    ).toEqual(['Goldman Sachs']);
  });
});

describe('who does a happening with its subject, and who receives', () => {
  it.each([
    [
      'Rosa Marquez will hold a rally in Phoenix on Sunday with former Gov. Alma Reyes.',
      ['Rosa Marquez', 'Alma Reyes'],
    ],
    ['Ivo Brandt will appear in court on Friday with his lawyer, Mia Rowe.', ['Ivo Brandt', 'Mia Rowe']],
    ['The court granted bail to Ben Okoro on Friday.', ['Ben Okoro']],
    ['The jury awarded $2 million to Ana Ruiz on Tuesday.', ['Ana Ruiz']],
    ['Ivo Brandt was charged on Monday with fraud.', ['Ivo Brandt']],
  ])('%s', (body, actors) => {
    expect(actorsOf(body, 'other')).toEqual(actors);
  });

  it('reads a club by its prefix, and later without it', () => {
    expect(
      eventsOf('FC Rheinhafen made a bid of £30m in May. Rheinhafen came back in June with a bid of £38m.').map(
        (event) => event.actors,
      ),
    ).toEqual([['FC Rheinhafen'], ['FC Rheinhafen']]);
  });
});

describe('"the country"', () => {
  it.each([
    ['Estonia held an election on Sunday. The country will vote again in May.', 'policy', ['Estonia']],
    ['Peru closed its border on Monday, and the country will reopen it in May.', 'policy', ['Peru']],
  ])('is the country named before: %s', (body, kind, actors) => {
    expect(actorsOf(body, kind)).toEqual(actors);
  });

  it('is nobody when no country was named', () => {
    expect(actorsOf('The country will vote in May, officials said on Monday.', 'policy')).toEqual([]);
  });
});

describe('more ways a text points at people', () => {
  it('"the pair" is the two who met before', () => {
    expect(
      eventsOf('Ana Ruiz and Ivo Brandt spoke on Monday. The pair will meet again in May.').map(
        (event) => event.actors,
      ),
    ).toEqual([
      ['Ana Ruiz', 'Ivo Brandt'],
      ['Ana Ruiz', 'Ivo Brandt'],
    ]);
  });

  it('"X\'s office said she would" is X', () => {
    expect(actorsOf("Ana Ruiz's office said on Monday she would travel to Lima on Friday.", 'travel')).toEqual([
      'Ana Ruiz',
    ]);
  });

  it('a bare name with a "who" clause is a person, and acts after it', () => {
    expect(actorsOf('Ruiz, who has led Velto Motors since 2019, resigned on Monday.', 'other')).toEqual(['Ruiz']);
  });
});

describe('"They" after an event of several people', () => {
  it.each([
    [
      'President Ana Ruiz spoke with Prime Minister Ivo Brandt on Monday. They will meet in Lima on Friday.',
      'meeting',
      1,
    ],
    ['Police arrested Ana Ruiz and Ivo Brandt on Monday. They were charged with fraud on Tuesday.', 'other', 0],
  ])('is those people: %s', (body, kind, index) => {
    expect(eventsOf(body).filter((event) => event.kind === kind)[index]?.actors).toEqual(['Ana Ruiz', 'Ivo Brandt']);
  });

  it.each([
    'Ana Ruiz criticised the unions on Monday. They will strike on Friday.',
    'Ana Ruiz met Ivo Brandt on Monday. Protesters gathered outside. They marched to the palace on Tuesday.',
  ])('is nobody known otherwise: %s', (body) => {
    expect(
      eventsOf(body)
        .filter((event) => event.kind === 'other')
        .at(-1)?.actors,
    ).toEqual([]);
  });
});

describe('a happening nobody is the subject of, with a side named after a preposition', () => {
  it.each([
    ['The lawsuit was filed on Friday against Brightwave Energy.', ['Brightwave Energy']],
    ['Shares in Talvik Mining fell 12% on Thursday.', ['Talvik Mining']],
    ["Monday's hearing was adjourned by Judge Priya Nair.", ['Priya Nair']],
  ])('%s', (body, actors) => {
    expect(actorsOf(body, 'other')).toEqual(actors);
  });

  it.each([
    'A bomb exploded in Kabul on Monday.',
    'The airport was closed on Monday by the time Ivo Brandt landed in Oslo.',
  ])('names no side from a place or a "by the time": %s', (body) => {
    expect(actorsOf(body, 'other')).toEqual([]);
  });
});

describe("the object of a verb's infinitive", () => {
  it.each([
    ['Valdor agreed to buy Frostway Storage on Monday.', ['Valdor', 'Frostway Storage']],
    ['Kestrel Mining said on Tuesday it had agreed to acquire Dunmore Metals.', ['Kestrel Mining', 'Dunmore Metals']],
    ['The council voted on Monday to sack Mayor Petra Lund.', ['Petra Lund']],
  ])('%s', (body, actors) => {
    expect(eventsOf(body)[0]?.actors).toEqual(expect.arrayContaining(actors));
  });

  it.each([
    ['Brandt flew to Oslo on Monday.', 'Oslo'],
    ['Valdor agreed to the terms on Monday, and Telvio Holdings rejected them.', 'Telvio Holdings'],
    ['Brandt agreed on Monday to resign, weeks after Ines Varga took office.', 'Ines Varga'],
  ])('takes no name outside the infinitive: %s', (body, name) => {
    expect(eventsOf(body)[0]?.actors ?? []).not.toContain(name);
  });
});

describe('who receives a loan or a grant', () => {
  it.each([
    ['The IMF approved a loan to Zambia on Friday.', ['International Monetary Fund', 'Zambia']],
    ['On Thursday the World Bank approved a $300 million loan to Malawi.', ['World Bank', 'Malawi']],
    ['The European Union approved new funding to Moldova on Monday.', ['European Union', 'Moldova']],
  ])('%s', (body, actors) => {
    expect(eventsOf(body)[0]?.actors).toEqual(expect.arrayContaining(actors));
  });

  it.each([
    ['The IMF approved a plan to help Zambia on Friday.', 'Zambia'],
    ['The IMF approved a loan on Friday, and Zambia welcomed it.', 'Zambia'],
  ])('takes no name that receives nothing: %s', (body, name) => {
    expect(eventsOf(body)[0]?.actors ?? []).not.toContain(name);
  });
});

describe('who lost to the winner', () => {
  it.each([
    ['Hale won the seat on Sunday, defeating Omar Tully.', ['Hale', 'Omar Tully']],
    ['Ines Varga won the runoff on Sunday, narrowly beating incumbent Paulo Reis.', ['Ines Varga', 'Paulo Reis']],
    ['Ruth Abara retained her ward on Thursday, comfortably beating Ken Doyle.', ['Ruth Abara', 'Ken Doyle']],
  ])('%s', (body, actors) => {
    expect(eventsOf(body).flatMap((event) => event.actors)).toEqual(expect.arrayContaining(actors));
  });

  it.each([['Hale won the seat on Sunday; Omar Tully conceded.', 'Omar Tully']])(
    'takes no name that did not lose: %s',
    (body, name) => {
      expect(eventsOf(body)[0]?.actors ?? []).not.toContain(name);
    },
  );

  it('gives an earlier win its own loser, not the new one: Hale won the seat on Sunday, a year after beating Omar Tully.', () => {
    // The beating a year before is an event of its own, of Hale and Tully; Sunday's win is Hale's alone.
    expect(
      eventsOf('Hale won the seat on Sunday, a year after beating Omar Tully.').map((event) => event.actors),
    ).toEqual([['Hale', 'Omar Tully'], ['Hale']]);
  });
});

describe('a bare surname that opens the sentence in ways a common noun does not', () => {
  it.each([
    // A surname ending in -s before a verb that agrees with one ("Voters were", not "was").
    ['Barnes was jailed for six years at Bristol Crown Court on Friday.', 'other', ['Barnes']],
    ['Hughes has resigned from the board, the club said on Monday.', 'other', ['Hughes']],
    // After "Both": two surnames joined by "and".
    ['Both Pham and Dang resigned on Tuesday.', 'other', ['Pham', 'Dang']],
    // A participle's aside between the surname and its verb.
    // (the rally is where the words were said: the statement is the event)
    ['Okafor, speaking at a rally in Ibadan on Saturday, said the governor had failed.', 'statement', ['Okafor']],
  ])('%s', (body, kind, actors) => {
    expect(actorsOf(body, kind)).toEqual(expect.arrayContaining(actors));
  });

  it('keeps a plural common noun that opens a sentence no one', () => {
    expect(eventsOf('Voters were turned away from polling stations in Leeds on Thursday.')).not.toContainEqual(
      expect.objectContaining({ actors: expect.arrayContaining(['Voters']) }),
    );
  });
});

describe('a body that reports a happening nobody is named for', () => {
  it.each([
    ['West Yorkshire Police said on Sunday that 12 people had been arrested.', 'conflict', ['West Yorkshire Police']],
    [
      'Kirklees Council approved its budget on Monday.\n\nThe council said on Tuesday that the library would close in May.',
      'other',
      ['Kirklees Council'],
    ],
  ])('%s', (body, kind, actors) => {
    expect(actorsOf(body, kind)).toEqual(actors);
  });

  it('gives a person who reports it no part in it', () => {
    expect(actorsOf('Inspector Ruth Kamau said on Sunday that 12 people had been arrested.', 'conflict')).toEqual([]);
  });
});

describe('a body named after "the" that acts', () => {
  it.each([
    ['The Museo Casa Ferrante in Turin reopened on Sunday after a four-year restoration.', 'Museo Casa Ferrante'],
    ['The Garda Siochana arrested three men in Limerick on Friday.', 'Garda Siochana'],
    ['The Brannock Gazette published the letters on Friday.', 'Brannock Gazette'],
    ['The Golden Lion Inn will close on Friday.', 'Golden Lion Inn'],
  ])('%s', (body, actor) => {
    expect(eventsOf(body).flatMap((event) => event.actors)).toContain(actor);
  });

  it.each(['The Golden Gate Bridge reopened on Friday.', 'The Truth Social platform went down on Friday.'])(
    'keeps a landmark or a thing named after "the" no actor: %s',
    (body) => {
      expect(eventsOf(body).flatMap((event) => event.actors)).toEqual([]);
    },
  );
});

describe('a club, a side or a business named again by its noun', () => {
  it.each([
    [
      'Harrowgate Town lost 2-1 to Felsham Rovers on Saturday.\n\nThe side will face Kettering Town on Tuesday.',
      'Harrowgate Town',
    ],
    [
      'Harrowgate Town lost 2-1 to Felsham Rovers on Saturday.\n\nThe team will face Kettering Town on Tuesday.',
      'Harrowgate Town',
    ],
    [
      'Brightwater Seafood ASA reported a loss on Monday.\n\nThe group will cut 200 jobs in June.',
      'Brightwater Seafood',
    ],
  ])('%s', (body, actor) => {
    expect(eventsOf(body).at(-1)?.actors).toContain(actor);
  });

  it('reads "the Russian side" as the country, not a club', () => {
    const events = eventsOf(
      'Harrowgate Town lost 2-1 on Saturday.\n\nThe Russian side will meet Kettering Town on Tuesday.',
    );
    expect(events.at(-1)?.actors).not.toContain('Harrowgate Town');
  });
});

describe("a body's name that holds generic words, places or 'and'", () => {
  it.each([
    ['Human Rights Watch called for an inquiry on Monday.', 'Human Rights Watch'],
    ['Avon and Somerset Police arrested a 34-year-old man on Sunday.', 'Avon and Somerset Police'],
    [
      'Bath and North East Somerset Council voted on Monday to close the baths.',
      'Bath and North East Somerset Council',
    ],
    ['Dorset Fire and Rescue Service said on Sunday that the blaze was out.', 'Dorset Fire and Rescue Service'],
    [
      'The Confederation of Mongolian Trade Unions called a general strike for March 20.',
      'Confederation of Mongolian Trade Unions',
    ],
    ['Trinity College Dublin published the study on Monday.', 'Trinity College Dublin'],
  ])('%s', (body, actor) => {
    expect(eventsOf(body).flatMap((event) => event.actors)).toContain(actor);
  });

  it.each([
    ['Kenya and Uganda Police signed a pact on Monday.', 'Kenya and Uganda Police'],
    ['Okafor met Ruiz and Somerset Police on Monday.', 'Ruiz and Somerset Police'],
    ['Lumora Energy and Halden Group signed a deal on Monday.', 'Lumora Energy and Halden Group'],
  ])('keeps two sides two in "%s"', (body, joined) => {
    expect(eventsOf(body).flatMap((event) => event.actors)).not.toContain(joined);
  });
});

describe('a title word that is also a given name', () => {
  it('reads "Striker Dean Fowler" as Dean Fowler', () => {
    expect(actorsOf('Striker Dean Fowler signed a new contract with Harrowgate Town on Monday.', 'other')).toContain(
      'Dean Fowler',
    );
  });

  it('keeps "Associate Dean" a title', () => {
    expect(actorsOf('Associate Dean Fowler resigned on Monday.', 'other')).toEqual(['Fowler']);
  });
});

describe('a role given by the verb after a name, for a later "the <title>"', () => {
  it.each([
    ['Kjersti Aasen was elected mayor of Tromso in 2021.\n\nThe mayor resigned on Monday.', 'Kjersti Aasen'],
    [
      'Chioma Eze became chief executive of Lagos Breweries in 2024.\n\nThe chief executive resigned on Monday.',
      'Chioma Eze',
    ],
    ['Tomas Berg has been appointed coach of Felsham Rovers.\n\nThe coach resigned on Monday.', 'Tomas Berg'],
  ])('%s', (body, actor) => {
    expect(eventsOf(body).at(-1)?.actors).toEqual([actor]);
  });
});

describe('a utility named again by its noun', () => {
  it('is the business, not the public body that fined it', () => {
    const events = eventsOf(
      'The Environment Agency fined Severn Water on Thursday.\n\nThe utility said on Friday it would appeal.',
    );
    expect(events.at(-1)?.actors).toEqual(['Severn Water']);
  });
});

describe('who gives what the subject wins, secures or receives, and who beats it', () => {
  it.each([
    [
      'Ostrava Steel secured a $200 million loan from the European Investment Bank on Monday.',
      ['Ostrava Steel', 'European Investment Bank'],
    ],
    ['The Tarvik food bank received a grant from the Lottery Fund on Monday.', ['Lottery Fund']],
    ['The club received an offer from Castlebridge United on Monday.', ['Castlebridge United']],
    ['Ireland lost to Wales in Cardiff on Saturday.', ['Ireland', 'Wales']],
    ['Fiji lost 24-19 to the Springboks on Saturday.', ['Fiji', 'Springboks']],
    ['Samoa were beaten by the Wallabies in Sydney on Saturday.', ['Samoa', 'Wallabies']],
  ])('%s', (body, actors) => {
    expect(actorsOf(body, 'other')).toEqual(expect.arrayContaining(actors));
  });

  it('names who grants what the subject wins from a public authority (a policy act)', () => {
    expect(
      actorsOf(
        'Velmar Foods won approval from the Competition Commission on Tuesday for its takeover of Dunmore Dairies.',
        'policy',
      ),
    ).toEqual(expect.arrayContaining(['Velmar Foods', 'Competition Commission']));
  });

  it.each([
    ['Imports from China fell 4% on Monday.', 'China'],
    ['Ana Ruiz flew in from Madrid on Monday.', 'Spain'],
  ])('leaves a place things or people come from a place: %s', (body, place) => {
    expect(eventsOf(body).flatMap((event) => event.actors)).not.toContain(place);
  });
});

describe('a police station that acts', () => {
  it.each([
    [
      'The Central Crime Station filed a charge sheet against Ravi Rao and two others on December 22.',
      'Central Crime Station',
    ],
    ['The Harbour Police Station registered a case against the driver on Monday.', 'Harbour Police Station'],
  ])('%s', (body, station) => {
    expect(actorsOf(body, 'other')).toContain(station);
  });

  it('leaves a station where people gather a place', () => {
    expect(
      eventsOf('Protesters gathered outside Kondapur Police Station on Monday.').flatMap((event) => event.actors),
    ).toEqual([]);
  });
});

describe('a country named by the form that opens a compound, or by its demonym before its side', () => {
  it.each([
    ['Franco-German talks on the budget collapsed on Monday.', ['France', 'Germany']],
    ['The Sino-Russian summit opened in Beijing on Monday.', ['China', 'Russia']],
    ['Anglo-Irish talks resumed in Dublin on Monday.', ['United Kingdom', 'Ireland']],
    ['The Kenyan side withdrew from the talks on Tuesday.', ['Kenya']],
    ['A Russian drone hit a power station in Odesa on Monday.', ['Russia']],
  ])('%s', (body, countries) => {
    expect(eventsOf(body)[0]?.actors).toEqual(expect.arrayContaining(countries));
  });

  it.each([
    ['Franco Baresi met Ana Ruiz in Milan on Monday.', 'France'],
    ['The Irish side of the border was flooded on Monday.', 'Ireland'],
  ])('reads no country where none acts: %s', (body, country) => {
    expect(eventsOf(body).flatMap((event) => event.actors)).not.toContain(country);
  });
});

describe('the sides of a move, a race and a handover, named after the object', () => {
  it.each([
    [
      'The club signed Brazilian striker Luis Ebo from Castlebridge United on Monday.',
      ['Luis Ebo', 'Castlebridge United'],
    ],
    ['Velto Motors hired Ana Ruiz from Kestrel Motors on Monday.', ['Velto Motors', 'Ana Ruiz', 'Kestrel Motors']],
    ['Ana Ruiz was elected mayor on Sunday, defeating Ivo Brandt.', ['Ana Ruiz', 'Ivo Brandt']],
    ['The board named Ana Ruiz as chief executive on Monday, replacing Ivo Brandt.', ['Ana Ruiz', 'Ivo Brandt']],
    ['Ana Ruiz was sworn in as governor on Tuesday, succeeding Ivo Brandt.', ['Ana Ruiz', 'Ivo Brandt']],
  ])('%s', (body, actors) => {
    expect(actorsOf(body, 'other')).toEqual(expect.arrayContaining(actors));
  });

  it.each([
    ['Lurovia bought gas from Norway on Monday.', 'Norway'],
    ['Harrow Vale bought the meadow from the Ashcombe Estate in 2019.', 'Ashcombe'],
  ])('takes no place, nor a part of a name, for the seller: %s', (body, place) => {
    expect(eventsOf(body).flatMap((event) => event.actors)).not.toContain(place);
  });
});

describe('the bodies that the people met stand for', () => {
  it.each([
    [
      'On Monday the minister met with executives from Velto Motors and Kestrel Motors.',
      ['Velto Motors', 'Kestrel Motors'],
    ],
    ['The mayor on Monday met residents and representatives of the Harwell Union.', ['Harwell Union']],
  ])('%s', (body, actors) => {
    expect(actorsOf(body, 'meeting')).toEqual(expect.arrayContaining(actors));
  });
});

describe('a bare name never given in full, told by what stands around it', () => {
  it.each([
    ['Kestrel Motors sued its former supplier, Velto, on Monday.', 'other', 'Velto'],
    ['Pellmark agreed to buy its smaller rival, Halcrest, on Monday.', 'other', 'Halcrest'],
    ['The regulator fined the club’s chairman, Okafor, on Monday.', 'policy', 'Okafor'],
    ['Macron called Scholz on Monday.', 'meeting', 'Scholz'],
    ['Putin called Erdoğan on Monday.', 'meeting', 'Erdoğan'],
  ])('%s', (body, kind, name) => {
    expect(actorsOf(body, kind)).toContain(name);
  });

  it('reads no call in a name given ("a man called Ruiz")', () => {
    expect(eventsOf('A man called Ruiz was arrested in Tarvik on Monday.').map((event) => event.kind)).not.toContain(
      'meeting',
    );
  });
});

describe('whom the subject acts for', () => {
  it.each([
    ['Ana Ruiz signed the deal on behalf of Velto Motors on Monday.', 'policy', ['Ana Ruiz', 'Velto Motors']],
    ['The lawyer filed the appeal on Tuesday on behalf of the Harwell Union.', 'other', ['Harwell Union']],
  ])('%s', (body, kind, actors) => {
    expect(actorsOf(body, kind)).toEqual(expect.arrayContaining(actors));
  });
});

describe('a Vietnamese name whose given name is "An"', () => {
  it.each([
    ['Nguyen Van An was detained in Hue on Sunday.', 'conflict', 'Nguyen Van An'],
    ['Police detained Tran Thi An on Sunday.', 'conflict', 'Tran Thi An'],
    ['Le Van An resigned on Monday.', 'other', 'Le Van An'],
  ])('%s', (body, kind, name) => {
    expect(actorsOf(body, kind)).toEqual([name]);
  });

  it('leaves "An" that opens a sentence an article', () => {
    expect(eventsOf('An official resigned on Monday.').flatMap((event) => event.actors)).toEqual([]);
  });
});
