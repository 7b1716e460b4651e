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
 * `shown` maps each id on the timeline to the source value it was built from; `next` is the new
 * list of source values. Values are compared by identity: the store hands out the same event
 * objects until the event list itself is reloaded.
 */
export function diffById<T>(
  shown: ReadonlyMap<string, T>,
  next: readonly T[],
  idOf: (value: T) => string,
): ItemDiff<T> {
  const nextIds = new Set<string>();
  const add: T[] = [];
  const update: T[] = [];
  for (const value of next) {
    const id = idOf(value);
    nextIds.add(id);
    const previous = shown.get(id);
    if (previous === undefined) add.push(value);
    else if (previous !== value) update.push(value);
  }
  const remove = [...shown.keys()].filter((id) => !nextIds.has(id));
  return { remove, add, update };
}
