/** Links in a body to atlas pages lead somewhere. */
import { parseTopicPath } from '../../site/urls.ts';
import { fileLine, type Rule } from '../context.ts';
import type { Problem } from '../problems.ts';

export const links: Rule = ({ content, body, spoiled, rawTopic }) => {
  const problems: Problem[] = [];
  for (const topic of content.topics.values()) {
    for (const node of body(topic).links) {
      const link = parseTopicPath(node.url);
      if (!link || spoiled.has(link.slug)) continue;
      const target = content.topics.get(link.slug);
      if (!target || target.data.kind !== link.kind) {
        problems.push({
          severity: 'error',
          file: topic.file,
          field: 'body',
          line: fileLine(rawTopic(topic), node.line),
          message: `the link ${node.url} goes to no page; link to an existing topic as /kind/slug/`,
        });
      }
    }
  }
  return problems;
};
