import { describe, expect, it } from 'vitest';
import { findActors } from './actors.ts';
import { parseArticle } from './article.ts';
import { splitSentences } from './sentences.ts';

/**
 * Entity recognition on invented sentences in many news styles: names a reader sees plainly are
 * actors, and capitalised words that name no one (months, headings, units, events) are not.
 */
function read(body: string) {
  const text = ` date 2026-03-04 ${body}`;
  const parsed = parseArticle({ file: 'recognition.txt', text });
  if (!parsed.article) throw new Error('test article did not parse');
  const { actors, mentions } = findActors(splitSentences(parsed.article));
  return {
    /** The name of the actor mentioned by the text at `phrase`'s first occurrence, if any. */
    actorAt(phrase: string): string | undefined {
      const at = text.indexOf(phrase);
      if (at < 0) throw new Error(`"${phrase}" is not in the text`);
      const mention = mentions.find((known) => known.start < at + phrase.length && known.end > at);
      return actors.find((actor) => actor.id === mention?.actorId)?.name;
    },
    /** The name of the actor mentioned at `phrase`'s last occurrence. */
    actorAtLast(phrase: string): string | undefined {
      const at = text.lastIndexOf(phrase);
      const mention = mentions.find((known) => known.start < at + phrase.length && known.end > at);
      return actors.find((actor) => actor.id === mention?.actorId)?.name;
    },
  };
}

describe('a body known by its initials', () => {
  it.each([
    ['The WFP suspended food deliveries on Friday.', 'WFP'],
    ['OCHA said on Wednesday that 40,000 people had fled.', 'OCHA'],
    ['Oyelaran Adebayo defected to the APC on Tuesday.', 'APC'],
    ['Wardell Pharma was fined on Monday by the FDA.', 'FDA'],
    ['UNICEF and the NFU delivered vaccines on Friday.', 'NFU'],
    ["The KNBS's figures were published on Monday.", 'KNBS'],
  ])('%s', (body, acronym) => {
    expect(read(body).actorAt(acronym)).toBe(acronym);
  });

  it("reads an acronym defined in parentheses after a body's long name as that body", () => {
    const result = read(
      'The U.N. Office for the Coordination of Humanitarian Affairs (OCHA) said on Monday that 40,000 people had fled. OCHA launched an appeal on Tuesday.',
    );
    expect(result.actorAtLast('OCHA')).toBe('U.N. Office for the Coordination of Humanitarian Affairs');
  });

  it.each([
    [
      'The Kenya Ports Authority closed the berth on Monday. The KPA reopened it on Tuesday.',
      'KPA',
      'Kenya Ports Authority',
    ],
    [
      'The Ethics and Anti-Corruption Commission raided the office. The EACC said on Monday that files were seized.',
      'EACC',
      'Ethics and Anti-Corruption Commission',
    ],
    [
      'The Independent National Electoral Commission met on Friday. INEC declared the results on Sunday.',
      'INEC',
      'Independent National Electoral Commission',
    ],
  ])('reads initials as the body named before: %s', (body, acronym, name) => {
    expect(read(body).actorAt(acronym)).toBe(name);
  });

  it('does not guess which of two bodies with the same initials is meant', () => {
    const result = read('Port Arden Council and the Pearl Athletic Club met on Monday. The PAC said on Tuesday.');
    expect(result.actorAtLast('PAC')).toBe('PAC');
  });

  it.each([
    ['GDP grew 2% in the first quarter.', 'GDP'],
    ['The CEO resigned on Friday.', 'CEO'],
    ['Police registered an FIR against Suresh Pillai on Sunday.', 'FIR'],
    ['Net sales rose to EUR 412 million.', 'EUR'],
    ['The plant will add 40 MW by June.', 'MW'],
    ['GENEVA (AP) — Talks resumed on Monday.', 'GENEVA'],
    ['GENEVA (AP) — Talks resumed on Monday.', 'AP'],
    ['HEALTH — The clinic reopened on Monday.', 'HEALTH'],
    ['Verdant Cells Inc. (NASDAQ: VRDC) announced a deal.', 'VRDC'],
    ['FURIOUS families say the fireworks were AXED on Monday.', 'AXED'],
    ['DCP Ravi Kumar said the men were held on Sunday.', 'DCP'],
  ])('%s: "%s" is no actor', (body, word) => {
    expect(read(body).actorAt(word)).toBeUndefined();
  });

  it("reads a regnal number as part of a name, not as a body's initials", () => {
    expect(read('Charles III opened the session.').actorAt('III')).toBe('Charles III');
  });

  it('lets a "for the" join a public body\'s name, but not a loan\'s purpose', () => {
    const result = read('The board lent $60 million to Harborline Partners for the Tidewater Hotel in 2017.');
    expect(result.actorAt('Harborline')).toBe('Harborline Partners');
    expect(read('The Commission for the Protection of Children said on Monday.').actorAt('Children')).toBe(
      'Commission for the Protection of Children',
    );
  });
});

