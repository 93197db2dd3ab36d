/**
 * Everything a topic page shows, decided here as one ordered list of blocks that templates only iterate: the
 * reading order, what stands in which section, and every element id are settled in this file and nowhere else.
 */
import GithubSlugger from 'github-slugger';
import { dictionary } from '../../i18n/index.ts';
import { type ChangeItem, topicChanges } from '../changes/history.ts';
import { CitationRegistry, type ParseCache, renderBlocks, renderInline, splitSections } from '../markdown/index.ts';
import type { Content, TopicEntry } from '../model/collections.ts';
import { PAGE_TYPES, type SectionId, sectionIdOf } from '../model/page-types.ts';
import { inContent } from '../model/per-content.ts';
import type { Claim } from '../model/schema.ts';
import { concernsTrial, trialForTopic } from '../model/trials.ts';
import { CERTAINTIES, type Kind } from '../model/vocabulary.ts';
import { formatCompletion, formatDate } from '../site/dates.ts';
import { topicUrl, trialUrl } from '../site/urls.ts';
import { type Badge, certaintyBadge, flagBadge, statusBadge, trialBadge, trialBadges } from './badges.ts';
import { type CiteView, citeView } from './cite.ts';
import { buildFigureView, type FigureView } from './figure-view.ts';
import { pageGlossary, topicBodyGlossary } from './glossary-view.ts';
import { lateNote } from './late-note.ts';
import { pageReadingTimes, type ReadingTime } from './reading-aids.ts';
import { type ReferenceEntry, referenceList, registryLinks, type SourceLink } from './references.ts';
import { relatedTopics } from './topic-graph.ts';

export interface TopicSummary {
  slug: string;
  kind: Kind;
  url: string;
  title: string;
  kindLabel: string;
  /** Guides have no body system. */
  systemLabel: string | undefined;
  lede: string;
  short: string;
  badges: Badge[];
  reviewed: string;
}

/** A tracked trial as one compact line on a topic page; its full description lives on the trial's page. */
export interface TrialLine {
  id: string;
  url: string;
  name: string;
  badge: Badge;
  /** The arm that tests this page's treatment, if any. */
  armLabel: string | undefined;
  expectedCompletion: string;
  checked: string;
  /** Past its expected completion without a result: why, for the reader (due for review, or awaiting results). */
  lateNote: string | undefined;
  registryLinks: SourceLink[];
  resultHtml: string | undefined;
}

export interface EvidenceView {
  question: string;
  certainty: Badge;
  status: Badge | undefined;
  basis: string;
  rationaleHtml: string;
}

export interface ClaimRow {
  /** The other page. */
  topic: { url: string; title: string; kindLabel: string };
  /** "may help", "can be shown by", ... read from this page's side. */
  relation: string;
  certainty: Badge;
  flags: Array<{ badge: Badge; reasonHtml: string }>;
  note: string | undefined;
  /**
   * Numbered citation marks for the claim's sources, on the page that declares the claim (they join its reference
   * list). Empty on the other page, which links there: a symptom named by twenty treatments would otherwise carry all
   * their sources, and the reference list would outgrow both the reader and the page-weight budget.
   */
  citesHtml: string;
}

export interface ClaimListView {
  heading: string;
  /** For claims declared on other pages: where their sources are. */
  note?: string;
  rows: ClaimRow[];
}

