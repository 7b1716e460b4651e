import { describe } from 'vitest';
import { expectTold } from './event-lines.ts';

/**
 * Force used on people or places by an armed body (conflict), told by verbs that other senses
 * crowd out: people seized on a date ("were seized on 2 February", not "seized on the remarks"),
 * shots fired on people (not a manager fired), a city pounded or besieged, a ship hijacked, an
 * attack repelled, villages torched by militants named by their common noun. The same verbs of the
 * weather, of hackers or of a team, and missiles fired at no target (a test), are happenings.
 * Every person, body and place is invented; the dateline is Wednesday 2025-06-04. Each line is
 * `kind start status`.
 */

describe('force used by an armed body is conflict', () => {
  expectTold([
    [['conflict 2025-06-02 occurred'], 'Two engineers were seized on Monday near the border.'],
    [['conflict 2025-02-02 occurred'], 'Tomas Ebbe and Ilka Varo were seized on 2 February.'],
    [['conflict 2025-06-01 occurred'], 'Soldiers fired on protesters on Sunday.'],
    [['conflict 2025-06-02 occurred'], 'Jets pounded the city on Monday.'],
    [['conflict 2025-05 occurred'], 'Rebels besieged the town in May.'],
    [['conflict 2025-06-02 occurred'], 'Pirates hijacked a tanker on Monday.'],
    [['conflict 2025-06-01 occurred'], 'Militants torched three villages on Sunday.'],
    [['conflict 2025-06-03 occurred'], 'The army repelled an attack on Tuesday.'],
    [['conflict 2025-06-02 occurred'], 'The army fired two missiles at the town on Monday.'],
  ]);
});

describe('the same verbs of the weather, of a business, of hackers or of a team, and a test firing, are happenings', () => {
  expectTold([
    [['other 2025-06-02 occurred'], 'Storms pounded the coast on Monday.'],
    [['other 2025-06-02 occurred'], 'The club fired its manager on Monday.'],
    [['other 2025-06-02 occurred'], 'Hackers hijacked the website on Monday.'],
    [['other 2025-06-02 occurred'], 'The army fired two missiles on Monday.'],
    [['other 2025-06-01 occurred'], 'The team repelled a late attack to win on Sunday.'],
    [['other 2025-06-02 occurred'], 'Police seized 40 kilos of cocaine on Monday.'],
  ]);
});
