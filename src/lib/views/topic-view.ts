/**
 * Everything a topic page shows, decided here and rendered by components:
 * sections in reading order, badges, trials, references and relations.
 */
import GithubSlugger from 'github-slugger';
import { ANATOMY, EVIDENCE_SECTION, FOR_YOU_HEADING, normalizeHeading, UNKNOWNS_HEADING } from '../model/page-types.ts';
import { CitationRegistry } from '../markdown/citations.ts';
import type { Content, TopicEntry } from '../check/index.ts';
import { formatDate } from '../site/dates.ts';
import { type Badge, CERTAINTY_QUESTION, certaintyBadge, statusBadge, trialBadge } from './badges.ts';
import { parseMarkdown, renderBlocks, renderInline, splitSections } from '../markdown/index.ts';
import { type ReferenceEntry, referenceList, type SourceLink, sourceLinks } from './references.ts';
import { KIND_LABELS, type Kind, SYSTEM_LABELS } from '../model/vocabulary.ts';
import { relatedTopics } from './topic-graph.ts';
import { concernsTrial, trialForTopic } from '../model/trials.ts';
import { topicUrl, trialUrl } from '../site/urls.ts';

export interface SectionView {
  id: string;
  heading: string;
  html: string;
  /** The badges and trials stand at the top of this section. */
  evidence: boolean;
  /** The clinician questions are appended to this section. */
  forYou: boolean;
}

export interface TrialView {
  id: string;
  /** The trial's own page, with every arm and source. */
  url: string;
  name: string;
  title: string;
  summary: string;
  armLabel: string | undefined;
  badge: Badge;
  expectedCompletion: string;
  overdue: boolean;
  checked: string;
  registryLinks: SourceLink[];
  resultHtml: string | undefined;
}

export interface TopicSummary {
  slug: string;
  kind: Kind;
  url: string;
  title: string;
  kindLabel: string;
  /** Guides have no body system. */
  systemLabel: string | undefined;
  lede: string;
  badges: Badge[];
}

export interface EvidenceView {
  question: string;
  certainty: Badge;
  status: Badge | undefined;
  basis: string;
  rationaleHtml: string;
}

export interface TopicView extends TopicSummary {
  short: string;
  aliases: string[];
  otherSystems: string[];
  evidence: EvidenceView | undefined;
  sections: SectionView[];
  unknownsHtml: string[];
  questions: string[];
  trials: TrialView[];
  references: ReferenceEntry[];
  related: TopicSummary[];
  reviewed: string;
  nextReview: string;
}

/** Trials a topic concerns: the ones it names, and the ones with an arm testing it. */
function topicTrialIds(content: Content, topic: TopicEntry): string[] {
  return [...content.trials]
    .filter(([id, trial]) => concernsTrial(topic, id, trial.data))
    .map(([id]) => id)
    .sort();
}

function badgesFor(content: Content, topic: TopicEntry, today: string): Badge[] {
  const badges: Badge[] = [];
  const { data } = topic;
  if ('evidence' in data) {
    badges.push(certaintyBadge(data.evidence.certainty, data.evidence.direction));
    if (data.kind === 'treatment' || data.kind === 'test') badges.push(statusBadge(data.kind, data.evidence.status));
  }
  for (const id of topicTrialIds(content, topic)) {
    const trial = content.trials.get(id);
    if (!trial) continue;
    const t = trialForTopic(id, trial.data, topic.slug, today);
    badges.push(trialBadge(t.status, t.arm !== undefined, trial.data.name));
  }
  return badges;
}

export function topicSummary(content: Content, topic: TopicEntry, today: string): TopicSummary {
  return {
    slug: topic.slug,
    kind: topic.data.kind,
    url: topicUrl(topic.data.kind, topic.slug),
    title: topic.data.title,
    kindLabel: KIND_LABELS[topic.data.kind],
    systemLabel: topic.data.kind === 'guide' ? undefined : SYSTEM_LABELS[topic.data.system],
    lede: topic.data.lede,
    badges: badgesFor(content, topic, today),
  };
}

