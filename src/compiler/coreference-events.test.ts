import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * Who acts in an event whose sentence does not name them in full: a pronoun, a description, a
 * plural subject carried from the sentence before; and the negatives, where the word points at
 * someone unnamed or at a thing. Invented articles in several styles.
 */

/** The actor list of the event of `kind` whose line contains `date` (the first of that kind by default). */
function actorsOf(body: string, kind: string, date = ''): string | undefined {
  const line = eventLines(body, () => true).find((event) => event.startsWith(`${kind} `) && event.includes(date));
  return line?.slice(line.indexOf('['));
}

describe('"it" for an organisation, with an adverb before its verb', () => {
  it.each([
    [
      'Velmar Bank cut its lending rate by half a point on Wednesday. It also announced the closure of 40 branches on Wednesday.',
      'announcement',
      '[Velmar Bank]',
    ],
    [
      'Drava Airlines filed for bankruptcy on Friday. It then cancelled all flights on Saturday.',
      'other',
      '[Drava Airlines]',
    ],
  ])('%s', (body, kind, actors) => {
    expect(actorsOf(body, kind, '2025-05-31') ?? actorsOf(body, kind)).toBe(actors);
  });

  it('leaves a dummy "it" alone ("It now seems likely that ...")', () => {
    const body =
      'Orvel Motors left the index on Saturday. It now seems likely that the match will be played on Sunday.';
    expect(actorsOf(body, 'other', 'scheduled')).toBe('[]');
  });
});

describe('"They" opening a sentence: the several who acted in the one before', () => {
  it.each([
    [
      'Ambassador Ruth Okoye and General Ahmed Bello flew to Niamey on Monday. They met junta leader Colonel Issa Moussa on Tuesday.',
      'meeting',
      '[Ruth Okoye, Ahmed Bello, Issa Moussa]',
    ],
    [
      'Police arrested Ana Ruiz and Ivo Brandt in Dover on Monday. They appeared before magistrates on Wednesday.',
      'other',
      '[Ana Ruiz, Ivo Brandt]',
    ],
  ])('%s', (body, kind, actors) => {
    expect(actorsOf(body, kind)).toBe(actors);
  });

  it('carries two bodies when no person acted ("The ministry and UNICEF launched ... They will visit")', () => {
    const body =
      'Officials from the Ministry of Health and the Red Cross launched a measles vaccination drive in Kano on Monday. They will visit 12 districts on June 9.';
    expect(actorsOf(body, 'travel')).toBe('[Ministry of Health, Red Cross]');
  });

  it('does not make one person of the sentence before "they"', () => {
    const body = 'Minister Amira Haddad met the mayor of Tyre on Sunday. They will meet the port workers on Wednesday.';
    expect(actorsOf(body, 'meeting', '2025-06-04')).not.toContain('Amira Haddad');
  });
});

describe('people who speak for a body named after them', () => {
  it.each([
    [
      'Negotiators for the Transport Workers Union and Metrolink met for eight hours on Wednesday.',
      'meeting',
      '[Transport Workers Union, Metrolink]',
    ],
    [
      'Officials from the Ministry of Health launched a cholera vaccination campaign in Lusaka on Monday.',
      'other',
      '[Ministry of Health]',
    ],
  ])('%s', (body, kind, actors) => {
    expect(actorsOf(body, kind)).toBe(actors);
  });

  it('still reads a place after "from" as a place ("flew in from the United States")', () => {
    expect(actorsOf('Ivo Brandt flew in from the United States on Monday.', 'travel')).toBe('[Ivo Brandt]');
  });
});

