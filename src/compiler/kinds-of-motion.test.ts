import { describe } from 'vitest';
import { expectTold } from './event-lines.ts';

/**
 * Verbs of the motion of people (Levin's class 51: arrive, depart, return, descend, flee, relocate,
 * set off, board, fly back, ...) in every form tell a trip (`travel`) when people are their subject
 * and a place, "home" or a craft boarded their complement; the same verbs of an aim, a state or a
 * thing ("moved to block the bill", "returned to profit", "The cargo arrived") tell no trip. Every
 * person, body and place is invented; the dateline is Wednesday 2025-06-04. Each line is
 * `kind start status`.
 */

describe('people moving to or from a place are on a trip, in every tense and form of the verb', () => {
  expectTold([
    [['travel 2025-05-30 occurred'], 'The climbers descended to base camp on Friday.'],
    [['travel 2025-05-30 occurred'], 'Tomasz Ebbe descended to base camp on Friday.'],
    [['travel 2025-06-02 occurred'], 'The players arrived home on Monday.'],
    [['travel 2025-06-06 scheduled'], 'Senator Ilka Varo is returning from Brussels on Friday.'],
    [['travel 2025-06-06 scheduled'], 'The delegation is returning from Brussels on Friday.'],
    [['travel 2025-06-08 scheduled'], 'The minister will fly back from Nairobi on Sunday.'],
    [['travel 2025-06-02 occurred'], 'Some 2,000 villagers relocated to higher ground on Monday.'],
    [['travel 2025-06-02 occurred'], 'The hikers set off from Zermatt on Monday.'],
    [['travel 2025-06-02 occurred'], 'The senator set out for the coast on Monday.'],
    [['travel 2025-06-02 occurred'], 'Ilka Varo boarded a plane for Lagos on Monday.'],
    [['travel 2025-06-02 occurred'], 'The team boarded a plane for Lagos on Monday.'],
    [['travel 2025-06-03 occurred'], 'The delegates left Geneva on Tuesday.'],
    [['travel 2025-06-03 occurred'], 'The hostages were brought home on Tuesday.'],
    [['travel 2025-05 occurred'], 'Ilka Varo retreated to her villa in May.'],
  ]);
});

describe('a craft left or set sail in, a sea or a desert crossed, people resettled are trips', () => {
  expectTold([
    [['travel 2025-06-02 occurred'], 'Ilka Varo stepped off the plane in Lima on Monday.'],
    [['travel 2025-06-06 scheduled'], 'Ilka Varo will set sail for Lisbon on Friday.'],
    [['travel 2025-05 occurred'], 'Ilka Varo crossed the Atlantic in May.'],
    [['travel 2019 occurred'], 'The refugees were resettled in Canada in 2019.'],
    [['other 2025-06-02 occurred'], 'Ilka Varo stepped down on Monday.'],
    [['other 2025-05 occurred'], 'Ilka Varo crossed the floor in May.'],
  ]);
});

describe('the same verbs of an aim, a state, a thing or a text are no trip', () => {
  expectTold([
    [['other 2025-06-02 occurred'], 'Ilka Varo moved to block the bill on Monday.'],
    [['other 2025-06-02 occurred'], 'Ilka Varo arrived at a decision on Monday.'],
    [['other 2025-06-02 occurred'], 'Ilka Varo returned to work on Monday.'],
    [['other 2019 occurred'], 'Ilka Varo returned to power in 2019.'],
    [['other 2025-03 occurred'], 'The company returned to profit in March.'],
    [['other 2025-05 occurred'], 'The firm relocated its headquarters to Dublin in May.'],
    [['other 2025-06-02 occurred'], 'The cargo arrived from Rotterdam on Monday.'],
    [['other 2025-06-02 occurred'], 'The tanker departed from Rotterdam on Monday.'],
    [['other 2025-05 occurred'], 'The party departed from its manifesto in May.'],
    [['announcement 2025-06-02 occurred'], 'The ministry set out its plans on Monday.'],
  ]);
});
