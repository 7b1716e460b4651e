import type { StateCreator } from 'zustand';
import type { DatelineState } from './store.ts';

/** A message for the reader that stays until dismissed, e.g. "this link names an unknown event". */
export interface Notice {
  id: number;
  message: string;
}

export interface NoticeSlice {
  notices: Notice[];
  /** Shows a notice; the same message twice shows once. */
  addNotice: (message: string) => void;
  dismissNotice: (id: number) => void;
}

let nextNoticeId = 1;

export const createNoticeSlice: StateCreator<DatelineState, [], [], NoticeSlice> = (set) => ({
  notices: [],
  addNotice: (message) =>
    set((state) =>
      state.notices.some((notice) => notice.message === message)
        ? state
        : { notices: [...state.notices, { id: nextNoticeId++, message }] },
    ),
  dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
});
