import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';

/** The events (besides quotes) read from one invented sentence, dateline Wednesday 2025-06-04. */
function eventsOf(sentence: string): string[] {
  const { list } = compileArticles([{ file: 'invented.txt', text: ` date 2025-06-04 ${sentence}` }]);
  return list.events.filter((event) => event.kind !== 'quote').map((event) => `${event.kind} ${event.date.start}`);
}

/** A verb used in a sense that tells no happening: a manner of speaking, what was not done, a source asked. */
const NO_HAPPENING: readonly [string, string][] = [
  ['a tone struck', 'Coach Rui Alves struck a more cautious tone at his news conference on Friday.'],
  ['a chord struck', 'Her speech on Tuesday struck a chord with young voters.'],
  ['a note struck, in the present', 'The governor strikes an upbeat note in her letter on Monday.'],
  ['no forecast given', 'Dahl gave no forecast for 2026.'],
  ['no comment made', 'The club made no comment on Monday.'],
  ['no date set', 'The court set no date for the retrial on Tuesday.'],
  ['no action taken', 'Police took no action against the driver on Saturday.'],
  ['a source contacted', 'When contacted on Wednesday, a spokesman for the ministry said the minister was travelling.'],
  ['a source asked', 'When asked on Monday about the report, a spokesman declined to comment.'],
  ['criticism as aim', "Menon took aim at the government's record on housing in a speech on Tuesday."],
  ['a manner of play', 'Alves is known for his attacking style of play.'],
  ['a tendency', 'Central banks tend to raise rates when inflation climbs.'],
];

/** Controls: the same verbs telling happenings. */
const HAPPENINGS: readonly [string, string, string][] = [
  ['a drone strike', 'A drone struck a fuel depot near Kharkiv on Sunday.', 'conflict 2025-06-01'],
  ['a deal struck', 'Israel struck a deal with Hamas on Tuesday.', 'policy 2025-06-03'],
  ['an assault under way', 'Troops were attacking rebel positions on Sunday.', 'conflict 2025-06-01'],
  ['an action taken', 'Police took two men into custody on Saturday.', 'other 2025-05-31'],
  ['an appointment made', 'Meridian Bank named Sophie Lang as chief executive on Monday.', 'other 2025-06-02'],
];

describe('idioms that tell no happening', () => {
  it.each(NO_HAPPENING)('%s gives no event', (_, sentence) => {
    expect(eventsOf(sentence)).toEqual([]);
  });
  it.each(HAPPENINGS)('control: %s stays', (_, sentence, event) => {
    expect(eventsOf(sentence)).toContain(event);
  });
});

describe('a reaction told with its own date is a statement', () => {
  it.each([
    ['criticism', 'Opposition leader Raj Menon attacked the plan in parliament on Tuesday.', 'statement 2025-06-03'],
    ['a budget slammed', 'Raj Menon slammed the budget in parliament on Tuesday.', 'statement 2025-06-03'],
  ])('%s', (_, sentence, event) => {
    expect(eventsOf(sentence)).toContain(event);
  });
});

/** Acts on a person or a private change: happenings (`other`), not policy acts. */
describe('a person acted on, or a private change taking effect, is a happening', () => {
  it.each([
    ['a lecturer suspended', 'The university suspended the professor on Monday.', 'other 2025-06-02'],
    ['pupils expelled', 'The school expelled two pupils on Friday.', 'other 2025-05-30'],
    ['a player signed', 'Porto Verde signed Brazilian forward Thiago Lemos on Monday.', 'other 2025-06-02'],
    ['a resignation in force', 'His resignation takes effect on July 1.', 'other 2025-07-01'],
    ['a merger in force', 'The merger of Halden Rail and Fjordlink took effect on Monday.', 'other 2025-06-02'],
    ['a sale in force', 'The sale, agreed in March, will take effect on July 1.', 'other 2025-07-01'],
  ])('%s', (_, sentence, event) => {
    expect(eventsOf(sentence)).toEqual([event]);
  });
  it.each([
    ['diplomats expelled', 'The government expelled two Russian diplomats on Monday.', 'policy 2025-06-02'],
    [
      'a pact signed with a named leader',
      'Ruiz signed a trade pact with President Ivo Kibet on Monday.',
      'policy 2025-06-02',
    ],
    ['a bill signed', 'Marin signed the bill into law on Friday.', 'policy 2025-05-30'],
    ['a ban in force', 'The ban on the sale of alcohol takes effect on Monday.', 'policy 2025-06-09'],
    ['rules in force', 'The new rules, approved in May, take effect on July 1.', 'policy 2025-07-01'],
  ])('control: %s stays policy', (_, sentence, event) => {
    expect(eventsOf(sentence)).toEqual([event]);
  });
});

describe('a happening only expected, feared or wagered on is not told', () => {
  it.each([
    ['a bet', 'Markets are betting on a rate cut in March.'],
    ['a fear', 'Fears of a strike grew on Tuesday.'],
    ['a price', 'Traders priced in a rate hike in July.'],
    ['a brace', 'Investors are bracing for a strike next week.'],
    ['a call', 'Calls for a strike on Friday were rejected by members.'],
  ])('%s gives no event', (_, sentence) => {
    expect(eventsOf(sentence)).toEqual([]);
  });
  it.each([
    ['a strike called', 'The union called a strike for Friday.', 'other 2025-06-06'],
    ['a rate cut delivered', 'The central bank delivered a rate cut on Thursday.', 'policy 2025-05-29'],
  ])('control: %s stays', (_, sentence, event) => {
    expect(eventsOf(sentence)).toEqual([event]);
  });
});

describe('a saying with no date of its own is the source of the dated event it reports', () => {
  it.each([
    [
      'a meeting reported',
      'Ingrid Solheim said the board would meet Mayor Trond Vik on Aug. 20.',
      ['meeting 2025-08-20'],
    ],
    [
      'a verdict reported',
      'Judge Karen Whitfield said she would announce her verdict on Jan. 9.',
      ['announcement 2026-01-09'],
    ],
    [
      'a dated saying stays news',
      'Lena Berg said on Tuesday that the company would close its Gent plant in December.',
      ['announcement 2025-06-03', 'other 2025-12'],
    ],
  ])('%s', (_, sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });
});

describe("a court's order in a case is a happening of the case", () => {
  it.each([
    ['a fine', 'The tribunal fined Orvane 2 million euros on Thursday.', 'other 2025-05-29'],
    ['a ban on a person', 'Magistrates banned Greer from keeping animals for ten years on Monday.', 'other 2025-06-02'],
    ['a release ordered', 'Judge Helen Marsh ordered the release of the journalist on Tuesday.', 'other 2025-06-03'],
  ])('%s', (_, sentence, event) => {
    expect(eventsOf(sentence)).toEqual([event]);
  });
  it.each([
    ['a levy suspended', 'The court suspended the levy on Tuesday pending a full hearing.', 'policy 2025-06-03'],
    ['a law struck out', 'The Supreme Court declared the law unconstitutional on Thursday.', 'policy 2025-05-29'],
    ['a government ban', 'The government banned imports of pork on Monday.', 'policy 2025-06-02'],
  ])('control: %s stays policy', (_, sentence, event) => {
    expect(eventsOf(sentence)).toEqual([event]);
  });
});
