/**
 * Figures: a page places only figures that exist, in sections it has; a caption that gives a number cites it; a
 * ladder places only graded pages; and a figure no page shows is pointed out. (The figure schema already requires
 * a caption, a text alternative, a known type and sources behind every threshold.)
 */
import GithubSlugger from 'github-slugger';
import { citationKeysIn } from '../../markdown/index.ts';
import { sectionIdOf } from '../../model/page-types.ts';
import type { Rule } from '../context.ts';
import type { Problem } from '../problems.ts';

/** The names a figure may use for a page's sections: the kind's section ids, or a free section's anchor. */
export function sectionNames(kind: Parameters<typeof sectionIdOf>[0], headings: readonly string[]): string[] {
  const slugger = new GithubSlugger();
  return headings.map((heading) => sectionIdOf(kind, heading) ?? slugger.slug(heading));
}

export const figures: Rule = ({ content, body, missing }) => {
  const problems: Problem[] = [];
  const shown = new Set<string>();
  for (const topic of content.topics.values()) {
    const { data, file } = topic;
    if (data.figures.length === 0) continue;
    const names = sectionNames(
      data.kind,
      body(topic).sections.map((s) => s.heading),
    );
    for (const [i, placement] of data.figures.entries()) {
      shown.add(placement.figure);
      if (missing('figures', placement.figure)) {
        problems.push({
          severity: 'error',
          file,
          field: `figures.${i}.figure`,
          message: `"${placement.figure}" is not a figure; add src/content/figures/${placement.figure}.yaml or correct the id`,
        });
      }
      if (!names.includes(placement.section)) {
        problems.push({
          severity: 'error',
          file,
          field: `figures.${i}.section`,
          message: `"${placement.section}" is not a section of this page; use one of: ${names.join(', ')}`,
        });
      }
    }
  }
  for (const [id, { data, file }] of content.figures) {
    if (/\d/.test(data.caption) && citationKeysIn(data.caption).length === 0) {
      problems.push({
        severity: 'error',
        file,
        field: 'caption',
        message: 'the caption gives a number; cite its source with [@key], as in any sentence',
      });
    }
    if (data.type === 'evidence-ladder') {
      for (const [i, slug] of data.topics.entries()) {
        const topic = content.topics.get(slug);
        if (missing('topics', slug)) {
          problems.push({
            severity: 'error',
            file,
            field: `topics.${i}`,
            message: `"${slug}" is not a topic; use the slug of an existing page (its file name without .md)`,
          });
        } else if (topic && !('evidence' in topic.data)) {
          problems.push({
            severity: 'error',
            file,
            field: `topics.${i}`,
            message: `"${slug}" is a ${topic.data.kind} page, which has no certainty grade; place a treatment, test or mechanism page`,
          });
        }
      }
    }
    if (!shown.has(id)) {
      problems.push({
        severity: 'warning',
        file,
        field: 'figure',
        message: 'no page shows this figure; place it with "figures" on a topic or remove the file',
      });
    }
  }
  return problems;
};
