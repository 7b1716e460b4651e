// Entry of the compile pool's worker threads when the compiler runs from its TypeScript sources
// (npm run compile runs through tsx): registers tsx in this thread, then loads the worker.
import { register } from 'tsx/esm/api';

register();
await import('./compile-worker.ts');
