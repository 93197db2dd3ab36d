/**
 * How long a page takes to read, for a tired reader. Adults read prose at about 240 words a minute; people with
 * brain fog or fatigue often read much slower and re-read, so the atlas assumes 150 words a minute. It is a
 * guide for "do I have this in me right now", not a promise, so it rounds up and never shows a false precision.
 */

export const TIRED_READER_WPM = 150;

/** Words in plain text: runs of letters or digits (with inner apostrophes, hyphens, dots and commas). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** The text a reader reads in rendered HTML: tags and citation numbers removed, entities as one character. */
export function textOfHtml(html: string): string {
  return html
    .replace(/<sup class="cite"[\s\S]*?<\/sup>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[#a-z0-9]+;/gi, ' ');
}

export type ReadingUnit = 'seconds' | 'minute' | 'minutes';
export interface ReadingTime {
  amount: number;
  unit: ReadingUnit;
}

/**
 * Under a minute: rounded up to the next 10 seconds (a 60-word short version is "30 seconds"). From a minute:
 * whole minutes, rounded to the nearest (a 1,000-word page is "7 minutes").
 */
export function readingTime(words: number, wordsPerMinute: number = TIRED_READER_WPM): ReadingTime {
  const seconds = (Math.max(0, words) / wordsPerMinute) * 60;
  const tens = Math.max(10, Math.ceil(seconds / 10) * 10);
  if (tens < 60) return { amount: tens, unit: 'seconds' };
  const minutes = Math.max(1, Math.round(seconds / 60));
  return minutes === 1 ? { amount: 1, unit: 'minute' } : { amount: minutes, unit: 'minutes' };
}
