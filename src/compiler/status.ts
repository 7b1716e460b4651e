/**
 * An event's status from the words of its clause. Besides the three statuses of the schema, a
 * reading can be `negated` ("did not meet", "declined to comment") or `hypothetical` ("could meet",
 * "if they meet"): such events did not happen and are not planned, so they are dropped rather than
 * shown on a timeline of things that happened or will happen.
 */
import type { EventStatus } from '../model/event-list.ts';

export type Reading = EventStatus | 'negated' | 'hypothetical';

const CANCELLED =
  /\b(?:cancel(?:l)?ed|cancels|called off|calls off|postponed|postpones|scrapped|scraps|shelved|abandoned)\b/i;
const SCHEDULED =
  /\b(?:will|shall|is set to|are set to|was set to|were set to|is expected to|are expected to|is scheduled to|are scheduled to|scheduled|plans? to|planning to|planned|is due to|are due to|is to|are to|is poised to|are poised to|upcoming|going to|intends? to|tomorrow|next week|next month|later this (?:week|month|year))\b/i;
const NEGATED =
  /\b(?:not|never|no longer|n['’]t|declined to|refused to|failed to|without|neither|nor|denied (?:that|having)|ruled out)\b|\bno\s+(?:\w+\s+)?$/i;
const HYPOTHETICAL =
  /\b(?:could|might|may(?!\s+\d)|would|should|if|unless|whether|hopes? to|hoped to|wants? to|wanted to|seeks? to|sought to|proposed|offered to|threatened to|threatens to|urged|called for|calls for|asked (?:\w+ )?to|considering|consider|possible|potential|would-be)\b/i;

/**
 * Reads the status of an event. `before` is the clause's text before the trigger (where "will",
 * "is set to", "did not", "could" sit), `around` the whole clause (for "the meeting was called off").
 */
export function readStatus(before: string, around: string): Reading {
  if (NEGATED.test(before)) return 'negated';
  if (HYPOTHETICAL.test(before)) return 'hypothetical';
  if (CANCELLED.test(around)) return 'cancelled';
  if (SCHEDULED.test(before)) return 'scheduled';
  return 'occurred';
}

/** True for readings that are shown as events. */
export function isShown(reading: Reading): reading is EventStatus {
  return reading === 'occurred' || reading === 'scheduled' || reading === 'cancelled';
}
