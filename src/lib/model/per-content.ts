/**
 * Memos kept per content set: content is never changed once read, and a new set (the dev server reads one after every
 * edit) starts empty, so nothing kept here can go stale. The WeakMap lets a set and its memos go together.
 */
import type { Content } from './collections.ts';

/** The map kept in `memo` for this content set, made empty the first time. */
export function inContent<K, V>(memo: WeakMap<Content, Map<K, V>>, content: Content): Map<K, V> {
  let map = memo.get(content);
  if (!map) {
    map = new Map();
    memo.set(content, map);
  }
  return map;
}
