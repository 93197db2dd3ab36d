/**
 * Finding your way: every list a reader can start from (home doors, kind and system indexes, the evidence map, the
 * trials list), built from the content collections alone so a new page appears everywhere without a hand-kept list.
 */
import { dictionary } from '../../i18n/index.ts';
import type { Content, TopicEntry } from '../model/collections.ts';
import { concernsTrial, trialOverdue } from '../model/trials.ts';
import { CERTAINTIES, type Certainty, KINDS, type Kind, SYSTEMS } from '../model/vocabulary.ts';
import { formatDate } from '../site/dates.ts';
import { topicUrl } from '../site/urls.ts';
import { type Badge, certaintyBadge, statusBadge } from './badges.ts';
import { type TopicSummary, topicSummary } from './topic-view.ts';

type System = (typeof SYSTEMS)[number];

export function systemUrl(system: string): string {
  return `/system/${system}/`;
}

/** The "start here" path for someone newly ill, in reading order: three guides, then the one symptom to learn first. */
export const START_HERE: ReadonlyArray<{ kind: Kind; slug: string }> = [
  { kind: 'guide', slug: 'what-is-long-covid' },
  { kind: 'guide', slug: 'reading-the-evidence' },
  { kind: 'guide', slug: 'guidelines' },
  { kind: 'symptom', slug: 'post-exertional-malaise' },
];

export function startHere(content: Content, today: string): TopicSummary[] {
  return START_HERE.flatMap(({ kind, slug }) => {
    const topic = content.topics.get(slug);
    return topic && topic.data.kind === kind ? [topicSummary(content, topic, today)] : [];
  });
}

const normal = (s: string) => s.toLowerCase().replace(/[-‐]/g, ' ').replace(/\s+/g, ' ').trim();

// A word a clinician would use and a tired reader might not: long, or with a textbook ending.
const TECHNICAL = /^.{11,}$|(tion|ment|itis|osis|ia|al|ive|pathy|drome)$/;
// Writers list dismissive phrases readers have heard ("just anxiety", "all in my head") so search finds the page,
// but a door must never greet a reader with them (EDITORIAL.md: no "it's just anxiety").
const DISMISSIVE = /\bjust\b|in my head/;

/**
 * The everyday words of a symptom's other names, as a reader would say them: lower-case phrases of two or more
 * words (no abbreviations, capitals or hyphenated terms), not already in the title, in the writer's order (writers
 * list the common names first), with phrases containing a technical word only when nothing plainer is left.
 */