export type Block =
  | {
      type: 'header';
      kindLabel: string;
      systemLabel: string | undefined;
      otherSystems: string[];
      title: string;
      lede: string;
    }
  | { type: 'short'; id: string; heading: string; text: string }
  | { type: 'badges'; label: string; badges: Badge[]; evidenceLink: { href: string; text: string } | undefined }
  | { type: 'urgent-link'; lead: string; href: string; text: string }
  | {
      /** Reading time, read aloud and "add to my visit sheet" (src/lib/views/reading-aids.ts). */
      type: 'reading-aids';
      url: string;
      readingTime: { short: ReadingTime; full: ReadingTime };
    }
  | { type: 'contents'; heading: string; items: Array<{ href: string; text: string }> }
  | {
      type: 'section';
      id: string;
      heading: string;
      /** The stable id of a section of the kind's anatomy; undefined for a writer's own section. */
      section: SectionId | undefined;
      html: string;
      evidence: EvidenceView | undefined;
      trials: TrialLine[];
      claimLists: ClaimListView[];
      questions: { heading: string; items: string[] } | undefined;
      /** A safety callout ("When to get urgent help") leads with the emergency numbers. */
      urgent: { numbers: string } | undefined;
      /** Figures placed in this section (frontmatter "figures"), after its text. */
      figures: FigureView[];
    }
  | { type: 'unknowns'; id: string; heading: string; items: string[] }
  | { type: 'references'; id: string; heading: string; items: ReferenceEntry[] }
  | { type: 'related'; id: string; heading: string; topics: TopicSummary[] }
  | { type: 'meta'; reviewed: string; nextReview: string; aliases: string[] }
  /** The page's latest changes, beside the reviewed date (src/lib/changes/history.ts). */
  | { type: 'changes'; id: string; heading: string; items: ChangeItem[]; allLink: { href: string; text: string } }
  | ({ type: 'cite'; id: string } & CiteView);

export interface TopicView {
  slug: string;
  kind: Kind;
  url: string;
  title: string;
  /** For the page's meta description. */
  lede: string;
  blocks: Block[];
}

type SectionBlock = Extract<Block, { type: 'section' }>;

/** How many of its changes a page shows; /changes/ has them all. */
const RECENT_CHANGES = 3;

/** Ids of blocks the page builds itself; a writer's section can never take one. */
const RESERVED_IDS = [
  'main',
  'short-version',
  'contents',
  'evidence',
  'unknowns',
  'references',
  'related',
  'changes',
  'cite',
] as const;

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
  const trials = topicTrialIds(content, topic).flatMap((id) => {
    const trial = content.trials.get(id);
    if (!trial) return [];
    const t = trialForTopic(id, trial.data, topic.id, today);
    return [{ name: trial.data.name, status: t.status, hasArm: t.arm !== undefined }];
  });
  badges.push(...trialBadges(trials));
  return badges;
}

export function topicSummary(content: Content, topic: TopicEntry, today: string): TopicSummary {
  const t = dictionary();
  const { data } = topic;
  return {
    slug: topic.id,
    kind: data.kind,
    url: topicUrl(data.kind, topic.id),
    title: data.title,
    kindLabel: t.kinds[data.kind].one,
    systemLabel: data.kind === 'guide' ? undefined : t.systems[data.system],
    lede: data.lede,
    short: data.short,
    badges: badgesFor(content, topic, today),
    reviewed: data.reviewed,
  };
}

