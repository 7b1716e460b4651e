import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';
import { infinitiveOwnsDate } from './time-attachment.ts';

/** The events of an invented article published on Wednesday 4 June 2025, as `kind start status [actors]`. */
const linesOf = (body: string): string[] => eventLines(body);
/** The same, without the actors: what these tables check is the day and the status. */
const datesOf = (body: string): string[] => linesOf(body).map((line) => line.replace(/ \[.*\]$/, ''));

describe('a weekday after a governed infinitive', () => {
  it.each([
    ['The regulator ordered Fenwick Foods to sell 40 stores on Tuesday.', 'policy 2025-06-03 occurred'],
    ['The board voted 7-2 to hold rates on Thursday.', 'policy 2025-05-29 occurred'],
    ['The court ordered Velto Motors to pay 2 million euros on Monday.', 'other 2025-06-02 occurred'],
    [
      'The health ministry ordered all private clinics to suspend elective surgery on Sunday.',
      'policy 2025-06-01 occurred',
    ],
    ['The Kestrel city council told the operator to remove the kiosks on Friday.', 'statement 2025-05-30 occurred'],
    ['The cabinet decided to scrap the fuel levy on Tuesday.', 'policy 2025-06-03 occurred'],
  ])('is the day of the past verb when the infinitive tells no happening of its own: %s', (body, line) => {
    expect(datesOf(body)).toContain(line);
  });

  it.each([
    [
      'Tarvo and Lisk agreed on Monday to meet on Friday.',
      ['policy 2025-06-02 occurred', 'meeting 2025-06-06 scheduled'],
    ],
    ['The prime minister invited Anja Duval to visit Lund on Friday.', ['travel 2025-06-06 scheduled']],
    ['The union voted to strike on Monday.', ['other 2025-06-09 scheduled']],
  ])("is the infinitive's own day when it tells a happening with a time of its own: %s", (body, lines) => {
    expect(datesOf(body)).toEqual(expect.arrayContaining(lines));
  });

  it.each([
    ['ordered Fenwick Foods to sell 40 stores ', false],
    ['voted 7-2 to hold rates ', false],
    ['voted to hold interest rates steady ', false],
    ['voted to hold elections ', true],
    ['agreed to meet ', true],
    ['ordered the firm to pay the fine by ', true],
    ['voted to ban fireworks from ', true],
    ['urged clubs to cut ticket prices ', false],
  ])('"%s" -> the infinitive owns the date: %s', (stretch, owns) => {
    expect(infinitiveOwnsDate(stretch)).toBe(owns);
  });
});

describe('dates that time no verb of their clause', () => {
  it.each([
    // The new time a verb of moving sets is not the moving's day.
    ['The council extended the deadline to June 30 on Monday.', 'policy 2025-06-02 occurred'],
    ['The council extended the deadline for bids to June 30 on Monday.', 'policy 2025-06-02 occurred'],
    ['The regulator on Friday extended the consultation until Sept. 1.', 'policy 2025-05-30 occurred'],
    // A year inside a name.
    ['Parliament passed the Finance Bill 2025 on Tuesday.', 'policy 2025-06-03 occurred'],
    // The start of a stretch told by "since" and a participle.
    ['Since taking office in January, the governor has vetoed six bills.', 'policy 2025-06-04 occurred'],
    // The period figures cover.
    ['Halden Group reported a net loss for the quarter ending March 31.', 'announcement 2025-06-04 occurred'],
    [
      'Orvel Bank posted a record profit for the six months ended March 31 on Tuesday.',
      'announcement 2025-06-03 occurred',
    ],
  ])('%s', (body, line) => {
    expect(datesOf(body)).toContain(line);
  });

  it('keeps a year of its own: "Parliament passed the budget in 2024" is dated 2024', () => {
    expect(datesOf('Parliament passed the budget in 2024.')).toContain('policy 2024 occurred');
  });
});

describe('acts of putting off, and what they put off', () => {
  it.each([
    // Adjourning a case or moving a deadline is the act itself.
    ['The court on Monday adjourned the case to Friday.', 'other 2025-06-02 occurred'],
    ['On Tuesday the ministry pushed back the deadline to July 15.', 'other 2025-06-03 occurred'],
    // A summit whose next clause puts it off is called off.
    ['The summit was due to open on Monday but has been pushed back.', 'summit 2025-06-09 cancelled'],
    ['The trade summit was set to open in Lund on Monday but has been called off.', 'summit 2025-06-09 cancelled'],
  ])('%s', (body, line) => {
    expect(datesOf(body)).toContain(line);
  });

  it('leaves a hearing put off as put off: "The hearing was adjourned on Tuesday"', () => {
    expect(datesOf('The hearing was adjourned on Tuesday.')).toContain('other 2025-06-03 cancelled');
  });
});

