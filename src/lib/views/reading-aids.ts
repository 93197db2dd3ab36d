/** What the reading aids of a topic page need from its view: how long its short version and whole page take. */
import { countWords, type ReadingTime, readingTime, textOfHtml } from './reading-time.ts';
import type { Block } from './topic-view.ts';

export type { ReadingTime };

/** The words a reader reads in one block; references, lists of other pages and navigation are not reading. */
function blockText(block: Block): string {
  switch (block.type) {
    case 'header':
      return `${block.title} ${block.lede}`;
    case 'short':
      return block.text;
    case 'section':
      return [
        block.heading,
        block.evidence ? `${block.evidence.basis} ${textOfHtml(block.evidence.rationaleHtml)}` : '',
        ...block.trials.map((t) => t.name),
        textOfHtml(block.html),
        ...(block.questions?.items ?? []),
      ].join(' ');
    case 'unknowns':
      return `${block.heading} ${block.items.map(textOfHtml).join(' ')}`;
    default:
      return '';
  }
}

/** Reading time of the short version alone, and of the whole page (title, lede, short version and body). */
export function pageReadingTimes(blocks: readonly Block[]): { short: ReadingTime; full: ReadingTime } {
  const short = blocks.find((b) => b.type === 'short');
  return {
    short: readingTime(countWords(short ? blockText(short) : '')),
    full: readingTime(blocks.reduce((sum, b) => sum + countWords(blockText(b)), 0)),
  };
}
