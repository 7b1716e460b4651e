/**
 * Quote events: a direct quotation of an article (found by `quotations.ts`) becomes a quote event with
 * its speaker, medium and date, read from the text that attributes it (between its runs, after
 * it, before it) or from the sentence that introduces it; indirect speech next to a quote of the
 * same speaker becomes a further source of that quote (`mergeParaphrases`).
 */
import { titleFor } from './event-titles.ts';
import { findMedium, hasSpeechVerb, isScareQuote, speechVerbOffsets } from './attribution.ts';
import { anaphoraDate, datesIn, distance, kindOfNoun, NAMED_EVENT } from './event-dates.ts';
import { isParticipant, type ArticleReading, type DateBasis, type Dated } from './events.ts';
import { quotationText, type Quotation } from './quotations.ts';
import type { ActorMention, EventDraft, Sentence, Span } from './types.ts';

// ---------------------------------------------------------------------------------------------
// Quotations

/** True when a span lies inside the quoted words of a quotation (not in its attribution). */
function insideRun(reading: ArticleReading, span: Span): boolean {
  return reading.quotations.some((quotation) =>
    quotation.runs.some((run) => span.start >= run.start && span.start < run.end),
  );
}

interface Region extends Span {
  role: 'between' | 'after' | 'before';
}

function sentencesOf(reading: ArticleReading, span: Span): Sentence[] {
  return reading.sentences.filter((sentence) => sentence.start < span.end && sentence.end > span.start);
}

/** The text around a quotation that may attribute it: between its runs, after it, before it. */
function attributionRegions(quotation: Quotation, first: Sentence, last: Sentence): Region[] {
  const regions: Region[] = [];
  quotation.runs.slice(1).forEach((run, index) => {
    const previous = quotation.runs[index];
    if (previous) regions.push({ start: previous.end, end: run.start, role: 'between' });
  });
  if (quotation.end < last.end) regions.push({ start: quotation.end, end: last.end, role: 'after' });
  if (first.start < quotation.start) regions.push({ start: first.start, end: quotation.start, role: 'before' });
  return regions;
}

/** The speaker in an attribution region: the actor nearest its speech verb, people first. */
function speakerIn(reading: ArticleReading, region: Region): string | undefined {
  const text = reading.article.text.slice(region.start, region.end);
  const inRegion = reading.allMentions.filter(
    (mention) => mention.start >= region.start && mention.end <= region.end && !insideRun(reading, mention),
  );
  if (inRegion.length === 0) return undefined;
  const verbs = speechVerbOffsets(text);
  const colon = region.role === 'before' && /:\s*$/.test(text);
  if (verbs.length === 0 && !colon) return undefined;
  const anchor = verbs[0] ?? { start: text.length, end: text.length };
  const eligible = inRegion.filter((mention) => {
    const local = { ...mention, start: mention.start - region.start, end: mention.end - region.start };
    return isParticipant(local, text, [], reading.actorsById) || mention.form === 'pronoun';
  });
  const pool = eligible.length > 0 ? eligible : inRegion;
  const people = pool.filter((mention) => reading.actorsById.get(mention.actorId)?.kind === 'person');
  const candidates = people.length > 0 ? people : pool;
  const score = (mention: ActorMention): number =>
    distance({ start: mention.start - region.start, end: mention.end - region.start }, anchor);
  return [...candidates].sort((a, b) => score(a) - score(b))[0]?.actorId;
}

export function quoteEvent(reading: ArticleReading, quotation: Quotation): EventDraft | undefined {
  const { article } = reading;
  const words = quotationText(article.text, quotation);
  if (isScareQuote(words)) return undefined;
  const sentences = sentencesOf(reading, quotation);
  const first = sentences[0];
  const last = sentences.at(-1);
  if (!first || !last) return undefined;
  // A quotation that sits inside a sentence's clause ("called it “the worst in decades”") is
  // attributed by that clause; one that is the whole of its sentences is attributed around it.
  const regions = attributionRegions(quotation, first, last);
  let speaker: string | undefined;
  for (const role of ['between', 'after', 'before'] as const) {
    for (const region of regions.filter((r) => r.role === role)) speaker ??= speakerIn(reading, region);
  }
  const paragraph = first.paragraph;
  const attributed = regions.some((region) => hasSpeechVerb(article.text.slice(region.start, region.end)));
  if (!speaker && !attributed && reading.lastSpeaker && paragraph - reading.lastSpeaker.paragraph <= 1) {
    speaker = reading.lastSpeaker.id; // a quotation continuing the previous speaker's words
  }
  if (!speaker) return undefined;
  reading.lastSpeaker = { id: speaker, paragraph: last.paragraph };
  const attribution = regions.map((region) => article.text.slice(region.start, region.end)).join(' ');
  const medium = findMedium(attribution);
  let dated = quoteDate(reading, regions);
  const introduction = dated.basis === 'estimate' ? introducingSentence(reading, first, speaker) : undefined;
  if (introduction) dated = introduction.dated;
  const name = reading.actorsById.get(speaker)?.name ?? speaker;
  const quote = { text: words, speaker, ...(medium ? { medium } : {}) };
  return {
    file: article.file,
    published: article.published,
    source: { start: first.start, end: last.end, sentence: article.text.slice(first.start, last.end) },
    ...(introduction ? { alsoReportedBy: [introduction.source] } : {}),
    sentenceIndex: last.index,
    kind: 'quote',
    title: titleFor({ kind: 'quote', status: 'occurred', names: [name], quote, clause: words }),
    date: dated.date,
    status: 'occurred',
    actors: [speaker],
    quote,
    dateBasis: dated.basis,
    trigger: 'quote',
  };
}

