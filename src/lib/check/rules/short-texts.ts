/** The short version, lede and title: no citations, and a short version a tired reader can take in. */

import { citationKeysIn, countWords, sentencesOfText } from '../../markdown/index.ts';
import { SHORT_VERSION_MAX_WORDS, UNKNOWNS_RANGE } from '../../model/page-types.ts';
import type { Rule } from '../context.ts';
import type { Problem } from '../problems.ts';

const FIELD_NAMES: Record<string, string> = { short: 'short version' };
const LEDE_MAX_SENTENCES = 2;

export const shortTexts: Rule = ({ content }) => {
  const problems: Problem[] = [];
  for (const { data, file } of content.topics.values()) {
    for (const field of ['short', 'lede', 'title'] as const) {
      if (citationKeysIn(data[field]).length > 0) {
        problems.push({
          severity: 'error',
          file,
          field,
          message: `the ${FIELD_NAMES[field] ?? field} must not cite sources; move the citations into the body`,
        });
      }
    }
    // The lede places the topic; the short version carries the page. Two sentences keep them from repeating.
    const sentences = sentencesOfText(data.lede).length;
    if (sentences > LEDE_MAX_SENTENCES) {
      problems.push({
        severity: 'warning',
        file,
        field: 'lede',
        message: `the lede has ${sentences} sentences; keep it to ${LEDE_MAX_SENTENCES} that place the topic, and leave the rest to the short version`,
      });
    }
    const words = countWords(data.short);
    if (words > SHORT_VERSION_MAX_WORDS) {
      problems.push({
        severity: 'error',
        file,
        field: 'short',
        message: `the short version has ${words} words; cut it to ${SHORT_VERSION_MAX_WORDS} or fewer, so a tired reader can take it in`,
      });
    }
    if (data.unknowns.length < UNKNOWNS_RANGE.min || data.unknowns.length > UNKNOWNS_RANGE.max) {
      problems.push({
        severity: 'error',
        file,
        field: 'unknowns',
        message: `list ${UNKNOWNS_RANGE.min} to ${UNKNOWNS_RANGE.max} open questions (found ${data.unknowns.length}); each a real, specific unknown`,
      });
    }
  }
  return problems;
};
