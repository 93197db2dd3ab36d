/**
 * What a topic page tells machines: the Pagefind record a search result shows (kind, badges, short version, the
 * other names people search for) and the schema.org MedicalWebPage. Read from the page's view and its entry.
 */
import type { Content } from '../model/collections.ts';
import { type MedicalPageFacts, medicalWebPage } from '../site/wider-web.ts';
import { blocksOf, type TopicView, topicSummary } from './topic-view.ts';

export interface SearchRecord {
  kind: string;
  /** Badges as the result shows them: scale, level (for the colour) and the word. */
  badges: string;
  short: string;
  /** Other names, indexed with extra weight so "Paxlovid" or "crash" finds the page. */
  aliases: string;
}

export function searchRecord(content: Content, slug: string, today: string): SearchRecord {
  const topic = content.topics.get(slug);
  if (!topic) throw new Error(`no topic "${slug}"`);
  const summary = topicSummary(content, topic, today);
  return {
    kind: summary.systemLabel ? `${summary.kindLabel} · ${summary.systemLabel}` : summary.kindLabel,
    badges: JSON.stringify(summary.badges.map((b) => ({ scale: b.scale, level: b.level, label: b.label }))),
    short: summary.short,
    aliases: topic.data.aliases.join(', '),
  };
}

export function topicJsonLd(content: Content, view: TopicView, site: string | undefined): Record<string, unknown> {
  const topic = content.topics.get(view.slug);
  if (!topic) throw new Error(`no topic "${view.slug}"`);
  const facts: MedicalPageFacts = {
    title: view.title,
    description: topic.data.short,
    path: view.url,
    reviewed: topic.data.reviewed,
    about: { name: view.title, alternateName: topic.data.aliases },
    citations: blocksOf(view, 'references').flatMap((block) =>
      block.items.map((ref) => ({ name: ref.title, url: ref.links[0]?.href })),
    ),
  };
  return medicalWebPage(site, facts);
}
