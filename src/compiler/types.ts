/**
 * The values that flow between the compiler's stages. Every stage is a pure function from one of
 * these to the next (no fs, no DOM), so the same code runs in Node, in tests and in a browser.
 * Offsets are UTF-16 code-unit indexes into the whole file's text.
 */
import type { ActorKind, EventDate, EventKind, EventStatus } from '../model/event-list.ts';

export interface ArticleInput {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  text: string;
}

export interface Span {
  start: number;
  end: number;
}

export interface ParsedArticle {
  file: string;
  /** Publication date from the dateline, YYYY-MM-DD. */
  published: string;
  text: string;
  /** Offset where the body starts (after the dateline). */
  bodyStart: number;
  /** Paragraphs of the body, in order. */
  paragraphs: Span[];
}

export interface Sentence extends Span {
  /** Position in the article, from 0. */
  index: number;
  /** Index into `ParsedArticle.paragraphs`. */
  paragraph: number;
  text: string;
  /**
   * Set on the first piece of a run-on stretch longer than any sentence of prose (see
   * `MAX_SENTENCE_LENGTH`), which was read in pieces: its length in characters.
   */
  overlong?: number;
}

/** A time expression found in a sentence, resolved to a date. */
export interface DateMention extends Span {
  text: string;
  date: EventDate;
  /** What the date was resolved against. */
  anchor: 'absolute' | 'dateline' | 'previous-event';
  /** True when the expression sits inside a quotation (it then dates nothing outside it). */
  inQuote: boolean;
  /** Tense of the clause the date belongs to (it chose the year and the weekday's direction). */
  tense?: ClauseTense | undefined;
}

/**
 * `planned`: the date something was (or is) planned for, told without saying whether it lies
 * ahead ("the meeting planned for Nov. 20 has been canceled", "had been scheduled for April"):
 * the nearest such date to the dateline, and a weekday's coming occurrence.
 */
export type ClauseTense = 'past' | 'present' | 'future' | 'planned';

/**
 * A length of time the text gives ("week-long", "nearly 12 hours", "three-day"): not a date, but
 * the events stage can turn a start date into a range with it, or keep it as a qualifier.
 */
export interface DurationMention extends Span {
  text: string;
  amount: number;
  unit: 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
  /** "nearly", "about", "more than"... as written. */
  qualifier?: string;
}

export interface ActorDraft {
  /** Stable slug, becomes `Actor.id`. */
  id: string;
  name: string;
  kind: ActorKind;
  roles: string[];
  aliases: string[];
}

/**
 * One place in the text that names (or points to) an actor. `form`: `name` the full name as
 * introduced; `alias` a surname, acronym or other name ("Rubio", "PAS", "U.S."); `title` a
 * title-only reference ("the U.S. leader", "his Estonian counterpart"); `pronoun` he/she/his/her/
 * him; `capital` a seat of government standing for its country ("Moscow"); `demonym` an adjective
 * ("Russian planes"), which ties something to a country without the country acting; `possessive`
 * a country or organisation in the possessive ("Russia's war"). The span never includes "'s".
 */
export interface ActorMention extends Span {
  actorId: string;
  form: 'name' | 'alias' | 'title' | 'pronoun' | 'capital' | 'demonym' | 'possessive';
  /** Inside a quotation (the speaker's words, not the narrator's). */
  inQuote?: boolean | undefined;
  /** The mention is part of this actor's title ("Russian" in "Russian Foreign Minister Sergey Lavrov"). */
  titleOf?: string | undefined;
  /** Followed by "'s": "Rubio's schedule". */
  possessive?: boolean | undefined;
}

export interface QuoteDraft {
  text: string;
  /** Actor id of the speaker; absent when the text only describes them (`speakerDescription`). */
  speaker?: string;
  /** The speaker as written when no actor names them: "a council spokesperson", "one resident". */
  speakerDescription?: string;
  medium?: string;
}

/** An event found in one sentence, before events from several sentences are merged. */
export interface EventDraft {
  kind: EventKind;
  title: string;
  date: EventDate;
  status: EventStatus;
  /** Actor ids, most central first. */
  actors: string[];
  place?: string;
  quote?: QuoteDraft;
  /** The sentence (or, for a quote across sentences, the span) that reports it. */
  source: Span & { sentence: string };
  file: string;
  published: string;
  /**
   * Where the date comes from: a date in the event's own clause (`text`), the event told just
   * before (`anaphora`: "the same day"), an estimate the text supports (`estimate`: "has arrived"
   * or a bare "said" in an article is around its dateline), or nothing (`none`: the event is kept
   * only if another report of it gives a date).
   */
  dateBasis?: 'text' | 'anaphora' | 'estimate' | 'none';
  /**
   * Told by a definite noun phrase ("the Dec. 28 meeting", "Tuesday's talks"), which may point at an
   * event the article reports elsewhere: merging joins it to that event.
   */
  reference?: boolean;
  /** Name of the trigger that found it ("ban", "invade"), to tell apart events of one day. */
  trigger?: string;
  /** Where its trigger stands in its sentence (offset into the sentence), for merging within one. */
  triggerAt?: number;
  /** Index of the (last) sentence that reports it, for merging neighbouring reports. */
  sentenceIndex?: number;
  /** Further sentences of the same article that report the same event (a paraphrase of a quote). */
  alsoReportedBy?: (Span & { sentence: string })[];
  /** The reporting clause, for titles that use the text's own words. */
  clause?: string;
  /** "in Alaska", for titles. */
  placePhrase?: string;
}
