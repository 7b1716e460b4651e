import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * Who takes part in an event when the sentence does not name them as its subject: a role or a
 * kind of body that points back ("the watchdog", "the new governor", "the clubs"), "they", an
 * agent after a complement, a list with ages or titles, someone acted with before a meeting noun.
 * Invented articles in several styles; paragraphs separated by blank lines.
 */
function lines(...paragraphs: string[]): string[] {
  return eventLines(paragraphs.join('\n\n'), () => true, '2026-03-12');
}

describe('the agent of a passive whose trigger holds its auxiliary', () => {
  it.each([
    ['Grady was sentenced to six years in prison by Judge Ellen Marsh on Friday.', 'Ellen Marsh'],
    ['Two men were sentenced to life in prison on Monday by Judge Ana Ferraz.', 'Ana Ferraz'],
  ])('%s', (sentence, agent) => {
    expect(lines(sentence).find((line) => line.startsWith('other '))).toContain(agent);
  });
});

describe('lists of people in the subject or the object', () => {
  it('takes a name after a title in apposition, and the next one after its title', () => {
    expect(
      lines("The union's leader, Sam Boateng, and chief executive Julia Hart met for two hours on Tuesday."),
    ).toEqual(['meeting 2026-03-10 occurred [Sam Boateng, Julia Hart]']);
  });

  it('keeps an object list with ages whole, and its date', () => {
    expect(lines('Police arrested Mark Tilden, 31, and Joanne Price, 28, in Leeds on Saturday.')).toEqual([
      'conflict 2026-03-07 occurred [Mark Tilden, Joanne Price]',
    ]);
  });

  it('does not join the object of one verb to the subject of the next', () => {
    expect(lines('Police questioned Ravi Rao, and Mohan Rakesh was arrested on Tuesday.')).toEqual([
      'conflict 2026-03-10 occurred [Mohan Rakesh]',
    ]);
  });
});

describe('"they" for the people of the event just told', () => {
  it.each([
    ['On Tuesday they visited a shipyard in Malmo.', 'travel 2026-03-10 occurred [Anna Berg, Jonas Lind]'],
    ['They agreed to hold a second round of talks next month.', 'meeting 2026-04 scheduled [Anna Berg, Jonas Lind]'],
  ])('after a time adverbial or a verb with "to": %s', (sentence, line) => {
    expect(lines(`Anna Berg and Jonas Lind met in Stockholm on Monday. ${sentence}`)).toContain(line);
  });

  it('is nobody when the sentence between tells of others', () => {
    const found = lines(
      'Ana Ruiz met Pablo Soto in Lima on Monday.',
      'Protesters gathered outside.',
      'On Tuesday they marched to the palace.',
    );
    expect(found.find((line) => line.startsWith('other '))).toMatch(/\[\]$/);
  });
});

describe('a kind of body named again by a noun its name does not hold', () => {
  it.each([
    [
      [
        'The Financial Conduct Authority fined Stellar Insurance £4m on Monday.',
        'The watchdog said on Tuesday it would review the whole sector.',
      ],
      'announcement 2026-03-10 occurred [Financial Conduct Authority]',
    ],
    [
      [
        'The Federal Aviation Administration grounded 40 jets on Monday.',
        'The agency said on Tuesday that inspections would take a week.',
      ],
      'statement 2026-03-10 occurred [Federal Aviation Administration]',
    ],
    [
      [
        'The Marlow Trust announced on Monday a £2m grant for local schools.',
        'The charity will open applications on April 1.',
      ],
      'other 2026-04-01 scheduled [Marlow Trust]',
    ],
  ])('%s', (paragraphs, line) => {
    expect(lines(...paragraphs)).toContain(line);
  });

  it('is nobody when no public body was named', () => {
    const found = lines(
      'Stellar Insurance and Orvel Bank were fined on Monday.',
      'The watchdog said on Tuesday it would review the whole sector.',
    );
    expect(found.find((line) => line.startsWith('announcement '))).toMatch(/\[\]$/);
  });
});

