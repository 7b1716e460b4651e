/**
 * Words written on a thing, not said by anyone: "carrying placards reading “Hands off our
 * hospital”", "a banner that read “Justice for Amara”", "A sign on the door now reads “Closed”",
 * "T-shirts bearing the words “Not in our name”". Such a quotation is no quote event: nobody is
 * its speaker (the last speaker quoted is not), and it is said on no day. A statement or a letter
 * that "read" is speech and stays a quote ("The statement read: “We regret ...”").
 */

/** Things people write words on, in the plural or the singular. */
const WRITTEN_ON = String.raw`(?:placards?|banners?|signs?|signboards?|posters?|t-shirts?|shirts?|hoodies?|caps?|badges?|stickers?|billboards?|hoardings?|graffiti|slogans?|plaques?|inscriptions?|headstones?|gravestones?|wreaths?|cards?|flags?|scarves|murals?|headlines?|front pages?|front-page headlines?|mugs?|tattoos?|bumper stickers?)`;

/**
 * The words before a quotation that make it written on a thing: the thing, then a verb of
 * reading or bearing, within a few words ("placards reading", "a banner that read", "a sign on
 * the library door now reads", "T-shirts bearing the words", "a wreath with the message").
 */
const WRITTEN_BEFORE = new RegExp(
  String.raw`\b${WRITTEN_ON}\b[^.;:!?“”"]{0,60}?\b(?:reading|read|reads|saying|said|says|bearing|bore|bears|(?:emblazoned|printed|painted|scrawled|daubed|inscribed|written|sprayed|carved|etched) (?:with|on)|with (?:the )?(?:words?|message|slogan|legend|inscription))(?: the (?:words?|message|slogan|legend))?\s*[:,]?\s*$`,
  'i',
);

/** Whether the quotation that starts right after `before` (the sentence's text up to it) is written on a thing. */
export function isWrittenOnAThing(before: string): boolean {
  return WRITTEN_BEFORE.test(before.slice(-120));
}