// One graph per content set: every page of a build shares it, so large builds stay linear.
const graphs = new WeakMap<Content, Map<string, string[]>>();
function relatedGraph(content: Content): Map<string, string[]> {
  let graph = graphs.get(content);
  if (!graph) {
    graph = relatedTopics(
      [...content.topics.values()].map((t) => ({
        slug: t.id,
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

/** A claim in the content, with the page that declares it. */
interface DeclaredClaim {
  from: TopicEntry;
  claim: Claim;
}
// Claims by the topic they are about, made once per content set: each page lists the claims made about it, and
// filtering every claim for every page grew with the square of the topic count (1.4 s at 5,000 topics).
const claimIndexes = new WeakMap<Content, Map<string, readonly DeclaredClaim[]>>();
function claimsAbout(content: Content, slug: string): readonly DeclaredClaim[] {
  let index = claimIndexes.get(content);
  if (!index) {
    const byTopic = new Map<string, DeclaredClaim[]>();
    for (const from of content.topics.values()) {
      if (!('claims' in from.data)) continue;
      for (const claim of from.data.claims)
        byTopic.set(claim.topic, [...(byTopic.get(claim.topic) ?? []), { from, claim }]);
    }
    index = byTopic;
    claimIndexes.set(content, index);
  }
  return index.get(slug) ?? [];
}

export interface ViewOptions {
  today: string;
  /** The build's parse cache. */
  cache: ParseCache;
  /** The site's public address (ATLAS_SITE_URL), if set: citations use it. */
  address?: string | undefined;
}

/**
 * A page's view is asked for by its page and then at once by its reference downloads, so the last few views are kept.
 * Keeping every view until the end of a build made the heap grow with every page. The open data needs only each
 * page's reference list, which is kept for every view built (`topicReferenceKeys`).
 */
const RECENT_VIEWS = 8;
const recentViews = new WeakMap<Content, Map<string, TopicView>>();
const referenceKeys = new WeakMap<Content, Map<string, ReferenceKey[]>>();

/** A page's reference, as the open data lists it: its number on the page and its source. */
export interface ReferenceKey {
  number: number;
  key: string;
}

const viewKey = (slug: string, options: ViewOptions) => `${slug}\n${options.today}\n${options.address ?? ''}`;

/** The page model of one topic. Read-only: the same object serves every caller with the same content and options. */
export function buildTopicView(content: Content, slug: string, options: ViewOptions): TopicView {
  const views = inContent(recentViews, content);
  const key = viewKey(slug, options);
  let view = views.get(key);
  if (!view) {
    view = composeTopicView(content, slug, options);
    views.set(key, view);
    if (views.size > RECENT_VIEWS) views.delete(views.keys().next().value as string);
    inContent(referenceKeys, content).set(key, referenceKeysOf(view));
  }
  return view;
}

/** A topic page's reference list, in its order, without building its view again if it was built before. */
export function topicReferenceKeys(content: Content, slug: string, options: ViewOptions): ReferenceKey[] {
  return (
    referenceKeys.get(content)?.get(viewKey(slug, options)) ?? referenceKeysOf(buildTopicView(content, slug, options))
  );
}

function referenceKeysOf(view: TopicView): ReferenceKey[] {
  return (blocksOf(view, 'references')[0]?.items ?? []).map(({ number, key }) => ({ number, key }));
}

function composeTopicView(content: Content, slug: string, options: ViewOptions): TopicView {
  const { today, cache } = options;
  const topic = content.topics.get(slug);
  if (!topic) throw new Error(`no topic "${slug}"`);
  const t = dictionary();
  const { data } = topic;
  const pageType = PAGE_TYPES[data.kind];
  const registry = new CitationRegistry();
  // Glossary terms are offered in place at their first use in the body's sections, in reading order.
  const glossary = pageGlossary(content, slug);
  const inline = (markdown: string) => renderInline(markdown, registry, cache);
  const slugger = new GithubSlugger();
  for (const id of RESERVED_IDS) slugger.slug(id);

  const summary = topicSummary(content, topic, today);
  const blocks: Block[] = [
    {
      type: 'header',
      kindLabel: summary.kindLabel,
      systemLabel: summary.systemLabel,
      otherSystems: data.kind === 'guide' ? [] : data.systems.filter((s) => s !== data.system).map((s) => t.systems[s]),
      title: data.title,
      lede: data.lede,
    },
    { type: 'short', id: 'short-version', heading: t.blocks.short, text: data.short },
  ];
  if (summary.badges.length > 0) {
    blocks.push({
      type: 'badges',
      label: t.blocks.badges,
      badges: summary.badges,
      evidenceLink: pageType.evidenceSection ? { href: '#evidence', text: t.ui.evidenceLink } : undefined,
    });
  }

  const evidenceView = (): EvidenceView | undefined =>
    'evidence' in data
      ? {
          question: t.certaintyQuestion[data.kind],
          certainty: certaintyBadge(data.evidence.certainty, data.evidence.direction),
          status:
            data.kind === 'treatment' || data.kind === 'test'
              ? statusBadge(data.kind, data.evidence.status)
              : undefined,
          basis: data.evidence.basis,
          rationaleHtml: inline(data.evidence.rationale),
        }
      : undefined;

  const trialLines = (): TrialLine[] =>
    topicTrialIds(content, topic).flatMap((id) => {
      const entry = content.trials.get(id);
      if (!entry) return [];
      const tt = trialForTopic(id, entry.data, slug, today);
      return [
        {
          id,
          url: trialUrl(id),
          name: entry.data.name,
          badge: trialBadge(tt.status, tt.arm !== undefined, [entry.data.name]),
          armLabel: tt.arm?.label,
          expectedCompletion: formatCompletion(tt.expectedCompletion, t.ui.completionNotGiven),
          checked: formatDate(entry.data.checked),
          lateNote: lateNote(tt.lateness, entry.data.checked),
          registryLinks: [...new Set([...(tt.arm?.registry ? [tt.arm.registry] : []), ...entry.data.registry])].flatMap(
            registryLinks,
          ),
          resultHtml: entry.data.result ? inline(entry.data.result) : undefined,
        },
      ];
    });

  const claimRow = (claim: Claim, other: TopicEntry, direction: 'out' | 'in'): ClaimRow => {
    // Number in the order the row reads: the claim's own sources, then each flag's reason. A flag's reason is a
    // statement of fact standing on this page, so it keeps its citation on both pages.
    const citesHtml = direction === 'out' ? inline(`[@${claim.sources.join('; @')}]`) : '';
    return {
      topic: {
        url: topicUrl(other.data.kind, other.id),
        title: other.data.title,
        kindLabel: t.kinds[other.data.kind].one,
      },
      relation: t.claimTypes[claim.type][direction === 'out' ? 'forward' : 'backward'],
      certainty: certaintyBadge(claim.certainty, claim.direction),
      flags: claim.flags.map((flag) => ({ badge: flagBadge(flag.flag), reasonHtml: inline(flag.reason) })),
      note: claim.note,
      citesHtml,
    };
  };

  const claimLists = (section: SectionId): ClaimListView[] =>
    pageType.claimLists
      .filter((list) => list.section === section)
      .flatMap((list) => {
        const declared =
          list.direction === 'out'
            ? ('claims' in data ? data.claims : []).map((claim) => ({ claim, other: content.topics.get(claim.topic) }))
            : claimsAbout(content, slug).map(({ claim, from }) => ({ claim, other: from as TopicEntry | undefined }));
        const rows = declared
          .filter(({ claim, other }) => list.types.includes(claim.type) && other !== undefined)
          .sort(
            (a, b) =>
              CERTAINTIES.indexOf(a.claim.certainty) - CERTAINTIES.indexOf(b.claim.certainty) ||
              (a.other?.data.title ?? '').localeCompare(b.other?.data.title ?? ''),
          )
          .map(({ claim, other }) => claimRow(claim, other as TopicEntry, list.direction));
        if (rows.length === 0) return [];
        return [
          { heading: t.blocks[list.heading], ...(list.direction === 'in' ? { note: t.claimsElsewhere } : {}), rows },
        ];
      });

  const unknownsBlock = (): Block => ({
    type: 'unknowns',
    id: 'unknowns',
    heading: t.blocks.unknowns,
    items: data.unknowns.map(inline),
  });

  // The body's sections in reading order, with what stands in each; citations are numbered as they are met.
  const root = cache.parseOnce(topic.body);
  // Worked out from this tree, before rendering, for the term pages: they then need not parse the body again.
  topicBodyGlossary(content, topic, () => root);
  const { sections } = splitSections(root);
  let unknownsPlaced = false;
  for (const section of sections) {
    const id = sectionIdOf(data.kind, section.heading);
    const isEvidence = id !== undefined && id === pageType.evidenceSection;
    const isForYou = id !== undefined && id === pageType.forYouSection;
    if (isForYou) {
      blocks.push(unknownsBlock());
      unknownsPlaced = true;
    }
    const evidence = isEvidence ? evidenceView() : undefined;
    const trials = isEvidence ? trialLines() : [];
    const html = renderBlocks(section.nodes, registry, undefined, glossary);
    const blockId = isEvidence ? 'evidence' : slugger.slug(section.heading);
    // A figure stands after the section's text, so its citations are numbered after the text's.
    const figures = data.figures
      .filter((f) => f.section === id || f.section === blockId)
      .map((f) => buildFigureView(content, f.figure, inline));
    blocks.push({
      type: 'section',
      id: blockId,
      heading: section.heading,
      section: id,
      html,
      evidence,
      trials,
      claimLists: id ? claimLists(id) : [],
      questions: isForYou && data.questions ? { heading: t.blocks.questions, items: [...data.questions] } : undefined,
      urgent: id === 'urgent-help' ? { numbers: t.ui.emergencyNumbers } : undefined,
      figures,
    });
  }
  if (!unknownsPlaced) blocks.push(unknownsBlock());

  // The way around a long page, after the short version and badges; where the page has urgent advice, a link to it
  // stands before the short version, in the first screen.
  const body = blocks.filter(
    (b): b is Extract<Block, { type: 'section' | 'unknowns' }> => b.type === 'section' || b.type === 'unknowns',
  );
  if (body.length >= 5) {
    const after = Math.max(
      blocks.findIndex((b) => b.type === 'short'),
      blocks.findIndex((b) => b.type === 'badges'),
    );
    blocks.splice(after + 1, 0, {
      type: 'contents',
      heading: t.blocks.contents,
      items: [
        ...body.map((b) => ({ href: `#${b.id}`, text: b.heading })),
        { href: '#references', text: t.blocks.references },
      ],
    });
  }
  const urgent = blocks.find((b): b is SectionBlock => b.type === 'section' && b.urgent !== undefined);
  if (urgent) {
    blocks.splice(
      blocks.findIndex((b) => b.type === 'short'),
      0,
      { type: 'urgent-link', lead: t.ui.urgentLinkLead, href: `#${urgent.id}`, text: urgent.heading },
    );
  }

  // Reading aids stand right after the short version and badges, so a reader with little energy meets them first.
  blocks.splice(
    Math.max(
      blocks.findIndex((b) => b.type === 'short'),
      blocks.findIndex((b) => b.type === 'badges'),
    ) + 1,
    0,
    {
      type: 'reading-aids',
      url: summary.url,
      readingTime: pageReadingTimes(blocks),
    },
  );

  blocks.push({
    type: 'references',
    id: 'references',
    heading: t.blocks.references,
    items: referenceList(registry, content.sources),
  });
  const related = (relatedGraph(content).get(slug) ?? []).flatMap((s) => {
    const other = content.topics.get(s);
    return other ? [topicSummary(content, other, today)] : [];
  });
  if (related.length > 0) blocks.push({ type: 'related', id: 'related', heading: t.blocks.related, topics: related });
  blocks.push({
    type: 'meta',
    reviewed: formatDate(data.reviewed),
    nextReview: formatDate(data.nextReview),
    aliases: data.aliases,
  });
  blocks.push({
    type: 'changes',
    id: 'changes',
    heading: t.changes.heading,
    items: topicChanges(content, slug).slice(0, RECENT_CHANGES),
    allLink: { href: '/changes/', text: t.changes.all },
  });
  blocks.push({ type: 'cite', id: 'cite', ...citeView(data.title, summary.url, data.reviewed, options.address) });

  return { slug, kind: data.kind, url: summary.url, title: data.title, lede: data.lede, blocks };
}

/** The blocks of one type, for templates and tests that need one part. */
export function blocksOf<T extends Block['type']>(view: TopicView, type: T): Array<Extract<Block, { type: T }>> {
  return view.blocks.filter((b): b is Extract<Block, { type: T }> => b.type === type);
}