describe('an office named again by another title for it', () => {
  it.each([
    [
      [
        'Kofi Mensah was appointed governor of the central bank on Monday.',
        'The new governor cut interest rates on Tuesday.',
      ],
      'policy 2026-03-10 occurred [Kofi Mensah]',
    ],
    [
      ['Kofi Mensah was sworn in as governor on Monday.', 'The governor cut interest rates on Tuesday.'],
      'policy 2026-03-10 occurred [Kofi Mensah]',
    ],
    [
      ['King Harald opened the new parliament on Monday.', 'The monarch will visit Tromso in June.'],
      'travel 2026-06 scheduled [King Harald]',
    ],
    [
      ['Pope Leo arrived in Beirut on Sunday.', 'The pontiff met President Joseph Aoun on Monday.'],
      'meeting 2026-03-09 occurred [Pope Leo, Joseph Aoun]',
    ],
    [
      ['Prime Minister Ana Ruiz flew to Ottawa on Monday.', 'The premier met business leaders on Tuesday.'],
      'meeting 2026-03-10 occurred [Ana Ruiz]',
    ],
  ])('%s', (paragraphs, line) => {
    expect(lines(...paragraphs)).toContain(line);
  });
});

describe('"the clubs", "the banks", "the countries": the two sides just told', () => {
  it.each([
    [
      ['Castlebridge United and FC Rheinhafen held talks on Saturday.', 'The clubs agreed a fee of £48m on Sunday.'],
      'policy 2026-03-08 occurred [Castlebridge United, FC Rheinhafen]',
    ],
    [
      ['Orvel Bank and Nordbank announced a merger on Monday.', 'The banks will hold shareholder votes in May.'],
      'other 2026-05 scheduled [Orvel Bank, Nordbank]',
    ],
    [
      ['Kenya and Uganda signed a border agreement on Monday.', 'The countries will open a joint post in June.'],
      'other 2026-06 scheduled [Kenya, Uganda]',
    ],
  ])('%s', (paragraphs, line) => {
    expect(lines(...paragraphs)).toContain(line);
  });

  it('is nobody when the event before had three', () => {
    const found = lines(
      'Halden Group, Corvel Tools and Nordwave announced a merger on Monday.',
      'The companies will hold shareholder votes in May.',
    );
    expect(found.find((line) => line.startsWith('other 2026-05'))).toMatch(/\[\]$/);
  });
});

describe("a body's members for the body", () => {
  it.each([
    [
      ['The Westbury Council approved the scheme on Monday.', 'Councillors will vote on the budget on March 20.'],
      'policy 2026-03-20 scheduled [Westbury Council]',
    ],
    [
      ['The bill went to the National Assembly in June.', 'Lawmakers approved the bill on Tuesday.'],
      'policy 2026-03-10 occurred [National Assembly]',
    ],
  ])('%s', (paragraphs, line) => {
    expect(lines(...paragraphs)).toContain(line);
  });
});

describe('a body that reports the event in an aside, with more after it', () => {
  it('acts in the event', () => {
    const found = lines(
      'The Czech National Bank cut its main interest rate on Thursday.',
      'A board meeting planned for Friday has been cancelled, the bank said, and the next rate decision will be announced on April 4.',
    );
    expect(found.find((line) => line.startsWith('meeting '))).toContain('[Czech National Bank]');
  });
});

describe('whom the subject acted with, before a meeting noun that is where', () => {
  it.each([
    'Denise Kowalczyk raised the transfers with Glenn Ashby at a meeting on Monday.',
    'Denise Kowalczyk discussed the border with Glenn Ashby during talks in Lima on Monday.',
  ])('%s', (sentence) => {
    expect(lines(sentence)).toEqual(['meeting 2026-03-09 occurred [Denise Kowalczyk, Glenn Ashby]']);
  });

  it('leaves out those who are not named', () => {
    expect(lines('Ana Ruiz discussed the border with reporters at a news conference on Monday.').join()).not.toMatch(
      /reporters/,
    );
  });
});

