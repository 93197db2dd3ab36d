/** What /changes/ and its feeds show, decided once for the pages and the feed endpoints. */
import { dictionary } from '../../i18n/index.ts';
import type { Content } from '../model/collections.ts';
import { RIGHTS_STATEMENT } from '../site/licence.ts';
import { atomFeed } from './feed.ts';
import { allChanges, CHANGE_FILTERS, type ChangeFilter, type ChangeItem, filterLabel } from './history.ts';

export function changesPath(filter?: ChangeFilter): string {
  return filter === undefined ? '/changes/' : `/changes/${filter}/`;
}

export function feedPath(filter?: ChangeFilter): string {
  return `${changesPath(filter)}feed.xml`;
}

export interface ChangesPageView {
  title: string;
  items: ChangeItem[];
  feed: { href: string; text: string };
  /** The filter links, the current one marked. */
  filters: Array<{ href: string; text: string; current: boolean }>;
}

export function changesPageView(content: Content, filter?: ChangeFilter): ChangesPageView {
  const t = dictionary();
  const title = filter === undefined ? t.changes.all : `${t.changes.heading}: ${filterLabel(filter)}`;
  return {
    title,
    items: allChanges(content, filter),
    feed: { href: feedPath(filter), text: t.changes.feed },
    filters: [undefined, ...CHANGE_FILTERS].map((f) => ({
      href: changesPath(f),
      text: f === undefined ? t.changes.everything : filterLabel(f),
      current: f === filter,
    })),
  };
}

/** Only kinds that have changes get a page and a feed. */
export function usedFilters(content: Content): ChangeFilter[] {
  const used = new Set(allChanges(content).map((item) => item.filter));
  return CHANGE_FILTERS.filter((f) => used.has(f));
}

export function changesFeed(content: Content, address: string | undefined, filter?: ChangeFilter): string {
  const t = dictionary();
  return atomFeed(allChanges(content, filter), {
    title: filter === undefined ? t.changes.feedTitle : `${t.changes.feedTitle} (${filterLabel(filter)})`,
    subtitle: t.changes.feedSubtitle,
    selfPath: feedPath(filter),
    pagePath: changesPath(filter),
    address,
    author: t.ui.siteName,
    rights: RIGHTS_STATEMENT,
  });
}
