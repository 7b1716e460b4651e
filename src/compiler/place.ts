/**
 * Where an event took place, from the words after its trigger: "on the sidelines of the U.N.
 * General Assembly", "in Alaska", "in New York", "at the White House". A place is a capitalised
 * name; months, weekdays and years are dates, not places.
 */

export interface Place {
  /** The place as the text names it: "Alaska", "the White House", "the U.N. General Assembly". */
  name: string;
  /** How a title says it: "in Alaska", "at the White House", "at the U.N. General Assembly". */
  phrase: string;
}

const NAME = String.raw`[A-Z][\w.&'’-]*(?:\s+(?:of\s+|de\s+|del\s+|du\s+)?[A-Z][\w.&'’-]*|\s+\d+\b)*`;
const SIDELINES =
  /\bon the (?:sidelines|margins) of ((?:the |a |an |this |last )?[^,;]+?)(?=\s+(?:on|in|at|during|for|with|after|before|to|as|amid|when|where|and)\s|[,;]|\.?$)/;
const AT_OR_IN = new RegExp(String.raw`\b(in|at)\s+((?:the\s+)?${NAME})`, 'g');
const NOT_PLACE =
  /^(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Spring|Summer|Autumn|Fall|Winter|First|Second|Third|Fourth|The|A|An|This|That|It|He|She|They|His|Her|Their|Its)\b/;

/** The place named in `text` (the clause after an event's trigger), or undefined. */
export function findPlace(text: string): Place | undefined {
  const sidelines = SIDELINES.exec(text);
  if (sidelines?.[1]) {
    const name = trimPlace(sidelines[1]);
    return { name, phrase: `at ${name}` };
  }
  AT_OR_IN.lastIndex = 0;
  for (let match = AT_OR_IN.exec(text); match; match = AT_OR_IN.exec(text)) {
    const name = trimPlace(match[2] ?? '');
    if (name === '' || NOT_PLACE.test(name)) continue;
    return { name, phrase: `${match[1] ?? 'in'} ${name}` };
  }
  return undefined;
}

const TO_AT_OR_IN = new RegExp(String.raw`\b(?:to|into|in|at)\s+((?:the\s+)?${NAME})`, 'g');

/** Where a trip went, from its words: "flew to Nairobi", "arrived in Lisbon", "travelled on to Kampala". */
export function findDestination(text: string): string | undefined {
  TO_AT_OR_IN.lastIndex = 0;
  for (let match = TO_AT_OR_IN.exec(text); match; match = TO_AT_OR_IN.exec(text)) {
    const name = trimPlace(match[1] ?? '');
    if (name !== '' && !NOT_PLACE.test(name)) return name;
  }
  return undefined;
}

/** Drops a trailing full stop that belongs to the sentence, not to an abbreviation ("U.S."). */
function trimPlace(name: string): string {
  const trimmed = name.trim();
  if (/(?:^|\s|\.)[A-Z]\.$/.test(trimmed)) return trimmed;
  return trimmed.replace(/[.,]+$/, '');
}