describe('the people who act for a body named after them', () => {
  it.each([
    [
      'Officers from Harlow Police arrested a 34-year-old man on Sunday.',
      'conflict 2026-03-08 occurred [Harlow Police]',
    ],
    [
      'Inspectors from the International Atomic Energy Agency arrived in Tehran on Monday.',
      'travel 2026-03-09 occurred [International Atomic Energy Agency]',
    ],
  ])('%s', (sentence, line) => {
    expect(lines(sentence)).toContain(line);
  });

  it('reads bare "officers" as the one police force named before', () => {
    expect(lines('Harlow Police said a man had been arrested.', 'Officers seized two guns on Sunday.')).toContain(
      'other 2026-03-08 occurred [Harlow Police]',
    );
  });

  it('keeps people from a country a place: "Tourists from Germany arrived"', () => {
    expect(lines('Tourists from Germany arrived in Bamako on Monday.')).toEqual(['travel 2026-03-09 occurred []']);
  });
});

describe('who receives what a verb gives, after "to"', () => {
  it('is a business too', () => {
    expect(lines('Halden Group sold its shipping arm to Nordwave Shipping on Monday.')).toEqual([
      'other 2026-03-09 occurred [Halden Group, Nordwave Shipping]',
    ]);
  });

  it('is not a place named after the receiver', () => {
    expect(lines('Halden Group sold 40 trucks to buyers in Kenya on Monday.')).toEqual([
      'other 2026-03-09 occurred [Halden Group]',
    ]);
  });
});

describe('an event noun with a participle of leading it: "The talks, chaired by X,"', () => {
  it('takes the one who led it', () => {
    expect(lines('The talks, chaired by Norwegian envoy Tor Hansen, ended on Friday without a deal.')).toEqual([
      'meeting 2026-03-06 occurred [Tor Hansen]',
    ]);
  });
});

describe('an event noun that refers back to an event just told', () => {
  it.each([
    [
      ['The National Union of Rail Workers called a strike on Monday.', 'The strike will begin on March 20.'],
      'other 2026-03-20 scheduled [National Union of Rail Workers]',
    ],
    [
      ['Anna Berg met Jonas Lind in Stockholm on Monday.', 'A second meeting is planned for April 14.'],
      'meeting 2026-04-14 scheduled [Anna Berg, Jonas Lind]',
    ],
  ])('%s', (paragraphs, line) => {
    expect(lines(...paragraphs)).toContain(line);
  });
});

describe('a plan told by someone unnamed for a body', () => {
  it('is the body the reported clause names', () => {
    expect(
      lines(
        'Brightwell Foods reported a fall in profit on Wednesday.',
        'A spokeswoman said the company would close its Dunmore plant in June.',
      ),
    ).toContain('announcement 2026-06 scheduled [Brightwell Foods]');
  });
});

describe('a pair before a relative clause', () => {
  it('acts in the clause and after it', () => {
    expect(
      lines(
        'President Hana Moreau hosted Kenyan President William Otieno in Paris on Monday.',
        'The two leaders, who last met in 2024, signed a trade pact on Tuesday.',
      ),
    ).toContain('policy 2026-03-10 occurred [Hana Moreau, William Otieno]');
  });
});

describe('a body speaking through someone unnamed, and speakers together', () => {
  it('reads "a union spokesman" as the union', () => {
    const body =
      'The Unite union rejected the pay offer on Monday.\n\n"Our members deserve better than this," a union spokesman said.';
    expect(eventLines(body, (kind) => kind === 'quote', '2026-03-12')).toEqual([
      'quote 2026-03-12 occurred [Unite union]',
    ]);
  });

  it.each([
    '"We made real progress on the border and on trade," the two leaders said in a joint statement.',
    '"We made real progress on the border and on trade," they said.',
  ])('gives a quotation to both: %s', (sentence) => {
    const body = `Ana Ruiz met Pablo Soto on Monday.\n\n${sentence}`;
    expect(eventLines(body, (kind) => kind === 'quote', '2026-03-12')).toEqual([
      'quote 2026-03-12 occurred [Ana Ruiz, Pablo Soto]',
    ]);
  });
});