describe('a name that looks like a past verb', () => {
  it.each([
    // Dateline Saturday 2 January 2027: "on Sunday" after "is due to" is the next day.
    [
      'Mr Carvalhal is due to hold talks with President Sheikh Mohamed bin Zayed at Qasr Al Watan on Sunday.',
      'meeting 2027-01-03 scheduled',
    ],
    [
      'Prime Minister Ana Ruiz will host Foreign Minister Said Hamdan in Lima on Sunday.',
      'meeting 2027-01-03 scheduled',
    ],
  ])('gives no past tense to the date after it: %s', (body, line) => {
    const lines = eventLines(body, () => true, '2027-01-02').map((event) => event.replace(/ \[.*\]$/, ''));
    expect(lines).toContain(line);
  });
});

describe('a date inside a phrase of its own', () => {
  it.each([
    // A passive participle aside dates only itself.
    [
      'The council on Tuesday scrapped the parking levy, introduced in March after a vote.',
      'policy 2025-06-03 occurred',
    ],
    // The start of a stretch after "since" dates nothing outside it.
    [
      'On Saturday, the Tarvo Unity Party plans a rally in Lisk, its first since the police ban in March was lifted last week.',
      'other 2025-06-07 scheduled',
    ],
    // A point of reference is not the verb's day when the clause has the verb's own.
    [
      'The Bank of Tarvo yesterday kept its key rate unchanged at 9.75 percent, pausing after February’s cut.',
      'policy 2025-06-03 occurred',
    ],
    // A happening one is invited to keeps its own day.
    ['The mayor invited union leaders to talks at City Hall on Friday.', 'meeting 2025-06-06 scheduled'],
    // A passive participle right after its noun, with no comma, dates only its noun.
    [
      'The cabinet on Tuesday approved the export of rice, lifting a ban imposed in 2023.',
      'policy 2025-06-03 occurred',
    ],
    ['The council on Monday scrapped a levy introduced in March 2024.', 'policy 2025-06-02 occurred'],
    ['The council scrapped the parking levy introduced in 2024 on Monday.', 'policy 2025-06-02 occurred'],
  ])('%s', (body, line) => {
    expect(datesOf(body)).toContain(line);
  });

  it('dates a meeting invited to after the saying day it is seen from', () => {
    // Dateline Friday 27 February 2026; "said on Thursday" is 26 February, the Monday after it 2 March.
    const body =
      'Labour Minister Ana Ruiz said on Thursday that the government would not intervene, but she invited both sides to a meeting at the ministry on Monday.';
    expect(eventLines(body, () => true, '2026-02-27').map((line) => line.replace(/ \[.*\]$/, ''))).toContain(
      'meeting 2026-03-02 scheduled',
    );
  });

  it.each([
    // A list of predicates, not an aside.
    ['She grew up in Lund, studied law in Oslo and in 2016 joined a consulting firm.', 'other 2016 occurred'],
    // A passive main verb after its subject, not a participle of a noun.
    ['The company said the plant was closed in 2023.', 'other 2023 occurred'],
    ['The Harlan mill closed in 2023.', 'other 2023 occurred'],
    // A noun ending like a participle: the town, not a participle of "old".
    ['The council banned holiday lets in the old town on Tuesday.', 'policy 2025-06-03 occurred'],
    // A participle that is a noun: the accused, not a participle of "two".
    [
      'The Tarvik District Court will hear the bail petitions of the other two accused on June 12.',
      'other 2025-06-12 scheduled',
    ],
    // A past verb with its object after a relative clause's comma, not an aside.
    [
      'The bus tour, which aims to visit all 15 counties before Election Day, reached Tucson on Thursday morning, where Ana Ruiz held a roundtable with nurses.',
      'meeting 2025-05-29 occurred',
    ],
  ])('leaves the date to the verb it follows: %s', (body, line) => {
    expect(datesOf(body)).toContain(line);
  });
});

describe('the status a subordinate clause keeps of its own', () => {
  it.each([
    // A past verb group of its own is a fact, whatever the main clause plans.
    [
      'On Saturday, the Tarvo Unity Party plans a rally in Lisk, its first since the police ban in March was lifted last week.',
      'policy 2025-05-26 occurred',
    ],
    // The verb's object ends where a subordinate clause of its own begins.
    [
      'The union will strike on Friday after talks with Halden Group were cancelled on Monday.',
      'other 2025-06-06 scheduled',
    ],
    // A vote or a bill that was pulled is off; survivors pulled from the rubble are not.
    ['A vote scheduled for March 17 was pulled.', 'policy 2025-03-17 cancelled'],
    ['Three survivors were pulled from the rubble on Tuesday.', 'other 2025-06-03 occurred'],
  ])('%s', (body, line) => {
    expect(datesOf(body)).toContain(line);
  });

  it.each([
    [
      'The verdict, delivered on Tuesday after three days of deliberations, was unanimous.',
      'other 2025-06-03 occurred',
    ],
    ['The summit, which was chaired by Portugal, opened in Lisbon on Monday.', 'summit 2025-06-02 occurred'],
  ])('reads no aside where the main verb is still to come: %s', (body, line) => {
    expect(datesOf(body)).toContain(line);
  });
});
