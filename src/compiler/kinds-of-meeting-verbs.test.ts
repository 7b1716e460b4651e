import { describe } from 'vitest';
import { expectTold } from './event-lines.ts';

/**
 * Verbs of social interaction and of gathering (Levin's classes 36 and 47.5.2) tell a meeting when
 * two sides or a body's members are their subject or object: officials who gather or assemble,
 * two sides who sit down or negotiate, a committee briefed, advisers consulted, negotiators back at
 * the table. A crowd's gathering, a press briefing, evidence gathered and a return to training are
 * not meetings. Every person, body and place is invented; the dateline is Wednesday 2025-06-04.
 * Each line is `kind start status`.
 */

describe('officials gathering, two sides sitting down or negotiating, a body briefed are meetings', () => {
  expectTold([
    [['meeting 2025-06-02 occurred'], 'The ministers gathered in Rome on Monday.'],
    [['meeting 2025-06-02 occurred'], 'Foreign ministers from 12 countries gathered in Cairo on Monday.'],
    [['meeting 2025-06-09 scheduled'], 'The leaders will gather in Oslo next week.'],
    [['meeting 2025-06-02 occurred'], 'The envoys assembled in Geneva on Monday.'],
    [['meeting 2025-06-05 scheduled'], 'Union leaders and managers will sit down on Thursday.'],
    [['meeting 2025-06-09 scheduled'], 'The negotiators will return to the table on Monday.'],
    [['meeting 2025-06-02 occurred'], 'Ana Ruiz and Tomas Ebbe negotiated on Monday.'],
    [['meeting 2025-06-10 scheduled'], 'Ana Ruiz will brief the committee on Tuesday.'],
    [['meeting 2025-06-02 occurred'], 'Ana Ruiz consulted her advisers on Monday.'],
  ]);
});

describe('a crowd gathering, a press briefing, evidence gathered or a return to training are no meeting', () => {
  expectTold([
    [['other 2025-06-01 occurred'], 'Thousands of fans gathered in the square on Sunday.'],
    [['other 2025-06-09 scheduled'], 'The ministers will gather evidence next week.'],
    [[], 'Ana Ruiz briefed reporters on Tuesday.'],
    [['other 2025-06-02 occurred'], 'The players returned to training on Monday.'],
    [['other 2025-05-31 occurred'], 'The striker returned to the squad on Saturday.'],
    [['travel 2025-06-02 occurred'], 'The players returned to Lagos on Monday.'],
    [
      ['summit 2025-05-29 occurred'],
      'Health officials from 12 countries gathered in Geneva on Thursday for a three-day emergency meeting.',
    ],
  ]);
});
