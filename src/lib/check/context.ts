/** What every check rule reads: the raw files, the content that passed its schema, and a few shared answers. */
import type { BadgeSnapshot } from '../changes/snapshot.ts';
import type { RawContent, RawEntry } from '../io/files.ts';
import type { ParseCache } from '../markdown/index.ts';
import type { CollectionName, Content, TopicEntry } from '../model/collections.ts';
import type { Topic } from '../model/schema.ts';
import type { BodyFacts } from './body-facts.ts';
import type { Problem } from './problems.ts';

export interface CheckOptions {
  /** Today's date (YYYY-MM-DD); fixed in tests. */
  today: string;
  /** The build's parse cache, shared with the pages; a fresh one is made when none is given. */
  cache?: ParseCache;
  /** The badges of the last release (src/content/badges.snapshot.json); without one, badges are not compared. */
  snapshot?: BadgeSnapshot | undefined;
}

export interface CheckContext {
  raw: RawContent;
  content: Content;
  today: string;
  /** What a topic's body says (its citations, links, sections...), read from its tree once per check. */
  body(topic: TopicEntry): BodyFacts;
  snapshot?: BadgeSnapshot | undefined;
  /** No file at all has this id. A file that exists but was rejected is not "missing": its own error comes first. */
  missing(collection: CollectionName, id: string): boolean;
  /** Topic ids whose file was rejected (schema, folder or duplicate): links to them wait for that fix. */
  spoiled: ReadonlySet<string>;
  /** The raw file behind a checked topic (for body line numbers). */
  rawTopic(topic: TopicEntry): RawEntry | undefined;
}

/** A rule: one concern of the editorial standard, from content to problems. */
export type Rule = (context: CheckContext) => Problem[];

/** A line in a topic's body, as a line in its file. */
export function fileLine(entry: RawEntry | undefined, line: number | undefined): number | undefined {
  return line === undefined ? undefined : line + (entry?.bodyStartLine ?? 1) - 1;
}

export function hasEvidence(data: Topic): data is Extract<Topic, { evidence: unknown }> {
  return 'evidence' in data;
}
