/** What a trial's own page shows: its arms with their pages, status, result, sources, and the pages that name it. */

import { dictionary } from '../../i18n/index.ts';
import { type ChangeItem, trialChanges } from '../changes/history.ts';
import { CitationRegistry, renderInline } from '../markdown/index.ts';
import type { Content } from '../model/collections.ts';
import { armState, concernsTrial, trialLateness } from '../model/trials.ts';
import { formatCompletion, formatDate } from '../site/dates.ts';
import { trialUrl } from '../site/urls.ts';
import { type Badge, trialBadge } from './badges.ts';
import { type FigureView, trialTimelineView } from './figure-view.ts';
import { lateNote } from './late-note.ts';
import { type ReferenceEntry, referenceList, registryLinks, type SourceLink } from './references.ts';
import { type TopicSummary, topicSummary, type ViewOptions } from './topic-view.ts';

export interface ArmView {
  label: string;
  topic: TopicSummary | undefined;
  badge: Badge;
  expectedCompletion: string;
  registryLinks: SourceLink[];
}

export interface TrialPageView {
  id: string;
  url: string;
  name: string;
  title: string;
  sponsor: string | undefined;
  summary: string;
  countries: string[];
  whoCanJoin: string | undefined;
  /** Whether the record said it was enrolling when last checked. */
  recruiting: boolean;
  badge: Badge;
  expectedCompletion: string;
  /** Past its expected completion without a result: why, for the reader (due for review, or awaiting results). */
  lateNote: string | undefined;
  checked: string;
  /** Every registry id, linked or not. */
  registryIds: string[];
  registryLinks: SourceLink[];
  arms: ArmView[];
  resultHtml: string | undefined;
  references: ReferenceEntry[];
  /** Every topic page that names the trial or has an arm in it. */
  pages: TopicSummary[];
  /** The record's changes, newest first. */
  changes: ChangeItem[];
  /** The trial in time (expected completion, last check, today); none when the record gives no completion date. */
  timeline: FigureView | undefined;
}

export function buildTrialView(content: Content, id: string, { today, cache }: ViewOptions): TrialPageView {
  const entry = content.trials.get(id);
  if (!entry) throw new Error(`no trial "${id}"`);
  const trial = entry.data;
  const t = dictionary();
  const registry = new CitationRegistry();
  const timeline = trialTimelineView(trial.name, trial, today, (md) => renderInline(md, registry, cache));
  const resultHtml = trial.result ? renderInline(trial.result, registry, cache) : undefined;
  for (const key of trial.sources) registry.list(key);

  const arms = trial.arms.map((arm) => {
    const topic = arm.topic ? content.topics.get(arm.topic) : undefined;
    const { status, expectedCompletion } = armState(trial, arm);
    return {
      label: arm.label,
      topic: topic ? topicSummary(content, topic, today) : undefined,
      badge: trialBadge(status, true, [trial.name]),
      expectedCompletion: formatCompletion(expectedCompletion, t.ui.completionNotGiven),
      registryLinks: arm.registry ? registryLinks(arm.registry) : [],
    };
  });
  const pages = [...content.topics.values()]
    .filter((t) => concernsTrial(t, id, trial))
    .map((t) => topicSummary(content, t, today))
    .sort((a, b) => a.title.localeCompare(b.title));
  const references = referenceList(registry, content.sources);

  return {
    id,
    url: trialUrl(id),
    name: trial.name,
    title: trial.title,
    sponsor: trial.sponsor,
    summary: trial.summary,
    countries: trial.countries,
    whoCanJoin: trial.whoCanJoin,
    recruiting: trial.status === 'recruiting',
    badge: trialBadge(trial.status, false, [trial.name]),
    expectedCompletion: formatCompletion(trial.expectedCompletion, t.ui.completionNotGiven),
    lateNote: lateNote(trialLateness(trial, today), trial.checked),
    checked: formatDate(trial.checked),
    registryIds: trial.registry,
    registryLinks: trial.registry.flatMap(registryLinks),
    arms,
    resultHtml,
    references,
    pages,
    changes: trialChanges(content, id),
    timeline,
  };
}