describe('"the government" of the country the story is about', () => {
  it('is the country a sentence opened with, not one named in passing', () => {
    expect(
      lines(
        'The Kenyan government said on Tuesday it would send police to Haiti.',
        'The government will deploy the first 400 officers in June.',
      ),
    ).toContain('other 2026-06 scheduled [Kenya]');
  });

  it('is nobody when no sentence opened with a country', () => {
    expect(
      lines('Halden Group said on Monday it would cut 900 jobs.', 'The government will deploy 400 officers in June.'),
    ).toContain('other 2026-06 scheduled []');
  });
});

describe('first person', () => {
  it('"I" after a fronted day is the writer under a byline', () => {
    expect(lines('By Anna Berg', 'On Tuesday I met the mayor, Ivan Petrenko.')).toEqual([
      'meeting 2026-03-10 occurred [Anna Berg, Ivan Petrenko]',
    ]);
  });

  it('is the keeper of the diary the article gives', () => {
    expect(
      lines(
        'Travel writer Anna Berg spent two weeks at sea. These are extracts from her diary.',
        'March 1: We left Tromso at dawn.',
      ),
    ).toContain('travel 2026-03-01 occurred [Anna Berg]');
  });

  it('"we" in an interview\'s answers is the body the one interviewed leads', () => {
    expect(
      lines(
        "Ama Owusu, who has led the Ashanti Cocoa Farmers' Cooperative since 2019, sat down with us on Tuesday.",
        'Q: Will there be another protest?',
        'A: We marched on Parliament in November. We will march again on April 2.',
      ),
    ).toEqual(
      expect.arrayContaining([
        "other 2025-11 occurred [Ashanti Cocoa Farmers' Cooperative]",
        "other 2026-04-02 scheduled [Ashanti Cocoa Farmers' Cooperative]",
      ]),
    );
  });

  it('is nobody without a byline, a diary or an interview', () => {
    expect(lines('We left Tromso at dawn on Monday.')).toEqual(['travel 2026-03-09 occurred []']);
  });
});

describe('"it" after a fronted time', () => {
  it('is the body the sentence before opened with', () => {
    expect(
      lines('Earlier this month the Marlow Trust won a craft prize.', 'Next spring it plans to open a glass school.'),
    ).toContain('other 2027-03 scheduled [Marlow Trust]');
  });
});

describe('who travels with the subject', () => {
  it.each([
    'Ana Ruiz arrived in Tokyo on Monday, accompanied by Trade Minister Jorge Paz.',
    'Ana Ruiz flew to Tokyo on Monday with her trade minister, Jorge Paz.',
    'Ana Ruiz travelled with Jorge Paz to Tokyo on Monday.',
  ])('%s', (sentence) => {
    expect(lines(sentence)).toEqual(['travel 2026-03-09 occurred [Ana Ruiz, Jorge Paz]']);
  });

  it('is nobody named after other words than a title', () => {
    expect(lines('Ana Ruiz arrived in Kyiv on Monday with a message from Vladimir Putin.')).toEqual([
      'travel 2026-03-09 occurred [Ana Ruiz]',
    ]);
  });
});

describe('an office named with its field after it or before it', () => {
  it('"the minister for trade" is "the trade minister"', () => {
    expect(
      lines(
        'Ana Ruiz, the minister for trade, arrived in Santiago on Monday.',
        'The trade minister met Gabriel Soto on Tuesday.',
      ),
    ).toContain('meeting 2026-03-10 occurred [Ana Ruiz, Gabriel Soto]');
  });
});

describe('"the club" when the text named one club', () => {
  it('is that club, though no sentence opened with it', () => {
    expect(lines('Neil Ashby managed Castlebridge United for two years.', 'The club sacked him on Sunday.')).toContain(
      'other 2026-03-08 occurred [Castlebridge United, Neil Ashby]',
    );
  });

  it('is unknown when two clubs were named', () => {
    expect(
      lines('Neil Ashby managed Castlebridge United before joining Harlow Town.', 'The club sacked him on Sunday.'),
    ).toContain('other 2026-03-08 occurred [Neil Ashby]');
  });
});

describe('"them" after a verb', () => {
  it('is the people of the event just told', () => {
    expect(lines('Ana Ruiz and Pablo Soto were arrested in Lima on Sunday. Police released them on Monday.')).toContain(
      'other 2026-03-09 occurred [Ana Ruiz, Pablo Soto]',
    );
  });
});

