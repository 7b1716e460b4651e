import { describe, expect, it } from 'vitest';
import { parseArticle } from './article.ts';
import { findDateMentions } from './dates.ts';
import { dateLines } from './event-lines.ts';
import { sectionDates } from './section-dates.ts';
import { splitSentences } from './sentences.ts';

/**
 * Articles whose structure carries the dates: diaries, logs, timelines and key-dates lists,
 * invented for this test (people and places too) before any tuning miss was read.
 */

/** The date each paragraph's heading gives it, for an article of paragraphs split by `||`. */
function headings(published: string, body: string): (string | undefined)[] {
  const { article } = parseArticle({ file: 'x.txt', text: ` date ${published} ${body.split('||').join('\n\n')}\n` });
  if (!article) throw new Error('not an article');
  const dates = sectionDates(article, splitSentences(article), (sentence) =>
    findDateMentions(sentence, { published: article.published }),
  );
  return dates.map((date) => date?.start);
}

describe('a paragraph that opens with a date heading', () => {
  it('is told apart from prose that opens with a date', () => {
    expect(
      headings(
        '2026-08-10',
        'The Aurelia Finch sailed last month.||On Tuesday 4 August, the winch failed.||Tuesday’s storm kept the crew below deck.||Saturday 8 August was calm.||Monday, the captain said, would be a rest day.',
      ),
    ).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(
      headings(
        '2026-08-10',
        'The log of the Aurelia Finch.||Monday 3 August. The ship sailed from Port Elwyn.||Thursday 6 August — Engineers repaired the winch.||Day 5, Friday 7 August: We recovered three cores.',
      ),
    ).toEqual([undefined, '2026-08-03', '2026-08-06', '2026-08-07']);
  });

  it('heads the paragraphs after it when it stands alone, and a time stamp keeps its day', () => {
    expect(
      headings(
        '2026-10-19',
        'Notes from the picket line.||Wednesday, 14 October||We walked out at dawn.||08:40: The manager came out.||Friday, 16 October||Talks broke down.',
      ),
    ).toEqual([undefined, '2026-10-14', '2026-10-14', '2026-10-14', '2026-10-16', '2026-10-16']);
  });

  it('keeps its day across time stamps in any time zone the actors stage knows', () => {
    expect(
      headings(
        '2026-03-12',
        'Outage log.||Tuesday 10 March — Storage nodes in Frankfurt failed.||08:40 UTC: Engineers rerouted traffic.||11:02 MSK — Moscow customers lost access.||9.15am local time: Service was restored.',
      ),
    ).toEqual([undefined, '2026-03-10', '2026-03-10', '2026-03-10', '2026-03-10']);
  });

  it('heads the paragraphs between it and the next heading, not the prose after the last one', () => {
    expect(
      headings(
        '2026-05-15',
        'Key dates.||March 2019 — The council proposes a bypass.||Residents object.||2 February 2025 — Construction begins.||The council says the road will open in 2027.',
      ),
    ).toEqual([undefined, '2019-03', '2019-03', '2025-02-02', undefined]);
  });
});

describe('events under a date heading', () => {
  it('take the heading’s day in every sentence of its paragraph', () => {
    expect(
      dateLines(
        '2026-07-20',
        'Diary of the Kestrel Glacier expedition, by team leader Mara Lindqvist.||Day 3, Tuesday 14 July — The team reached the foot of the glacier. Henrik Dahl fell into a crevasse in the afternoon.||Day 5, Thursday 16 July — A helicopter evacuated Henrik Dahl to the hospital in Tarvik.',
      ),
    ).toEqual(['other occurred 2026-07-14', 'other occurred 2026-07-14', 'other occurred 2026-07-16']);
  });

  it('take the day of a heading that is a sentence of its own, or a paragraph of its own', () => {
    expect(
      dateLines(
        '2026-08-10',
        'From the log of the research vessel Aurelia Finch.||Tuesday 4 August. Captain Ines Duarte suspended all deck work.||Thursday 6 August||Engineers repaired the winch.',
      ),
    ).toEqual(['policy occurred 2026-08-04', 'other occurred 2026-08-06']);
  });

  it('of a timeline told in the present, on a weekday heading, took place on the weekday gone by', () => {
    expect(
      dateLines(
        '2026-09-21',
        'How the Brackenridge fire unfolded.||Saturday, 7 a.m. — Environment minister Paul Hargreaves visits Kell.||Sunday, noon — Chief fire officer Nadia Rees announces that the fire is contained.',
      ),
    ).toEqual(['travel occurred 2026-09-19', 'announcement occurred 2026-09-20']);
  });

  it('are not the heading’s background clauses, nor plans the heading does not date', () => {
    expect(
      dateLines(
        '2026-10-19',
        'Notes from the strike.||Wednesday, 14 October — The bakers walked out when the night shift ended.||Friday, 16 October — The bakers will vote again.',
      ),
    ).toEqual(['other occurred 2026-10-14']);
  });

  it('of a first-person diary: the writer’s party that travels is news without a name', () => {
    expect(
      dateLines(
        '2026-07-20',
        'Diary of the Kestrel Glacier expedition.||Day 1, Sunday 12 July — We left Tarvik harbour at dawn.||Day 2, Monday 13 July: I flew to Skarvbukta with the supplies.',
      ),
    ).toEqual(['travel occurred 2026-07-12', 'travel occurred 2026-07-13']);
  });
});

