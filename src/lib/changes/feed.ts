/**
 * An Atom feed (RFC 4287) of changes, written here rather than with @astrojs/rss: RSS 2.0 requires absolute links,
 * and the site's address is not decided. Atom allows relative links (resolved against the feed's own address), and
 * its required ids are urn:uuid values that do not depend on a domain, so the feed is valid with or without
 * ATLAS_SITE_URL; with it, every link is absolute.
 */
import { absolute } from '../site/address.ts';
import { type ChangeItem, changeUuid } from './history.ts';

export interface FeedOptions {
  title: string;
  subtitle: string;
  /** The feed's own path, e.g. /changes/feed.xml. */
  selfPath: string;
  /** The HTML page listing the same changes, e.g. /changes/. */
  pagePath: string;
  /** The site's address, or undefined (links stay relative). */
  address: string | undefined;
  /** Who writes the atlas, for atom:author (required at feed level when entries have none). */
  author: string;
  /** The licence statement, for atom:rights. */
  rights: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** A date as an RFC 3339 timestamp at midnight UTC (changes are recorded by day). */
function timestamp(date: string): string {
  return `${date}T00:00:00Z`;
}

export function atomFeed(items: readonly ChangeItem[], options: FeedOptions): string {
  const link = (path: string) => xmlEscape(absolute(path, options.address));
  // A feed with no entries still needs an updated time; the epoch of the atlas's oldest possible change will do.
  const updated = items[0]?.date ?? '2026-01-01';
  const entries = items.map((item) => {
    const text = item.detail ? `${item.summary}. ${item.detail}.` : `${item.summary}.`;
    return [
      '  <entry>',
      `    <id>${changeUuid(item.key)}</id>`,
      `    <title>${xmlEscape(`${item.page.title}: ${item.summary}`)}</title>`,
      `    <updated>${timestamp(item.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${link(item.page.url)}"/>`,
      `    <category term="${item.filter}" label="${xmlEscape(item.filterLabel)}"/>`,
      `    <summary type="text">${xmlEscape(text.replace(/\.\.$/, '.'))}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
    `  <id>${changeUuid(`feed:${options.selfPath}`)}</id>`,
    `  <title>${xmlEscape(options.title)}</title>`,
    `  <subtitle>${xmlEscape(options.subtitle)}</subtitle>`,
    `  <updated>${timestamp(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${link(options.selfPath)}"/>`,
    `  <link rel="alternate" type="text/html" href="${link(options.pagePath)}"/>`,
    `  <author><name>${xmlEscape(options.author)}</name></author>`,
    `  <rights>${xmlEscape(options.rights)}</rights>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
