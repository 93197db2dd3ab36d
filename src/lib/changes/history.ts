/**
 * Change history as readers see it: each change in plain words, with its page, newest first across the atlas, and
 * filtered by the kind of page (a topic kind, or trials) for /changes/<filter>/ and its feed.
 */
import { createHash } from 'node:crypto';
import { dictionary } from '../../i18n/index.ts';
import type { Content } from '../model/collections.ts';
import { inContent } from '../model/per-content.ts';
import type { Change } from '../model/schema.ts';
import {
  type ChangeType,
  KINDS,
  type Kind,
  type TestStatus,
  type TreatmentStatus,
  type TrialStatus,
} from '../model/vocabulary.ts';
import { formatDate } from '../site/dates.ts';
import { fill } from '../site/fill.ts';
import { topicUrl, trialUrl } from '../site/urls.ts';

/** What /changes/ can be filtered by: a kind of topic page, or trials. */
export const CHANGE_FILTERS = [...KINDS, 'trial'] as const;
export type ChangeFilter = (typeof CHANGE_FILTERS)[number];

export interface ChangeItem {
  /** Stable across builds and addresses: a feed entry's id derives from it. */
  key: string;
  date: string;
  dateText: string;
  filter: ChangeFilter;
  /** "Treatment", "Trial" */
  filterLabel: string;
  page: { title: string; url: string };
  /** The change in plain words: "Certainty re-graded from “…” to “…”". */
  summary: string;
  type: ChangeType;
  /** The writer's reason or description, when there is one. */
  detail: string | undefined;
}

export function filterLabel(filter: ChangeFilter): string {
  const t = dictionary();
  return filter === 'trial' ? t.changes.trials : t.kinds[filter].many;
}

function badgeWords(filter: ChangeFilter, badge: string, value: string): string {
  const t = dictionary();
  if (badge === 'certainty') return t.certainty[value as keyof typeof t.certainty]?.label ?? value;
  if (filter === 'treatment') return t.treatmentStatus[value as TreatmentStatus]?.label ?? value;
  if (filter === 'test') return t.testStatus[value as TestStatus]?.label ?? value;
  if (filter === 'trial') return t.trialStatus[value as TrialStatus]?.named ?? value;
  return value;
}

/** Writers may or may not end a reason with a full stop; the page adds its own. */
const sentence = (text: string) => text.trim().replace(/[.]$/, '');

function describe(change: Change, filter: ChangeFilter, content: Content): { summary: string; detail?: string } {
  const t = dictionary();
  switch (change.type) {
    case 'published':
      return { summary: filter === 'trial' ? t.changes.trialPublished : t.changes.published };
    case 'regraded': {
      const badge = change.badge === 'certainty' ? t.ui.certainty : t.ui.status;
      return {
        summary: fill(t.changes.regraded, {
          badge,
          from: badgeWords(filter, change.badge ?? '', change.from ?? ''),
          to: badgeWords(filter, change.badge ?? '', change.to ?? ''),
        }),
        ...(change.text ? { detail: sentence(change.text) } : {}),
      };
    }
    case 'trial-added': {
      const name = content.trials.get(change.trial ?? '')?.data.name ?? change.trial ?? '';
      return {
        summary: fill(t.changes.trialAdded, { name }),
        ...(change.text ? { detail: sentence(change.text) } : {}),
      };
    }
    case 'revised':
      return { summary: sentence(change.text ?? '') };
  }
}

function items(
  changes: readonly Change[],
  filter: ChangeFilter,
  page: { id: string; title: string; url: string },
  content: Content,
): ChangeItem[] {
  return changes.map((change, i) => {
    const words = describe(change, filter, content);
    return {
      // Counted from the oldest, so adding a newer change never renumbers the older ones.
      key: `${filter}/${page.id}/${changes.length - 1 - i}`,
      date: change.date,
      type: change.type,
      dateText: formatDate(change.date),
      filter,
      filterLabel: filter === 'trial' ? dictionary().changes.trial : dictionary().kinds[filter].one,
      page: { title: page.title, url: page.url },
      summary: words.summary,
      detail: words.detail,
    };
  });
}

/** One topic's or trial's changes, newest first (as written, which the check guarantees). */
export function topicChanges(content: Content, slug: string): ChangeItem[] {
  const topic = content.topics.get(slug);
  if (!topic) return [];
  const url = topicUrl(topic.data.kind, slug);
  return items(topic.data.changes, topic.data.kind as Kind, { id: slug, title: topic.data.title, url }, content);
}

export function trialChanges(content: Content, id: string): ChangeItem[] {
  const trial = content.trials.get(id);
  if (!trial) return [];
  return items(trial.data.changes, 'trial', { id, title: trial.data.name, url: trialUrl(id) }, content);
}

/** On one day, re-gradings lead: they are what a returning reader most needs to see. */
const TYPE_ORDER: readonly ChangeType[] = ['regraded', 'trial-added', 'revised', 'published'];

/**
 * Lists already made, per content and filter. Every page of /changes/ and every feed asks for the same list: made
 * afresh each time, the list pages cost O(pages x changes): about half a second a page at 5,000 topics. Content is
 * never changed once checked (the dev server reads new content after every edit), so a list made once stays true; it is
 * frozen so no page can change what the next one sees.
 */
const made = new WeakMap<Content, Map<ChangeFilter | 'all', readonly ChangeItem[]>>();

/** Every change in the atlas, newest first; a day's changes by type, then by page title. */
export function allChanges(content: Content, filter?: ChangeFilter): readonly ChangeItem[] {
  const lists = inContent(made, content);
  const key = filter ?? 'all';
  let list = lists.get(key);
  if (!list) {
    list = Object.freeze(
      filter === undefined ? everyChange(content) : allChanges(content).filter((item) => item.filter === filter),
    );
    lists.set(key, list);
  }
  return list;
}

function everyChange(content: Content): ChangeItem[] {
  return [
    ...[...content.topics.keys()].flatMap((slug) => topicChanges(content, slug)),
    ...[...content.trials.keys()].flatMap((id) => trialChanges(content, id)),
  ]
    .map((item) => Object.freeze(item))
    .sort(
      (a, b) =>
        (a.date === b.date ? 0 : a.date < b.date ? 1 : -1) ||
        TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) ||
        a.page.title.localeCompare(b.page.title),
    );
}

/** A feed entry id that is an absolute IRI without a domain (the address is not decided): urn:uuid from the key. */
export function changeUuid(key: string): string {
  const hex = createHash('sha1').update(`long-covid-atlas:${key}`).digest('hex');
  // RFC 4122 name-based (version 5) layout: version and variant bits set.
  const variant = ((Number.parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}