describe('"the two", "both companies", "the pair": the two who acted just before', () => {
  it.each([
    [
      'Chess champion Arvid Holm met Mikhail Sorin in Oslo on Wednesday. The two men will meet again over the board on Friday.',
      'meeting',
      '2025-06-06',
      '[Arvid Holm, Mikhail Sorin]',
    ],
    [
      'Altmark Chemicals AG and Rheinwerk Polymers Ltd announced a merger on Monday. Both companies will hold shareholder votes in September.',
      'other',
      '2025-09',
      '[Altmark Chemicals, Rheinwerk Polymers]',
    ],
    [
      'Tennis players Anna Pavel and Lucia Ferro won the doubles title in Rome on Sunday. The pair will travel to Paris on Wednesday.',
      'travel',
      '2025-06-04',
      '[Anna Pavel, Lucia Ferro]',
    ],
  ])('%s', (body, kind, date, actors) => {
    expect(actorsOf(body, kind, date)).toBe(actors);
  });

  it('names nobody when one person acted before ("sacked her two deputies ... The two will leave")', () => {
    const body = 'Mayor Ana Ruiz sacked her two deputies on Monday. The two will leave the city on Friday.';
    expect(eventLines(body).filter((line) => line.includes('2025-06-06'))).not.toContainEqual(
      expect.stringContaining('Ana Ruiz'),
    );
  });

  it('takes no people for "both companies"', () => {
    const body = 'Ana Ruiz met Ivo Brandt in Oslo on Monday. Both companies will hold shareholder votes in September.';
    expect(actorsOf(body, 'other', '2025-09')).toBe('[]');
  });
});

describe('a description that opens a new fact about the one person just named', () => {
  it.each([
    [
      'Castlebridge United striker Kwame Osei handed in a transfer request on Monday. The Castlebridge United striker flew to Madrid on Tuesday for a medical.',
      'travel',
      '[Kwame Osei]',
    ],
    [
      "Kwame Osei's eight-month saga is over. The Castlebridge United striker flew to Madrid on Tuesday for a medical.",
      'travel',
      '[Kwame Osei]',
    ],
    [
      'Orvel Motors chief executive Ana Ruiz met investors in London on Monday. The Orvel Motors chief executive flew to Oslo on Tuesday.',
      'travel',
      '[Ana Ruiz]',
    ],
    [
      'Rosa Lindgren, the centre-right candidate, won the mayoral election in Uppsala on Sunday. The 38-year-old will take office on June 15.',
      'other',
      '2025-06-15',
    ],
  ])('%s', (body, kind, dateOrActors, actors = '[Rosa Lindgren]') => {
    if (dateOrActors.startsWith('[')) expect(actorsOf(body, kind)).toBe(dateOrActors);
    else expect(actorsOf(body, kind, dateOrActors)).toBe(actors);
  });

  it.each([
    // Two people named before: which one is unknown.
    'Ana Ruiz met Ivo Brandt in London on Monday. The Orvel Motors chief flew to Oslo on Tuesday.',
    // The name given after the description is who it is.
    'Orvel Motors chief executive Ana Ruiz met investors in London on Monday. The Orvel Motors chief executive, Ivo Brandt, flew to Oslo on Tuesday.',
  ])('does not guess: %s', (body) => {
    expect(actorsOf(body, 'travel')).not.toContain('Ana Ruiz');
  });

  it('keeps an age that is known for someone else ("the 54-year-old" is not the 38-year-old)', () => {
    const body =
      'Rosa Lindgren, 38, won the mayoral election in Uppsala on Sunday. The 54-year-old will take office on June 15.';
    expect(actorsOf(body, 'other', '2025-06-15') ?? '[]').not.toContain('Rosa Lindgren');
  });
});

describe('"the club" and "it" for a body', () => {
  it.each([
    [
      'Corby Rovers sacked manager Keith Dunn on Sunday after a 4-0 defeat. The club appointed Lee Harper as caretaker on Monday.',
      'other',
      '2025-06-02',
      '[Corby Rovers, Lee Harper]',
    ],
    [
      'Zenko Motors chief executive Jana Holub said on Monday it would open a plant in Brno in 2026.',
      'announcement',
      '',
      '[Zenko Motors, Jana Holub]',
    ],
  ])('%s', (body, kind, date, actors) => {
    expect(actorsOf(body, kind, date)).toBe(actors);
  });

  it.each([
    // A company or a council is not "the club".
    'Orvel Motors cut 200 jobs on Monday. The club appointed Lee Harper as coach on Tuesday.',
    'Brenford City Council approved the stadium on Monday. The club appointed Lee Harper as coach on Tuesday.',
  ])('leaves "the club" unknown: %s', (body) => {
    expect(actorsOf(body, 'other', '2025-06-03')).toBe('[Lee Harper]');
  });
});

