/** What /changes/ and its feeds show, decided once for the pages and the feed endpoints. */
import { dictionary } from '../../i18n/index.ts';
import type { Content } from '../model/collections.ts';
import { fill } from '../site/fill.ts';
import { RIGHTS_STATEMENT } from '../site/licence.ts';
import { atomFeed } from './feed.ts';
import { allChanges, CHANGE_FILTERS, type ChangeFilter, type ChangeItem, filterLabel } from './history.ts';

/**
 * Changes on one page of the list: months of work, while the page stays inside the page-weight budget on a weak phone
 * (ENGINEERING.md); the whole history grows with every edit, so older changes go on numbered pages.
 */
export const CHANGES_PER_PAGE = 100;

/**
 * Entries in each Atom feed: the newest changes only. A feed reader fetches the whole file on every poll, and with
 * every change since the first version the main feed was already 370 kB at 78 topics; the full history stays on the
 * numbered pages and in the open data.
 */
export const FEED_ENTRIES = 100;

/** The list's address: page 1 at /changes/ (or /changes/<kind>/), later pages under page/<n>/. */
export function changesPath(filter?: ChangeFilter, page = 1): string {
  const first = filter === undefined ? '/changes/' : `/changes/${filter}/`;
  return page === 1 ? first : `${first}page/${page}/`;
}

export function feedPath(filter?: ChangeFilter): string {
  return `${changesPath(filter)}feed.xml`;
}

export interface ChangesPageView {
  title: string;
  items: ChangeItem[];
  feed: { href: string; text: string };
  /**
   * The filter links. The current filter is marked "page" on its first page, which its link goes to, and "true" on
   * later pages, where the link leads elsewhere.
   */
  filters: Array<{ href: string; text: string; current: 'page' | 'true' | undefined }>;
  /** Where this page sits in the list: newer changes before it, older after it. */
  pages: { current: number; count: number; text: string; newer?: string; older?: string };
}

function pageCount(items: readonly unknown[]): number {
  return Math.max(1, Math.ceil(items.length / CHANGES_PER_PAGE));
}

export function changesPageView(content: Content, filter?: ChangeFilter, page = 1): ChangesPageView {
  const t = dictionary();
  const all = allChanges(content, filter);
  const count = pageCount(all);
  if (!Number.isInteger(page) || page < 1 || page > count) {
    throw new Error(`changes page ${page} does not exist: the list has ${count} page(s)`);
  }
  const heading = filter === undefined ? t.changes.all : `${t.changes.heading}: ${filterLabel(filter)}`;
  const position = fill(t.changes.pageOf, { page, count });
  return {
    // Later pages say which they are, so every page of the list has its own title.
    title: page === 1 ? heading : `${heading} (${position.toLowerCase()})`,
    items: all.slice((page - 1) * CHANGES_PER_PAGE, page * CHANGES_PER_PAGE),
    feed: { href: feedPath(filter), text: t.changes.feed },
    filters: [undefined, ...CHANGE_FILTERS].map((f) => ({
      href: changesPath(f),
      text: f === undefined ? t.changes.everything : filterLabel(f),
      current: f !== filter ? undefined : page === 1 ? 'page' : 'true',
    })),
    pages: {
      current: page,
      count,
      text: position,
      ...(page > 1 ? { newer: changesPath(filter, page - 1) } : {}),
      ...(page < count ? { older: changesPath(filter, page + 1) } : {}),
    },
  };
}

/** Every page of every list (all changes, and each kind that has changes), for the static routes. */
export function changesPages(content: Content): Array<{ filter?: ChangeFilter; page: number }> {
  return [undefined, ...usedFilters(content)].flatMap((filter) =>
    Array.from({ length: pageCount(allChanges(content, filter)) }, (_, i) => ({
      ...(filter === undefined ? {} : { filter }),
      page: i + 1,
    })),
  );
}

/** Only kinds that have changes get a page and a feed. */
export function usedFilters(content: Content): ChangeFilter[] {
  const used = new Set(allChanges(content).map((item) => item.filter));
  return CHANGE_FILTERS.filter((f) => used.has(f));
}

export function changesFeed(content: Content, address: string | undefined, filter?: ChangeFilter): string {
  const t = dictionary();
  return atomFeed(allChanges(content, filter).slice(0, FEED_ENTRIES), {
    title: filter === undefined ? t.changes.feedTitle : `${t.changes.feedTitle} (${filterLabel(filter)})`,
    subtitle: fill(t.changes.feedSubtitle, { count: String(FEED_ENTRIES) }),
    selfPath: feedPath(filter),
    pagePath: changesPath(filter),
    address,
    author: t.ui.siteName,
    rights: RIGHTS_STATEMENT,
  });
}