describe('"the company" that a body acts on', () => {
  it('is another company than the subject', () => {
    expect(
      lines('Kestrel Motors reported a loss on Monday.', 'Halden Group agreed to buy the company on Tuesday.'),
    ).toContain('other 2026-03-10 occurred [Halden Group, Kestrel Motors]');
  });

  it('is the subject when it opens a reported clause', () => {
    expect(lines('Halden Group said on Monday the company would cut 900 jobs.')).toEqual([
      'announcement 2026-03-09 occurred [Halden Group]',
    ]);
  });

  it('is the business an authority fined, not the authority', () => {
    expect(
      lines(
        'Ofgem fined Northline Power £3m on Monday over billing errors.',
        'The supplier said on Tuesday it would appeal.',
      ),
    ).toContain('announcement 2026-03-10 occurred [Northline Power]');
  });
});

describe('a pronoun after sentences that are all quotation', () => {
  it('reaches back past them', () => {
    expect(
      lines(
        'Prime Minister Ana Ruiz announced her resignation on Monday.',
        '"It has been an honour to serve," she said. "I leave with no regrets. The party is strong. We will win again. The country is in good hands."',
        'She will leave office on Friday.',
      ),
    ).toContain('other 2026-03-13 scheduled [Ana Ruiz]');
  });
});

describe('a chamber that a vote or a debate takes place in', () => {
  it.each([
    [
      'The bill goes to a vote in the Congress of Deputies next month.',
      'policy 2026-04 scheduled [Congress of Deputies]',
    ],
    [
      'The motion will be debated in the National Assembly on Tuesday.',
      'policy 2026-03-17 scheduled [National Assembly]',
    ],
  ])('%s', (sentence, line) => {
    expect(lines(sentence)).toEqual([line]);
  });
});

describe('an object pronoun', () => {
  it('is not the subject of its own clause', () => {
    const body = [
      'Health Minister Amara Celik visited the hospital on Monday.',
      'Its director, Tom Fry, showed her the new wing.',
      '"We will fix the waiting lists within a year," she said.',
    ].join('\n\n');
    expect(eventLines(body, (kind) => kind === 'quote', '2026-03-12')).toEqual([
      'quote 2026-03-12 occurred [Amara Celik]',
    ]);
  });

  it('may be the subject of the clause that reports it', () => {
    expect(
      lines('Ana Ruiz met Pablo Soto on Monday.', 'Ruiz said the party would appoint her as its leader on Friday.'),
    ).toContain('other 2026-03-13 scheduled [Ana Ruiz]');
  });
});

describe('talks named after an aside', () => {
  it('"According to Ruiz, the talks will resume" are the talks told before', () => {
    expect(
      lines('Ana Ruiz and Pablo Soto spoke by phone on Sunday.', 'According to Ruiz, the talks will resume on Friday.'),
    ).toContain('meeting 2026-03-13 scheduled [Ana Ruiz, Pablo Soto]');
  });
});

describe('a meeting of "they", "their" or "the talks" some sentences on', () => {
  it.each([
    [
      [
        'Ana Ruiz and Pablo Soto met in Geneva on Monday.',
        'The talks focused on the border.',
        'They spoke by phone again on Wednesday.',
      ],
      'meeting 2026-03-11 occurred [Ana Ruiz, Pablo Soto]',
    ],
    [
      ['Ana Ruiz met Pablo Soto in Geneva on Monday.', 'Ruiz said their next meeting would be in Lima on April 2.'],
      'meeting 2026-04-02 scheduled [Ana Ruiz, Pablo Soto]',
    ],
    [
      [
        'Ana Ruiz and Pablo Soto met in Geneva on Monday.',
        'Peru wants a new crossing.',
        'Chile has resisted.',
        'Trade has fallen by a third.',
        'The talks will resume on Friday.',
      ],
      'meeting 2026-03-13 scheduled [Ana Ruiz, Pablo Soto]',
    ],
  ])('%s', (paragraphs, line) => {
    expect(lines(...paragraphs)).toContain(line);
  });
});