describe('a body whose name ends in a generic word', () => {
  it.each([
    ['Amnesty International condemned the arrests on Monday.', 'Amnesty', 'Amnesty International'],
    ['Tarrant County sued the company on Friday.', 'Tarrant', 'Tarrant County'],
    ['The deal was blocked on Tuesday by Tarrant County.', 'Tarrant', 'Tarrant County'],
    ['The World Food Programme said on Monday it would halve rations.', 'Food', 'World Food Programme'],
    ['Residents met with Manchester City on Monday.', 'Manchester', 'Manchester City'],
    ['Dunmore Mills announced 40 job cuts on Monday.', 'Dunmore', 'Dunmore Mills'],
  ])('%s', (body, word, name) => {
    expect(read(body).actorAt(word)).toBe(name);
  });

  it.each([
    ['The Central Business District was closed on Monday.', 'Business'],
    ['She flew to Kansas City on Monday.', 'Kansas'],
    ['Crowds lined Victoria Station on Monday.', 'Victoria'],
    ['The Berlin Marathon was cancelled on Sunday.', 'Marathon'],
    ['Rain fell across Tarrant County on Friday.', 'Tarrant'],
  ])('%s: "%s" is no body', (body, word) => {
    expect(read(body).actorAt(word)).toBeUndefined();
  });
});

describe('a bare unknown word where only a body stands', () => {
  it.each([
    ['Harwell Water was fined £2m on Thursday by Ofwat.', 'Ofwat'],
    ['The strike was called off on Tuesday by Unite.', 'Unite'],
    ['Orla Fennelly, chief executive of Brightmoor, resigned on Friday.', 'Brightmoor'],
    ["Brazil's Petrobras raised fuel prices on Tuesday.", 'Petrobras'],
    ['Zentro officials said on Tuesday that the plant would close.', 'Zentro'],
    ['The Bundestag voted on Friday to extend the mission.', 'Bundestag'],
    ['The Guardian reported on Friday that the talks had stalled.', 'Guardian'],
    ['Eskom cut power to Soweto on Monday.', 'Eskom'],
    ['Ofgem fined Northpower on Wednesday.', 'Northpower'],
    ['Kasper Lund joined Celtic on Thursday.', 'Celtic'],
  ])('%s', (body, word) => {
    expect(read(body).actorAt(word)).toBe(word);
  });

  it.each([
    ['The talks must end by Monday, officials said.', 'Monday'],
    ['The Thames flooded on Friday.', 'Thames'],
    ["Fighting in Russia's Kursk region resumed on Monday.", 'Kursk'],
    ['The stalls were busy with Christmas shoppers by Friday.', 'Christmas'],
    ['The bid was backed by Christmas shoppers.', 'Christmas'],
    ['Alan Moyes was furious. "That was a penalty," the Scot said on Saturday.', 'Scot'],
    // A sentence's first word says which officials: an adjective or a common noun, not a body.
    ['Local officials said on Tuesday that the bridge would close.', 'Local'],
    ['Regional officials confirmed the closure on Monday.', 'Regional'],
    ['Rebel officials said on Sunday that the truce had collapsed.', 'Rebel'],
    ['Village officials met the governor on Friday.', 'Village'],
    ['Tribal leaders said on Monday that they would boycott the vote.', 'Tribal'],
  ])('%s: "%s" is no body', (body, word) => {
    expect(read(body).actorAt(word)).toBeUndefined();
  });
});

describe('people whose names look like other words', () => {
  it.each([
    ['His Tanzanian counterpart, Rehema Said, met him in Arusha on Monday.', 'Rehema', 'Rehema Said'],
    ['Rehema Said was sworn in as governor on Monday.', 'Rehema', 'Rehema Said'],
    ['Ali Said resigned on Monday.', 'Ali', 'Ali Said'],
  ])('%s', (body, word, name) => {
    expect(read(body).actorAt(word)).toBe(name);
  });
});

describe('vessels, missions, operations and posts are not actors', () => {
  it.each([
    ['The MV Sea Harmony docked in Mombasa on Monday.', 'Sea Harmony'],
    ['The RV Aurora Borealis will now sail on June 12.', 'Aurora'],
    ['HMS Dauntless arrived in Gibraltar on Monday.', 'Dauntless'],
    ['The Aurelia mission was delayed on Monday.', 'Aurelia'],
    ['Officials set up a desk at the Namanga border post on Monday.', 'Namanga'],
    ['Operation Sentinel began on Monday.', 'Sentinel'],
  ])('%s: "%s" is no actor', (body, word) => {
    expect(read(body).actorAt(word)).toBeUndefined();
  });

  it('still reads a lower-case board after a name as a body', () => {
    expect(read('The Riverton school board voted on Monday.').actorAt('Riverton')).toBe('Riverton school board');
  });
});

describe('a given name ending in -ly opens a sentence', () => {
  it.each([
    ['Emily Carter died on Tuesday at the age of 91.', 'Emily Carter', 'Emily Carter'],
    ['Kelly Obi won the mayoral race on Tuesday.', 'Kelly Obi', 'Kelly Obi'],
    ['Holly Mwansa, the finance director, resigned on Friday.', 'Holly Mwansa', 'Holly Mwansa'],
    ['Beverly Tran met Ana Duval in Lyon on Monday.', 'Beverly Tran', 'Beverly Tran'],
  ])('%s', (body, phrase, name) => {
    expect(read(body).actorAt(phrase)).toBe(name);
  });

  it.each([
    ['Finally, Ana Duval thanked the volunteers.', 'Finally'],
    ['Separately, Dalgety Water said it would appeal.', 'Separately'],
    ['Reportedly the minister had already left.', 'Reportedly'],
    ['Initially, Kofi Mensah denied the claims.', 'Initially'],
  ])('%s: the adverb names no one', (body, adverb) => {
    expect(read(body).actorAt(adverb)).toBeUndefined();
  });
});
