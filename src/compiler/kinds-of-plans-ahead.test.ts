import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * What a planned happening is, read from its verb and what stands around it: an update given or
 * issued is an announcement ("The Ministry will give its next update at a press conference on
 * Monday", "The next update to this bulletin will be issued at 21:00 on Sunday"), as is a report
 * tabled; a committee's hearings are a meeting; schools closed "under an order from" a department
 * are a rule's act (policy); cases "argued" or a defendant "due in court" are a court's sitting.
 * Sentences invented for this test in the styles of a health ministry release, a weather bulletin,
 * a provincial legislature story, a sheriff's log and a court calendar, about invented people and
 * bodies; dateline Wednesday 2025-06-04.
 */
const TOLD: readonly (readonly [text: string, event: string])[] = [
  [
    'The Tolland Ministry of Health will give its next update at a press conference at 10am on Friday.',
    'announcement 2025-06-06 scheduled [Tolland Ministry of Health]',
  ],
  ['The next update to this bulletin will be issued at 21:00 on Thursday.', 'announcement 2025-06-05 scheduled []'],
  [
    'The auditor general, Rhea Castell, is due to table a special report on the bridge in September.',
    'announcement 2025-09 scheduled [Rhea Castell]',
  ],
  [
    'The Harwick assembly’s standing committee on public accounts will hold hearings on the contract from July 14 to 16.',
    'meeting 2025-07-14 scheduled [Harwick assembly]',
  ],
  [
    'Schools in the two coastal districts will close on Monday under an order from the Tolland Department of Education.',
    'policy 2025-06-09 scheduled [Tolland Department of Education]',
  ],
  ['Those two cases are likely to be argued in October.', 'other 2025-10 scheduled []'],
  [
    'Deputies arrested Wade Corrigan, 41, on Tuesday. He is due in magistrate court on June 12.',
    'other 2025-06-12 scheduled [Wade Corrigan]',
  ],
];

describe('the kind of a planned happening', () => {
  it.each(TOLD)('%s: %s', (text, event) => {
    expect(eventLines(text)).toContain(event);
  });
  it('a place closing by itself stays a happening', () => {
    expect(eventLines('The Tolland mill will close on Monday.')).toEqual(['other 2025-06-09 scheduled []']);
  });
});
