/** Lists of topics for the home and kind pages. */
import type { Content } from '../check/index.ts';
import { KINDS, type Kind } from '../model/vocabulary.ts';
import { type TopicSummary, topicSummary } from './topic-view.ts';

export function summariesByKind(content: Content, today: string): Map<Kind, TopicSummary[]> {
  const groups = new Map<Kind, TopicSummary[]>(KINDS.map((k) => [k, []]));
  for (const topic of content.topics.values()) groups.get(topic.data.kind)?.push(topicSummary(content, topic, today));
  for (const list of groups.values()) list.sort((a, b) => a.title.localeCompare(b.title));
  return groups;
}
