/**
 * Page-wide keys for walking the events: ←/→ previous/next, Home/End first/last, Esc closes the
 * panel. Keys are left alone while someone types, inside controls that use arrows themselves, and
 * inside dialogs (the article reader handles its own Esc).
 */
import { useEffect } from 'react';
import { selectNeighbours } from '../../store/selectors.ts';
import { useDatelineStore } from '../../store/store.ts';

/** Elements whose own behaviour needs these keys (text entry, sliders, menus, widgets...). */
const OWNS_KEYS = [
  'input',
  'textarea',
  'select',
  '[contenteditable]:not([contenteditable="false"])',
  '[role="textbox"]',
  '[role="searchbox"]',
  '[role="combobox"]',
  '[role="slider"]',
  '[role="spinbutton"]',
  '[role="listbox"]',
  '[role="menu"]',
  '[role="menubar"]',
  '[role="tablist"]',
  '[role="radiogroup"]',
  '[role="grid"]',
  '[role="tree"]',
  '[role="treegrid"]',
  '[role="application"]',
  '[role="dialog"]',
  'dialog',
  '[data-own-arrow-keys]',
].join(',');

/** True when the key press belongs to whatever has focus, not to the page. */
export function keyBelongsToFocus(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(OWNS_KEYS) !== null;
}

function handleKey(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  if (keyBelongsToFocus(event.target)) return;
  const state = useDatelineStore.getState();
  const neighbours = selectNeighbours(state);
  let target: string | null | undefined;
  switch (event.key) {
    case 'ArrowLeft':
      target = state.selectedEventId === null ? undefined : neighbours.previous?.id;
      break;
    case 'ArrowRight':
      target = state.selectedEventId === null ? neighbours.first?.id : neighbours.next?.id;
      break;
    case 'Home':
      target = neighbours.first?.id;
      break;
    case 'End':
      target = neighbours.last?.id;
      break;
    case 'Escape':
      if (state.selectedEventId === null || state.readerFile !== null) return;
      target = null;
      break;
    default:
      return;
  }
  if (target === undefined || target === state.selectedEventId) return;
  event.preventDefault();
  state.selectEvent(target);
}

export function useKeyboardNavigation(): void {
  useEffect(() => {
    document.addEventListener('keydown', handleKey);
    return () => document.removeEventListener('keydown', handleKey);
  }, []);
}
