/**
 * Notices about the article itself, not news: a correction ("Correction: An earlier version of
 * this story said the blockade began on March 5."), a clarification, an editor's note, a note
 * that the story was amended or when it was first published, or a photo's caption ("Pictured:
 * Mayor Ona Brik arrives at City Hall on Monday"). What such a notice says happened is the
 * article's own record, or a picture of what the story tells (rightly) in its text, so the whole
 * paragraph tells none.
 */

/** The opening words of a paragraph that is a notice about the article. */
const NOTICE_OPENINGS = [
  // "Correction:", "CORRECTION —", "Clarification (June 3):", "Editor's note:" (not a live blog's
  // "Update:", which brings news)
  String.raw`(?:corrections?|clarifications?|editor['’]?s['’]? notes?|note to (?:readers|editors))\s*(?:\([^)]{0,40}\)\s*)?[:\u2014\u2013-]`,
  // "An earlier version of this article said ...", "A previous version of this story misstated ..."
  String.raw`(?:an?|the) (?:earlier|previous|prior|original) (?:version|edition) of this (?:article|story|report|post|piece|column)\b`,
  // "This article was amended on 3 June 2025 to ...", "This story has been corrected to ..."
  String.raw`this (?:article|story|report|post|piece|column) (?:was|has been|had been) (?:updated|corrected|amended|changed|edited)\b`,
  // "This article was first published on Tuesday.", "First published on Tue 3 Jun 2025",
  // "This story originally appeared in ..."
  String.raw`(?:this (?:article|story|report|post|piece|column) (?:was |has been )?(?:first |originally )?(?:published|appeared|ran)\b|(?:first |originally )published\b)`,
  // A photo's caption: "Pictured:", "PHOTO:", "FILE PHOTO:", "Image caption,", "Caption:", "Above:"
  String.raw`(?:(?:file |main |top |inset )?(?:photo(?:graph)?|picture|image)(?: caption)?|pictured|caption|above|top|left|right)\s*[:,\u2014\u2013|]`,
];

const NOTICE = new RegExp(String.raw`^[\s*_\[(]*(?:${NOTICE_OPENINGS.join('|')})`, 'i');

/** Whether a paragraph (its text) is a notice about the article rather than news. */
export function isArticleNotice(paragraph: string): boolean {
  return NOTICE.test(paragraph);
}

/** A paragraph's last character that ends a sentence: a stop, perhaps inside a quotation or brackets. */
const SENTENCE_END = /[.!?\u2026]["'\u201D\u2019)\]]*\s*$/;

/**
 * The article's headline: a first paragraph that ends without a full stop ("Halvard Foods lifts
 * outlook as snack sales jump", "Storm Brenna live: red warnings in the west", "ABEOKUTA — Crisis
 * rocks Ogun PDP as nine lawmakers defect to APC"), short, with the story after it. What it
 * tells, the story tells again in full, with its date; read from the headline alone it is an
 * undated copy ("lifts" on the dateline) or a misreading of headline grammar.
 */
export function isHeadline(paragraphs: readonly string[]): boolean {
  const first = paragraphs[0]?.trim() ?? '';
  return paragraphs.length > 1 && first.length > 0 && first.length <= 200 && !SENTENCE_END.test(first);
}