/** The lines of `dateLines`, in order, so that a test reads what is dated, not the timeline's order. */
function sortedDateLines(published: string, body: string): string[] {
  return dateLines(published, body).sort();
}

describe('an entry’s own day is the “now” of its relative dates', () => {
  it('reads “this morning”, “yesterday”, a weekday and “this afternoon” against the entry, across the year end', () => {
    expect(
      sortedDateLines(
        '2027-01-06',
        'TROMSØ, Norway — A five-member team led by the biologist Sigrid Aalberg spent the holidays on the Lyngen ice cap. These are extracts from her log.||Dec. 14 — The supply flight planned for Friday was called off because of fog. This morning the pilot, Odd Brekke, flew us to the upper camp.||Dec. 20 — Per Haugen broke his wrist on the moraine this afternoon.||Dec. 22 — Haugen flew to Tromsø yesterday.',
      ),
    ).toEqual([
      'other occurred 2026-12-20',
      'travel cancelled 2026-12-11',
      'travel occurred 2026-12-14',
      'travel occurred 2026-12-21',
    ]);
  });

  it('reads the headings of a timeline told in the present, in several forms', () => {
    expect(
      sortedDateLines(
        '2026-04-20',
        'How the Corvale water crisis unfolded.||March 3: Health inspectors close the Corvale treatment plant.||12 March — Mayor Lidia Ferro declares a state of emergency.||Monday, March 16. Prime Minister Tomas Leal visits Corvale.',
      ),
    ).toEqual(['other occurred 2026-03-03', 'policy occurred 2026-03-12', 'travel occurred 2026-03-16']);
  });

  it('gives a live blog’s time stamps the day of the heading above them, and “overnight” the night before it', () => {
    expect(
      sortedDateLines(
        '2026-06-12',
        'Live: the Vellmar flood.||Wednesday, 10 June||14:05 — Interior minister Karin Vos arrives in Vellmar.||16:30 — Police arrest two looters in the old town.||Thursday, 11 June||08:10 — The river burst its banks overnight, the fire service says.',
      ),
    ).toEqual(['conflict occurred 2026-06-10', 'other occurred 2026-06-11 (overnight)', 'travel occurred 2026-06-10']);
  });

  it('takes diary headings with a day count, a weekday in brackets or a clock time', () => {
    expect(
      sortedDateLines(
        '2026-09-26',
        'From the notebook of the cyclist Anouk Verbeek, who rode from Lyon to Turin.||Day 4 (Tuesday) — Anouk Verbeek arrived in Briançon in the rain.||Day 5, Sept. 23 — We reached Susa at noon. Team doctor Remy Vidal treated my knee this evening.||Friday 17:20 — The Turin mayor, Paola Rinaldi, met us at the finish.',
      ),
    ).toEqual([
      'meeting occurred 2026-09-25',
      'other occurred 2026-09-23',
      'travel occurred 2026-09-22',
      'travel occurred 2026-09-23',
    ]);
  });

  it('tells a court report day by day, its present tense of the day told', () => {
    const days = new Set(
      dateLines(
        '2026-02-14',
        'The trial of the former harbour master Colm Devane, day by day.||Day one, Monday. Prosecutor Aoife Brannigan opened the case against Devane.||Day two, Tuesday. Devane’s lawyer, Cathal Moore, tells the jury that his client is innocent.',
      ).map((line) => line.split(' ').slice(1, 3).join(' ')),
    );
    expect([...days].sort()).toEqual(['occurred 2026-02-09', 'occurred 2026-02-10']);
  });
});

describe('a day of the month told by its number alone', () => {
  it('is what a happening told “a day after” it counts from', () => {
    expect(
      sortedDateLines(
        '2026-07-30',
        'The mountain guide Ilse Marten kept a log of the season.||July 24 — Two wardens told us the park authority had closed the north ridge route on the 18th, a day after a rockfall buried part of the path.',
      ),
    ).toEqual(['other occurred 2026-07-17', 'policy occurred 2026-07-18']);
  });
});

describe('a day something was booked for', () => {
  it('is the nearest such day, across the year end, when the booking is called off', () => {
    expect(
      dateLines(
        '2027-01-03',
        'The Arctic survey team of Hanne Moe reached Longyearbyen on Saturday. The charter flight booked for Jan. 6 has been cancelled.',
      )
        .filter((line) => line.includes('cancelled'))
        .map((line) => line.split(' ').slice(1).join(' ')),
    ).toEqual(['cancelled 2027-01-06']);
  });
});

describe('words said at a part of an occasion the story told', () => {
  it('take the day of the vote a roll call is of, and of the match a post-match presentation follows', () => {
    expect(
      dateLines(
        '2026-05-14',
        'The Harwick Town Council voted 6-1 on Tuesday night to close the Millbrook pool.||"We cannot keep patching a 1960s building," said Councillor Edna Marsh, who proposed the closure, shortly before the roll call.',
      ).filter((line) => line.startsWith('quote')),
    ).toEqual(['quote occurred 2026-05-12']);
    expect(
      dateLines(
        '2026-03-05',
        'PERTH — Callum Reid scored twice as Kestrel Rovers beat Dunmore 3-0 in the cup semi-final on Tuesday.||"The lads were brilliant from the first whistle," Reid said at the post-match presentation.',
      ).filter((line) => line.startsWith('quote')),
    ).toEqual(['quote occurred 2026-03-03']);
  });
});
