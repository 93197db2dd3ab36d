/** The body: nothing unsafe, no text before the first section, the kind's sections in order, none empty. */

import { findUnsafeMarkdown, splitSections } from '../../markdown/index.ts';
import { checkSections } from '../../model/page-types.ts';
import { fileLine, type Rule } from '../context.ts';
import type { Problem } from '../problems.ts';

export const body: Rule = ({ content, cache, rawTopic }) => {
  const problems: Problem[] = [];
  for (const topic of content.topics.values()) {
    const { file } = topic;
    const entry = rawTopic(topic);
    const tree = cache.parse(topic.body);
    for (const finding of findUnsafeMarkdown(tree)) {
      problems.push({
        severity: 'error',
        file,
        field: 'body',
        line: fileLine(entry, finding.line),
        message: finding.message,
      });
    }
    const { preamble, sections } = splitSections(tree);
    if (preamble.some((node) => node.type !== 'definition')) {
      problems.push({
        severity: 'error',
        file,
        field: 'body',
        line: fileLine(entry, preamble[0]?.position?.start.line),
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
      if (section.nodes.every((node) => node.type === 'heading')) {
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