describe('"said it" after a person described as one of a body', () => {
  it('is the body, not the speaker', () => {
    const actors = actorsOf(
      'Jana Holub, the chief executive of Zenko Motors, said it had closed its Brno plant on Monday.',
      'other',
    );
    expect(actors).toContain('Zenko Motors');
    expect(actors).not.toContain('Jana Holub');
  });

  it('leaves a dummy "it" alone ("said it was raining")', () => {
    const body = 'Jana Holub, the chief executive of Zenko Motors, said on Monday it was raining in Brno.';
    expect(eventLines(body, () => true).join('\n')).not.toContain('Zenko Motors');
  });
});

describe('"he" or "she" after someone described without a name', () => {
  it('is the unnamed one, not a named person of unknown gender', () => {
    const body =
      'Detective Inspector Claire Wood said on Monday that a 32-year-old man had been arrested in Croydon on Sunday. He was charged with burglary on Monday.';
    expect(actorsOf(body, 'other', '2025-06-02')).toBe('[]');
  });

  it.each([
    // The unnamed one is of the other gender.
    ['Ana Ruiz said on Sunday a man had attacked her. She flew to Oslo on Monday.', '[Ana Ruiz]'],
    // "a father of three" describes the one named.
    ['Ivo Brandt, a father of three, said he would fly to Oslo on June 10.', '[Ivo Brandt]'],
    // Named in the sentence after the description.
    [
      'A Timaru man was sentenced on Thursday. Jared Paku, 34, had pleaded guilty. He flew to Oslo on Friday.',
      '[Jared Paku]',
    ],
  ])('still finds the named person: %s', (body, actors) => {
    expect(actorsOf(body, 'travel')).toBe(actors);
  });
});

describe('"he" or "she" with people of both genders named before', () => {
  it.each([
    // The subject is a woman by her given name: "he" is the man she acted on.
    [
      'Prime Minister Ana Ruiz sacked Interior Minister Pablo Soto on Monday. He will leave office on Friday.',
      'other',
      '2025-06-06',
      '[Pablo Soto]',
    ],
    [
      'Ana Ruiz met Pablo Soto in Lima on Monday. His office said he would travel to Quito on Friday.',
      'travel',
      '',
      '[Pablo Soto]',
    ],
    ['Ana Ruiz met Pablo Soto in Lima on Monday. She will fly to Quito on Friday.', 'travel', '', '[Ana Ruiz]'],
    // Wire style, the pronoun opening a quoted decision of the court.
    [
      'Judge Ellen Marsh jailed Mark Dorsey for six years on Friday. He will appeal the sentence on June 20, his lawyer said.',
      'other',
      '2025-06-20',
      '[Mark Dorsey]',
    ],
  ])('is the one of that gender: %s', (body, kind, date, actors) => {
    expect(actorsOf(body, kind, date)).toBe(actors);
  });

  it.each([
    // Two men of different roles: the subject, not both, not the object.
    ["Coach Ivan Kerr praised striker Tom Ames after Saturday's win. He will fly to Lisbon on Monday.", '[Ivan Kerr]'],
    // Two women: the subject.
    ['Maria Lind met Sara Kim in Oslo on Monday. She will fly to Seoul on Friday.', '[Maria Lind]'],
    // A subject whose given name tells nothing is not passed over for a man named after it.
    ['Manager Zlatko Vesk met Tom Ames on Monday. He will fly to Lisbon on Friday.', '[Zlatko Vesk]'],
  ])('is the subject when both agree: %s', (body, actors) => {
    expect(actorsOf(body, 'travel')).toBe(actors);
  });
});

describe('"the former foreign minister": an office once held that the text had not told', () => {
  it('is the one person named in the sentence before', () => {
    const body =
      'Ana Ruiz, 61, was elected party leader on Sunday. The former foreign minister will meet party officials on Tuesday.';
    expect(actorsOf(body, 'meeting')).toBe('[Ana Ruiz]');
  });

  it('is nobody when the sentence before named two people', () => {
    const body =
      'Ana Ruiz beat Pablo Soto in the party vote on Sunday. The former foreign minister will meet party officials on Tuesday.';
    expect(actorsOf(body, 'meeting')).toBe('[]');
  });
});
