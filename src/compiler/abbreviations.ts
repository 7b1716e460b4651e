/**
 * Abbreviations written with a stop, by what follows them in news text. One list for the sentence
 * splitter (can a stop after this word end a sentence?) and the tokenizer (the stop belongs to the
 * word: "Gen.", "Sept.", "Inc."). Keys are lower case, without the stop.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Before a name: "Gen. Smith", "Sen. Warren", "St. Petersburg". A stop after them never ends a sentence. */
export const TITLE_ABBREVIATIONS = words(`
  mr mrs ms mx dr gen lt col sgt capt cpl pvt adm maj cmdr brig gov sen sens rep reps prof rev fr hon
  amb atty supt insp det st mt ft messrs pres
`);

/** Months: "Sept. 24". */
export const MONTH_ABBREVIATIONS = words(`jan feb mar apr jun jul aug sep sept oct nov dec`);

/** Before a number: "No. 10", "Art. 5", "p. 12" (months too). Before a word, a stop after them may end a sentence. */
export const NUMBER_ABBREVIATIONS = words(`no nos art arts vol p pp fig ch sec para approx est`);

/** After a name or at the end of a list: "Acme Inc.", "Jr.", "etc." They may end a sentence. */
export const SUFFIX_ABBREVIATIONS = words(`inc corp co ltd llc gmbh plc bros jr sr etc`);

/** Never at the end of a sentence: "e.g.", "vs.", "et al." */
export const NEVER_FINAL_ABBREVIATIONS = words(`e.g i.e vs v cf ca viz al`);

/** Every abbreviation above. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...TITLE_ABBREVIATIONS,
  ...MONTH_ABBREVIATIONS,
  ...NUMBER_ABBREVIATIONS,
  ...SUFFIX_ABBREVIATIONS,
  ...NEVER_FINAL_ABBREVIATIONS,
]);
