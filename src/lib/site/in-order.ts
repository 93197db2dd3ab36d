/**
 * Hands values on in the order their places were taken, however they arrive: a value waits until every place taken
 * before it is filled. (The build renders pages two at a time, and the search index must see them in one order.)
 */
export interface InOrder<T> {
  /** Take the next place; call what it returns, once, with its value. */
  reserve(label: string): (value: T) => void;
  /** Labels of the places not yet filled. */
  unfilled(): string[];
}

export function inOrder<T>(deliver: (value: T, label: string) => void): InOrder<T> {
  const places: Array<{ label: string; filled: boolean; value?: T }> = [];
  let next = 0;
  return {
    reserve(label) {
      const place: { label: string; filled: boolean; value?: T } = { label, filled: false };
      places.push(place);
      return (value) => {
        if (place.filled) throw new Error(`${label} was handed over twice`);
        place.filled = true;
        place.value = value;
        for (let first = places[next]; first?.filled; first = places[++next]) {
          deliver(first.value as T, first.label);
          delete first.value;
        }
      };
    },
    unfilled: () => places.filter((p) => !p.filled).map((p) => p.label),
  };
}
