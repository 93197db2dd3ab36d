/** The atlas's URLs: made and read in one place, because they are what readers bookmark. */
import { KINDS, type Kind } from '../model/vocabulary.ts';

export function topicUrl(kind: Kind, slug: string): string {
  return `/${kind}/${slug}/`;
}

export function trialUrl(id: string): string {
  return `/trials/${id}/`;
}

const TOPIC_PATH = new RegExp(`^/(${KINDS.join('|')})/([a-z0-9]+(?:-[a-z0-9]+)*)/?(?:#.*)?$`);

/** The kind and slug of a topic page's path (a trailing slash and #fragment allowed), or undefined. */
export function parseTopicPath(path: string): { kind: Kind; slug: string } | undefined {
  const match = TOPIC_PATH.exec(path);
  return match ? { kind: match[1] as Kind, slug: match[2] ?? '' } : undefined;
}

export function glossaryUrl(id?: string): string {
  return id === undefined ? '/glossary/' : `/glossary/${id}/`;
}
