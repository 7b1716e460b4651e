/**
 * A small gazetteer of countries (with capitals and demonyms), institutions, armed groups and
 * places, parsed from the compact tables in gazetteer-data.ts into one phrase index, so the actor
 * stage looks every token up once instead of running a regex per entry.
 *
 * Rules (documented here because events.ts relies on them):
 * - A capital stands for its country's government: "Moscow" is a mention of Russia (form
 *   `capital`); a seat of an institution stands for it in the same way ("Brussels" is the
 *   European Union).
 * - Institutions list the common nouns a text uses for them once named ("the bloc" after "the
 *   EU"), for actors.ts to resolve such references.
 * - Seats of power that the text names as speakers ("the Kremlin", "the White House", "the
 *   Pentagon", "the State Department", "Downing Street") stay organisations of their own, as the
 *   text gives them; `country` records whose they are.
 * - A demonym ("Russian planes", "his Estonian counterpart") is a mention of form `demonym`: it ties
 *   a role or a noun to the country but is not the country acting. Events may ignore it.
 * - Places that are not actors (states, regions, other cities) are known only so that they are
 *   never taken for people.
 */
import type { ActorKind } from '../model/event-list.ts';
import { COMBINING_FORMS, COUNTRIES, INSTITUTIONS, PLACES } from './gazetteer-data.ts';
import { tokenize } from './tokens.ts';

export interface PlaceEntry {
  name: string;
  kind: ActorKind;
  /** Seats of government that stand for the country ("Moscow"). */
  capitals: string[];
  /** Other names of the same actor ("U.S.", "Britain", "U.N."). */
  aliases: string[];
  /** Adjectives: "Russian", "Ukrainian". */
  demonyms: string[];
  /** For institutions: the country they belong to. */
  country?: string;
  /** Common nouns a text refers to it by once it is named: "the bloc", "the alliance". */
  nouns: string[];
}

/** How a phrase names an entry. `place` entries are not actors. */
export type PhraseForm = 'name' | 'alias' | 'capital' | 'demonym' | 'place';

export interface PhraseMatch {
  /** The phrase's tokens, as written. */
  words: string[];
  form: PhraseForm;
  /** Undefined for a place. */
  entry?: PlaceEntry;
}

function list(field: string | undefined): string[] {
  return (field ?? '')
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function lines(table: string): string[][] {
  return table
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => line.split('|'));
}

function parseCountries(): PlaceEntry[] {
  return lines(COUNTRIES).map(([name = '', capitals, aliases, demonyms]) => ({
    name,
    kind: 'country',
    capitals: list(capitals),
    aliases: list(aliases),
    demonyms: list(demonyms),
    nouns: [],
  }));
}

const KINDS: Record<string, ActorKind> = { organization: 'organization', group: 'group', country: 'country' };

function parseInstitutions(): PlaceEntry[] {
  return lines(INSTITUTIONS).map(([name = '', kind = '', aliases, country, seats, nouns]) => {
    const entry: PlaceEntry = {
      name,
      kind: KINDS[kind] ?? 'organization',
      capitals: list(seats),
      aliases: list(aliases),
      demonyms: [],
      nouns: list(nouns),
    };
    const owner = (country ?? '').trim();
    if (owner !== '') entry.country = owner;
    return entry;
  });
}

/** Every country, institution and group the gazetteer knows. */
export const GAZETTEER: readonly PlaceEntry[] = [...parseCountries(), ...parseInstitutions()];

const ENTRY_BY_NAME = new Map(GAZETTEER.map((entry) => [entry.name, entry]));

/** The entry with this canonical name. */
export function entryNamed(name: string): PlaceEntry | undefined {
  return ENTRY_BY_NAME.get(name);
}

/** Countries by the form of their name that opens a compound: "Franco" -> France. */
const BY_COMBINING_FORM = new Map(lines(COMBINING_FORMS).map(([form = '', country = '']) => [form, country]));

/** The country whose combining form `form` is ("Sino" in "Sino-Russian" -> China), if any. */
export function countryOfCombiningForm(form: string): PlaceEntry | undefined {
  const country = BY_COMBINING_FORM.get(form);
  return country ? entryNamed(country) : undefined;
}

/** Phrases indexed by their first token's exact text, longest first. */
const PHRASES = new Map<string, PhraseMatch[]>();

function addPhrase(phrase: string, form: PhraseForm, entry?: PlaceEntry): void {
  const words = tokenize(phrase).map((token) => token.text);
  const first = words[0];
  if (first === undefined) return;
  const bucket = PHRASES.get(first) ?? [];
  if (bucket.some((known) => known.words.join(' ') === words.join(' '))) return;
  bucket.push(entry ? { words, form, entry } : { words, form });
  bucket.sort((a, b) => b.words.length - a.words.length);
  PHRASES.set(first, bucket);
}

for (const entry of GAZETTEER) {
  addPhrase(entry.name, 'name', entry);
  for (const alias of entry.aliases) addPhrase(alias, 'alias', entry);
  for (const capital of entry.capitals) addPhrase(capital, 'capital', entry);
  for (const demonym of entry.demonyms) addPhrase(demonym, 'demonym', entry);
}
for (const place of list(PLACES.replace(/\n/g, ''))) addPhrase(place, 'place');

/**
 * The longest gazetteer phrase starting at `words[at]`, compared exactly (case matters: "US" is
 * the country, "us" is not).
 */
export function matchPhrase(words: readonly string[], at: number): PhraseMatch | undefined {
  const bucket = PHRASES.get(words[at] ?? '');
  if (!bucket) return undefined;
  return bucket.find((phrase) => phrase.words.every((word, offset) => words[at + offset] === word));
}

/** The country entry whose name, alias, capital or demonym is `word` ("Estonian" -> Estonia). */
export function countryOf(phrase: string): PlaceEntry | undefined {
  const match = matchPhrase(
    tokenize(phrase).map((token) => token.text),
    0,
  );
  if (!match?.entry) return undefined;
  if (match.entry.kind === 'country') return match.entry;
  return match.entry.country ? entryNamed(match.entry.country) : undefined;
}

/** The first country a phrase names, by any of its names or demonyms: "Brazil's trade minister" -> "Brazil". */
export function countryInPhrase(phrase: string): string | undefined {
  const words = tokenize(phrase).map((token) => token.text);
  for (let at = 0; at < words.length; at += 1) {
    const match = matchPhrase(words, at);
    if (!match?.entry) continue;
    if (match.entry.kind === 'country') return match.entry.name;
    if (match.entry.country) return match.entry.country;
  }
  return undefined;
}