describe('"both sides", "the two sides" for two bodies', () => {
  it.each([
    [
      [
        'The Velland government and the Northern Liberation Front signed a truce on Monday.',
        'Both sides will meet in Geneva on March 20.',
      ],
      'meeting 2026-03-20 scheduled [Velland government, Northern Liberation Front]',
    ],
    [
      [
        'The Transport Workers Union and Metrolink broke off pay talks on Monday.',
        'Both parties will meet again on Friday.',
      ],
      'meeting 2026-03-13 scheduled [Transport Workers Union, Metrolink]',
    ],
  ])('%s', (paragraphs, line) => {
    expect(lines(...paragraphs)).toContain(line);
  });

  it('is nobody when three bodies acted before', () => {
    const found = lines(
      'The Transport Workers Union, the GMB union and Metrolink signed a deal on Monday.',
      'Both sides will meet again on Friday.',
    );
    expect(found.find((line) => line.startsWith('meeting '))).toMatch(/\[\]$/);
  });
});

describe('"the German leader": the one of two people the text did not tie to another country', () => {
  it('is the untied one who holds such an office', () => {
    expect(
      lines(
        'Chancellor Felix Brandt met French President Paul Morel in Paris on Monday.',
        'The German leader will travel to Warsaw on Wednesday.',
      ),
    ).toContain('travel 2026-03-18 scheduled [Felix Brandt]');
  });

  it.each([
    // Two leaders tied to no country: either may be the German one.
    [
      'President Ana Ruiz met Chancellor Felix Brandt in Paris on Monday.',
      'The German leader will travel to Warsaw on Wednesday.',
    ],
    // Nobody tied to another country: the Spanish premier is the host, not the traveller.
    ['Prime Minister Ana Ruiz flew to Madrid on Monday.', 'The Spanish prime minister will fly to Lisbon on Tuesday.'],
  ])('is nobody named when the text does not tell them apart: %s', (...paragraphs) => {
    expect(lines(...paragraphs).at(-1)).not.toMatch(/Ruiz|Brandt/);
  });
});

describe('"his counterpart", "her counterpart" with no name after it', () => {
  it.each([
    [
      [
        'Foreign Minister Ana Ruiz met her Chilean counterpart, Pablo Soto, in Lima on Monday.',
        'Ruiz and her counterpart will meet again in April.',
      ],
      'meeting 2026-04 scheduled [Ana Ruiz, Pablo Soto]',
    ],
    [
      [
        'Defence Secretary John Hale met his French counterpart, Pierre Lamy, on Monday.',
        'His counterpart will fly to Berlin on Friday.',
      ],
      'travel 2026-03-13 scheduled [Pierre Lamy]',
    ],
  ])('is the one named as such before, not the possessor: %s', (paragraphs, line) => {
    expect(lines(...paragraphs)).toContain(line);
  });

  it('is nobody when two people hold the office', () => {
    const found = lines(
      'Foreign Minister Ana Ruiz met Foreign Minister Pablo Soto of Chile and Foreign Minister Juan Vidal of Peru on Monday.',
      'Her counterpart will fly to Lima on Friday.',
    );
    expect(found.join('\n')).not.toMatch(/travel .*(?:Ruiz|Soto|Vidal)/);
  });
});

describe('a list of bodies after "The" as the subject', () => {
  it('"The Transport Workers Union and Metrolink broke off their talks": both', () => {
    expect(lines('The Transport Workers Union and Metrolink broke off their pay talks on Monday.')).toEqual([
      'meeting 2026-03-09 occurred [Transport Workers Union, Metrolink]',
    ]);
  });
});

