/**
 * Every specific number carries its citation in the same sentence (CONTENT-BAR.md): a reader checking "31 people" must
 * not have to guess which of a paragraph's sources it came from. Only unmistakable findings count as specific (a
 * share, a count of people or studies, "N of M", a decimal, "N times"); durations, ages and years do not, since
 * "at least 3 months" in a definition is not a finding.
 */
import { type Sentence, sentencesOfText } from '../../markdown/index.ts';
import { fileLine, hasEvidence, type Rule } from '../context.ts';
import type { Problem } from '../problems.ts';

// A number that is not part of a name ("COVID-19", "RAND-36") or a label ("phase 1", "type 2", "day 28").
const LABEL = String.raw`(?<!\b(?:[Pp]hase|[Tt]ype|[Dd]ay|[Ww]eek|[Mm]onth|[Gg]rade|[Ss]tage|[Ll]evel|[Ww]ave|[Dd]ose|[Pp]art|[Aa]rm|[Gg]roup|[Ss]tep|[Vv]isit|[Cc]ohort)\s)`;
const YEAR = String.raw`(?:19|20)\d\d\b`;
const N = String.raw`${LABEL}(?<![\p{L}\p{N}_-])(?!${YEAR})\d+(?:[.,]\d+)*`;
/** Up to two describing words between a count and whom it counts ("80 previously healthy adults"), never a preposition. */
const DESCRIBING = String.raw`(?:(?!(?:of|in|on|at|to|for|from|with|and|or|per|than)\s)\p{Ll}+\s+){0,2}`;
const WHO = `(?:people|persons?|adults|children|teenagers|infants|patients|participants|volunteers|women|men|veterans|workers|survivors|controls|cases|studies|trials|deaths)`;

const SPECIFIC = new RegExp(
  [
    String.raw`${N}\s?(?:%|per\s?cent\b)`,
    String.raw`${N}\s+(?:of|out\s+of|in)\s+(?:every\s+)?(?!${YEAR})\d+(?:,\d{3})*\b`,
    String.raw`(?<![\p{L}\p{N}_-])\d+\.\d+\b`,
    String.raw`${N}\s+${DESCRIBING}${WHO}\b`,
    String.raw`${N}\s+times\b`,
  ].join('|'),
  'u',
);

/** The first specific number in a sentence, as written, or nothing. */
export function specificNumberIn(sentence: string): string | undefined {
  return SPECIFIC.exec(sentence)?.[0];
}

function message(found: string): string {
  return `this sentence gives a number ("${found.replace(/\s+/g, ' ')}") but cites nothing; put the citation [@key] in the same sentence`;
}

/** Each uncited sentence that gives a specific number, with the number. */
function uncited(sentences: Sentence[]): Array<{ sentence: Sentence; found: string }> {
  return sentences.flatMap((sentence) => {
    const found = sentence.cited ? undefined : specificNumberIn(sentence.text);
    return found ? [{ sentence, found }] : [];
  });
}

export const numbers: Rule = ({ content, body, rawTopic }) => {
  const problems: Problem[] = [];
  for (const topic of content.topics.values()) {
    const { data, file } = topic;
    for (const { sentence, found } of uncited(body(topic).uncited)) {
      const line = fileLine(rawTopic(topic), sentence.line);
      problems.push({ severity: 'error', file, field: 'body', line, message: message(found) });
    }
    const texts: Array<[string, string]> = data.unknowns.map((text, i) => [`unknowns.${i}`, text]);
    if (hasEvidence(data)) texts.unshift(['evidence.rationale', data.evidence.rationale]);
    for (const [field, text] of texts) {
      for (const { found } of uncited(sentencesOfText(text))) {
        problems.push({ severity: 'error', file, field, message: message(found) });
      }
    }
  }
  return problems;
};
