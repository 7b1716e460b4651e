/**
 * The one zustand store, built from slices (zustand docs: slices-pattern). It holds only source
 * state; everything derived lives in selectors.ts.
 */
import { create } from 'zustand';
import { createDataSlice, type DataSlice } from './data-slice.ts';
import { createFilterSlice, type FilterSlice } from './filter-slice.ts';
import { createNoticeSlice, type NoticeSlice } from './notice-slice.ts';
import { createSelectionSlice, type SelectionSlice } from './selection-slice.ts';
import { createViewSlice, type ViewSlice } from './view-slice.ts';

export type DatelineState = DataSlice & SelectionSlice & FilterSlice & ViewSlice & NoticeSlice;

export const useDatelineStore = create<DatelineState>()((...args) => ({
  ...createDataSlice(...args),
  ...createSelectionSlice(...args),
  ...createFilterSlice(...args),
  ...createViewSlice(...args),
  ...createNoticeSlice(...args),
}));

/** The store's first state, for resetting between tests. */
export const initialDatelineState = useDatelineStore.getState();
