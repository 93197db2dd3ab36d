/** The visit sheet's data: for every topic page, what the printed sheet shows (built once, served as one file). */
import type { Content } from '../model/collections.ts';
import type { VisitEntry } from '../site/visit.ts';
import { topicSummary } from './topic-view.ts';

/** Page path → its entry, in a stable order so the built file only changes when content does. */
export function visitEntries(content: Content, today: string): Record<string, VisitEntry> {
  const entries = [...content.topics.values()].map((topic) => {
    const summary = topicSummary(content, topic, today);
    const entry: VisitEntry = {
      title: summary.title,
      kindLabel: summary.kindLabel,
      systemLabel: summary.systemLabel,
      short: summary.short,
      badges: summary.badges.map(({ scale, level, label, direction, marks }) => ({
        scale,
        level,
        label,
        ...(direction === undefined ? {} : { direction }),
        ...(marks === undefined ? {} : { marks }),
      })),
      questions: [...(topic.data.questions ?? [])],
    };
    return [summary.url, entry] as const;
  });
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}