export function plainWords(title: string, aliases: readonly string[], max = 2): string[] {
  const inTitle = normal(title);
  const candidates: Array<{ alias: string; plain: boolean }> = [];
  for (const alias of aliases) {
    if (!/^[a-z' ]+$/.test(alias) || !alias.includes(' ') || DISMISSIVE.test(alias)) continue;
    const n = normal(alias);
    if (inTitle.includes(n) || candidates.some((c) => normal(c.alias) === n)) continue;
    candidates.push({ alias, plain: !n.split(' ').some((w) => TECHNICAL.test(w)) });
  }
  return [...candidates.filter((c) => c.plain), ...candidates.filter((c) => !c.plain)]
    .slice(0, max)
    .map((c) => c.alias);
}

export interface SymptomDoor {
  url: string;
  title: string;
  plain: string[];
}

/** "What are you dealing with?": one door per symptom page, named by its title and its everyday names. */
export function symptomDoors(content: Content): SymptomDoor[] {
  return [...content.topics.values()]
    .filter((t) => t.data.kind === 'symptom')
    .map((t) => ({
      url: topicUrl('symptom', t.id),
      title: t.data.title,
      plain: plainWords(t.data.title, t.data.aliases),
    }))
    .sort((a, b) => a.title.localeCompare(b.title));
}

export interface Door {
  url: string;
  label: string;
  count: number;
}

export function kindDoors(content: Content): Door[] {
  const t = dictionary();
  const topics = [...content.topics.values()];
  return KINDS.map((kind) => ({
    url: `/${t.paths[kind]}/`,
    label: t.kinds[kind].many,
    count: topics.filter((topic) => topic.data.kind === kind).length,
  })).filter((d) => d.count > 0);
}

/** Body systems of a topic: its primary system first, then the others it lists. Guides have none. */
export function systemsOf(topic: TopicEntry): System[] {
  if (topic.data.kind === 'guide') return [];
  return [...new Set([topic.data.system, ...topic.data.systems])];
}

export function systemDoors(content: Content): Door[] {
  const t = dictionary();
  const topics = [...content.topics.values()];
  return SYSTEMS.map((system) => ({
    url: systemUrl(system),
    label: t.systems[system],
    count: topics.filter((topic) => systemsOf(topic).includes(system)).length,
  })).filter((d) => d.count > 0);
}

/** The pages whose evidence was reviewed most recently, newest first. */
export function recentlyReviewed(content: Content, today: string, count = 5): TopicSummary[] {
  return [...content.topics.values()]
    .sort((a, b) => b.data.reviewed.localeCompare(a.data.reviewed) || a.data.title.localeCompare(b.data.title))
    .slice(0, count)
    .map((topic) => topicSummary(content, topic, today));
}

/** One row of an index page, with what its filters and sorts read. */
export interface IndexEntry {
  summary: TopicSummary;
  systems: System[];
  certainty: Certainty | undefined;
  status: string | undefined;
  /** 0 (high) to 4 (not yet studied); pages without a grade sort last. */
  certaintyRank: number;
  reviewedLabel: string;
}

function indexEntry(content: Content, topic: TopicEntry, today: string): IndexEntry {
  const { data } = topic;
  const certainty = 'evidence' in data ? data.evidence.certainty : undefined;
  return {
    summary: topicSummary(content, topic, today),
    systems: systemsOf(topic),
    certainty,
    status: data.kind === 'treatment' || data.kind === 'test' ? data.evidence.status : undefined,
    certaintyRank: certainty === undefined ? CERTAINTIES.length : CERTAINTIES.indexOf(certainty),
    reviewedLabel: formatDate(data.reviewed),
  };
}

export function indexEntries(content: Content, today: string, include: (topic: TopicEntry) => boolean): IndexEntry[] {
  return [...content.topics.values()]
    .filter(include)
    .map((topic) => indexEntry(content, topic, today))
    .sort((a, b) => a.summary.title.localeCompare(b.summary.title));
}

export interface FilterOption {
  value: string;
  label: string;
}
export interface Filter {
  name: 'kind' | 'system' | 'certainty' | 'status' | 'symptom';
  label: string;
  anyLabel: string;
  options: FilterOption[];
}

/** The filters worth offering for a list: only values some entry has, and only when there is a choice to make. */
export function indexFilters(entries: readonly IndexEntry[], without: ReadonlyArray<Filter['name']> = []): Filter[] {
  const t = dictionary();
  const f = t.finding;
  const has = (pred: (e: IndexEntry) => boolean) => entries.some(pred);
  const filters: Filter[] = [
    {
      name: 'kind',
      label: f.filterKind,
      anyLabel: f.anyKind,
      options: KINDS.filter((k) => has((e) => e.summary.kind === k)).map((k) => ({ value: k, label: t.kinds[k].many })),
    },
    {
      name: 'system',
      label: f.filterSystem,
      anyLabel: f.anySystem,
      options: SYSTEMS.filter((s) => has((e) => e.systems.includes(s))).map((s) => ({ value: s, label: t.systems[s] })),
    },
    {
      name: 'certainty',
      label: f.filterCertainty,
      anyLabel: f.anyCertainty,
      options: CERTAINTIES.filter((c) => has((e) => e.certainty === c)).map((c) => ({
        value: c,
        label: t.certainty[c].label,
      })),
    },
    {
      name: 'status',
      label: f.filterStatus,
      anyLabel: f.anyStatus,
      options: statusOptions(entries),
    },
  ];
  return filters.filter((filter) => !without.includes(filter.name) && filter.options.length > 1);
}

function statusOptions(entries: readonly IndexEntry[]): FilterOption[] {
  const seen = new Map<string, string>();
  for (const e of entries) {
    if (e.status === undefined || seen.has(e.status)) continue;
    const kind = e.summary.kind === 'test' ? 'test' : 'treatment';
    seen.set(e.status, statusBadge(kind, e.status).label);
  }
  return [...seen].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
}

/** One treatment placed on the evidence map: by its page's grade, or by its grade for one symptom. */
export interface MapPoint {
  url: string;
  title: string;
  certainty: Certainty;
  status: string;
  direction: string;
  systems: System[];
  /** Set for a point placed by a "helps" claim on one symptom; undefined for the page's own grade. */
  symptom: string | undefined;
}

export interface EvidenceMap {
  certainties: Array<{ value: Certainty; badge: Badge }>;
  statuses: FilterOption[];
  points: MapPoint[];
  /** Symptoms that some treatment claims to help, for the filter. */
  symptoms: FilterOption[];
  systems: FilterOption[];
}

/**
 * Every treatment by certainty and status. Filtering by symptom places each treatment with a "helps" claim on that
 * symptom by the claim's own grade (its evidence for that symptom), so those points are built here too.
 */
export function evidenceMap(content: Content): EvidenceMap {
  const t = dictionary();
  const points: MapPoint[] = [];
  const symptoms = new Map<string, string>();
  for (const topic of content.topics.values()) {
    const { data } = topic;
    if (data.kind !== 'treatment') continue;
    const base = {
      url: topicUrl('treatment', topic.id),
      title: data.title,
      status: data.evidence.status,
      systems: systemsOf(topic),
    };
    points.push({
      ...base,
      certainty: data.evidence.certainty,
      direction: data.evidence.direction,
      symptom: undefined,
    });
    for (const claim of data.claims) {
      const target = content.topics.get(claim.topic);
      if (claim.type !== 'helps' || target?.data.kind !== 'symptom') continue;
      symptoms.set(claim.topic, target.data.title);
      points.push({ ...base, certainty: claim.certainty, direction: claim.direction, symptom: claim.topic });
    }
  }
  points.sort((a, b) => a.title.localeCompare(b.title));
  const systems = SYSTEMS.filter((s) => points.some((p) => p.systems.includes(s)));
  return {
    certainties: CERTAINTIES.map((value) => ({ value, badge: certaintyBadge(value) })),
    statuses: ['standard-care', 'off-label', 'experimental', 'not-recommended'].map((value) => ({
      value,
      label: statusBadge('treatment', value).label,
    })),
    points,
    symptoms: [...symptoms].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label)),
    systems: systems.map((s) => ({ value: s, label: t.systems[s] })),
  };
}

export interface TrialRow {
  id: string;
  status: string;
  overdue: boolean;
  pages: TopicSummary[];
}

/** Per trial: whether it is overdue for an update, and the pages that name it. */
export function trialRows(content: Content, today: string): Map<string, TrialRow> {
  const rows = new Map<string, TrialRow>();
  for (const [id, entry] of content.trials) {
    rows.set(id, {
      id,
      status: entry.data.status,
      overdue: trialOverdue(entry.data, today),
      pages: [...content.topics.values()]
        .filter((topic) => concernsTrial(topic, id, entry.data))
        .map((topic) => topicSummary(content, topic, today))
        .sort((a, b) => a.title.localeCompare(b.title)),
    });
  }
  return rows;
}
