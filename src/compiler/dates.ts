/**
 * Stage 3a: time expressions in a sentence -> DateMention[], resolved against the dateline.
 * chrono-node finds and parses the expressions; the year is then chosen by the sentence's tense,
 * because chrono picks the year nearest the reference date whatever the tense.
 */
import * as chrono from 'chrono-node';
import type { EventDate, Precision } from '../model/event-list.ts';
import type { DateMention, Sentence, Span } from './types.ts';

const FUTURE =
  /\b(will|is set to|are set to|is expected to|are expected to|plans? to|planned|scheduled|is due to|next)\b/i;

export type Tense = 'past' | 'future';

export function sentenceTense(text: string): Tense {
  return FUTURE.test(text) ? 'future' : 'past';
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

export function formatAt(year: number, month: number, day: number, precision: Precision): string {
  if (precision === 'year') return String(year);
  if (precision === 'month') return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Offsets of quotations ("..." or “...”) within a text. */
export function quotationSpans(text: string): Span[] {
  const spans: Span[] = [];
  const pattern = /"[^"]*"|\u201C[^\u201D]*\u201D/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** What a sentence's dates are resolved against. */
export interface DateContext {
  /** Publication date from the dateline, YYYY-MM-DD. */
  published: string;
  /** Date of the event just told, for anaphora ("the same day", "two days later"). */
  previous?: EventDate;
}

/** Date mentions in a sentence, with years chosen by tense relative to the publication date. */
export function findDateMentions(sentence: Sentence, context: DateContext): DateMention[] {
  const { published } = context;
  const [pubYear, pubMonth, pubDay] = published.split('-').map(Number);
  if (pubYear === undefined || pubMonth === undefined || pubDay === undefined) return [];
  const reference = new Date(Date.UTC(pubYear, pubMonth - 1, pubDay, 12));
  const tense = sentenceTense(sentence.text);
  const quotes = quotationSpans(sentence.text);
  const results = chrono.en.parse(sentence.text, { instant: reference, timezone: 0 });
  const mentions: DateMention[] = [];
  for (const result of results) {
    const component = result.start;
    const precision: Precision = component.isCertain('day')
      ? 'day'
      : component.isCertain('month')
        ? 'month'
        : component.isCertain('year')
          ? 'year'
          : 'day';
    let year = component.get('year') ?? pubYear;
    const month = component.get('month') ?? 1;
    const day = component.get('day') ?? 1;
    if (!component.isCertain('year') && (component.isCertain('month') || component.isCertain('day'))) {
      const candidate = formatAt(year, month, day, 'day');
      if (tense === 'past' && candidate > published) year -= 1;
      if (tense === 'future' && candidate < published) year += 1;
    }
    const date: EventDate = { start: formatAt(year, month, day, precision), precision };
    const offset = sentence.start + result.index;
    mentions.push({
      start: offset,
      end: offset + result.text.length,
      text: result.text,
      date,
      anchor: component.isCertain('month') ? 'absolute' : 'dateline',
      inQuote: quotes.some((quote) => result.index >= quote.start && result.index < quote.end),
    });
  }
  return mentions;
}
