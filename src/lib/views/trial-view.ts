/** What a trial's own page shows: its arms with their pages, status, result, sources, and the pages that name it. */
import { CitationRegistry } from '../markdown/citations.ts';
import type { Content } from '../check/index.ts';
import { formatDate } from '../site/dates.ts';
import { type Badge, trialBadge } from './badges.ts';
import { renderInline } from '../markdown/index.ts';
import { type ReferenceEntry, referenceList, type SourceLink, sourceLinks } from './references.ts';
import { type TopicSummary, topicSummary } from './topic-view.ts';
import { armState, concernsTrial, trialOverdue } from '../model/trials.ts';
import { trialUrl } from '../site/urls.ts';

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
  badge: Badge;
  expectedCompletion: string;
  overdue: boolean;
  checked: string;
  registryLinks: SourceLink[];
  arms: ArmView[];
  resultHtml: string | undefined;
  references: ReferenceEntry[];
  /** Every topic page that names the trial or has an arm in it. */
  pages: TopicSummary[];
}

export function buildTrialView(content: Content, id: string, today: string): TrialPageView {
  const entry = content.trials.get(id);
  if (!entry) throw new Error(`no trial "${id}"`);
  const trial = entry.data;
  const registry = new CitationRegistry();
  const resultHtml = trial.result ? renderInline(trial.result, registry) : undefined;
  for (const key of trial.sources) registry.cite(key);

  const arms = trial.arms.map((arm) => {
    const topic = arm.topic ? content.topics.get(arm.topic) : undefined;
    const { status, expectedCompletion } = armState(trial, arm);
    return {
      label: arm.label,
      topic: topic ? topicSummary(content, topic, today) : undefined,
      badge: trialBadge(status, true, trial.name),
      expectedCompletion: formatDate(expectedCompletion),
      registryLinks: arm.registry ? sourceLinks({ nct: arm.registry }) : [],
    };
  });
  const pages = [...content.topics.values()]
    .filter((t) => concernsTrial(t, id, trial))
    .map((t) => topicSummary(content, t, today))
    .sort((a, b) => a.title.localeCompare(b.title));
  const references = referenceList(registry.orderedKeys(), content.sources);

  return {
    id,
    url: trialUrl(id),
    name: trial.name,
    title: trial.title,
    sponsor: trial.sponsor,
    summary: trial.summary,
    badge: trialBadge(trial.status, false, trial.name),
    expectedCompletion: formatDate(trial.expectedCompletion),
    overdue: trialOverdue(trial, today),
    checked: formatDate(trial.checked),
    registryLinks: trial.registry.flatMap((nct) => sourceLinks({ nct })),
    arms,
    resultHtml,
    references,
    pages,
  };
}
