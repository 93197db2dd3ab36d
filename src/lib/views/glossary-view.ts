/**
 * The glossary as pages: the A to Z index, one page per term, and what topic pages offer in place. Which pages use
 * a term is decided here once per content set, by the same matcher that marks terms on topic pages, so a term page
 * lists exactly the pages that offer it (and the check's "nothing links to this term" agrees with both).
 */
import type { Root } from 'mdast';
import { CitationRegistry, renderInline } from '../markdown/index.ts';
import type { GlossaryOnPage } from '../markdown/render.ts';
import { GlossaryMarker, glossaryLinksIn, TermMatcher, termsUsedIn } from '../markdown/transforms/glossary.ts';
import type { Content, ContentEntry } from '../model/collections.ts';
import { inContent } from '../model/per-content.ts';
import { formatDate } from '../site/dates.ts';
import { glossaryUrl } from '../site/urls.ts';
import { type ReferenceEntry, referenceList } from './references.ts';
import { type TopicSummary, topicSummary, type ViewOptions } from './topic-view.ts';

type TermEntry = ContentEntry<'glossary'>;

const matchers = new WeakMap<Content, TermMatcher>();

/** One matcher per content set, over every term and its aliases. */
export function glossaryMatcher(content: Content): TermMatcher {
  let matcher = matchers.get(content);
  if (!matcher) {
    matcher = new TermMatcher(
      [...content.glossary.values()].map((entry) => ({
        id: entry.id,
        forms: [entry.data.term, ...entry.data.aliases],
      })),
    );
    matchers.set(content, matcher);
  }
  return matcher;
}

/** Terms a topic page never offers in place: those it covers in full itself. */
function ownTerms(content: Content, slug: string): string[] {
  return [...content.glossary.values()].filter((entry) => entry.data.topic === slug).map((entry) => entry.id);
}

/** What one topic page offers in place; a fresh marker per page, so each term is offered at its first use. */
export function pageGlossary(content: Content, slug: string): GlossaryOnPage | undefined {
  if (content.glossary.size === 0) return undefined;
  return {
    marker: new GlossaryMarker(glossaryMatcher(content), ownTerms(content, slug)),
    entry: (id) => {
      const entry = content.glossary.get(id);
      return entry ? { term: entry.data.term, plain: entry.data.plain, url: glossaryUrl(id) } : undefined;
    },
  };
}

const usages = new WeakMap<Content, Map<string, string[]>>();

/** What a topic's body uses of the glossary: the terms in its running text and its links to terms' pages. */
export interface BodyGlossary {
  /** Glossary terms in the running text, in order of first use. */
  terms: readonly string[];
  /** Links to glossary terms' pages, with their lines in the body. */
  glossaryLinks: ReadonlyArray<{ id: string; line: number | undefined }>;
}

/** A parsed body's use of the glossary. */
export function bodyGlossary(root: Root, matcher: TermMatcher): BodyGlossary {
  return { terms: termsUsedIn(root.children, matcher), glossaryLinks: glossaryLinksIn(root) };
}

const bodyGlossaries = new WeakMap<Content, Map<string, BodyGlossary>>();

/**
 * A topic body's use of the glossary, once per content set, from the tree of whichever caller parses the body first.
 * A build renders topic pages before term pages, so the term pages find every body read and parse none again.
 */
export function topicBodyGlossary(content: Content, topic: ContentEntry<'topics'>, tree: () => Root): BodyGlossary {
  const known = inContent(bodyGlossaries, content);
  let found = known.get(topic.id);
  if (!found) {
    found = bodyGlossary(tree(), glossaryMatcher(content));
    known.set(topic.id, found);
  }
  return found;
}

/**
 * For each term, the topic pages that link to it: in place at its first use (in the body's running text), or by an
 * author's own link to /glossary/<id>/. Topic slugs in content order. `bodyOf` gives each body's use of the
 * glossary: the check has it already; the pages read it from a parse.
 */
export function glossaryUsage(
  content: Content,
  bodyOf: (topic: ContentEntry<'topics'>) => BodyGlossary,
): Map<string, string[]> {
  let usage = usages.get(content);
  if (!usage) {
    const found = new Map<string, string[]>([...content.glossary.keys()].map((id) => [id, []]));
    for (const topic of content.topics.values()) {
      const { terms, glossaryLinks } = bodyOf(topic);
      const own = new Set(ownTerms(content, topic.id));
      const ids = new Set([...terms.filter((id) => !own.has(id)), ...glossaryLinks.map((link) => link.id)]);
      for (const id of ids) found.get(id)?.push(topic.id);
    }
    usage = found;
    usages.set(content, usage);
  }
  return usage;
}

export interface TermSummary {
  id: string;
  url: string;
  term: string;
  plain: string;
}

function termSummary(entry: TermEntry): TermSummary {
  return { id: entry.id, url: glossaryUrl(entry.id), term: entry.data.term, plain: entry.data.plain };
}

const byTerm = (a: TermSummary, b: TermSummary) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' });

export interface GlossaryIndexView {
  /** One group per initial letter that has terms, A to Z. */
  letters: Array<{ letter: string; id: string; terms: TermSummary[] }>;
}

export function buildGlossaryIndex(content: Content): GlossaryIndexView {
  const groups = new Map<string, TermSummary[]>();
  for (const summary of [...content.glossary.values()].map(termSummary).sort(byTerm)) {
    const letter = summary.term
      .normalize('NFD')
      .charAt(0)
      .toUpperCase()
      .replace(/[^A-Z]/, '#');
    groups.set(letter, [...(groups.get(letter) ?? []), summary]);
  }
  return {
    letters: [...groups].map(([letter, terms]) => ({
      letter,
      id: letter === '#' ? 'letter-other' : `letter-${letter.toLowerCase()}`,
      terms,
    })),
  };
}

export interface TermView {
  id: string;
  url: string;
  term: string;
  aliases: string[];
  plain: string;
  clinicalHtml: string;
  references: ReferenceEntry[];
  related: TermSummary[];
  /** The atlas page that covers the term in full. */
  topic: TopicSummary | undefined;
  pages: TopicSummary[];
  reviewed: string;
}

export function buildTermView(content: Content, id: string, { today, cache }: ViewOptions): TermView {
  const entry = content.glossary.get(id);
  if (!entry) throw new Error(`no glossary term "${id}"`);
  const { data } = entry;
  const registry = new CitationRegistry();
  const clinicalHtml = renderInline(data.clinical, registry, cache);
  for (const key of data.sources) registry.list(key);
  // A relation is declared once and shown on both terms.
  const related = [...content.glossary.values()]
    .filter((other) => other.id !== id && (data.related.includes(other.id) || other.data.related.includes(id)))
    .map(termSummary)
    .sort(byTerm);
  const topicEntry = data.topic ? content.topics.get(data.topic) : undefined;
  const usage = glossaryUsage(content, (topic) => topicBodyGlossary(content, topic, () => cache.parseOnce(topic.body)));
  const pages = (usage.get(id) ?? [])
    .flatMap((slug) => {
      const topic = content.topics.get(slug);
      return topic ? [topicSummary(content, topic, today)] : [];
    })
    .sort((a, b) => a.title.localeCompare(b.title));
  return {
    id,
    url: glossaryUrl(id),
    term: data.term,
    aliases: data.aliases,
    plain: data.plain,
    clinicalHtml,
    references: referenceList(registry, content.sources),
    related,
    topic: topicEntry ? topicSummary(content, topicEntry, today) : undefined,
    pages,
    reviewed: formatDate(data.reviewed),
  };
}
