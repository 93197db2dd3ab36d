/**
 * The glossary: terms point at real terms and pages; every term is linked from some page (in place at its first
 * use, or by an author's link); every link to /glossary/<id>/ leads to a term; and words on the short list of
 * candidates (src/lib/model/glossary-candidates.ts) that pages use but no term covers are reported once each.
 */

import type { Content } from '../../model/collections.ts';
import { GLOSSARY_CANDIDATES } from '../../model/glossary-candidates.ts';
import { glossaryMatcher, glossaryUsage } from '../../views/glossary-view.ts';
import { fileLine, type Rule } from '../context.ts';
import type { Problem } from '../problems.ts';

export const glossary: Rule = ({ content, body, missing, rawTopic }) => {
  const problems: Problem[] = [];
  for (const { id, data, file } of content.glossary.values()) {
    for (const other of data.related) {
      if (other === id || missing('glossary', other)) {
        problems.push({
          severity: 'error',
          file,
          field: 'related',
          message:
            other === id
              ? 'a term cannot be related to itself; remove it from "related"'
              : `"${other}" is not a glossary term; use the id of an existing term (its file name without .yaml)`,
        });
      }
    }
    if (data.topic !== undefined && missing('topics', data.topic)) {
      problems.push({
        severity: 'error',
        file,
        field: 'topic',
        message: `"${data.topic}" is not a topic; use the slug of an existing topic (its file name without .md) or leave "topic" out`,
      });
    }
  }

  for (const topic of content.topics.values()) {
    for (const { id, line } of body(topic).glossaryLinks) {
      if (!missing('glossary', id)) continue;
      problems.push({
        severity: 'error',
        file: topic.file,
        field: 'body',
        line: fileLine(rawTopic(topic), line),
        message: `the link /glossary/${id}/ goes to no glossary term; add src/content/glossary/${id}.yaml or link to an existing term`,
      });
    }
  }

  const usage = glossaryUsage(content, body);
  for (const { id, data, file } of content.glossary.values()) {
    if ((usage.get(id) ?? []).length > 0) continue;
    problems.push({
      severity: 'error',
      file,
      field: 'term',
      message: `no topic page uses "${data.term}" or links to /glossary/${id}/; add the form pages use to "aliases", link to the term from a page, or remove the file`,
    });
  }

  // Candidates are reported on the first page that uses them.
  const missingCandidates = uncoveredCandidates(content);
  const pagesUsing = new Map<string, string[]>();
  for (const topic of content.topics.values()) {
    for (const word of body(topic).candidates) {
      pagesUsing.set(word, [...(pagesUsing.get(word) ?? []), topic.file]);
    }
  }
  for (const word of missingCandidates) {
    const [first, ...others] = pagesUsing.get(word) ?? [];
    if (!first) continue;
    const also =
      others.length === 0
        ? ''
        : ` (as ${others.length === 1 ? 'does 1 other page' : `do ${others.length} other pages`})`;
    problems.push({
      severity: 'warning',
      file: first,
      field: 'body',
      message: `uses "${word}"${also}, which the glossary does not define; add a term for it in src/content/glossary/, or add the form to an existing term's aliases`,
    });
  }
  return problems;
};

/** The words on the list of candidates that no term covers yet (a term or one of its aliases). */
export function uncoveredCandidates(content: Content): string[] {
  const covered = glossaryMatcher(content);
  return GLOSSARY_CANDIDATES.filter((word) => covered.matches(word).length === 0);
}
