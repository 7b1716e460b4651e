/**
 * The year of a story told in a past year: "In March 2022, Dunn resigned from the cabinet. On
 * April 4 he announced his candidacy." The second date names no year, and read against the
 * dateline it would fall in the dateline's year; but a narration that has just moved to 2022 goes
 * on in 2022, forward from the event told before, until the text names another year or a day
 * relative to the dateline ("on Monday", "last month").
 */
import type { EventDate } from '../model/event-list.ts';
import { isRealDay, parseIsoDay } from './calendar.ts';
import type { DateMention } from './types.ts';

/** Where the event told before was told, as the events stage records it. */
export interface ToldBefore {
  date: EventDate;
  /** Sentence index and paragraph of the event told before. */
  sentence: number;
  paragraph: number;
}

/**
 * Words that count a date from the dateline: "last September", "this March", "three weeks ago", and
 * the days named from it ("on Monday", "yesterday", "at the weekend"), which name no day of another
 * year ("On Monday he announced his candidacy" after a story of 2022 is this week's Monday).
 */
const FROM_DATELINE =
  /\b(?:last|this|next|past|coming|ago|yesterday|today|tonight|tomorrow|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

/** How far back (in sentences of its paragraph) the event told before still sets the year. */
const STORY_REACH = 2;

/**
 * A month and day, or a month, given without a year in a past-tense clause, resolved in the year of
 * the past event told just before it (in the same paragraph, or the sentence before) when that
 * event lies in an earlier year than the dateline gives: the first such day on or after that event.
 * Any other date, or no such event, is left as the dateline gives it.
 */
export function inStoryYear(
  mention: DateMention,
  told: ToldBefore | undefined,
  sentence: { index: number; paragraph: number },
): EventDate {
  const { date } = mention;
  if (!told || mention.anchor !== 'dateline' || mention.tense !== 'past' || date.end !== undefined) return date;
  if (date.precision === 'year' || told.date.approximate || told.date.end !== undefined) return date;
  // "last September", "this March", "earlier this month", "on Monday": told from the dateline, whatever the story.
  if (FROM_DATELINE.test(mention.text)) return date;
  // An earlier sentence: within one ("was appointed in 2021 and stepped down in May", "was paused
  // in March 2025 and resumed in May") the coordinated date is as likely the dateline's year; but
  // after a day of the story ("On Dec. 28, talks broke down, and on Jan. 4 the union ...") the
  // sentence goes on with it.
  // A new paragraph may go back to the news ("... in response to the invasion of February 2022.
  // || Moscow first announced on Sept. 19 ...").
  const near =
    told.paragraph === sentence.paragraph &&
    (told.sentence < sentence.index || (told.sentence === sentence.index && told.date.precision === 'day')) &&
    told.sentence >= sentence.index - STORY_REACH;
  if (!near) return date;
  const toldYear = Number(told.date.start.slice(0, 4));
  const year = Number(date.start.slice(0, 4));
  if (!(toldYear < year)) return date;
  const rest = date.start.slice(4);
  // The first such day (or month) on or after the event told, compared at the coarser precision.
  const width = Math.min(date.start.length, told.date.start.length);
  const sameYear = `${toldYear}${rest}`;
  const storyYear = sameYear.slice(0, width) < told.date.start.slice(0, width) ? toldYear + 1 : toldYear;
  if (storyYear >= year) return date;
  const start = `${storyYear}${rest}`;
  // "Feb. 29" of a leap year told in a year without one: left as the dateline gives it.
  if (date.precision === 'day' && !isRealDay(parseIsoDay(start) ?? { year: 0, month: 2, day: 30 })) return date;
  return { ...date, start };
}
