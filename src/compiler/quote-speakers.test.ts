import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';

/**
 * Who speaks a quotation when the attribution uses a rarer verb, describes the speaker instead of
 * naming them, or is missing. Every text is invented; the dateline is Wednesday 2025-06-04.
 */
function speakersOf(text: string): string[] {
  const { list } = compileArticles([{ file: 'invented.txt', text: ` date 2025-06-04 ${text}` }]);
  const names = new Map(list.actors.map((actor) => [actor.id, actor.name]));
  return list.events
    .filter((event) => event.kind === 'quote')
    .map((event) => `${names.get(event.quote?.speaker ?? '') ?? '?'}: ${event.quote?.text ?? ''}`);
}

const QUOTES: readonly [string, string][] = [
  ['Ivo Brandt: There will be no more delays', '"There will be no more delays," vowed Chancellor Ivo Brandt.'],
  ['Ivo Brandt: There will be no more delays', '"There will be no more delays," Chancellor Ivo Brandt conceded.'],
  ['Ivo Brandt: There will be no more delays', '"There will be no more delays," Chancellor Ivo Brandt reiterated.'],
  ['Ivo Brandt: We will get there', '“We will get there,” Chancellor Ivo Brandt quipped on Monday.'],
  [
    'Alan Moyes: That was a penalty all day long',
    'Alan Moyes, the Kelburn Rovers manager, was furious after the defeat. "That was a penalty all day long," the Scot said.',
  ],
  [
    'Ruth Okonkwo: We are exhausted',
    'Ruth Okonkwo, a nurse from Leeds, joined the strike on Monday.\n\n"We are exhausted," the 42-year-old said.',
  ],
  [
    'Kofi Mensah: I just wanted to win',
    'Striker Kofi Mensah scored twice on Saturday. "I just wanted to win," said the 23-year-old.',
  ],
  [
    'Kestrel Dockworkers Union of Maravia: planning decisions are not for sale',
    'The Kestrel Dockworkers Union of Maravia called the strike.\n\nThe union welcomed the ruling in a statement afterward, saying the case showed that "planning decisions are not for sale".',
  ],
  [
    'Ivo Brandt: The deal is dead. We must move on.',
    'Chancellor Ivo Brandt was blunt. "The deal is dead. We must move on."',
  ],
];

/**
 * Speakers named where the actors stage must first find them: a relative named by a given name in
 * apposition to a kin noun, a surname that is also a common word, a bare surname never given in
 * full that a pronoun then takes up, and a subject separated from its verb by a relative clause.
 */
