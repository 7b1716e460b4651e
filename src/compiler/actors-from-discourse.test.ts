import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * Who acts in an event whose sentence does not name them: a description that refers back to a
 * body by the trade it was described with, a capitalised office in apposition taken up by "the
 * Minister", a verb that follows ", then" with the first verb's subject, a list of agents after
 * "by" with a title in apposition. Invented articles in several styles; paragraphs by blank lines.
 */
function lines(...paragraphs: string[]): string[] {
  return eventLines(paragraphs.join('\n\n'), () => true, '2026-03-12');
}

/** The actors of the first event line starting with `head` ("kind date"), or undefined. */
function actorsOf(found: readonly string[], head: string): string | undefined {
  const line = found.find((candidate) => candidate.startsWith(head));
  return line?.slice(line.indexOf('['));
}

describe('"the shipbuilder": a body described by its trade before', () => {
  it.each([
    [
      'an apposition with a place before the noun',
      'Halden Group, the Oslo-based shipbuilder, lost a navy contract on Monday. The shipbuilder said on Tuesday it would cut 200 jobs.',
      '[Halden Group]',
    ],
    [
      'an apposition with a demonym',
      'Halden Group, the Norwegian shipbuilder, lost a navy contract on Monday. The shipbuilder said on Tuesday it would cut 200 jobs.',
      '[Halden Group]',
    ],
    [
      'a compound trade noun in an indefinite apposition',
      'Tarvo Logistics, a Tallinn freight forwarder, lost its biggest client on Monday. The forwarder announced on Tuesday that it would close two depots.',
      '[Tarvo Logistics]',
    ],
    [
      'the noun before the name',
      'Dutch payment processor Kestrav Systems suffered an outage on Friday. The processor said on Tuesday it would refund merchants.',
      '[Kestrav Systems]',
    ],
  ])('%s', (_, body, actors) => {
    expect(actorsOf(lines(body), 'announcement 2026-03-10')).toBe(actors);
  });

  it('is nobody when the text never described the body by that trade', () => {
    const found = lines(
      'Halden Group lost a navy contract on Monday. The shipbuilder said on Tuesday it would cut 200 jobs.',
    );
    expect(actorsOf(found, 'announcement 2026-03-10')).toBe('[]');
  });

  it('is the body described so, not another named after it', () => {
    const found = lines(
      'Halden Group, the Oslo-based shipbuilder, lost a navy contract to Velda Marine on Monday. The shipbuilder said on Tuesday it would cut 200 jobs.',
    );
    expect(actorsOf(found, 'announcement 2026-03-10')).toBe('[Halden Group]');
  });
});

describe('"the Minister" after a capitalised office in apposition', () => {
  it.each([
    [
      'a field with "and" (press release)',
      'The Minister for Health and Medical Services, Hon. Dr Josefa Nakau, visited Nasavu Health Centre on Wednesday. “Every child vaccinated this week is a child saved,” the Minister said during the visit.',
      'quote 2026-03-11',
      '[Josefa Nakau]',
    ],
    [
      'a foreign minister (Gulf paper)',
      'The Minister of State for Foreign Affairs, Dr Khalid Al Suwaidi, arrived in Lisbon on Monday. The Minister met Portuguese business leaders on Tuesday.',
      'meeting 2026-03-10',
      '[Khalid Al Suwaidi]',
    ],
    [
      'a minister for an affairs portfolio (wire)',
      'The Minister for Foreign Affairs, Amina Odhiambo, arrived in Nairobi on Monday. "We are here to listen," the Minister told reporters on Tuesday.',
      'quote 2026-03-10',
      '[Amina Odhiambo]',
    ],
  ])('%s', (_, body, head, actors) => {
    expect(actorsOf(lines(body), head)).toBe(actors);
  });

  it('does not make the words of the office a body of its own', () => {
    const found = lines(
      'The Minister for Health and Medical Services, Hon. Dr Josefa Nakau, visited Nasavu Health Centre on Wednesday.',
    );
    expect(actorsOf(found, 'travel 2026-03-11')).not.toContain('Medical Services');
  });

  it('lets the person act for the chamber they preside over', () => {
    const found = lines(
      'The president of the Chamber of Deputies, Renato Falcão, postponed the vote on the fuel bill on Tuesday.',
    );
    expect(actorsOf(found, 'policy 2026-03-10')).toBe('[Renato Falcão]');
  });
});

describe('a verb after ", then": the next step of the first verb\'s subject', () => {
  it.each([
    [
      'Kofi Mensah met the Ghanaian president on Monday in Accra, then flew to Abuja on Tuesday.',
      'travel 2026-03-10',
      '[Kofi Mensah]',
    ],
    [
      'Governor Dale Whitcomb toured the flooded valley on Monday with the Canadian ambassador, later signing an emergency order on Tuesday.',
      'policy 2026-03-10',
      '[Dale Whitcomb]',
    ],
    [
      'Orvel Motors recalled 40,000 cars sold in Germany on Monday, then suspended exports to France on Tuesday.',
      'other 2026-03-10',
      '[Orvel Motors]',
    ],
  ])('%s', (body, head, actors) => {
    expect(actorsOf(lines(body), head)).toBe(actors);
  });

  it('keeps a subject of its own after "and"', () => {
    const found = lines(
      'Kofi Mensah met the Ghanaian president on Monday, and Ama Boateng then flew to Abuja on Tuesday.',
    );
    expect(actorsOf(found, 'travel 2026-03-10')).toBe('[Ama Boateng]');
  });
});

