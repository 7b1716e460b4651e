/**
 * Trips told in a phrase around another event: fronted ("During a visit to Warsaw on Tuesday, Vik
 * pledged more aid", "While on a state visit to Japan, ...", "On arrival in Oslo on Tuesday, Brandt
 * said", "After his return from Kyiv on Monday, Vik briefed the cabinet") or in an aside after the traveller
 * ("Vik, on a visit to Tokyo, signed a trade deal on Monday"). The traveller is the main clause's
 * subject, and a trip with no date of its own is under way on the day of the main clause's event.
 */
import type { DateMention, Span } from './types.ts';

/** A sentence that opens with the trip its subject made, up to the trip's noun. */
export const FRONTED_TRIP =
  /^\s*(?:[Dd]uring|[Oo]n|[Uu]pon|[Aa]fter|[Ww]hile on|[Ww]hilst on|[Ii]n the course of) (?:(?:a|an|his|her|their|its) (?:[\w'’-]+ ){0,3}(?:visit|trip|tour|journey|stopover|pilgrimage)(?: to| of)?|(?:(?:his|her|their|its) )?(?:arrival|return) (?:in|at|from|to))$/;

/** A trip told in an aside after its traveller, up to the trip's noun: "Vik, on a visit to". */
export const TRIP_ASIDE = /,\s*(?:on|during|while on|whilst on)\s+(?:a|an|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}$/i;

/**
 * The date of the main clause's event for a trip in a fronted phrase or an aside that has none of
 * its own: the first date after the phrase's closing comma, in the same clause.
 */
export function tripAsideDate(
  masked: string,
  dates: readonly DateMention[],
  at: Span,
  clause: Span,
): DateMention | undefined {
  const fronted = FRONTED_TRIP.test(masked.slice(0, at.end));
  if (!fronted && !TRIP_ASIDE.test(masked.slice(clause.start, at.start))) return undefined;
  const comma = masked.indexOf(',', at.end);
  if (comma < 0 || comma >= clause.end) return undefined;
  return dates.find((mention) => mention.start > comma && mention.end <= clause.end);
}
