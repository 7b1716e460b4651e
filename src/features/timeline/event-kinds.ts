/**
 * How each kind of event looks: its name in the legend and a 16×16 icon (SVG path data, drawn in
 * the kind's colour). Colours live in timeline.css so that light and dark schemes can differ.
 */
import type { EventKind } from '../../model/event-list.ts';

export interface KindAppearance {
  /** The kind's name as a person reads it in the legend. */
  label: string;
  /** SVG path data in a 0 0 16 16 box, filled with even-odd so holes show as lines. */
  iconPath: string;
}

export const KIND_APPEARANCE: Record<EventKind, KindAppearance> = {
  meeting: {
    label: 'Meeting',
    iconPath:
      'M3 5a2 2 0 1 0 4 0a2 2 0 1 0-4 0Z M1 13c0-2.5 1.8-4 4-4s4 1.5 4 4Z M9 5a2 2 0 1 0 4 0a2 2 0 1 0-4 0Z M7.5 13c0-2.5 1.5-4 3.5-4s4 1.5 4 4Z',
  },
  quote: {
    label: 'Quote',
    iconPath:
      'M2 3h5v5c0 2.5-1.2 4-3.5 5l-.6-1c1.3-.7 1.8-1.8 1.9-3H2Z M9 3h5v5c0 2.5-1.2 4-3.5 5l-.6-1c1.3-.7 1.8-1.8 1.9-3H9Z',
  },
  travel: { label: 'Travel', iconPath: 'M15 8 1 2.5v4.3L8 8l-7 1.2v4.3Z' },
  announcement: { label: 'Announcement', iconPath: 'M1.5 6h3l7.5-4v12L4.5 10h-3Z M5 10.5l1.2 4h2.3l-1.2-4Z' },
  statement: { label: 'Statement', iconPath: 'M3 1h7l3 3v11H3Z M5 6.5v1.3h6V6.5Z M5 9.5v1.3h6V9.5Z M5 12.5v1h4v-1Z' },
  policy: {
    label: 'Policy',
    iconPath: 'M8 1 1 5h14Z M2 6h12v1.3H2Z M3 8.3h2v4.7H3Z M7 8.3h2v4.7H7Z M11 8.3h2v4.7h-2Z M1 14h14v1.3H1Z',
  },
  conflict: { label: 'Conflict', iconPath: 'M9.5 1 3 9h4.2L6 15l7-8.5H8.7Z' },
  summit: { label: 'Summit', iconPath: 'M1 14 6 5l3 5.2L11 7l4 7Z' },
  other: { label: 'Other', iconPath: 'M8 3a5 5 0 1 0 0 10A5 5 0 1 0 8 3Z' },
};

/** Every kind, in the order the legend lists them. */
export const KINDS_IN_LEGEND_ORDER: readonly EventKind[] = [
  'meeting',
  'quote',
  'travel',
  'announcement',
  'statement',
  'policy',
  'conflict',
  'summit',
  'other',
];
