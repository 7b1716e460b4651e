import { describe, expect, it } from 'vitest';
import { dateLines } from './event-lines.ts';

/**
 * A speaker's background told in a relative clause beside the attribution ("Ogunsanya, who contested
 * the ticket in 2022, said") dates neither the quotation nor "the event" it was said at. Every
 * article is invented; the dateline is Thursday 2026-03-12.
 */
const quoteDates = (body: string): string[] =>
  dateLines('2026-03-12', body).filter((line) => line.startsWith('quote '));

describe('a relative clause about the speaker does not date the quotation', () => {
  it('at the event told before, not at the background of the aside', () => {
    expect(
      quoteDates(
        'Three councillors defected to the Unity Party on Tuesday.||The defectors were received by the party chairman at a rally in Abeokuta.||Speaking at the event, Ogunsanya, who contested the governorship ticket in 2022, said, “There is no more internal democracy in the party. A clique has taken it over.”',
      ),
    ).toEqual(['quote occurred 2026-03-10']);
  });

  it('when the aside ends the sentence after an inverted attribution', () => {
    expect(
      quoteDates(
        '“There is no more internal democracy in the party,” said Adewale Ogunsanya, who contested the governorship ticket in 2022.',
      ),
    ).toEqual(['quote occurred 2026-03-12 ~']);
  });

  it('still takes the day an aside about a thing gives the story', () => {
    const [fair, meeting] = dateLines(
      '2026-03-12',
      'The Marlow Flats fair, which was to have opened on Sunday, was called off. A town meeting will be held at the school the same day.',
    );
    expect(meeting?.startsWith('meeting scheduled')).toBe(true);
    expect(meeting?.split(' ')[2]).toBe(fair?.split(' ')[2]);
  });
});
