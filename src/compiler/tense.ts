/**
 * The tense of the clause a date belongs to, which decides its year ("met on Dec. 28" in an
 * article of Jan. 3 is last year's) and a weekday's direction ("will meet on Monday" is the coming
 * Monday, "met on Monday" the last one).
 *
 * The clause is the stretch of the sentence around the date between clause breaks (";", a dash,
 * ", ", "that", "but", "while", "as", "after", "before", "when", "because"). Within it, the verb
 * group nearest the date decides; when the clause has none, the nearest one in the sentence does.
 */
import type { ClauseTense } from './types.ts';

const FUTURE_GROUPS = [
  /\b(?:will|shall|won['’]t)\b/gi,
  /['’]ll\b/gi,
  /\b(?:is|are|was|were|am|be|been|being)\s+(?:(?:also|now|still|not)\s+)?(?:set|expected|scheduled|due|slated|poised|going|planning|preparing|about)\s+(?:to|for)\b/gi,
  /\b(?:plans?|intends?|aims?|hopes?|promised|pledged|vowed|agreed|is|are)\s+to\s+(?!be\b)(?=[a-z])/gi,
  /\b(?:upcoming|planned|forthcoming|coming|next)\b/gi,
  /\bwould\b/gi,
];

const PAST_GROUPS = [
  /\b(?:has|have|had)\s+(?:(?:also|already|since|now|not|never|previously|recently|just)\s+)?[a-z]+(?:ed|en|wn|ne|un|ld|ht|st|de|id|et|ot)\b/gi,
  /\b(?:was|were|did|had)\b/gi,
  /\b(?:met|said|told|held|took|made|went|came|gave|spoke|wrote|left|flew|saw|began|became|brought|sent|won|lost|fought|struck|led|kept|thought|found|chose|rose|fell|ran|drew|broke|sat|stood|paid|sold|bought|got|withdrew|swore|stole|hid|shot|fled|sought|taught|caught|overtook|undertook|beat|bid|cut|hit|quit|shut|split|spread|let|upheld|withheld|oversaw|arose|forgot|forbade|froze|rang|sang|shook|threw|woke|wore|knew|grew|blew|drove|rode|rose|spent|built|lent|meant|heard|felt|dealt|slept|read)\b/gi,
  /\b[a-z]{2,}(?:ed)\b/g,
  /\b(?:ago|yesterday|last)\b/gi,
];

/** "-ed" words that are not past tenses (or are adjectives before a noun in news). */
const NOT_PAST =
  /^(?:need|speed|indeed|hundred|proceed|succeed|exceed|feed|seed|breed|bleed|creed|greed|shed|bed|red|wed|naked|wicked|sacred|kindred|expected|scheduled|planned|slated|proposed|unnamed|armed|united|based|related|alleged|so-called|called|limited|detailed|advanced|elected|embattled|disputed|occupied|unprecedented|renewed|required|unexpected|unidentified|unspecified|undisclosed|self-declared|declared|used|supposed|concerned|interested|involved|experienced|qualified|skilled|talented|ed)$/i;

const CLAUSE_BREAK =
  /[;:\u2014\u2013]|\s-\s|,\s|\b(?:that|but|while|whereas|because|although|though|after|before|when|whereupon|which|who)\b/gi;

interface Marker {
  at: number;
  end: number;
  tense: ClauseTense;
}

function markersIn(text: string): Marker[] {
  const markers: Marker[] = [];
  const collect = (patterns: RegExp[], tense: ClauseTense): void => {
    for (const pattern of patterns) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        if (tense === 'past' && /ed$/i.test(match[0]) && !/\s/.test(match[0]) && NOT_PAST.test(match[0])) continue;
        markers.push({ at: match.index, end: match.index + match[0].length, tense });
      }
    }
  };
  collect(FUTURE_GROUPS, 'future');
  collect(PAST_GROUPS, 'past');
  // A future group overrides past-looking words inside it ("is expected to", "had planned").
  return markers.filter(
    (marker) =>
      marker.tense === 'future' ||
      !markers.some((other) => other.tense === 'future' && other.at <= marker.at && other.end >= marker.end),
  );
}

/** The clause of `text` that holds offset `at`: from the last break before it to the next one. */
export function clauseAround(text: string, at: number, end = at): { start: number; end: number } {
  let start = 0;
  let stop = text.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let match = CLAUSE_BREAK.exec(text); match; match = CLAUSE_BREAK.exec(text)) {
    if (match.index + match[0].length <= at) start = match.index + match[0].length;
    else if (match.index >= end) {
      stop = match.index;
      break;
    }
  }
  return { start, end: stop };
}

function distance(marker: Marker, start: number, end: number): number {
  if (marker.end <= start) return start - marker.end;
  if (marker.at >= end) return marker.at - end;
  return 0;
}

/** Tense of the verb group nearest the text between `start` and `end`, within its clause. */
export function clauseTense(text: string, start: number, end: number): ClauseTense {
  const markers = markersIn(text).filter((marker) => marker.end <= start || marker.at >= end);
  const clause = clauseAround(text, start, end);
  const inClause = markers.filter((marker) => marker.at >= clause.start && marker.end <= clause.end);
  const candidates = inClause.length > 0 ? inClause : markers;
  let best: Marker | undefined;
  for (const marker of candidates) {
    if (!best || distance(marker, start, end) < distance(best, start, end)) best = marker;
  }
  return best?.tense ?? 'present';
}