describe('agents after "by" joined by "and", one of them with a title in apposition', () => {
  it('takes both signatories', () => {
    const found = lines(
      'Gas flowed again on Saturday.',
      "The agreement was signed in Bucharest on Friday by Pârvu and Moldova's energy minister, Victor Grama, in the presence of reporters.",
    );
    expect(actorsOf(found, 'policy 2026-03-06')).toBe('[Pârvu, Victor Grama]');
  });
});

describe('"the town council": a modifier that is a word of one body\'s name picks it', () => {
  it.each([
    [
      'a town council after the county council it dealt with (local paper)',
      [
        'Bradstow Town Council voted on Monday to take over the library from Wiltshire Council, which had planned to close it.',
        "The town council's annual meeting has been moved from May 11 to May 18.",
      ],
      'meeting 2026-05-18',
      '[Bradstow Town Council]',
    ],
    [
      'a district court after a supreme court (court report)',
      [
        "The Harris County District Court froze the company's accounts on Monday, a ruling the Texas Supreme Court declined to review.",
        'The district court will hear the case again on March 20.',
      ],
      'other 2026-03-20',
      '[Harris County District Court]',
    ],
    [
      'a regional council after a community council it joined',
      [
        'Kelso Regional Council objected to the wind farm on Monday, joining Ardmore Community Council.',
        'The regional council said on Tuesday it would take the case to court.',
      ],
      'announcement 2026-03-10',
      '[Kelso Regional Council]',
    ],
  ])('%s', (_, paragraphs, head, actors) => {
    expect(actorsOf(lines(...paragraphs), head)).toBe(actors);
  });

  it('is still the latest council when no name holds the modifier', () => {
    const found = lines(
      'Bradstow Town Council voted on Monday to take over the library from Wiltshire Council.',
      'The county council said on Tuesday it would close two other branches in May.',
    );
    expect(actorsOf(found, 'announcement 2026-03-10')).toBe('[Wiltshire Council]');
  });
});

describe('"The Ministry": the body the short name has stood for', () => {
  it('goes on being it past another ministry mentioned in passing (press release)', () => {
    const found = lines(
      'The Ministry of Health confirmed 47 cases on Thursday. The Ministry declared an outbreak on Monday.',
      'After consultation with the Ministry of Education, schools will open as planned.',
      'Teams have vaccinated 6,000 children.',
      'The Ministry will give its next update at a press conference on Monday 16 March.',
    );
    expect(actorsOf(found, 'announcement 2026-03-16')).toBe('[Ministry of Health]');
  });

  it('is the other ministry when the sentence before names it', () => {
    const found = lines(
      'The Ministry of Health confirmed 47 cases on Thursday. The Ministry declared an outbreak on Monday.',
      'The Ministry of Education said on Tuesday that schools would open as planned. The Ministry will give its next update at a press conference on Monday 16 March.',
    );
    expect(actorsOf(found, 'announcement 2026-03-16')).toBe('[Ministry of Education]');
  });
});

describe('"it" after a fronted time and a comma, before an irregular past tense', () => {
  it.each([
    [
      'Velda Mining suspended output at its Kiru mine on Monday. On Tuesday, it laid off 300 workers.',
      'other 2026-03-10',
    ],
    ['Orvel Motors recalled 40,000 cars on Monday. On Tuesday, it cut prices across Europe.', 'other 2026-03-10'],
  ])('%s', (body, head) => {
    expect(actorsOf(lines(body), head)).toMatch(/^\[(?:Velda Mining|Orvel Motors)\]$/);
  });
});

describe('"they" in what a body or several people said: those who said it', () => {
  it.each([
    [
      "The Transport Workers' Union called a strike on Monday. The union's leaders said on Tuesday they would meet the minister on Friday.",
      "[Transport Workers' Union]",
    ],
    [
      "The Transport Workers' Union called a strike on Monday. Its leaders said on Tuesday they would meet the minister on Friday.",
      "[Transport Workers' Union]",
    ],
    [
      "The Transport Workers' Union called a strike on Monday. On Tuesday, the union's leaders said they would meet the minister on Friday.",
      "[Transport Workers' Union]",
    ],
    [
      'Anna Berg and Jonas Lind met in Stockholm on Monday. They said they would meet again on Friday.',
      '[Anna Berg, Jonas Lind]',
    ],
  ])('%s', (body, actors) => {
    expect(actorsOf(lines(body), 'meeting 2026-03-13')).toBe(actors);
  });

  it('is not the one person who said it', () => {
    const found = lines(
      'Ana Ruiz chaired the committee on Monday. Ruiz said on Tuesday they would meet again on Friday.',
    );
    expect(actorsOf(found, 'meeting 2026-03-13')).not.toContain('Ana Ruiz');
  });
});
