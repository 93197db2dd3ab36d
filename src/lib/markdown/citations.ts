/**
 * Citations: authors write [@key] or [@a; @b]. Numbers follow the order of
 * first citation across the whole page, so one registry is shared by every
 * piece of the page, rendered in reading order.
 */

/** Matches a citation group such as [@taub-2021] or [@a; @b]. */
export const CITATION_PATTERN = /\[@([A-Za-z0-9_-]+(?:\s*;\s*@[A-Za-z0-9_-]+)*)\]/g;

/** The keys of every citation group in a text, in order of appearance (repeats kept). */
export function citationKeysIn(text: string): string[] {
  const keys: string[] = [];
  for (const match of text.matchAll(CITATION_PATTERN)) {
    keys.push(...splitGroup(match[1] ?? ''));
  }
  return keys;
}

export function splitGroup(group: string): string[] {
  return group
    .split(';')
    .map((part) => part.trim().replace(/^@/, ''))
    .filter((key) => key.length > 0);
}

export interface CitationMark {
  key: string;
  number: number;
  /** The id of this mark in the page; the first mark of a key is the reference's back-link target. */
  id: string;
}

export class CitationRegistry {
  readonly #numbers = new Map<string, number>();
  readonly #uses = new Map<string, number>();

  /** Number a citation, giving a new number on first use. */
  cite(key: string): CitationMark {
    let number = this.#numbers.get(key);
    if (number === undefined) {
      number = this.#numbers.size + 1;
      this.#numbers.set(key, number);
    }
    const use = (this.#uses.get(key) ?? 0) + 1;
    this.#uses.set(key, use);
    return { key, number, id: `cite-${number}-${use}` };
  }

  /** Add a source to the reference list without a mark in the text (a trial's registry record, say). */
  list(key: string): void {
    if (!this.#numbers.has(key)) this.#numbers.set(key, this.#numbers.size + 1);
  }

  /** Keys in the order they were first cited: the reference list. */
  orderedKeys(): string[] {
    return [...this.#numbers.keys()];
  }

  /** How many times a key was cited. */
  uses(key: string): number {
    return this.#uses.get(key) ?? 0;
  }
}
