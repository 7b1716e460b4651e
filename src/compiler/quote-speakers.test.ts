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

describe('quote speakers', () => {
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