// One graph per content set: every page of a build shares it, so large builds stay linear.
const graphs = new WeakMap<Content, Map<string, string[]>>();
function relatedGraph(content: Content): Map<string, string[]> {
  let graph = graphs.get(content);
  if (!graph) {
    graph = relatedTopics(
      [...content.topics.values()].map((t) => ({
        slug: t.slug,
        kind: t.data.kind,
        title: t.data.title,
        // A claim links its two pages as surely as a "see also" does.
        related: [...t.data.related, ...('claims' in t.data ? t.data.claims.map((c) => c.topic) : [])],
      })),
    );
    graphs.set(content, graph);
  }
  return graph;
}

export function buildTopicView(content: Content, slug: string, today: string): TopicView {
  const topic = content.topics.get(slug);
  if (!topic) throw new Error(`no topic "${slug}"`);
  const { data } = topic;
  const kind = data.kind;
  const registry = new CitationRegistry();
  const slugger = new GithubSlugger();
  slugger.slug('references');
  slugger.slug('related');
  slugger.slug('unknowns');

  const evidenceHeading = EVIDENCE_SECTION[kind];
  let evidence: EvidenceView | undefined;
  const trials: TrialView[] = [];

  const renderEvidence = () => {
    if ('evidence' in data) {
      evidence = {
        question: CERTAINTY_QUESTION[data.kind],
        certainty: certaintyBadge(data.evidence.certainty, data.evidence.direction),
        status:
          data.kind === 'treatment' || data.kind === 'test' ? statusBadge(data.kind, data.evidence.status) : undefined,
        basis: data.evidence.basis,
        rationaleHtml: renderInline(data.evidence.rationale, registry),
      };
    }
    for (const id of topicTrialIds(content, topic)) {
      const entry = content.trials.get(id);
      if (!entry) continue;
      const t = trialForTopic(id, entry.data, slug, today);
      trials.push({
        id,
        url: trialUrl(id),
        name: entry.data.name,
        title: entry.data.title,
        summary: entry.data.summary,
        armLabel: t.arm?.label,
        badge: trialBadge(t.status, t.arm !== undefined, entry.data.name),
        expectedCompletion: formatDate(t.expectedCompletion),
        overdue: t.overdue,
        checked: formatDate(entry.data.checked),
        registryLinks: [...new Set([...(t.arm?.registry ? [t.arm.registry] : []), ...entry.data.registry])].flatMap(
          (nct) => sourceLinks({ nct }),
        ),
        resultHtml: entry.data.result ? renderInline(entry.data.result, registry) : undefined,
      });
    }
  };

  const { sections: bodySections } = splitSections(parseMarkdown(topic.body));
  const sections: SectionView[] = [];
  let unknownsHtml: string[] = [];
  const renderUnknowns = () => {
    unknownsHtml = data.unknowns.map((u) => renderInline(u, registry));
  };
  const hasForYou = ANATOMY[kind].includes(FOR_YOU_HEADING);

  for (const section of bodySections) {
    const normalized = normalizeHeading(section.heading);
    const isEvidence = evidenceHeading !== undefined && normalized === normalizeHeading(evidenceHeading);
    const isForYou = normalized === normalizeHeading(FOR_YOU_HEADING);
    if (isForYou) renderUnknowns();
    if (isEvidence) renderEvidence();
    sections.push({
      id: isEvidence ? 'evidence' : slugger.slug(section.heading),
      heading: section.heading,
      html: renderBlocks(section.nodes, registry),
      evidence: isEvidence,
      forYou: isForYou,
    });
  }
  if (!hasForYou) renderUnknowns();

  const references = referenceList(registry.orderedKeys(), content.sources);

  const related = (relatedGraph(content).get(slug) ?? []).flatMap((s) => {
    const other = content.topics.get(s);
    return other ? [topicSummary(content, other, today)] : [];
  });

  return {
    ...topicSummary(content, topic, today),
    short: data.short,
    aliases: data.aliases,
    otherSystems:
      data.kind === 'guide' ? [] : data.systems.filter((s) => s !== data.system).map((s) => SYSTEM_LABELS[s]),
    evidence,
    sections,
    unknownsHtml,
    questions: data.questions ?? [],
    trials,
    references,
    related,
    reviewed: formatDate(data.reviewed),
    nextReview: formatDate(data.nextReview),
  };
}

export { UNKNOWNS_HEADING };
