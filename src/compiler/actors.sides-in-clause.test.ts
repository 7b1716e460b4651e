import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * Names a sentence gives to its event that the event did not take: a name set off by commas
 * after a body's noun, the body a witness appears before, "it" for a body in a clause of its own,
 * whom the subject briefs on a call. Invented sentences in several outlets' styles.
 */
function actorsOf(body: string, kind: string): string[] {
  const line = eventLines(body).find((candidate) => candidate.startsWith(`${kind} `)) ?? '';
  const names = /\[(.*)\]$/.exec(line)?.[1] ?? '';
  return names === '' ? [] : names.split(', ');
}

describe("a name set off by commas after a body's noun is that body", () => {
  it.each([
    ['Peacekeepers from the UN mission, Minusca, reached Ndolobo at dawn on Friday.', 'travel', 'Minusca'],
    ['The opposition party, Unidad Cívica, held a rally in Cuenca on Sunday.', 'other', 'Unidad Cívica'],
    ['The ruling coalition, Pacto Verde, said on Monday it would back the bill.', 'announcement', 'Pacto Verde'],
    [
      "The country's largest union, Solidaridad Obrera, called a general strike for Thursday.",
      'other',
      'Solidaridad Obrera',
    ],
  ])('%s', (body, kind, name) => {
    expect(actorsOf(body, kind)).toContain(name);
  });

  it('a person after a title set off so stays a person', () => {
    expect(actorsOf('The mayor, Lena Holt, met Ivo Lenz on Friday.', 'meeting')).toEqual(['Lena Holt', 'Ivo Lenz']);
  });
});

describe('the body a witness appears before takes part in the hearing', () => {
  it.each([
    [
      'Ms Garvey is due to appear before the Oireachtas transport committee on May 13.',
      'Oireachtas transport committee',
    ],
    ['Ana Ruiz will appear before the Senate Finance Committee on May 13.', 'Senate Finance Committee'],
    ["Tom Hale testified before the harbour board's audit committee on Tuesday.", 'Tom Hale'],
  ])('%s', (body, name) => {
    expect(actorsOf(body, 'meeting')).toContain(name);
  });
});

describe('"it" for a body in a clause of its own', () => {
  it.each([
    [
      'Kilbrackan Community Council will discuss the appeal when it meets in the village hall on 8 December.',
      'Kilbrackan Community Council',
    ],
    ['The Orvel Tenants Association will decide on a strike when it meets on Friday.', 'Orvel Tenants Association'],
  ])('%s', (body, name) => {
    expect(actorsOf(body, 'meeting')).toContain(name);
  });
});

describe('whom the subject briefs on a call is a side of the call', () => {
  it.each([
    [
      'Ilse Vroom will brief members of the Dutch Payments Association on a call on Thursday.',
      ['Ilse Vroom', 'Dutch Payments Association'],
    ],
    ['Tomas Berg briefed the Harbour Pilots Guild on a video call on Monday.', ['Tomas Berg', 'Harbour Pilots Guild']],
  ])('%s', (body, names) => {
    expect(actorsOf(body, 'meeting')).toEqual(names);
  });

  it('what someone reported on is no setting: "reported on the talks"', () => {
    const body = 'Ana Ruiz reported on the talks between Orvel and Kestrel on Monday.';
    expect(actorsOf(body, 'meeting')).not.toContain('Ana Ruiz');
  });
});

describe("a name after a body's noun that only qualifies the phrase's head", () => {
  it('"the head of the port authority, Rui Almeida," is a person', () => {
    const body = 'Mayor Ines Carvalho met the head of the port authority, Rui Almeida, on Monday.';
    expect(actorsOf(body, 'meeting')).toEqual(['Ines Carvalho', 'Rui Almeida']);
  });
});
