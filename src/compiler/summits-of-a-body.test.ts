import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * The body a summit's "of" names right after its words holds it, as it does in them ("the ECOWAS
 * summit"). Invented sentences (dateline Wednesday 2025-06-04).
 */
describe('a summit of a body', () => {
  it.each([
    [
      'A summit of the African Union will be held in Addis Ababa on June 18.',
      'summit 2025-06-18 scheduled [African Union]',
    ],
    ['Leaders will gather in Lome on June 18 for a summit of ECOWAS.', 'summit 2025-06-18 scheduled [ECOWAS]'],
    [
      'The East African Community named a new secretary general on Monday.\n\nA summit of the East African Community in Arusha has been pushed back to July.',
      'summit 2025-07 scheduled [East African Community]',
    ],
  ])('%s', (body, line) => {
    expect(eventLines(body)).toContain(line);
  });

  it("takes no person's allies as the holder", () => {
    expect(eventLines("A summit of President Ruiz's allies will be held in Lima on June 18.")).toContain(
      'summit 2025-06-18 scheduled []',
    );
  });
});
