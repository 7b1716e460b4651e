import { describe } from 'vitest';
import { expectTold } from './event-lines.ts';

/**
 * Speech that tells what the speaker's own side will do is an announcement, whether the side is a
 * pronoun ("said it would") or a body named by its common noun ("said the airline would cut 300
 * jobs", "the mayor said the city would appeal the ruling"); a view, a refusal, a vow to oppose, a
 * forecast of something that is no body ("the economy would grow") and an outsider's forecast stay
 * statements or nothing. Every person, body and place is invented; the dateline is Wednesday
 * 2025-06-04. Each line is `kind start status`.
 */

describe("a plan of the speaker's own body, named by its common noun, is an announcement", () => {
  expectTold([
    [['announcement 2025-06-02 occurred'], 'Kestrel Air said on Monday the airline would cut 300 jobs.'],
    [['announcement 2025-06-02 occurred'], 'Ilka Varo said on Monday the city would build 400 homes.'],
    [['announcement 2025-06-02 occurred'], 'The ministry said on Monday the department would hire 200 teachers.'],
    [['announcement 2025-06-03 occurred'], 'A spokesman said on Tuesday the airline would resume flights on Friday.'],
    [['announcement 2025-06-03 occurred'], 'The mayor said on Tuesday the city would appeal the ruling.'],
    [['announcement 2025-06-02 occurred'], 'The premier said on Monday the province would cap rents.'],
  ]);
});

describe('a refusal, a vow to oppose, a forecast, an outsider’s view or a plan in quoted words (the quote) is no announcement', () => {
  expectTold([
    [['statement 2025-06-03 occurred'], 'The mayor said on Tuesday the city would not appeal the ruling.'],
    [['statement 2025-06-03 occurred'], 'The minister said on Tuesday the government would fight the plan.'],
    [['statement 2025-06-03 occurred'], 'The minister said on Tuesday the economy would grow by 3%.'],
    [[], 'The analyst said on Tuesday the airline would cut jobs.'],
    [[], 'On Tuesday, Ilka Varo said the university would reschedule "every lost class".'],
    [[], 'On Tuesday, Ilka Varo said it would reschedule "every lost class".'],
    [[], 'Ilka Varo said on Tuesday the university would reschedule "every lost class".'],
  ]);
});
