/**
 * Dates that an article's structure gives: a paragraph that opens with a date heading, as diaries
 * ("Day 3, Tuesday 14 July — We reached the glacier."), logs ("Monday 3 August. The ship sailed
 * ..."), timelines ("Friday, 11 p.m. — Fire crews evacuate ...") and key-dates lists ("June 2023 —
 * Protesters occupy ...") write them, tells the day of the events of that paragraph that the text
 * dates no other way. A time stamp alone ("08:42 BST:", "Overnight —") keeps the day of the
 * heading before it.
 *
 * A heading is a date at the very start of a paragraph (after a "Day 3," count, if any), perhaps
 * with a time of day, then a dash, a colon or the end of its sentence or paragraph: "On Monday,
 * the council ..." and "Tuesday's vote ..." are prose, not headings.
 */
import type { EventDate } from '../model/event-list.ts';
import { TIME_ZONES } from './titles.ts';
import type { DateMention, ParsedArticle, Sentence } from './types.ts';

/** A count in words, as court reports and diaries spell the first days ("Day two, Tuesday."). */
const COUNT_WORD =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty';
/**
 * "Day 3,", "Day 12 —", "Week 2:", "Day two,", "Day 4 (": a count of days before a diary's or a
 * court report's date, which may stand in brackets ("Day 4 (Tuesday) —").
 */
export const DAY_COUNT = new RegExp(
  String.raw`^(?:Day|Week|Entry)\s+(?:\d{1,3}|${COUNT_WORD})\s*(?:[,:.]|\s[\u2014\u2013-]|(?=\())?\s*\(?`,
  'i',
);
/** A clock time: "11 p.m.", "2.40pm", "08:42", "14.05h". */
const CLOCK_TIME = String.raw`\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\.?|\d{1,2}[:.]\d{2}(?:\s*h)?`;
/** A part of the day: "morning", "early evening", "late night". */
const PART_OF_DAY = String.raw`(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)`;
/**
 * A time zone after a clock time: " BST", " UTC", " MSK", " local time": any zone the actors stage
 * knows (titles.ts TIME_ZONES), not any capitals ending in T, which missed UTC and MSK.
 */
const TIME_ZONE = String.raw`\s+(?:${[...TIME_ZONES].join('|')}|local\s+time)\b`;
/** A time of day after a heading's date: ", 11 p.m.", " 2.40pm", ", 08:42 BST", ", morning". */
const TIME_AFTER_DATE = String.raw`(?:,?\s+(?:about\s+|around\s+|shortly\s+(?:before|after)\s+)?(?:${CLOCK_TIME}|noon|midday|midnight|dawn|${PART_OF_DAY})(?:${TIME_ZONE})?)?`;
/** What closes a heading: a dash, a colon, or the end of its sentence (a full stop) or paragraph. */
const HEADING_CLOSE = new RegExp(
  String.raw`^${TIME_AFTER_DATE}\)?\s*(?:\(\w+\)\s*)?(?:[\u2014\u2013]|\s-{1,2}\s|:|\.\s|\.?\s*$)`,
  'i',
);
/**
 * True when the words after a date at the start of a text close a heading: perhaps a time of day,
 * then a dash, a colon or the end of the sentence ("Friday, 11 p.m. — Fire crews ...").
 */
export function closesHeading(after: string): boolean {
  return HEADING_CLOSE.test(after);
}

/**
 * A time stamp that opens a paragraph, with no date: "08:42 BST:", "2.15pm:", "11 p.m. —",
 * "Overnight —", "Later:". It keeps the day of the heading before it.
 */
const TIME_STAMP = new RegExp(
  String.raw`^(?:(?:${CLOCK_TIME})(?:${TIME_ZONE})?|overnight|noon|midday|midnight|dawn|${PART_OF_DAY}|later|earlier)\s*(?:\(\w+\)\s*)?(?:[\u2014\u2013]|\s-{1,2}\s|:)`,
  'i',
);

/** How a paragraph opens: with a dated heading, a time stamp, or neither. */
type Opening = { date: EventDate; alone: boolean; at: number } | 'time' | undefined;

/**
 * How a paragraph opens: the dated heading at its start, given the date mentions of its first
 * sentence (offsets into the file), with whether the heading is all the paragraph holds
 * ("Wednesday, 14 October" on a line of its own heads the paragraphs after it); or a time stamp.
 */
export function headingOf(paragraphText: string, paragraphStart: number, mentions: readonly DateMention[]): Opening {
  const lead = paragraphStart + (DAY_COUNT.exec(paragraphText)?.[0].length ?? 0);
  const first = mentions[0];
  if (first && first.start === lead && !first.inQuote && first.anchor !== 'previous-event') {
    const close = HEADING_CLOSE.exec(paragraphText.slice(first.end - paragraphStart));
    if (close) {
      const { start, end, precision } = first.date;
      return {
        date: { start, precision, ...(end ? { end } : {}) },
        alone: paragraphText.slice(first.end - paragraphStart + close[0].length).trim() === '',
        at: first.start,
      };
    }
  }
  return TIME_STAMP.test(paragraphText) ? 'time' : undefined;
}

/**
 * The date each paragraph's heading gives its events, by paragraph index (`undefined` where none
 * does). A heading dates its own paragraph; the paragraphs after it until the next heading when
 * the heading stands on a line of its own, or when another heading follows them (an entry of a
 * diary told in several paragraphs); a time stamp keeps the date of the heading before it.
 * `mentionsOf` gives the date mentions of a paragraph's first sentence; `headings`, if given, is
 * filled with each heading's date by the file offset of its date mention.
 */
export function sectionDates(
  article: ParsedArticle,
  sentences: readonly Sentence[],
  mentionsOf: (sentence: Sentence) => readonly DateMention[],
  headings?: Map<number, EventDate>,
): (EventDate | undefined)[] {
  const openings: Opening[] = article.paragraphs.map(() => undefined);
  let any = false;
  for (const sentence of sentences) {
    const paragraph = article.paragraphs[sentence.paragraph];
    // Only the first sentence of a paragraph, and not the lede, which follows the dateline.
    if (!paragraph || sentence.paragraph === 0 || openings[sentence.paragraph] !== undefined) continue;
    if (sentence.start > paragraph.start) continue;
    const text = article.text.slice(paragraph.start, paragraph.end);
    const opening = headingOf(text, paragraph.start, mentionsOf(sentence));
    openings[sentence.paragraph] = opening;
    if (opening !== undefined && opening !== 'time') {
      any = true;
      headings?.set(opening.at, opening.date);
    }
  }
  const dates: (EventDate | undefined)[] = article.paragraphs.map(() => undefined);
  if (!any) return dates;
  let current: { date: EventDate; alone: boolean } | undefined;
  let pending: number[] = [];
  for (const [index, opening] of openings.entries()) {
    if (opening === 'time') {
      if (current) dates[index] = current.date;
      continue;
    }
    if (opening) {
      // The paragraphs between two headings belong to the first.
      if (current) for (const held of pending) dates[held] = current.date;
      pending = [];
      current = opening;
      dates[index] = opening.date;
      continue;
    }
    if (!current) continue;
    if (current.alone) dates[index] = current.date;
    else pending.push(index);
  }
  return dates;
}