const FOUND_SPEAKERS: readonly [string, string][] = [
  // Features tell speech in the present: "recalls", "admits".
  // Letters after a name do not hide it.
  [
    'Sophie Albanese: a broken man',
    'Dev Sharma was jailed on Friday. His barrister, Sophie Albanese SC, told reporters that her client was "a broken man".',
  ],
  ['Jo Hale: We will fight this', '"We will fight this," said Jo Hale MP, the member for Kessel.'],
  ['Ole Berg: It was chaos', '"It was chaos," recalls Ole Berg, a driver who was there.'],
  [
    'Ines Rau: I was wrong about the budget',
    'Ines Rau ran the clinic for ten years. "I was wrong about the budget," she admits.',
  ],
  [
    'Nadia Kerr: It was a long night',
    'Speaking to reporters on Saturday, Mr Kerr\'s wife, Nadia, said the family was tired. "It was a long night," she said.',
  ],
  [
    'Tomas Brenner: We are hopeful.',
    'Anna Brenner was detained on Monday. Her husband, Tomas, said on Tuesday: "We are hopeful."',
  ],
  [
    'Lucia: We just want him home',
    'The couple\'s daughter, Lucia, spoke outside court. "We just want him home," she said.',
  ],
  [
    'Owen Park: show up anyway.',
    'Lena Ortiz toured Yuma on Tuesday. Ortiz\'s campaign manager, Owen Park, said the candidate would "show up anyway."',
  ],
  ['Owen Park: The schedule stands', '"The schedule stands," said Owen Park, a spokesman for the campaign.'],
  ['Jo Bridge: Nothing has changed', '"Nothing has changed," the party\'s chairman, Jo Bridge, told reporters.'],
  ['Ruto: It is over', 'Ruto spoke on Monday. "It is over," he told reporters.'],
  ['Okonjo: We will not retreat', 'Okonjo addressed supporters in Abuja on Friday. "We will not retreat," she said.'],
  ['Carl Moen: We had no choice.', 'Carl Moen, who met Rita Sand last week, said: "We had no choice."'],
  ['Rita Sand: We had no choice', 'Carl Moen met Rita Sand last week. "We had no choice," Sand told the BBC.'],
  ['Gil Amar: Prices will fall', '"Prices will fall," Gil Amar, an economist at Fenwick Bank, wrote in a note.'],
  [
    'Sara Lind: We remain open',
    'Chancellor Ivo Brandt met Prime Minister Sara Lind on Monday. "We remain open," said the prime minister.',
  ],
  [
    'Ivo Brandt: We are ready',
    'Prime Minister Sara Lind met Chancellor Ivo Brandt on Monday. "We are ready," the chancellor said.',
  ],
  [
    'Pavel Roos: I regret nothing',
    'Pavel Roos, the former mayor, testified on Tuesday.\n\n"I regret nothing," he said.',
  ],
];

describe('quote speakers', () => {
  it.each(FOUND_SPEAKERS)('%s <- %s', (expected, text) => {
    expect(speakersOf(text)).toEqual([expected]);
  });
  it('gives a quotation told with "recalls" to its speaker, not to the one quoted before', () => {
    expect(
      speakersOf(
        'Marta Vondra stands at the furnace. The plant closed in 2019; its chief, Dieter Brandl, said it had "no future."\n\nThe workers occupied it. "My daughter brought soup every evening," Vondra recalls.',
      ),
    ).toEqual(['Dieter Brandl: no future.', 'Marta Vondra: My daughter brought soup every evening']);
  });
  it('does not take a place named like a person for a speaker', () => {
    const { list } = compileArticles([
      {
        file: 'invented.txt',
        text: ' date 2025-06-04 Fans gathered at Victoria Park, a venue in the city centre, on Sunday.',
      },
    ]);
    expect(list.actors.filter((actor) => actor.kind === 'person')).toEqual([]);
  });
  it('keeps a bare name an organisation when "it" took it up before a "he"', () => {
    const { list } = compileArticles([
      {
        file: 'invented.txt',
        text: ' date 2025-06-04 Velto said on Monday it would cut 300 jobs. "It is over," he told reporters.',
      },
    ]);
    expect(list.actors.find((actor) => actor.name === 'Velto')?.kind).toBe('organization');
  });
  it('keeps a bare name that speaks an organisation when "it" takes it up', () => {
    const { list } = compileArticles([
      { file: 'invented.txt', text: ' date 2025-06-04 Velto said on Monday that it would recall 40,000 scooters.' },
    ]);
    expect(list.actors.find((actor) => actor.name === 'Velto')?.kind).toBe('organization');
  });
  it.each(QUOTES)('%s <- %s', (expected, text) => {
    expect(speakersOf(text)).toEqual([expected]);
  });
  it('does not take a description of a thing for a person', () => {
    expect(
      speakersOf(
        'Foreign Minister Claire Donnelly spoke to her counterpart. The Australian version stressed "practical cooperation" on security.',
      ),
    ).toEqual([]);
  });
  it('does not give an unattributed quotation to the subject of another paragraph', () => {
    expect(speakersOf('Chancellor Ivo Brandt was blunt.\n\nThe ferry sailed at noon. "Mind the gap, please."')).toEqual(
      [],
    );
  });
});
