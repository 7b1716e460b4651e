import { useEffect } from 'react';
import { useDatelineStore } from '../store/store.ts';
import { startUrlSync } from './url-sync.ts';

/** Keeps the page's URL and the store in step while the app is mounted. */
export function useUrlSync(): void {
  useEffect(() => startUrlSync(useDatelineStore), []);
}