const INTRODUCES_SPEECH =
  /\b(?:said|says|told|spoke|speaks|speaking|addressed|briefed|wrote|posted|appeared|gave|held)\b/i;

/**
 * "Lavrov spoke to reporters at Russia's U.N. mission hours later." then “...,” he said: the
 * sentence before a quotation that names its speaker speaking dates the quotation and reports it.
 */
function introducingSentence(
  reading: ArticleReading,
  first: Sentence,
  speaker: string,
): { dated: Dated; source: Span & { sentence: string } } | undefined {
  const before = reading.sentences[first.index - 1];
  if (!before || first.paragraph - before.paragraph > 1) return undefined;
  if (reading.quotations.some((quotation) => quotation.start < before.end && quotation.end > before.start))
    return undefined;
  const names = reading.allMentions.some(
    (mention) => mention.actorId === speaker && mention.start >= before.start && mention.end <= before.end,
  );
  if (!names || !INTRODUCES_SPEECH.test(before.text)) return undefined;
  const mention = datesIn(reading, before).find((date) => !insideRun(reading, date));
  if (!mention) return undefined;
  return {
    dated: { date: mention.date, basis: mention.anchor === 'previous-event' ? 'anaphora' : 'text' },
    source: { start: before.start, end: before.end, sentence: before.text },
  };
}

/** A quotation is dated by its attribution ("said on Monday", "wrote ... afterward"), never by its words. */
function quoteDate(reading: ArticleReading, regions: readonly Region[]): Dated {
  for (const region of regions) {
    for (const sentence of sentencesOf(reading, region)) {
      const mentions = datesIn(reading, sentence).filter(
        (mention) => mention.start >= region.start && mention.end <= region.end && !insideRun(reading, mention),
      );
      const mention = mentions[0];
      if (mention) return { date: mention.date, basis: mention.anchor === 'previous-event' ? 'anaphora' : 'text' };
    }
  }
  const attribution = regions.map((region) => reading.article.text.slice(region.start, region.end)).join(' ');
  const named = NAMED_EVENT.exec(attribution);
  const referent = named?.[1] ? reading.lastByKind.get(kindOfNoun(named[1])) : undefined;
  const anaphora = anaphoraDate(attribution, referent ?? reading.previous);
  if (anaphora) return { date: anaphora, basis: 'anaphora' };
  return { date: { start: reading.article.published, precision: 'day', approximate: true }, basis: 'estimate' };
}

// ---------------------------------------------------------------------------------------------
// Paraphrases

const BASIS_RANK: Record<DateBasis, number> = { text: 3, anaphora: 2, estimate: 1, none: 0 };

/**
 * A statement next to a direct quote of the same speaker ("Zelensky told reporters that ..." then
 * “...,” Zelensky said) reports the same remarks: it becomes a further source of the quote, and
 * dates it when the quote's own attribution does not.
 */
export function mergeParaphrases(drafts: readonly EventDraft[], sentences: readonly Sentence[]): EventDraft[] {
  const firstIndex = (draft: EventDraft): number =>
    sentences.find((sentence) => sentence.start === draft.source.start)?.index ?? draft.sentenceIndex ?? -99;
  const result: EventDraft[] = drafts.map((draft) => ({ ...draft }));
  const merged = new Set<EventDraft>();
  for (const statement of result) {
    if (statement.kind !== 'statement') continue;
    const speaker = statement.actors[0];
    const quote = result.find(
      (draft) =>
        draft.kind === 'quote' &&
        draft.quote?.speaker === speaker &&
        draft.file === statement.file &&
        (statement.sentenceIndex ?? -99) >= firstIndex(draft) - 1 &&
        (statement.sentenceIndex ?? -99) <= (draft.sentenceIndex ?? -99) + 1,
    );
    if (!quote) continue;
    quote.alsoReportedBy = [...(quote.alsoReportedBy ?? []), statement.source];
    if (BASIS_RANK[statement.dateBasis ?? 'none'] > BASIS_RANK[quote.dateBasis ?? 'none']) {
      quote.date = statement.date;
      quote.dateBasis = statement.dateBasis ?? 'none';
    }
    merged.add(statement);
  }
  return result.filter((draft) => !merged.has(draft));
}
