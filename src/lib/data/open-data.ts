/**
 * Open data: the atlas's topics, sources and trials as versioned JSON under /data/v1/, each with a published JSON
 * Schema (./schemas.ts). Badges carry the same words the pages show (the browser test compares them), so the data
 * and the pages can never disagree.
 */
import type { Content } from '../model/collections.ts';
import type { Change, Identifiers } from '../model/schema.ts';
import { concernsTrial } from '../model/trials.ts';
import { absolute } from '../site/address.ts';
import { LICENCES } from '../site/licence.ts';
import { topicUrl, trialUrl } from '../site/urls.ts';
import { topicReferenceKeys, topicSummary, type ViewOptions } from '../views/topic-view.ts';

/** The major version of the data's shape: a field removed or changed in meaning makes a new folder (/data/v2/). */
export const DATA_VERSION = 1;
export const DATA_FILES = ['topics', 'sources', 'trials'] as const;
export type DataFile = (typeof DATA_FILES)[number];

export function dataPath(file: DataFile): string {
  return `/data/v${DATA_VERSION}/${file}.json`;
}
export function schemaPath(file: DataFile): string {
  return `/data/v${DATA_VERSION}/${file}.schema.json`;
}

interface Envelope {
  version: number;
  /** The licence of the data: CC BY 4.0, with its address. */
  licence: { id: string; name: string; url: string };
  /** The day the data was built (YYYY-MM-DD). */
  built: string;
  /** The site's address, or null while it is not set (page addresses are then paths). */
  site: string | null;
}

function envelope(options: ViewOptions): Envelope {
  return {
    version: DATA_VERSION,
    licence: { ...LICENCES.content },
    built: options.today,
    site: options.address ?? null,
  };
}

export interface DataBadge {
  scale: 'certainty' | 'status' | 'trial';
  /** The vocabulary value, e.g. very-low, off-label, running. */
  value: string;
  /** The words the page shows on the badge. */
  label: string;
  meaning: string;
  /** Certainty only: which way the best evidence points. */
  direction?: string;
  /** Certainty only: the kinds of evidence behind the grade. */
  basis?: string;
  /** Certainty only: why this grade, in Markdown with [@key] citations (keys are in sources.json). */
  rationale?: string;
}

const changeData = (c: Change) => ({
  date: c.date,
  type: c.type,
  ...(c.badge ? { badge: c.badge } : {}),
  ...(c.from ? { from: c.from } : {}),
  ...(c.to ? { to: c.to } : {}),
  ...(c.trial ? { trial: c.trial } : {}),
  ...(c.text ? { text: c.text } : {}),
});

export function topicsData(content: Content, options: ViewOptions) {
  const topics = [...content.topics.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((topic) => {
      const { data } = topic;
      const summary = topicSummary(content, topic, options.today);
      const badges: DataBadge[] = summary.badges.flatMap((badge) => {
        if (badge.scale === 'flag') return [];
        const entry: DataBadge = { scale: badge.scale, value: badge.level, label: badge.label, meaning: badge.meaning };
        if (badge.scale === 'certainty' && 'evidence' in data) {
          entry.direction = data.evidence.direction;
          entry.basis = data.evidence.basis;
          entry.rationale = data.evidence.rationale;
        }
        return [entry];
      });
      return {
        slug: topic.id,
        kind: data.kind,
        url: absolute(topicUrl(data.kind, topic.id), options.address),
        title: data.title,
        aliases: data.aliases,
        systems: data.kind === 'guide' ? [] : [data.system, ...data.systems.filter((s) => s !== data.system)],
        lede: data.lede,
        short: data.short,
        badges,
        claims: 'claims' in data ? data.claims.map((c) => ({ ...c, flags: c.flags.map((f) => ({ ...f })) })) : [],
        reviewed: data.reviewed,
        nextReview: data.nextReview,
        related: data.related,
        trials: [...content.trials]
          .filter(([id, trial]) => concernsTrial(topic, id, trial.data))
          .map(([id]) => id)
          .sort(),
        // The page's reference list, in its order: keys into sources.json, with the identifiers for convenience.
        references: topicReferenceKeys(content, topic.id, options).map((ref) => ({
          number: ref.number,
          key: ref.key,
          ids: { ...(content.sources.get(ref.key)?.data.ids ?? {}) } as Identifiers,
        })),
        changes: data.changes.map(changeData),
      };
    });
  return { ...envelope(options), topics };
}

export function sourcesData(content: Content, options: ViewOptions) {
  const sources = [...content.sources.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ id, data }) => ({
      key: id,
      description: data.description,
      title: data.title,
      ...(data.authors ? { authors: data.authors } : {}),
      publication: data.publication,
      ...(data.year === undefined ? {} : { year: data.year }),
      type: data.type,
      ids: { ...data.ids },
      checked: data.checked,
      ...(data.confirmed ? { confirmedOn: data.confirmed.on } : {}),
      openAccess: data.ids.pmcid !== undefined || data.openAccess === true,
    }));
  return { ...envelope(options), sources };
}

export function trialsData(content: Content, options: ViewOptions) {
  const trials = [...content.trials.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ id, data }) => ({
      id,
      url: absolute(trialUrl(id), options.address),
      name: data.name,
      title: data.title,
      registry: data.registry,
      ...(data.sponsor ? { sponsor: data.sponsor } : {}),
      summary: data.summary,
      status: data.status,
      ...(data.expectedCompletion ? { expectedCompletion: data.expectedCompletion } : {}),
      arms: data.arms.map((arm) => ({ ...arm })),
      countries: data.countries,
      ...(data.result ? { result: data.result } : {}),
      checked: data.checked,
      sources: data.sources,
      changes: data.changes.map(changeData),
    }));
  return { ...envelope(options), trials };
}

export function dataFile(file: DataFile, content: Content, options: ViewOptions): unknown {
  if (file === 'topics') return topicsData(content, options);
  if (file === 'sources') return sourcesData(content, options);
  return trialsData(content, options);
}