describe("a body's board or office named with the body's possessive", () => {
  it('"Halcrest\'s board" is the body, not a body called so', () => {
    const found = lines(
      'Halcrest Energy reported a loss on Tuesday.',
      "Halcrest's board will meet on Friday to choose a new chair.",
    );
    expect(found).toContain('meeting 2026-03-13 scheduled [Halcrest Energy]');
    expect(found.join('\n')).not.toContain("Halcrest's board");
  });

  it.each([
    'Its chief executive will fly to Oslo on Friday.',
    "The company's chief executive will fly to Oslo on Friday.",
  ])('"its chief executive" is the one it appointed: %s', (sentence) => {
    expect(lines('Halcrest Energy appointed Maria Lind as chief executive on Monday.', sentence)).toContain(
      'travel 2026-03-13 scheduled [Maria Lind]',
    );
  });

  it('is not the chief executive of another body ("Orvel Bank\'s chief executive")', () => {
    const found = lines(
      'Halcrest Energy appointed Maria Lind as chief executive on Monday.',
      "Orvel Bank's chief executive will fly to Oslo on Friday.",
    );
    expect(found.find((line) => line.startsWith('travel '))).not.toContain('Maria Lind');
  });
});

describe('a body whose board or council a reported plan names: "said its board would meet"', () => {
  it.each([
    [
      ['Pablo Soto resigned as chairman of Orvel Bank on Monday.', 'The bank said its board would meet on Thursday.'],
      'meeting 2026-03-12 scheduled [Orvel Bank]',
    ],
    [
      ['Halden Group said the board would vote on the offer on Thursday.'],
      'policy 2026-03-12 scheduled [Halden Group]',
    ],
  ])('%s', (paragraphs, line) => {
    expect(lines(...paragraphs)).toContain(line);
  });
});

describe('"Joining X at the talks": a participle opening the sentence', () => {
  it('makes no person of the participle and its object', () => {
    expect(
      lines('Joining Ana Ruiz at the talks in Lima on Monday, Pablo Soto pledged $2m for flood relief.').join('\n'),
    ).not.toContain('Joining');
  });

  it.each([
    [
      'Joining Ana Ruiz at the talks in Lima on Monday, Pablo Soto pledged $2m for flood relief.',
      'meeting 2026-03-09 occurred [Ana Ruiz, Pablo Soto]',
    ],
    [
      'Joining Ana Ruiz at the talks in Lima on Monday were Pablo Soto and Jorge Paz.',
      'meeting 2026-03-09 occurred [Ana Ruiz, Pablo Soto, Jorge Paz]',
    ],
  ])('gives the meeting to the one joined and those who join: %s', (sentence, line) => {
    expect(lines(sentence)).toContain(line);
  });
});

describe('"the buyer", "the target": the sides of a takeover told just before', () => {
  it.each([
    [
      ['Halden Group agreed to buy Kestrel Motors on Monday.', 'The deal will be completed in June, the buyer said.'],
      'other 2026-06 scheduled [Halden Group]',
    ],
    [
      ['Halden Group agreed to buy Kestrel Motors on Monday.', 'The target said it would cut 300 jobs in June.'],
      'announcement 2026-06 scheduled [Kestrel Motors]',
    ],
    [
      [
        'Halden Group made a £2bn bid for Kestrel Motors on Monday.',
        'The bidder said on Tuesday it would raise the offer.',
      ],
      'announcement 2026-03-10 occurred [Halden Group]',
    ],
  ])('%s', (paragraphs, line) => {
    expect(lines(...paragraphs)).toContain(line);
  });

  it('is nobody when no takeover was told', () => {
    const found = lines(
      'Halden Group and Kestrel Motors reported results on Monday.',
      'The buyer will close the Leeds plant in June.',
    );
    expect(found.find((line) => line.startsWith('other 2026-06'))).not.toMatch(/Halden|Kestrel/);
  });
});

describe('bare "members" for the one union named before', () => {
  it('is the union', () => {
    expect(
      lines(
        'The Kestrel Dockworkers Union called a strike on Monday.',
        'Its general secretary, Sara Lind, said members would walk out on March 20.',
      ),
    ).toContain('other 2026-03-20 scheduled [Kestrel Dockworkers Union]');
  });

  it('is nobody when two unions were named', () => {
    const found = lines(
      'The Kestrel Dockworkers Union and the Rail Workers Union met on Monday.',
      'Members will strike on March 20.',
    );
    expect(found.find((line) => line.startsWith('other 2026-03-20'))).toMatch(/\[\]$/);
  });
});
