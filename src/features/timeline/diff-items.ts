/**
 * What to change in the timeline's DataSet to go from what it shows to what it should show.
 * Touching only what changed keeps vis-timeline off its slow path: every item added inside the
 * visible window is drawn and measured on its own, forcing a page layout each time.
 */
export interface ItemDiff<T> {
  remove: string[];
  add: T[];
  update: T[];
}

/**
 * `shown` maps each id on the timeline to the key it was built from; `next` is the new list of
 * source values, each keyed by `keyOf` (an event: the event object itself). Keys are compared by
 * identity: the store hands out the same event objects until the event list itself is reloaded.
 */
export function diffById<T, K>(
  shown: ReadonlyMap<string, K>,
  next: readonly T[],
  idOf: (value: T) => string,
  keyOf: (value: T) => K,
): ItemDiff<T> {
  const nextIds = new Set<string>();
  const add: T[] = [];
  const update: T[] = [];
  for (const value of next) {
    const id = idOf(value);
    nextIds.add(id);
    if (!shown.has(id)) add.push(value);
    else if (shown.get(id) !== keyOf(value)) update.push(value);
  }
  const remove = [...shown.keys()].filter((id) => !nextIds.has(id));
  return { remove, add, update };
}
