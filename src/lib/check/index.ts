/**
 * The content check: every mistake an editor can make that a machine can see, reported with the file, the field
 * and what to do. A small runner over rules (./rules/*.ts), each one concern of the editorial standard. The build
 * runs it first and stops on any error; `npm run check` runs it alone; the dev server runs it on every change.
 */
import { readSnapshot } from '../changes/snapshot.ts';
import { type RawContent, readContent } from '../io/files.ts';
import { ParseCache } from '../markdown/index.ts';
import { TermMatcher } from '../markdown/transforms/glossary.ts';
import type { Content, TopicEntry } from '../model/collections.ts';
import { glossaryMatcher } from '../views/glossary-view.ts';
import { type BodyFacts, bodyFacts, type GlossaryMatchers } from './body-facts.ts';
import type { CheckContext, CheckOptions, Rule } from './context.ts';
import { loadContent } from './load.ts';
import type { Problem } from './problems.ts';
import { body } from './rules/body.ts';
import { changes } from './rules/changes.ts';
import { citations } from './rules/citations.ts';
import { claims } from './rules/claims.ts';
import { figures } from './rules/figures.ts';
import { glossary, uncoveredCandidates } from './rules/glossary.ts';
import { links } from './rules/links.ts';
import { numbers } from './rules/numbers.ts';
import { questions } from './rules/questions.ts';
import { relations } from './rules/relations.ts';
import { reviewDates } from './rules/review-dates.ts';
import { shortTexts } from './rules/short-texts.ts';
import { sources } from './rules/sources.ts';
import { trials } from './rules/trials.ts';

export type { CheckOptions };

/** The rules, in the order their problems are reported. */
export const RULES: readonly Rule[] = [
  body,
  citations,
  numbers,
  links,
  shortTexts,
  reviewDates,
  relations,
  claims,
  questions,
  trials,
  sources,
  changes,
  glossary,
  figures,
];

export interface CheckResult {
  content: Content;
  problems: Problem[];
}

/** Read and check a content folder. */
export function checkContentDir(root: string, options: CheckOptions): CheckResult {
  return checkContent(readContent(root), { snapshot: readSnapshot(root), ...options });
}

export function checkContent(raw: RawContent, options: CheckOptions): CheckResult {
  const loaded = loadContent(raw);
  const { content } = loaded;
  const onDisk = new Set(raw.entries.map((e) => `${e.collection} ${e.id}`));
  const rawTopics = new Map(raw.entries.filter((e) => e.collection === 'topics').map((e) => [e.file, e]));
  const context: CheckContext = {
    raw,
    content,
    today: options.today,
    body: bodyReader(content, options.cache ?? new ParseCache()),
    snapshot: options.snapshot,
    missing: (collection, id) => !onDisk.has(`${collection} ${id}`),
    spoiled: new Set(
      raw.entries
        .filter((e) => e.collection === 'topics' && content.topics.get(e.id)?.file !== e.file)
        .map((e) => e.id),
    ),
    rawTopic: (topic) => rawTopics.get(topic.file),
  };
  return { content, problems: [...raw.problems, ...loaded.problems, ...RULES.flatMap((rule) => rule(context))] };
}

/** Each topic body's facts, read from a tree parsed once and then let go (./body-facts.ts). */
export function bodyReader(content: Content, cache: ParseCache): (topic: TopicEntry) => BodyFacts {
  const facts = new Map<string, BodyFacts>();
  let glossary: GlossaryMatchers | undefined;
  return (topic) => {
    let found = facts.get(topic.id);
    if (!found) {
      glossary ??= {
        terms: glossaryMatcher(content),
        candidates: new TermMatcher(uncoveredCandidates(content).map((word) => ({ id: word, forms: [word] }))),
      };
      found = bodyFacts(cache.parseOnce(topic.body), glossary);
      facts.set(topic.id, found);
    }
    return found;
  };
}
