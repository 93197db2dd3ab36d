/**
 * The visit sheet: the pages a reader chose to take to an appointment. The list lives only in the reader's browser
 * (localStorage, STORAGE_KEYS.visit) as a JSON array of topic page paths; the words for each page come from one
 * build-time file on the same origin, fetched only by the visit page.
 */
import type { Badge } from '../views/badges.ts';

export const VISIT_URL = '/visit/';
/**
 * Its localStorage key, also listed in STORAGE_KEYS (src/lib/site/settings.ts; a unit test keeps the two equal). It
 * is repeated here so the page scripts that use it do not share a module with the header's script, which would
 * split all of them into extra files.
 */
export const VISIT_STORAGE_KEY = 'atlas-visit';
export const VISIT_DATA_URL = '/visit/pages.json';

/** A topic page path as the atlas builds them: /kind/slug/. */
const TOPIC_PATH = /^\/[a-z][a-z-]*\/[a-z0-9][a-z0-9-]*\/$/;
/** More than any reader would take to one appointment; a bound keeps a damaged value from growing the page. */
export const VISIT_LIMIT = 100;

/** What the visit sheet prints for one page. */
export interface VisitEntry {
  title: string;
  kindLabel: string;
  systemLabel: string | undefined;
  short: string;
  badges: Array<Pick<Badge, 'scale' | 'level' | 'label' | 'direction' | 'marks'>>;
  questions: string[];
}

/** The stored list, read defensively: anything that is not a list of topic paths counts as empty. */
export function parseVisitList(raw: string | null): string[] {
  if (!raw) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const paths = value.filter((v): v is string => typeof v === 'string' && TOPIC_PATH.test(v));
  return [...new Set(paths)].slice(0, VISIT_LIMIT);
}

/** Add the page if it is not on the list (at the end, in the order chosen), remove it if it is. */
export function toggleVisit(list: readonly string[], path: string): string[] {
  return list.includes(path) ? list.filter((p) => p !== path) : [...list, path].slice(0, VISIT_LIMIT);
}

/** What to store: nothing at all for an empty list, so clearing leaves no key behind. */
export function serializeVisitList(list: readonly string[]): string | null {
  return list.length === 0 ? null : JSON.stringify(list);
}
