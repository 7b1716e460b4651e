/**
 * Short human titles for events: "Marco Rubio and Sergey Lavrov meet at the U.N. General Assembly",
 * "Donald Trump on Truth Social: “After getting to know …”". Titles name people in full, so that a
 * reader scanning the timeline knows who without opening the event.
 */
import type { EventKind, EventStatus } from '../model/event-list.ts';
import { PLATFORMS } from './attribution.ts';

export interface TitleParts {
  kind: EventKind;
  status: EventStatus;
  /** Display names of the event's actors, most central first. */
  names: readonly string[];
  /** "in Alaska", "at the White House". */
  placePhrase?: string;
  quote?: { text: string; medium?: string };
  /** The clause that reports the event, for kinds best titled by their own words. */
  clause: string;
}

const MAX_QUOTE = 60;
const MAX_CLAUSE = 80;

/**
 * The names a title says: one that another name owns is said by it ("Romania's central bank" or
 * "National Bank of Romania", not "Romania and Romania's central bank").
 */
export function namesToSay(names: readonly string[]): string[] {
  return names.filter(
    (name) => !names.some((other) => other.startsWith(`${name}'s `) || other.endsWith(` of ${name}`)),
  );
}

/** "A", "A and B", "A, B and C" (of `namesToSay`). */
export function joinNames(all: readonly string[]): string {
  const names = namesToSay(all);
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** Cuts a text at a word boundary to at most `max` characters, adding an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${(atWord.length > max / 2 ? atWord : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * A title reads as its main clause: a parenthetical relative clause after the subject is left out
 * ("Tomas Grieg, who founded the company in 1961, was arrested on Friday" → "Tomas Grieg was
 * arrested on Friday"; "which employs 4,300 people,"). Only when a lower-case word (the main verb)
 * follows its closing comma.
 */
function withoutRelativeClause(clause: string): string {
  // Every relative pronoun starts with "wh": most clauses have none, and skip the pattern.
  if (!clause.includes('wh')) return clause;
  return clause.replace(/(\S)\s*,?\s+(?:who|which|whose)\s(?:[^,]|,(?=\d{3}\b)){1,80},\s+(?=[a-z])/, '$1 ');
}

/** What every age in `withoutAge` starts with: a comma, then a digit. */
const AGE_AFTER_COMMA = /,\s*\d/;

/**
 * Nor a person's age, and the description after it ("Maren Holt, 61, a former judge at the Court of
 * Appeal, took office" → "Maren Holt took office"): only after a name word, before a lower-case
 * word (the verb).
 */
function withoutAge(clause: string): string {
  // An age stands after a comma: most clauses have no comma before a digit, and skip the pattern.
  if (!AGE_AFTER_COMMA.test(clause)) return clause;
  return clause.replace(/(\p{Lu}[\p{L}'’-]*),\s*\d{1,3},(?:\s+(?:a|an|the)\s[^,]{1,80},)?\s+(?=\p{Ll})/u, '$1 ');
}

/**
 * A timeline's heading before the news it dates ("June 12 — Parliament passes the reform", "* March
 * 3: The government announces a reform", "Friday — Crews evacuate the village"): the event's date,
 * not words of its title.
 */
const HEADING =
  /^(?:[*•·]\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b,?\s*)?(?:[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2}(?:,\s*\d{4})?|\d{4})|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?|\d{4})?\s*(?:[\u2014\u2013:]|\s-{1,2})\s*(?=[A-Z"“])/;

/** The clause without a timeline's heading before it (`HEADING`), when one dates it. */
function withoutHeading(clause: string): string {
  const heading = HEADING.exec(clause);
  return heading && /\d|day\b/.test(heading[0]) ? clause.slice(heading[0].length) : clause;
}

/** Upper-cases the first letter. */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const PLATFORM = new RegExp(`^(?:${PLATFORMS}|social media)$`);

/** "on Truth Social", "on state television", "at a press conference", "in a statement", "to AFP". */
export function prepositionFor(medium: string): string {
  if (/^(?:tele)?phone$/.test(medium)) return 'by';
  if (PLATFORM.test(medium) || /(?:television|TV|radio)$/.test(medium) || /^an? (?:[\w-]+ )?call\b/.test(medium)) {
    return 'on';
  }
  // A news outlet spoken to: "to AFP", "to the BBC", "to The Harbor Ledger", "to Reuters".
  if (/^(?:[A-Z]{2,}[0-9]*|the [A-Z].*|The [A-Z].*|[A-Z][a-z][\w'’-]*)$/.test(medium)) return 'to';
  return /\b(?:conference|briefing|rally|event|summit|hearing|meeting)\b/i.test(medium) ? 'at' : 'in';
}

export function titleFor(parts: TitleParts): string {
  const who = joinNames(parts.names);
  const where = parts.placePhrase ? ` ${parts.placePhrase}` : '';
  switch (parts.kind) {
    case 'meeting': {
      if (!who) return capitalise(shorten(parts.clause, MAX_CLAUSE));
      const verb = parts.names.length > 1 ? 'meet' : 'meeting';
      if (parts.status === 'cancelled') return `${who} meeting called off${where}`;
      return `${who} ${verb}${where}`;
    }
    case 'quote': {
      const text = shorten(parts.quote?.text ?? '', MAX_QUOTE);
      const medium = parts.quote?.medium;
      const on = medium ? ` ${prepositionFor(medium)} ${medium}` : '';
      // "A council spokesperson: …": a speaker described, not named, opens the title as a name would.
      return capitalise(`${who}${on}: “${text}”`);
    }
    case 'summit':
      return capitalise(shorten(parts.clause.replace(/^(?:the|an?)\s+/i, ''), MAX_CLAUSE));
    default:
      return capitalise(shorten(withoutAge(withoutRelativeClause(withoutHeading(parts.clause))), MAX_CLAUSE));
  }
}
