import { describe, expect, it } from 'vitest';
import { findActors } from './actors.ts';
import { parseArticle } from './article.ts';
import { splitSentences } from './sentences.ts';

/**
 * The forms of bodies' names, on invented sentences in many news styles: a reader sees the whole
 * name as one body, the compiler must too (not a part of it, nor nothing).
 */
function actorAt(body: string, phrase: string): string | undefined {
  const text = ` date 2026-03-04 ${body}`;
  const parsed = parseArticle({ file: 'name-forms.txt', text });
  if (!parsed.article) throw new Error('test article did not parse');
  const { actors, mentions } = findActors(splitSentences(parsed.article));
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`"${phrase}" is not in the text`);
  const mention = mentions.find((known) => known.start < at + phrase.length && known.end > at);
  return actors.find((actor) => actor.id === mention?.actorId)?.name;
}

describe('what a body is for or on, inside its name', () => {
  it.each([
    ['The Court of Arbitration for Sport upheld the ban on Monday.', 'Court of Arbitration for Sport'],
    [
      'The Lurovian Society for the Protection of Birds bought the marsh on Monday.',
      'Lurovian Society for the Protection of Birds',
    ],
    ['The Committee on Public Accounts summoned the chief executive on Monday.', 'Committee on Public Accounts'],
    ['A report by the Council on Regional Affairs was published on Monday.', 'Council on Regional Affairs'],
    [
      'The Centre for the Study of Conflict warned on Tuesday that talks had stalled.',
      'Centre for the Study of Conflict',
    ],
  ])('%s', (body, name) => {
    expect(actorAt(body, name)).toBe(name);
  });

  it.each([
    ['The European Commission on Tuesday fined the bank.', 'European Commission', 'European Commission'],
    ['The Court of Appeal for Tuesday listed two cases.', 'Court of Appeal', 'Court of Appeal'],
  ])('a date after "on" or "for" is no part of the name: %s', (body, phrase, name) => {
    expect(actorAt(body, phrase)).toBe(name);
  });
});

describe('"and" inside a body\'s name', () => {
  it.each([
    ['The Association of Retired Teachers and Nurses marched on Monday.', 'Association of Retired Teachers and Nurses'],
    ['The Coalition for Safe Streets and Parks sued the city on Monday.', 'Coalition for Safe Streets and Parks'],
    ['The Chamber of Commerce and Industry welcomed the deal on Monday.', 'Chamber of Commerce and Industry'],
    ['The Ashcombe and District Rotary Club raised £5,000 on Saturday.', 'Ashcombe and District Rotary Club'],
  ])('%s', (body, name) => {
    expect(actorAt(body, name)).toBe(name);
  });

  it('keeps a body and a news agency apart', () => {
    const body = 'The Bank of Japan and Reuters reported the figures on Monday.';
    expect(actorAt(body, 'Reuters')).toBe('Reuters');
  });
});

describe('names that open with a quantifier or a plural', () => {
  it.each([
    ['The One Nation party announced on Tuesday that it would contest every seat.', 'One Nation party'],
    ['On Tuesday the One Nation Party announced that it would contest every seat.', 'One Nation Party'],
    ['The Friends of Ashcombe Meadow lodged an objection on Monday.', 'Friends of Ashcombe Meadow'],
    ['The Friends of the Earth sued the government on Monday.', 'Friends of the Earth'],
    ['The Sisters of Mercy Trust closed the shelter on Friday.', 'Sisters of Mercy Trust'],
  ])('%s', (body, name) => {
    expect(actorAt(body, name)).toBe(name);
  });

  it('still reads a number word as no name', () => {
    expect(actorAt('Forty-one MCAs voted against the bill.', 'Forty')).toBeUndefined();
  });
});

describe('bodies named with a common word at the end', () => {
  it.each([
    ['The Coastal Fisheries Forum called on Tuesday for a ban on trawling.', 'Coastal Fisheries Forum'],
    ['The plan was criticised on Monday by the Amberley Forum.', 'Amberley Forum'],
    ['The Kestrel Civic Platform walked out of the council on Monday.', 'Kestrel Civic Platform'],
    ['Harbour City equalised in the 89th minute on Saturday.', 'Harbour City'],
    ['Harbour City beat Kestrel Town 2-1 on Saturday.', 'Harbour City'],
  ])('%s', (body, name) => {
    expect(actorAt(body, name)).toBe(name);
  });
});

describe('legal forms and company openers of other countries', () => {
  it.each([
    ['Solstice Energy LLP filed for bankruptcy on Monday.', 'Solstice Energy LLP', 'Solstice Energy'],
    ['Kestrel Mining Bhd suspended operations on Monday.', 'Kestrel Mining Bhd', 'Kestrel Mining'],
    ['Sentosa Holdings Pte Ltd bought the site on Monday.', 'Sentosa Holdings', 'Sentosa Holdings'],
    ['Varanasi Textiles Pvt Ltd laid off 200 workers on Monday.', 'Varanasi Textiles', 'Varanasi Textiles'],
    ['PT Garuda Lestari Tbk cancelled 40 flights on Monday.', 'Garuda Lestari', 'PT Garuda Lestari'],
    ['The Ministerio de Salud confirmed 40 cases on Tuesday.', 'Ministerio de Salud', 'Ministerio de Salud'],
  ])('%s', (body, phrase, name) => {
    expect(actorAt(body, phrase)).toBe(name);
  });
});
