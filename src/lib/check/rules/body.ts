/** The body: nothing unsafe, no text before the first section, the kind's sections in order, none empty. */

import { checkSections } from '../../model/page-types.ts';
import { fileLine, type Rule } from '../context.ts';
import type { Problem } from '../problems.ts';

export const body: Rule = ({ content, body: factsOf, rawTopic }) => {
  const problems: Problem[] = [];
  for (const topic of content.topics.values()) {
    const { file } = topic;
    const entry = rawTopic(topic);
    const { unsafe, preamble, sections } = factsOf(topic);
    for (const finding of unsafe) {
      problems.push({
        severity: 'error',
        file,
        field: 'body',
        line: fileLine(entry, finding.line),
        message: finding.message,
      });
    }
    if (preamble) {
      problems.push({
        severity: 'error',
        file,
        field: 'body',
        line: fileLine(entry, preamble.line),
        message:
          'text before the first section; start the body with a "## " section (the lede and short version go in the frontmatter)',
      });
    }
    for (const message of checkSections(
      topic.data.kind,
      sections.map((s) => s.heading),
    )) {
      problems.push({ severity: 'error', file, field: 'body', message });
    }
    for (const section of sections) {
      if (section.empty) {
        problems.push({
          severity: 'error',
          file,
          field: 'body',
          message: `the section "## ${section.heading}" is empty; write it (a reader must never meet an empty section)`,
        });
      }
    }
  }
  return problems;
};
