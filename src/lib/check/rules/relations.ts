/** Named trials exist; "see also" relations point at real topics, not at the page itself, and are declared once. */
import type { Rule } from '../context.ts';
import type { Problem } from '../problems.ts';

export const relations: Rule = ({ content, missing }) => {
  const problems: Problem[] = [];
  for (const topic of content.topics.values()) {
    const { data, file } = topic;
    for (const id of data.trials) {
      if (missing('trials', id)) {
        problems.push({
          severity: 'error',
          file,
          field: 'trials',
          message: `names the trial "${id}", but there is no src/content/trials/${id}.yaml; add the trial or correct the id`,
        });
      }
    }
    for (const slug of data.related) {
      const other = content.topics.get(slug);
      if (slug === topic.id) {
        problems.push({
          severity: 'error',
          file,
          field: 'related',
          message: 'a topic cannot be related to itself; remove it from "related"',
        });
      } else if (missing('topics', slug)) {
        problems.push({
          severity: 'error',
          file,
          field: 'related',
          message: `"${slug}" is not a topic; use the slug of an existing topic (its file name without .md)`,
        });
      } else if (other?.data.related.includes(topic.id) && topic.id < slug) {
        problems.push({
          severity: 'warning',
          file,
          field: 'related',
          message: `the relation with "${slug}" is declared on both pages; declare it once (it shows on both)`,
        });
      }
    }
  }
  return problems;
};
